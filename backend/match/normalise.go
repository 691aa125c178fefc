package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a name: key is its normalised form, raw how it was written (kept so that a
// reason can quote "Inc." rather than "inc").
type word struct {
	key string
	raw string
}

// analysis is a name taken apart by Normalise, with a note of what was set aside, from which the
// Reason of a Likely suggestion is written.
type analysis struct {
	words   []word // the normalised words that remain
	dropped []word // legal forms and a leading "The"
	punct   string // punctuation outside the dropped words, in order
	amp     string // the "&" and "+" that were read as "and"
	// initialsJoiner: the "&" or "and" between initials taken into them ("J&R" is JR)
	initialsJoiner string
	accent         bool     // an accent was folded away
	hanzi          bool     // traditional Chinese characters were simplified
	aliases        []string // the two names around "d/b/a": legal name and trade name
}

// Normalise is the name key used for the Likely level: lower case, accents folded (é→e, ü→u,
// ß→ss, ø→o, ł→l …), punctuation removed, whitespace collapsed, "&" and "+" read as "and", a
// leading "The" dropped, legal suffixes dropped (Inc, Incorporated, LLC, L.L.C., Ltd, Limited, Co,
// Company, Corp, Corporation, LP, LLP, PLLC, PC, GmbH, S.A., SA de CV, Sp. z o.o., A.Ş., AG, BV,
// Pty, ...), also when several are stacked ("Co., Inc."). A name that is nothing but a legal form
// keeps it, so that "Inc." does not normalise to the empty string. Beyond Latin script: full-width
// letters read as plain ones, traditional Chinese characters as simplified ones, and the legal
// forms of Chinese, Japanese, Korean, Russian, Greek, Hebrew and Arabic names are dropped too.
func Normalise(name string) string {
	a := analyse(name)
	return a.key()
}

func (a *analysis) key() string {
	switch len(a.words) {
	case 0:
		return ""
	case 1:
		return a.words[0].key
	}
	n := len(a.words) - 1
	for _, w := range a.words {
		n += len(w.key)
	}
	var b strings.Builder
	b.Grow(n)
	for i, w := range a.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.key)
	}
	return b.String()
}

// keys lists the normalised words.
func (a *analysis) keys() []string {
	out := make([]string, len(a.words))
	for i, w := range a.words {
		out[i] = w.key
	}
	return out
}

// joiner runes disappear inside a word: "A.B.C." is ABC and "O'Brien" is OBrien, which is how
// people who leave the punctuation out write them.
func isJoiner(r rune) bool {
	switch r {
	case '.', '\'', '’', '‘', '`', '´', 'ʼ', '．', '＇':
		return true
	}
	return false
}

// isLegalSymbol reports the squared legal forms of Japanese and Korean (㈱ is 株式会社), which are
// symbols but stand for words that Normalise drops.
func isLegalSymbol(r rune) bool {
	switch r {
	case '㈱', '㈲', '㈜', '㍿', '㈳':
		return true
	}
	return false
}

func isAmpersand(r rune) bool {
	switch r {
	case '&', '+', '＆', '＋', '﹠', '﹢':
		return true
	}
	return false
}

// inWord is what a word is made of; everything else separates words.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// analyse normalises name and records what it set aside.
func analyse(name string) analysis {
	var a analysis
	var punct strings.Builder
	raws := splitStateAgency(splitRaw(name, &a, &punct)) // "MassDOT" is Mass DOT (stateagency.go)
	raws = joinCapitalsAmp(raws, name)                   // "AT&T" is ATT (capsamp.go)

	// Fold each raw word; folding can split it further (compatibility forms such as "½").
	var words []word
	for _, raw := range raws {
		if raw == "&" {
			words = append(words, word{key: "and", raw: raw})
			continue
		}
		folded, accent, hanzi := foldString(raw)
		a.accent = a.accent || accent
		a.hanzi = a.hanzi || hanzi
		var cur strings.Builder
		flush := func() {
			if cur.Len() > 0 {
				words = append(words, word{key: cur.String(), raw: raw})
				cur.Reset()
			}
		}
		for _, r := range folded {
			switch {
			case inWord(r):
				cur.WriteRune(r)
			case isJoiner(r):
			default:
				flush()
			}
		}
		flush()
	}
	words, a.initialsJoiner = joinLetters(words)
	// "doing business as" and "trading as" are written out d/b/a.
	for i := 0; i+2 < len(words); i++ {
		if words[i].key == "doing" && words[i+1].key == "business" && words[i+2].key == "as" {
			words = append(words[:i+1], words[i+3:]...)
			words[i] = word{key: "dba", raw: "doing business as"}
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i].key == "trading" && words[i+1].key == "as" && i > 0 {
			words = append(words[:i+1], words[i+2:]...)
			words[i] = word{key: "dba", raw: "trading as"}
		}
	}
	// "t/a" is trading as, written short.
	for i, w := range words {
		if w.key == "ta" && strings.ContainsAny(w.raw, "/. ") && i > 0 && i < len(words)-1 {
			words[i] = word{key: "dba", raw: w.raw}
		}
	}
	// "Northwest Holdings LLC dba Evergreen Sweeping" is known by either name, and so is a
	// firm by its name before and after a rename (formername.go).
	words = markFormerName(words)
	for i, w := range words {
		if (w.key == "dba" || w.key == "aka" || w.key == "fka") && i > 0 && i < len(words)-1 {
			for _, part := range [][]word{words[:i], words[i+1:]} {
				kept, _ := stripLegal(slices.Clone(part))
				a.aliases = append(a.aliases, (&analysis{words: kept}).key())
			}
			break
		}
	}
	words, a.dropped = stripLegal(words)

	// Punctuation inside kept words (the dots of "A.B.C.") counts as punctuation too.
	for _, w := range words {
		for _, r := range w.raw {
			if isJoiner(r) {
				punct.WriteRune(r)
			}
		}
	}
	a.words = words
	a.punct = punct.String()
	return a
}

// splitRaw cuts name into words as written. "&" and "+" become the word "&"; other punctuation
// and symbols separate words and are noted in punct.
func splitRaw(name string, a *analysis, punct *strings.Builder) []string {
	var raws []string
	start := -1
	for i, r := range name {
		if r == utf8.RuneError || !(inWord(r) || isJoiner(r) || isLegalSymbol(r)) {
			if start >= 0 {
				raws = append(raws, name[start:i])
				start = -1
			}
			switch {
			case isAmpersand(r):
				raws = append(raws, "&")
				a.amp += string(r)
			case unicode.IsPunct(r) || unicode.IsSymbol(r):
				punct.WriteRune(r)
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		raws = append(raws, name[start:])
	}
	return raws
}

// joinLetters merges runs of two or more one-letter words ("A B C Plumbing" is ABC Plumbing) in
// scripts that separate words with spaces; a lone letter ("Building A") is a designator and stays.
// Initials joined by "&" or "and" are one firm's initials too: J&R, J & R, J and R are JR. It
// returns the joiners it took in, as written, for the reason.
func joinLetters(words []word) ([]word, string) {
	single := func(w word) bool {
		r, size := utf8.DecodeRuneInString(w.key)
		return size == len(w.key) && unicode.IsLetter(r) && !unspaced(r)
	}
	var joiners string
	out := words[:0:0]
	for i := 0; i < len(words); {
		j, n := i, 0 // the run is words[i:j], of n letters
		for j < len(words) && single(words[j]) {
			j++
			n++
			if n < 4 && j+1 < len(words) && words[j].key == "and" && single(words[j+1]) {
				j++ // "J & R": the joiner goes with the letters
			}
		}
		if n >= 2 {
			var k, raw strings.Builder
			for m := i; m < j; m++ {
				if words[m].key == "and" && !single(words[m]) {
					joiners += words[m].raw
				} else {
					k.WriteString(words[m].key)
				}
				if m > i {
					raw.WriteByte(' ')
				}
				raw.WriteString(words[m].raw)
			}
			out = append(out, word{key: k.String(), raw: raw.String()})
			i = j
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out, joiners
}

// unspaced reports scripts written without spaces between words, where one character is a word.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// stripLegal drops a leading "The", legal forms at either end (several stacked, "Co., Inc.",
// "GmbH & Co. KG") and a dangling "and" they leave behind. It never drops the last word.
func stripLegal(words []word) ([]word, []word) {
	var front, back []word // dropped words in reading order
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = w.key
	}
	note := func(list []word, ws []word) []word {
		for _, w := range ws {
			// Compatibility splits share a raw word; quote it once.
			if n := len(list); n > 0 && list[n-1].raw == w.raw {
				list[n-1].key += w.key
				continue
			}
			list = append(list, w)
		}
		return list
	}
	// Legal forms glued to a CJK name: 北京城建集团有限公司.
	if len(words) > 0 {
		last := len(words) - 1
		if k, form, ok := cutAttached(words[last].key, strings.HasSuffix, strings.TrimSuffix); ok {
			words = append(words[:last:last], word{key: k, raw: words[last].raw})
			keys[last] = k
			back = append(back, word{key: form, raw: form})
		}
		if k, form, ok := cutAttached(words[0].key, strings.HasPrefix, strings.TrimPrefix); ok {
			words = append([]word{{key: k, raw: words[0].raw}}, words[1:]...)
			keys[0] = k
			front = append(front, word{key: form, raw: form})
		}
	}
	if len(words) > 1 && keys[0] == "the" {
		front = note(front, words[:1])
		words, keys = words[1:], keys[1:]
	}
	for {
		if n := legalPrefixes.head(keys); n > 0 {
			front = note(front, words[:n])
			words, keys = words[n:], keys[n:]
			continue
		}
		break
	}
	for {
		n := legalSuffixes.tail(keys)
		if n == 0 && len(keys) > 1 && keys[len(keys)-1] == "the" {
			n = 1 // "Hartford, The", the way some lists sort names
		}
		if n == 0 {
			break
		}
		back = append(note(nil, words[len(words)-n:]), back...)
		words, keys = words[:len(words)-n], keys[:len(keys)-n]
		// "Smith & Co." leaves "Smith &"; the "&" belonged to the legal form.
		if len(keys) > 1 && (keys[len(keys)-1] == "and" || keys[len(keys)-1] == "y") {
			words, keys = words[:len(words)-1], keys[:len(keys)-1]
		}
	}
	return words, append(front, back...)
}

// cutAttached removes a glued legal form using has/trim (prefix or suffix) when something remains.
func cutAttached(key string, has func(string, string) bool, trim func(string, string) string) (string, string, bool) {
	if isASCII(key) {
		return key, "", false
	}
	for _, f := range attachedForms {
		if len(key) > len(f) && has(key, f) {
			return trim(key, f), f, true
		}
	}
	return key, "", false
}
