package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name compared word by word, as a bookkeeper reads it, is a set of tokens: each word with a
// note of what it is for. "Hendricks, Paul:Kitchen Remodel" is the customer's surname, his
// first name and two words of the job; "Graybar Electric - Sub" is a company and a list label;
// "24-017 Riverside Clinic TI" is a project number and a project title. Which words may go
// unmatched depends on what they are for (see whole.go).

// role says what a word does in a name.
type role uint8

const (
	roleCore       role = iota // says which firm or job: Hendricks, Kitchen, Plumbing
	roleDescriptor             // says what kind of firm, not which: Construction, Company, Services
	roleWeak                   // says what kind of work, not which job: Remodel, Renovation, Project
	roleTag                    // a list label people add: Sub, Vendor, 1099
	roleStop                   // joins words: and, of, the
)

// token is one word of a name prepared for whole-name comparison.
type token struct {
	key   string // canonical form: abbreviations read out, number words as digits
	raw   string // as written, for reasons
	runes []rune
	num   string // the number without leading zeros when the word is a number
	role  role
	// code: part of a code of three or more digits ("24-017", "#3012", "ST-1942"): a project,
	// store or contract number, which one system often has and the other not.
	code bool
	// glued: a letter written against a number, the borough of "PS21X"
	glued bool
	// qual: in brackets, after a trailing " - " or a trailing "of": a branch, place or note
	// ("Dunn Lumber (Seattle)", "CED - Tacoma", "Winsupply Co of Everett")
	qual bool
	// ofPlace: the one word after "of" in a name of three words ("Winsupply of Everett"), a
	// branch only when the firm's own word is not an institution's (Port of Everett)
	ofPlace bool
	// spelt: letters written as a count and a letter ("Triple A" for AAA)
	spelt bool
	// acronym: initials written in capitals, "CED" (acronym.go)
	acronym bool
	// branchNumber: a number a store or branch goes by, after "#", "Store" or "Branch" or in a
	// branch note ("Home Depot #47", "Platt Electric - Branch 12"): on a vendor list, the
	// firm's number for one of its places, which the other list often leaves out
	branchNumber bool
	// written: the word as written, lower case, when the table read it as another
	// ("excavating" read as excavation), for comparing abbreviations with it; else nil
	written []rune
	// reading: the words a short form as written may also stand for, as an index of
	// readingSets (otherReadings, compassLetters), or 0
	reading uint8
	// unique: on the QuickBooks side, a word no other record of the list has (set by
	// NewIndex): what makes a firm's name distinctive (branch.go)
	unique bool
	// customer: in the customer part of "Customer:Job"
	customer bool
	// first: a first name of a "Surname, First" customer
	first bool
	// initial: one or two initials written with dots at the start of a name ("J. Ramirez",
	// "W.W. Grainger"), which the other system often leaves out
	initial bool
	// aux: from the project number field, not the name: it counts when matched and is
	// ignored otherwise
	aux bool
	// ofTail: in the words after a trailing "of" that splitQualifiers set apart
	// ("Transportation" of "Department of Transportation"), which initials may include
	// (initialsof.go)
	ofTail bool
	// bracket: in brackets, "(Macon)": a list's note as often as a branch (branch.go)
	bracket bool
	// legalAfter: on a name's last own word, the letter of the legal form the name ends with
	// ('i' for Inc, 'c' for Co or Corp), which its initials may take in (legalinitials.go)
	legalAfter rune
}

var descriptorWords = wordSet(`construction constructors contracting contractor contractors company
	corporation services service group enterprises enterprise holdings usa america general
	incorporated sons son associates partners industries ventures international builders solutions
	systems system fabricators fabricator fabrication fabricating erectors erector business
	wireless mobility brothers companies cos specialists works unlimited agency agencies specialties specialty americas
	wholesale products installers`)

// tradeDescriptors are the descriptors that say what a firm does, by kind: "Summit Construction"
// and "Summit Services" are two firms, where "Summit" and "Summit Construction" are one, and so
// are "Venture General Contracting" and "Venture General Contractors".
var tradeDescriptors = map[string]uint16{
	"construction": 1, "constructors": 1, "contracting": 1, "contractor": 1, "contractors": 1,
	"general": 1, "builders": 1,
	"services": 2, "service": 2,
	"solutions": 4,
	"systems":   8, "system": 8,
	// "Eastern Carolina Steel" is Eastern Carolina Steel Fabricators; Sanford Steel Erectors is
	// not Sanford Steel Fabricators.
	"fabricators": 16, "fabricator": 16, "fabrication": 16, "fabricating": 16,
	"erectors": 32, "erector": 32,
	// A public body's governing board, descriptors only in "Board of … Commissioners"
	// (boardframe.go): against a firm's kind ("Contractors"), another body.
	"board": 64, "commissioners": 64,
	// What a firm makes, and who installs: "Woodstock Wire and Cable Products" is Woodstock Wire
	// & Cable, but not Woodstock Wire & Cable Construction; "Heartland Tile Installers" is a
	// contractor (descriptorforms2_test.go). Not Management: "Zebulon Property Management"
	// manages what "Zebulon Property" owns.
	"products": 128, "installers": 1,
}

// tradeWords name a trade in a firm's name. One list may leave the trade out ("Cochran",
// "Cochran Electric"), but as often the shorter name is another firm of the family: such a pair
// is offered as Possible, with the word named (whole.go).
var tradeWords = wordSet(`electric electrical plumbing mechanical roofing paving drywall underground
	excavating excavation concrete glass glazing painting landscaping landscape masonry steel
	insulation flooring fence fencing interiors heating hvac welding framing carpentry cabinets
	tile demolition asphalt sprinklers sprinkler utilities trucking millwork lumber supply
	plumbers electricians painters roofers
	waterproofing fireproofing caulking coatings scaffolding rebar reinforcing crane
	cranes rigging surveying sitework grading hauling drilling boring sandblasting plastering stucco
	siding gutters windows doors elevator elevators signs awnings carpet acoustical acoustics
	ceilings cleaning janitorial abatement striping sweeping irrigation energy gas power insurance
	assurance surety industrial`)

// tradePhrases are trades named in two words, read as one word of the trade: "Quality Roofing &
// Sheet Metal" is Quality Roofing with a second trade, not with two words of a name.
var tradePhrases = map[[2]string]bool{{"sheet", "metal"}: true}

func init() {
	for p := range tradePhrases {
		tradeWords[p[0]+" "+p[1]] = true
	}
}

var weakWords = wordSet(`project projects job residence remodel remodeling renovation renovations
	repair repairs replacement improvement improvements upgrade upgrades retrofit buildout expansion
	modernization store branch location tenant reroof fitout new public program finish
	redevelopment rehab rehabilitation conversion refurbishment upfit upfits fitup annual reconstruction
	repave repaving resurface resurfacing infill rebuild`)

var tagWords = wordSet(`sub subs subcontractor subcontractors vendor vendors supplier suppliers 1099`)

var stopWords = wordSet(`and of the at for in on y de dba aka`)

// numberNames are the number words people write as digits: "All in One" is "All in 1".
var numberNames = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
	"eighty": "80", "ninety": "90",
}

// unitOrdinals are the ordinal words that end a compound ordinal: "Twenty-First" is 21st.
var unitOrdinals = map[string]string{
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
	"seventh": "7th", "eighth": "8th", "ninth": "9th",
}

// joinTens reads a tens word and the unit after it as one number: "Twenty-First" as 21st,
// "Forty Two" as 42, the way "21st Century" and "42" are written with digits.
func joinTens(out []token) []token {
	for i := 0; i+1 < len(out); i++ {
		t, u := &out[i], &out[i+1]
		if len(t.num) != 2 || t.num[1] != '0' || strings.ContainsFunc(t.raw, isDigitRune) {
			continue
		}
		var key string
		if o, ok := unitOrdinals[u.key]; ok {
			key = t.num[:1] + o
		} else if len(u.num) == 1 && u.num != "0" && !strings.ContainsFunc(u.raw, isDigitRune) {
			key = t.num[:1] + u.num
		} else {
			continue
		}
		raw := t.raw
		if u.raw != t.raw {
			raw += " " + u.raw
		}
		j := token{key: key, raw: raw, runes: []rune(key)}
		if allDigits(key) {
			j.num = numKey(key)
		}
		out[i] = j
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}

// romanNumerals are the numerals phases and buildings are numbered with.
var romanNumerals = map[string]string{
	"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
	"x": "10", "xi": "11", "xii": "12",
}

// boroughs are the letters New York's school and building codes append to the number: PS 21X is
// P.S. 21 in the Bronx.
var boroughs = map[string]string{"x": "bronx", "k": "brooklyn", "q": "queens", "m": "manhattan", "r": "staten island"}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// tokenize reads one part of a name (a customer, a job, a company) into tokens. customer marks
// the customer part of "Customer:Job"; person reads "Surname, First" as a person's name. an is
// name's analysis when the caller has it, or nil.
func tokenize(name string, customer, person bool, an *analysis) []token {
	name = quotedNickname(name) // "Thanh "Tom" Nguyen" reads as "Thanh (Tom) Nguyen" (quotednickname.go)
	// A store's code of letters and digits ("#F32") is a code as one of three digits is (storecode.go).
	codes := addStoreCodePieces(name, codePieces(name))
	var firsts map[string]bool
	if i := strings.IndexByte(name, ','); i > 0 && person && !firmAfterComma(name[i+1:]) { // unionlist.go
		// "Olsen, Erik & Mary": what follows the comma are first names.
		firsts = map[string]bool{}
		for _, w := range analyse(name[i+1:]).words {
			firsts[w.key] = true
		}
	}
	var parent []token
	if firm, note, ok := cutParentNote(name); ok && !customer {
		name, parent = firm, []token{parentToken(note)} // ", a Wesco company" (parentnote.go)
		an = nil                                        // the analysis is of the whole name
	}
	main, quals := splitQualifiers(name)
	ofPlace := ""
	if !customer && len(quals) == 0 {
		main, ofPlace = splitOfPlace(main)
	}
	if main != name || len(quals) > 0 {
		an = nil
	}
	var out []token
	add := func(seg string, qual bool) {
		for _, t := range segmentTokens(seg, codes, an) {
			t.qual = qual
			t.customer = customer
			t.first = firsts[t.key] && t.role == roleCore && !qual // not "Tile" of "Petrov, Nick - Tile"
			out = append(out, t)
		}
	}
	add(main, false)
	for _, q := range quals {
		if t, ok := paperworkToken(q); ok {
			out = append(out, t) // "(W9 on file)": a note on the firm's paperwork (paperwork.go)
			continue
		}
		n := len(out)
		add(q, true)
		of, bracket := ofTailOf(name, q), strings.Contains(name, "("+q) || strings.Contains(name, "["+q)
		for i := n; i < len(out); i++ {
			out[i].ofTail, out[i].bracket = of, bracket
		}
	}
	out = append(out, parent...)
	if ofPlace != "" {
		n := len(out)
		add(ofPlace, true)
		for i := n; i < len(out); i++ {
			out[i].ofPlace = true
		}
	}
	if !customer {
		out = ownerAfterBy(out) // "Concrete Cutting by Ortiz" (byowner.go)
	}
	inCase := len(out) == 1 || strings.ContainsFunc(name, unicode.IsLower)
	hashed := hashNumbers(name)
	_, stores := storeCodes(name)
	for i := range out {
		t := &out[i]
		t.acronym = isAcronym(t, inCase)
		t.branchNumber = t.num != "" && (t.qual || hashed[t.num] || stores[t.num] || i > 0 && branchWords[out[i-1].key] || districtNumberAt(out, i)) // districtnumber.go
	}
	if !inCase {
		initialsAfterStateCode(name, out) // "NH DRA" (stateinitials.go)
		twoInitialsInCapitals(name, out)  // "NYC DOT" (multiacronym.go)
	}
	markBoardFrame(out) // "Denver Board of Water Commissioners" (boardframe.go)
	return out
}

// branchWords introduce the number of a store or branch.
var branchWords = wordSet(`store branch location`)

// hashNumbers lists the numbers a name writes after "#" ("#47", "# 4"), without leading zeros.
func hashNumbers(name string) map[string]bool {
	if !strings.Contains(name, "#") {
		return nil
	}
	out := map[string]bool{}
	fields := strings.Fields(name)
	for i, f := range fields {
		if !strings.HasPrefix(f, "#") {
			continue
		}
		d := strings.TrimRight(f[1:], ",;.)")
		if d == "" && i+1 < len(fields) {
			d = strings.TrimRight(fields[i+1], ",;.)")
		}
		if d != "" && allDigits(d) {
			out[numKey(d)] = true
		}
	}
	return out
}

// numKey is a number without leading zeros: "0612" is 612, "00" is 0.
func numKey(d string) string {
	if n := strings.TrimLeft(d, "0"); n != "" {
		return n
	}
	return "0"
}

// institutions are the words a public body's name starts with before its place: "Port of
// Everett" and "City of Kent" are not branches of a Port or a City.
var institutions = wordSet(`port city county town village state university college bank district
	department dept church board school schools diocese commonwealth province borough township`)

// splitOfPlace takes the place off a name of three words with "of" in the middle, the way
// distributors name their branches ("Winsupply of Everett"), unless the first word is an
// institution's. Whole-name comparison sets the place aside like a bracketed branch.
func splitOfPlace(name string) (string, string) {
	words := strings.Fields(name)
	if len(words) != 3 || !strings.EqualFold(words[1], "of") || !strings.ContainsFunc(words[2], unicode.IsLetter) {
		return name, ""
	}
	head := analyse(words[0]).words
	if len(head) != 1 || institutions[head[0].key] || len(head[0].key) < 4 {
		return name, ""
	}
	return words[0], words[2]
}

// numberTokens reads a project number kept apart from the name, unless the name has it.
func numberTokens(number string, name []token) []token {
	ts := tokenize(number, false, false, nil)
	for i := range ts {
		if ts[i].role == roleStop || ts[i].role == roleWeak {
			continue
		}
		for _, n := range name {
			if n.key == ts[i].key {
				return nil // the name carries the number already
			}
		}
	}
	for i := range ts {
		ts[i].aux, ts[i].code = true, true
	}
	return ts
}

// segmentTokens tokenizes text without qualifiers: Normalise's words (legal forms dropped), cut
// where letters meet digits, abbreviations read out, number words as digits.
func segmentTokens(s string, codes map[string]string, an *analysis) []token {
	if an == nil {
		a := analyse(s)
		an = &a
	}
	a := an
	type piece struct {
		key, raw    string
		glued, code bool
	}
	var ps []piece
	for _, w := range a.words {
		for _, g := range splitGlue(w.key) {
			p := piece{key: g.key, raw: w.raw, glued: g.glued}
			if c, ok := codes[g.key]; ok {
				p.code, p.raw = true, c
			} else if c, ok := codes[w.key]; ok {
				p.code, p.raw = true, c
			}
			ps = append(ps, p)
		}
	}
	var out []token
	for i := 0; i < len(ps); {
		n := 0
		var full []string
		longest := 1
		if canonStarts[ps[i].key] {
			longest = min(canonLongest, len(ps)-i)
		}
		if ampersandJoined(ps[i].key, ps[i].raw) {
			longest = 0 // "R&D" is initials, not Rd (ampinitials.go)
		}
		for k := longest; k >= 1; k-- {
			phrase := ps[i].key
			for j := 1; j < k; j++ {
				phrase += " " + ps[i+j].key
			}
			if c, ok := canonPhrases[phrase]; ok {
				n, full = k, c
				break
			}
		}
		if n == 0 {
			n, full = 1, []string{ps[i].key}
		}
		if n == 1 {
			if t := titleAt(func(j int) string { return ps[j].key }, i, len(ps)); t != nil {
				full = t
			}
		}
		raws := make([]string, 0, n)
		for j := range n {
			if j == 0 || ps[i+j].raw != ps[i+j-1].raw {
				raws = append(raws, ps[i+j].raw)
			}
		}
		raw := strings.Join(raws, " ")
		for _, k := range full {
			if d, ok := numberNames[k]; ok {
				k = d
			} else if d, ok := romanNumerals[k]; ok && (len(k) > 1 || (len(out) > 0 && labels[out[len(out)-1].key])) {
				k = d // "Phase VII" is Phase 7; a lone V or X only after a label: "Phase V"
			} else if k == "i" && len(out) > 0 && labels[out[len(out)-1].key] {
				k = "1" // "Ph I" is Phase 1; I is kept out of romanNumerals, where it would be read anywhere
			}
			t := token{key: k, raw: raw, runes: []rune(k), glued: ps[i].glued && n == 1, code: ps[i].code && n == 1}
			// Only a full word read as another form of it ("Landscape" as landscaping), not an
			// abbreviation read out.
			if n == 1 && len(full) == 1 && ps[i].key != k && !allDigits(ps[i].key) && (len(ps[i].key) >= len(k)-1 || vocabulary[ps[i].key]) {
				t.written = []rune(ps[i].key)
			}
			if allDigits(k) {
				t.num = numKey(k)
			}
			if n == 1 && len(full) == 1 && len(ps[i].key) <= maxReadingLen {
				t.reading = readingsOf(ps[i].key, raw, out)
			}
			switch {
			case stopWords[k]:
				t.role = roleStop
			case tagWords[k]:
				t.role = roleTag
			case descriptorWords[k]:
				t.role = roleDescriptor
			case weakWords[k] || fillers[k] || numberWords[k]:
				t.role = roleWeak
			}
			out = append(out, t)
		}
		i += n
	}
	out = spellLetters(out)
	out = joinTens(out)
	out = joinSpokenGroups(out) // "One Twenty Eight" is 128 (spokennumber.go)
	markSuccessors(out)
	countyCo(out)
	publicWorksOffice(out) // "Public Works" names a city's office (publicworks.go)
	energyRetail(out)      // "Retail" of "TXU Energy Retail Company" (energyretail.go)
	schoolAfterLevel(out)
	if len(out) > 1 && len(out[0].runes) <= 2 && out[0].num == "" && strings.Contains(out[0].raw, ".") && out[0].role == roleCore {
		out[0].initial = true
	}
	// A middle initial: "John D. Smith", "Smith, John D."; not a designator after a label
	// ("Unit B.").
	for i := 1; i < len(out); i++ {
		t, before := &out[i], &out[i-1]
		if t.single() && strings.Contains(t.raw, ".") && len([]rune(strings.Trim(t.raw, ".,"))) == 1 && t.role == roleCore &&
			before.role == roleCore && before.num == "" && len(before.runes) > 1 && !labels[before.key] {
			t.initial = true
		}
	}
	// "Staten Island" is one borough; "Sheet Metal" one trade.
	for i := 0; i+1 < len(out); i++ {
		joined := tradeInTwoWords(&out[i], &out[i+1]) // "Site Work" is Sitework (tradefamilies.go)
		if out[i].key == "staten" && out[i+1].key == "island" || tradePhrases[[2]string{out[i].key, out[i+1].key}] || joined {
			k := out[i].key + " " + out[i+1].key
			if joined {
				k = out[i].key + out[i+1].key
			}
			out[i].key, out[i].runes = k, []rune(k)
			if out[i+1].raw != out[i].raw {
				out[i].raw += " " + out[i+1].raw
			}
			out = append(out[:i+1], out[i+2:]...)
		}
	}
	return out
}

// readingsOf finds the other words a short form w, written raw after the tokens before, may
// stand for (an index of readingSets, 0 for none). Two capitals are initials ("PT Electric"),
// not a street's Point; a letter after a label ("Building N") is a designator, not a direction.
func readingsOf(w, raw string, before []token) uint8 {
	r := readingIndex[w]
	switch {
	case r == 0:
	case otherReadings[w] != nil:
		if len(w) <= 2 && strings.ToUpper(raw) == raw {
			return 0
		}
	case len(before) > 0 && labels[before[len(before)-1].key]:
		return 0
	}
	return r
}

// letterCounts are the words that write a repeated letter as a count: "Triple A" is AAA.
var letterCounts = map[string]int{"double": 2, "triple": 3}

// spellLetters reads "Triple A" as the word AAA and "Double R" as RR.
func spellLetters(out []token) []token {
	for i := 0; i+1 < len(out); i++ {
		n := letterCounts[out[i].key]
		if n == 0 || !out[i+1].single() || out[i+1].glued || out[i+1].code {
			continue
		}
		k := strings.Repeat(out[i+1].key, n)
		out[i] = token{key: k, raw: out[i].raw + " " + out[i+1].raw, runes: []rune(k), spelt: true}
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}

// markSuccessors reads a roman numeral right after a firm's descriptor ("Walsh Construction
// Company II") as the number of a successor entity, which one list often leaves out: a code,
// set aside when on one side only and a contradiction when both sides differ. "Phase II" and
// "Building II" stay numbers of the job.
func markSuccessors(out []token) {
	for i := 1; i < len(out); i++ {
		t, before := &out[i], &out[i-1]
		if t.num == "" || t.code || !romanRaw(t.raw) || before.role != roleDescriptor || tradeDescriptors[before.key] != 0 {
			continue
		}
		t.code = true
	}
}

// romanRaw reports a numeral of two or more letters as written: "II", "III", "IV".
func romanRaw(raw string) bool {
	_, ok := romanNumerals[strings.ToLower(strings.Trim(raw, ".,"))]
	return ok && len(raw) > 1
}

// canonStarts are the first words of the phrases in canonPhrases of more than one word.
var canonStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range canonPhrases {
		if i := strings.IndexByte(k, ' '); i > 0 {
			m[k[:i]] = true
		}
	}
	return m
}()

// gluePiece is a part of a word cut where letters meet digits.
type gluePiece struct {
	key   string
	glued bool // a single letter right after a number: the X of "21X"
}

// splitGlue cuts "ps21x" into "ps", "21", "x" and "a1" into "a", "1"; ordinals ("21st") and
// words without digits stay whole.
func splitGlue(w string) []gluePiece {
	if !strings.ContainsFunc(w, unicode.IsDigit) || isOrdinal(w) || !isASCII(w) {
		return []gluePiece{{key: w}}
	}
	var out []gluePiece
	start := 0
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	for i := 1; i <= len(w); i++ {
		if i == len(w) || digit(w[i]) != digit(w[i-1]) {
			p := w[start:i]
			glued := !digit(p[0]) && len(p) == 1 && start > 0
			out = append(out, gluePiece{key: p, glued: glued})
			start = i
		}
	}
	return out
}

// isOrdinal reports "1st", "22nd", "3rd", "4th".
func isOrdinal(w string) bool {
	n := strings.TrimLeftFunc(w, unicode.IsDigit)
	if n == w || n == "" {
		return false
	}
	switch n {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// codePieces finds the runs of a name without spaces that hold three or more digits ("24-017",
// "#3012", "P-2024-07", "(23-104)") and maps their letter and digit pieces, lower case, to the
// run as written.
func codePieces(name string) map[string]string {
	var out map[string]string
	for _, chunk := range strings.Fields(name) {
		digits := 0
		for i := 0; i < len(chunk); i++ {
			if chunk[i] >= '0' && chunk[i] <= '9' {
				digits++
			}
		}
		if digits < 3 {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		written := strings.Trim(chunk, "()[],;")
		for _, p := range strings.FieldsFunc(strings.ToLower(chunk), func(r rune) bool { return !inWord(r) }) {
			for _, g := range splitGlue(p) {
				out[g.key] = written
			}
		}
	}
	return out
}

// splitQualifiers takes apart what a name carries besides the name: text in brackets, a short
// trailing " - …", one or two words after a "#" number and a trailing "of …" of one or two words
// after at least two.
func splitQualifiers(name string) (string, []string) {
	var quals []string
	name, quals = careOfNote(name, quals) // "Hale Painting c/o Robert Hale" (careof.go)
	// Square brackets hold a list's tag as round ones do: "Sharon Electric [NON-UNION]".
	for _, pair := range [...][2]byte{{'(', ')'}, {'[', ']'}} {
		for {
			open := strings.IndexByte(name, pair[0])
			if open < 0 {
				break
			}
			end := strings.IndexByte(name[open:], pair[1])
			if end < 0 {
				quals = append(quals, name[open+1:])
				name = name[:open]
				break
			}
			quals = append(quals, name[open+1:open+end])
			name = name[:open] + " " + name[open+end+1:]
		}
	}
	name, quals = slashTail(name, quals)
	name, quals = starNote(name, quals) // "Skyline Drywall **COI expired**" (starnote.go)
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(name, dash); i > 0 {
			head, tail := name[:i], name[i+len(dash):]
			if n := len(strings.Fields(tail)); (n >= 1 && n <= 2 || paperworkNote.MatchString(tail)) && len(strings.Fields(head)) >= 1 {
				quals = append(quals, tail)
				name = head
			}
			break
		}
	}
	words := strings.Fields(name)
	// "Sunbelt Rentals #0612 Tukwila": what follows a store or branch number is its place.
	for i := len(words) - 2; i >= 1 && i >= len(words)-3; i-- {
		if strings.HasPrefix(words[i], "#") && strings.ContainsFunc(words[i], isDigitRune) || storeNumberAt(words, i) {
			quals = append(quals, strings.Join(words[i+1:], " "))
			words = words[:i+1]
			name = strings.Join(words, " ")
			break
		}
	}
	for i := len(words) - 2; i >= 2 && i >= len(words)-3; i-- {
		if strings.EqualFold(words[i], "of") {
			quals = append(quals, strings.Join(words[i+1:], " "))
			name = strings.Join(words[:i], " ")
			break
		}
	}
	if strings.TrimSpace(name) == "" && len(quals) > 0 {
		return quals[0], quals[1:]
	}
	return name, quals
}

// slashTail takes a branch or note after a colon or a spaced slash off a vendor's name, as after
// a dash: "Kestrel Supply: Columbus", "Kestrel Supply / Columbus". Only one or two words after
// it, two or more before, and letters on both sides; a slash between words ("Heating/Cooling",
// "A/C", "6/24") joins them.
func slashTail(name string, quals []string) (string, []string) {
	i := strings.LastIndexByte(name, ':')
	if j := strings.LastIndex(name, " / "); j > i {
		i = j + 1
	}
	if i <= 0 || i == len(name)-1 {
		return name, quals
	}
	head, tail := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+1:])
	hf, tf := strings.Fields(head), strings.Fields(tail)
	if len(hf) < 2 || len(tf) < 1 || len(tf) > 2 || strings.ContainsAny(head, "/:") {
		return name, quals
	}
	last, _ := utf8.DecodeLastRuneInString(head)
	first, _ := utf8.DecodeRuneInString(tail)
	if !unicode.IsLetter(last) || !unicode.IsUpper(first) || len(hf[len(hf)-1]) < 2 || len(tf[0]) < 3 {
		return name, quals
	}
	for _, w := range tf {
		if k := strings.ToLower(w); tradeWords[k] || descriptorWords[k] || tradeWords[k+"ing"] {
			return name, quals // "Heating/Cooling": a second trade, not a branch
		}
	}
	return head, append(quals, tail)
}

// tokenGrams are the trigrams of the tokens that say which firm or job it is, customer
// included: what the candidate search looks for. Descriptors and work words are left out
// when there is anything else, or "Bayley Construction" would find every "… Construction"
// before "Bayley".
func tokenGrams(ts []token) []uint64 {
	words := make([][]rune, 0, len(ts))
	for _, t := range ts {
		if t.role == roleCore {
			words = append(words, t.runes)
		}
	}
	if len(words) == 0 {
		for _, t := range ts {
			if t.role != roleStop {
				words = append(words, t.runes)
			}
		}
	}
	return trigrams(words)
}

// single reports a one-letter word.
func (t *token) single() bool {
	return len(t.runes) == 1 && utf8.RuneLen(t.runes[0]) >= 1 && unicode.IsLetter(t.runes[0])
}

// tokenAt is the index of t in ts, or -1: the rules are handed a word left over and look at
// its neighbours.
func tokenAt(ts []token, t *token) int {
	if t == nil {
		return -1
	}
	for i := range ts {
		if &ts[i] == t {
			return i
		}
	}
	return -1
}
