package match

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shortForms maps a lower-case word or phrase to the abbreviation Shorten writes for it.
var shortForms, shortLongest = buildShortForms()

func buildShortForms() (map[string]string, int) {
	m := map[string]string{}
	longest := 1
	for _, a := range abbrevs {
		if a.matchOnly {
			continue
		}
		for _, l := range a.long {
			m[strings.ToLower(l)] = a.short
			longest = max(longest, len(strings.Fields(l)))
		}
	}
	return m, longest
}

// connectors make no sense at the end of a cut name: "Smith and" is worse than "Smith".
var connectors = map[string]bool{
	"and": true, "&": true, "of": true, "the": true, "for": true, "at": true, "to": true,
	"in": true, "on": true, "+": true, "-": true, "y": true, "et": true, "und": true,
}

// Shorten proposes a name of at most max characters (runes) for a name that is longer:
// abbreviate common construction words (Building→Bldg, Street→St, Avenue→Ave, Renovation→Reno,
// Medical Office Building→MOB, Construction→Constr, Company→Co, Incorporated→Inc, and so on),
// drop filler ("Project", "The"), then cut at a word boundary; never ends with a space or
// punctuation; never contains ':' (replace with '-'). Returns the name unchanged when it already
// fits. A name holding ':' does not fit anywhere in QuickBooks, whose job names use ':' to
// separate customer and job, so it is always rewritten.
func Shorten(name string, max int) string {
	if max <= 0 {
		return ""
	}
	if utf8.RuneCountInString(name) <= max && utf8.ValidString(name) && !strings.ContainsRune(name, ':') {
		return name
	}
	s := strings.ReplaceAll(strings.ToValidUTF8(name, "\uFFFD"), ":", "-")
	words := strings.Fields(s)
	fits := func() bool { return width(words) <= max }
	fit := func(w []string) bool { return width(w) <= max }

	// Legal forms have short forms that lose nothing: Incorporated is Inc.
	if !fits() {
		words = abbreviate(words, fit, true)
	}
	// Fillers say nothing about which job or company this is.
	if !fits() {
		kept := words[:0:0]
		for i, w := range words {
			k := strings.ToLower(strings.Trim(w, ",.;-"))
			if (k == "project" || (i == 0 && k == "the")) && len(words) > 1 {
				continue
			}
			kept = append(kept, w)
		}
		if len(kept) > 0 {
			words = kept
		}
	}
	// Nor does a trailing legal form: "Acme Concrete, Inc." is the Acme Concrete vendor.
	for !fits() && len(words) > 1 && legalSuffixes.set[Normalise(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	// Abbreviate from the end: the start of a name is what people read, so it stays spelt out
	// longest, and only as many words are abbreviated as needed.
	if !fits() {
		words = abbreviateLeast(words, fit)
	}
	if !fits() {
		words = cut(words, max)
	}
	return strings.Join(tidy(words), " ")
}

// abbreviate replaces words by their short forms, last first, until fits; legal chooses between
// legal forms (Inc, Co) and all other words.
func abbreviate(words []string, fits func([]string) bool, legal bool) []string {
	spans := abbreviable(words)
	for i := len(spans) - 1; i >= 0 && !fits(words); i-- {
		sp := spans[i]
		if legalSuffixes.set[Normalise(sp.short)] != legal {
			continue
		}
		words = append(words[:sp.at:sp.at], append([]string{sp.short}, words[sp.at+sp.n:]...)...)
	}
	return words
}

// abbreviateLeast abbreviates the fewest characters that make the name fit, so it keeps as much
// of the room QuickBooks allows as it can ("Cedar Ridge MOB Phase 2 Parking Expansion", not
// "Cedar Ridge MOB Ph 2 Pkg Exp"); among equals, later words are abbreviated. A name with more
// abbreviable phrases than are worth trying, or that fits with none of them, is abbreviated
// last first until it fits, as abbreviate does.
func abbreviateLeast(words []string, fits func([]string) bool) []string {
	var spans []span
	for _, sp := range abbreviable(words) {
		if !legalSuffixes.set[Normalise(sp.short)] {
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 || len(spans) > 12 {
		return abbreviate(words, fits, false)
	}
	var best []string
	bestWidth, bestLate := -1, -1
	for mask := 1; mask < 1<<len(spans); mask++ {
		out, late := slices.Clone(words), 0
		for i := len(spans) - 1; i >= 0; i-- { // from the end, so the earlier spans keep their places
			if mask&(1<<i) == 0 {
				continue
			}
			sp := spans[i]
			out = append(out[:sp.at:sp.at], append([]string{sp.short}, out[sp.at+sp.n:]...)...)
			late += sp.at
		}
		if w := width(out); fits(out) && (w > bestWidth || (w == bestWidth && late > bestLate)) {
			best, bestWidth, bestLate = out, w, late
		}
	}
	if best == nil {
		return abbreviate(words, fits, false)
	}
	return best
}

// cut keeps the words that fit in max runes. A trailing "Phase 2", "#4421" or "Building B" is
// what tells sibling jobs and stores apart, so it is kept and the words before it are cut.
func cut(words []string, max int) []string {
	if n := designation(words); n > 0 && width(words[len(words)-n:])+1 <= max/2 {
		tail := words[len(words)-n:]
		head := tidy(cutWords(slices.Clone(words[:len(words)-n]), max-width(tail)-1))
		if len(head) > 0 {
			return append(head, tail...)
		}
	}
	return cutWords(words, max)
}

// cutWords keeps the words that fit in max runes; a first word longer than max is cut inside.
func cutWords(words []string, max int) []string {
	n := 0
	for n < len(words) && width(words[:n+1]) <= max {
		n++
	}
	if n == 0 {
		return []string{string([]rune(words[0])[:max])}
	}
	return words[:n]
}

// labels are words that introduce a designation: "Phase 2", "Bldg B", "Lot 14".
var labels = map[string]bool{
	"phase": true, "ph": true, "building": true, "bldg": true, "unit": true, "lot": true,
	"level": true, "lvl": true, "tower": true, "area": true, "zone": true, "wing": true,
	"store": true, "no": true, "number": true, "package": true, "pkg": true, "parcel": true,
	"block": true, "site": true, "section": true, "suite": true, "ste": true, "floor": true,
	"option": true, "alt": true, "station": true, "bid": true,
}

// romans are the numerals used for phases: "Phase II".
var romans = map[string]bool{"ii": true, "iii": true, "iv": true, "v": true, "vi": true, "vii": true, "viii": true, "ix": true, "x": true}

// designation returns how many trailing words form a designation worth keeping, 0 if none.
func designation(words []string) int {
	if len(words) < 2 {
		return 0
	}
	_, last, _ := splitPunct(words[len(words)-1])
	_, prev, _ := splitPunct(words[len(words)-2])
	labelled := len(words) >= 3 && labels[strings.ToLower(prev)]
	lr := []rune(last)
	switch {
	case strings.ContainsFunc(last, unicode.IsDigit) || romans[strings.ToLower(last)]:
	case len(lr) == 1 && unicode.IsLetter(lr[0]) && labelled:
		// "Building B"; a lone letter without a label is more likely an initial: "Roberto M."
	default:
		return 0
	}
	if labelled {
		return 2
	}
	return 1
}

// width is the rune length of words joined by single spaces.
func width(words []string) int {
	n := max(len(words)-1, 0)
	for _, w := range words {
		n += utf8.RuneCountInString(w)
	}
	return n
}

// span is a run of words that has an abbreviation.
type span struct {
	at, n int
	short string
}

// abbreviable finds the words and phrases of a name that have a short form, longest phrase first,
// keeping the punctuation around them and following the name's capitalisation.
func abbreviable(words []string) []span {
	var spans []span
	for i := 0; i < len(words); {
		found := false
		for n := min(shortLongest, len(words)-i); n >= 1 && !found; n-- {
			lead, _, _ := splitPunct(words[i])
			_, _, trail := splitPunct(words[i+n-1])
			cores := make([]string, n)
			ok := true
			for j := range n {
				l, c, t := splitPunct(words[i+j])
				// Only the first word may open with and the last end with punctuation.
				if (j > 0 && l != "") || (j < n-1 && t != "") || c == "" {
					ok = false
					break
				}
				cores[j] = c
			}
			if !ok {
				continue
			}
			phrase := strings.Join(cores, " ")
			short, has := shortForms[strings.ToLower(phrase)]
			if !has || len(short) >= len(phrase) {
				continue
			}
			spans = append(spans, span{at: i, n: n, short: lead + matchCase(short, phrase) + trail})
			i += n
			found = true
		}
		if !found {
			i++
		}
	}
	return spans
}

// splitPunct separates leading and trailing punctuation from a word: "(Building," is "(",
// "Building", ",".
func splitPunct(w string) (lead, core, trail string) {
	core = strings.TrimLeftFunc(w, isPunctOrSymbol)
	lead = w[:len(w)-len(core)]
	c := strings.TrimRightFunc(core, isPunctOrSymbol)
	return lead, c, core[len(c):]
}

func isPunctOrSymbol(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// matchCase writes an abbreviation in the case of the words it replaces: "BUILDING" gives "BLDG",
// "building" gives "bldg"; acronyms such as MOB stay in capitals unless the name is lower case.
func matchCase(short, phrase string) string {
	switch {
	case phrase == strings.ToUpper(phrase) && strings.ToUpper(phrase) != strings.ToLower(phrase):
		return strings.ToUpper(short)
	case phrase == strings.ToLower(phrase):
		return strings.ToLower(short)
	}
	return short
}

// tidy removes what must not end a name: spaces, punctuation (a closing bracket that closes one
// is fine) and dangling connectors ("Smith and").
func tidy(words []string) []string {
	for len(words) > 0 {
		last := words[len(words)-1]
		t := strings.TrimRightFunc(last, func(r rune) bool {
			return unicode.IsSpace(r) || (isPunctOrSymbol(r) && !closesBracket(r, words))
		})
		switch {
		case t == "":
			words = words[:len(words)-1]
		case connectors[strings.ToLower(t)] && len(words) > 1:
			words = words[:len(words)-1]
		default:
			words[len(words)-1] = t
			return words
		}
	}
	return nil
}

// closesBracket reports whether r is a closing bracket with an opening one before it in words.
func closesBracket(r rune, words []string) bool {
	var open rune
	switch r {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return false
	}
	s := strings.Join(words, " ")
	return strings.Count(s, string(open)) >= strings.Count(s, string(r))
}

// Alternative proposes a different name for one QuickBooks refuses because another list
// (customer, employee, other name) uses it: e.g. "Acme Concrete (Vendor)", then
// "Acme Concrete (Vendor 2)" … ; it stays within max runes (shortening the base with Shorten) and
// skips names for which taken returns true. It returns "" when nothing fits.
func Alternative(name string, max int, suffix string, taken func(string) bool) string {
	suffix = strings.Join(strings.Fields(strings.ReplaceAll(suffix, ":", "-")), " ")
	for i := 1; i < 10000; i++ {
		var tag string
		switch {
		case suffix == "":
			tag = " (" + strconv.Itoa(i+1) + ")"
		case i == 1:
			tag = " (" + suffix + ")"
		default:
			tag = " (" + suffix + " " + strconv.Itoa(i) + ")"
		}
		room := max - utf8.RuneCountInString(tag)
		if room < 1 {
			return ""
		}
		base := strings.TrimSpace(Shorten(strings.TrimSpace(name), room))
		if base == "" {
			return ""
		}
		if c := base + tag; taken == nil || !taken(c) {
			return c
		}
	}
	return ""
}
