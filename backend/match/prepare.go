package match

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// prepared is an entry with everything matching needs worked out once.
type prepared struct {
	entry Entry
	an    analysis // of the matching name, for reasons

	exact   string // how QuickBooks compares: lower case, trimmed
	norm    string // Normalise
	compact string // Normalise without spaces
	canon   []string
	canonK  string // canon words joined
	sorted  string // canon words sorted, for word order; "" with fewer than two words
	german  string // Normalise of the name with umlauts written out, "" when it has none
	flat    string // lower case, trimmed, spaces collapsed: for the truncation test

	// A QuickBooks job's full name is "Customer:Job"; it is matched by the job's own name.
	leafExact string
	parent    string

	initials []string // the initials the name could be abbreviated to, with and without "of", "and"

	role    string // Normalise without a trailing "(Vendor 2)" that Alternative added, else ""
	roleRaw string

	runes   [][]rune  // canon words as runes, for Jaro-Winkler
	numeric []bool    // canon word holds a digit
	weights []float64 // rarity of each canon word on the QuickBooks side
	nums    []string  // canon words holding digits: store, phase and lot numbers
	desig   []string  // one-letter canon words: "Building A"
	grams   []uint64  // distinct trigrams of the canon words, sorted
	ngrams  int

	contact contact

	// The whole name as a bookkeeper reads it (customer and job for a job) and its trigrams,
	// which the candidate search uses: see whole.go.
	toks    []token
	wgrams  []uint64
	nwgrams int
	// acronyms are the letters of a name with a word written as initials ("CED - Seattle",
	// "ABC Supply"); wordInitials the initials of a name without (acronym.go). Jobs have
	// neither.
	acronyms, wordInitials []string
	// personNamed: written as a person's name whose words may come in another order, surname
	// first or a first name and a surname alone (personOrder); known once, asked of every pair
	personNamed bool
	// hasJobs: a customer other QuickBooks records are jobs of (set by NewIndex).
	hasJobs bool
	// inactive: how the name (a QuickBooks name, or its customer's; or a Procore name) marks the
	// record as not in use ("ZZ …", "… (old)"); the name is matched without the mark (inactive.go).
	inactive string
	// sortMark: the mark is only stars ("*Kestrel Plumbing"), which bookkeepers put before a name
	// as often to sort it to the top of the list as to mark it not in use (inactive.go).
	sortMark bool
}

// roleWords are the list names Alternative puts in brackets when a name is taken on another list.
var roleWords = map[string]bool{
	"vendor": true, "v": true, "sub": true, "subcontractor": true, "supplier": true,
	"customer": true, "cust": true, "job": true, "employee": true, "emp": true, "other": true,
	"other name": true, "procore": true,
}

// prepare fills p from e. On the QuickBooks side (index true) a name Alternative decorated is
// also known without the decoration, and on a list of customers and jobs (paths true) a
// "Customer:Job" name is matched by its job part.
func prepare(p *prepared, e Entry, index, paths bool) {
	p.entry = e
	p.exact = exactKey(e.Name)
	name := e.Name
	var parent string // the customer of a job, without a mark of not in use
	if index {
		if i := strings.LastIndexByte(name, ':'); paths && i >= 0 && strings.TrimSpace(name[i+1:]) != "" {
			p.parent = strings.TrimSpace(name[:i])
			parent = p.parent
			name = name[i+1:]
			p.leafExact = exactKey(name)
		}
		if base, shown, ok := cutInactive(name); ok {
			name, p.inactive = base, shown
			if p.parent != "" {
				p.leafExact = exactKey(name)
			}
		}
		if base, shown, ok := cutInactive(parent); ok && p.parent != "" {
			parent = base
			p.inactive = cmp.Or(p.inactive, shown)
		}
		if base, raw, ok := cutRole(name); ok {
			p.role = Normalise(base)
			p.roleRaw = raw
		}
	} else if base, shown, ok := cutInactive(name); ok {
		// A Procore record marked as not in use is matched by its name without the mark, and
		// never linked in one click (inactive.go).
		name, p.inactive = base, shown
		p.exact = exactKey(name)
	}
	p.sortMark = p.inactive != "" && onlyStars(p.inactive)
	p.an = analyse(name)
	p.norm = p.an.key()
	p.compact = strings.ReplaceAll(p.norm, " ", "")
	if g, ok := germanSpelling(name); ok {
		p.german = Normalise(g)
	}
	p.flat = flatKey(name)
	switch {
	case p.parent != "":
		p.toks = append(tokenize(parent, true, true, nil), tokenize(name, false, false, &p.an)...)
	default:
		p.toks = tokenize(name, false, index || surnameFirst(name), &p.an)
	}
	if e.Number != "" {
		p.toks = append(p.toks, numberTokens(e.Number, p.toks)...)
	}
	if p.parent == "" {
		markLegalInitial(p.toks, &p.an)
		p.acronyms, p.wordInitials = acronymKeys(p.toks)
		p.wordInitials = withLegalInitials(p.wordInitials, p.toks) // "JCI" (legalinitials.go)
		if a := leadingAcronym(p.toks); index && a != "" && !slices.Contains(p.acronyms, a) {
			p.acronyms = append(p.acronyms, a)
		}
	}
	p.wgrams = tokenGrams(p.toks)
	p.nwgrams = len(p.wgrams)
	p.personNamed = surnameFirst(e.Name) || personOfTwo(p.toks)
	keys := p.an.keys()
	if len(keys) == 0 {
		return
	}
	p.initials = initials(keys)
	p.canon = canonical(keys, initialsAsWritten(p.an.words))
	p.canonK = strings.Join(p.canon, " ")
	if len(p.canon) > 1 {
		s := slices.Clone(p.canon)
		slices.Sort(s)
		p.sorted = strings.Join(s, " ")
	}
	p.runes = make([][]rune, len(p.canon))
	p.numeric = make([]bool, len(p.canon))
	for i, w := range p.canon {
		p.runes[i] = []rune(w)
		r, size := utf8.DecodeRuneInString(w)
		switch {
		case strings.ContainsFunc(w, unicode.IsDigit):
			p.numeric[i] = true
			p.nums = append(p.nums, w)
		case size == len(w) && unicode.IsLetter(r) && !unspaced(r):
			p.desig = append(p.desig, w)
		}
	}
	slices.Sort(p.nums)
	slices.Sort(p.desig)
	p.grams = trigrams(p.runes)
	p.ngrams = len(p.grams)
	p.contact = contactOf(e)
}

// initialWords may or may not give a letter to an initialism: Washington State Department of
// Transportation is WSDOT.
var initialWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "de": true, "y": true, "at": true}

// initials lists the initialisms a name of two to six words could go by.
func initials(words []string) []string {
	if len(words) < 2 || len(words) > 6 {
		return nil
	}
	out := []string{""}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || unspaced(r) {
			return nil
		}
		var next []string
		for _, o := range out {
			next = append(next, o+string(r))
			if initialWords[w] {
				next = append(next, o)
			}
		}
		out = next
	}
	slices.Sort(out)
	out = slices.Compact(out)
	return slices.DeleteFunc(out, func(s string) bool { return utf8.RuneCountInString(s) < 2 })
}

// isInitialism reports a one-word name that could be initials: two to six letters.
func isInitialism(p *prepared) bool {
	if len(p.an.words) != 1 {
		return false
	}
	n := 0
	for _, r := range p.norm {
		if !unicode.IsLetter(r) || unspaced(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// exactKey is how QuickBooks compares names: case-insensitively, ignoring surrounding spaces.
func exactKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.ContainsRune(s, 'ς') {
		s = strings.ReplaceAll(s, "ς", "σ")
	}
	return s
}

// flatKey is exactKey with inner runs of spaces collapsed and ':' read as '-' (QuickBooks refuses
// ':'), the form in which a name cut to a length limit is compared with the full one.
func flatKey(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(exactKey(s)), " "), ":", "-")
}

// cutRole splits "Acme Concrete (Vendor 2)" into "Acme Concrete" and "(Vendor 2)".
func cutRole(name string) (base, raw string, ok bool) {
	t := strings.TrimSpace(name)
	if !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return "", "", false
	}
	inner := strings.Fields(strings.ToLower(t[open+1 : len(t)-1]))
	if len(inner) > 0 && allDigits(inner[len(inner)-1]) {
		inner = inner[:len(inner)-1]
	}
	if len(inner) == 0 || !roleWords[strings.Join(inner, " ")] {
		return "", "", false
	}
	return strings.TrimSpace(t[:open]), t[open:], true
}
