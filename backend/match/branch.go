package match

import (
	"strings"
	"unicode"
)

// A distributor or rental firm is kept on one list by its name and on the other by one of its
// places: "Kestrel Electric Supply" and "Kestrel Electric Supply Tacoma Branch", "Quillan
// Rentals Store 0412 Fresno CA". A bookkeeper links the two when the firm's name is
// distinctive, that is, its own words (not its trade or kind of firm) are on no other record of
// the QuickBooks list, and what follows it on the other name reads as a branch or a place: a
// branch or store word, a number, a state code, a point of the compass, a known city, a note in
// brackets or after a dash. A sister company ("Kestrel Plumbing Supply") or a second branch on
// the QuickBooks list makes the firm's words common and the rule does not apply. Two branches on
// the Procore side are told apart by the scores: every branch of a firm scores the same
// against it (see compareWhole), so the assignment sees a tie and offers neither in one click.

// branchMarkers say that the words around them name one of a firm's places.
var branchMarkers = wordSet(`branch br brnch store location loc division div region regional office
	yard plant warehouse depot showroom dc outlet downtown uptown midtown central metro counter center`)

// listNotes are what a bookkeeper notes on a record that is no place of the firm: "(old)",
// "- Do Not Use", the cost it is kept for ("- Materials", "- Labor") or its paperwork ("- W9 on
// file", "- COI").
var listNotes = wordSet(`old inactive closed dnu use duplicate dup obsolete former unused
	materials material labor labour w9 coi insurance retainage warranty deposit`)

// stateNames are the US states written out: "Kestrel Electric Supply Oregon".
var stateNames = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware
	florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
	massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma
	oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming`)

// stateNamePhrases are the states written out in two words, "new mexico" and the like.
var stateNamePhrases = wordSet(`new_hampshire new_jersey new_mexico new_york north_carolina
	north_dakota rhode_island south_carolina south_dakota west_virginia`)

// regionWords name the region a national firm's regional entity serves: "Duke Energy
// Carolinas", "Sunbelt Rentals Southeast".
var regionWords = wordSet(`carolinas southeast southeastern midwest midwestern northeast
	northeastern southwest southwestern northwest northwestern midatlantic atlantic pacific
	gulf mountain plains intermountain americas tristate`)

// countryWords name the country a national firm's entity is registered for: "Trane U.S. Inc.",
// "United Rentals (North America), Inc.", "Airgas USA".
var countryWords = wordSet(`us usa america americas national north`)

// regionTail reports that ts[from:] is a region's or country's words only ("Northeast LLC"):
// the firm's regional entity, which a branch of the firm on the other side is in, so the two
// notes do not contradict ("Carrier Enterprise Northeast LLC", "Carrier Enterprise - Canton").
func regionTail(ts []token, from int) bool {
	if from < 0 {
		return false
	}
	n := 0
	for k := from; k < len(ts); k++ {
		t := &ts[k]
		switch {
		case regionWords[t.key] || countryWords[t.key] && t.key != "north" || stateEntity(t):
			n++ // "of Ohio" is the firm's state entity (stateentity.go)
		case t.role == roleStop || t.role == roleDescriptor || countryWords[t.key]:
		default:
			return false
		}
	}
	return n > 0
}

// maxRegionWords is how many words of a region or country a firm's entity name may add.
const maxRegionWords = 2

// regionLeft reports that the words of ts without a counterpart are one or two words of a region
// or a country ("Northeast" of "Carrier Enterprise Northeast LLC", "U.S." of "Trane U.S. Inc."):
// the firm's regional entity, whose branches the other list keeps ("Carrier Enterprise -
// Canton"). Not a point of the compass alone ("Kestrel Supply West" is a branch of its own).
func regionLeft(ts []token, pairs []paired) bool {
	n, own := 0, false
	for i := range ts {
		t := &ts[i]
		if pairs[i].like != unlike || t.role == roleStop || t.num != "" {
			continue
		}
		if !(regionWords[t.key] || countryWords[t.key] || stateEntity(t)) {
			if t.role == roleCore {
				return false // "Maine" of "Lumbee NE Insulation of Maine": a place of its own
			}
			continue
		}
		if n++; n > maxRegionWords {
			return false
		}
		own = own || t.key != "north"
	}
	return n >= 1 && own
}

// compassWords are points of the compass a branch is named by: "Northwest Division".
var compassWords = wordSet(`north south east west northeast northwest southeast southwest
	northside southside eastside westside`)

// legalWords are the descriptors that are legal forms: a word after one ("Kestrel Supply Inc.
// Tacoma") is a note on the firm, as after a dash.
var legalWords = wordSet(`incorporated company corporation limited llc ltd`)

// branchQuality is the whole-name quality of every branch against its firm: the same for all,
// whatever the branch's words, so that two branches of one firm on the Procore side tie.
const branchQuality = 0.9

// maxBranchWords is how many words a branch's part of a name may have: "Boise Branch 3",
// "Store 0412 Fresno CA".
const maxBranchWords = 5

// branchTail finds the part of ts after its last word paired with the other name (pairs) that
// names a branch or place, and returns where it starts, or -1. e and ePairs are the QuickBooks
// name and its pairs: the firm's own words paired must be on no other QuickBooks record. marked
// says the part names a branch in so many words (a branch or store word, a number, a state
// code), not only by a place or a note: what a name that leaves the firm's trade out needs.
func branchTail(ts []token, pairs []paired, e []token, ePairs []paired, ctx *wholeContext) (from int, marked bool) {
	last := -1
	for i := range ts {
		if pairs[i].like != unlike && ts[i].role != roleStop {
			last = i
		}
	}
	// The firm's descriptors go with it: "Kestrel Electric Supply Co. | Bend OR".
	legal := false
	for last >= 0 && last+1 < len(ts) && (ts[last+1].role == roleDescriptor || ts[last+1].role == roleStop) {
		last++
		legal = legal || legalWords[ts[last].key]
	}
	if last < 0 || last == len(ts)-1 {
		return -1, false
	}
	words, place, noted := 0, false, legal
	var plainWords [maxBranchWords]string
	plain := plainWords[:0] // the words that are neither marker nor number: a place's name?
	for i := last + 1; i < len(ts); i++ {
		t := &ts[i]
		if t.customer || t.aux || t.first || t.code && romanRaw(t.raw) {
			return -1, false // a successor's numeral ("Company II") is no branch
		}
		if t.role == roleStop {
			continue
		}
		if listNotes[t.key] || t.role == roleDescriptor || t.role == roleTag ||
			t.single() && listNotes[strings.ToLower(strings.Trim(t.raw, "-.,()"))] { // the W of "W9"
			return -1, false // "(old)", "- Sub"; "(Rojas Holdings LLC)" is a firm's name
		}
		if words++; words > maxBranchWords {
			return -1, false
		}
		m := t.num != "" || branchMarkers[t.key] || branchWords[t.key] || stateCode(t)
		marked = marked || m
		place = place || compassWords[t.key] || ctx.place(t.key) || bigCities[t.key] || stateNames[t.key] || regionWords[t.key]
		noted = noted || t.qual
		if !m && t.role == roleCore {
			plain = append(plain, t.key)
		}
	}
	if len(plain) <= 1 {
		// A word in brackets or after a dash is a place ("CED - Tacoma"); two may be a
		// person's name ("(Maria Rojas)").
		place = place || noted
	}
	if townOfTwo(plain) && (noted || countryWords[ts[last].key]) {
		place = true // "- Franklin Park", "(Commerce City)", "Doka USA Little Ferry" (townending.go)
	}
	if words == 0 || !marked && !place && len(plain) <= 1 || !distinctiveFirm(e, ePairs) {
		return -1, false
	}
	if !marked && !place {
		// "Spokane Valley", "New Mexico", "Salt Lake City": a city of the lists' addresses, a
		// state or a large city of several words (initialstown.go).
		p := strings.Join(plain, " ")
		if u := strings.ReplaceAll(p, " ", "_"); !ctx.cities[p] && p != ctx.city && !stateNamePhrases[u] && !bigCityPhrases[u] {
			return -1, false
		}
	}
	return last + 1, marked
}

// unpairedOwn counts the words of ts that say which firm it is and found no counterpart.
func unpairedOwn(ts []token, pairs []paired) int {
	n := 0
	for i := range ts {
		if pairs[i].like == unlike && ts[i].role == roleCore && !ts[i].qual && ts[i].num == "" {
			n++
		}
	}
	return n
}

// stateCode reports a US state's postal code written in capitals: "Bend OR", "Fresno CA".
func stateCode(t *token) bool {
	// The raw form: "NC" is read as the words North Carolina (abbrev.go).
	return len(t.raw) == 2 && stateCodes[strings.ToLower(t.raw)] && strings.IndexFunc(t.raw, unicode.IsLower) < 0
}

// distinctiveFirm reports that the QuickBooks name's words paired with the other name include a
// word of its own (not a trade, a kind of firm, a number) and that every such word is on no
// other record of the QuickBooks list (token.unique, set by NewIndex).
func distinctiveFirm(e []token, ePairs []paired) bool {
	own := false
	for j := range e {
		t := &e[j]
		if ePairs[j].like == unlike || t.role != roleCore || t.num != "" || tradeWords[t.key] || t.qual || len(t.runes) < 2 {
			continue
		}
		if !t.unique {
			return false
		}
		own = true
	}
	return own
}

// inTail reports whether t is one of ts[from:].
func inTail(ts []token, from int, t *token) bool {
	if from < 0 {
		return false
	}
	for k := from; k < len(ts); k++ {
		if &ts[k] == t {
			return true
		}
	}
	return false
}

// tailWords writes ts[from:] as written, for the reason.
func tailWords(ts []token, from int) string {
	var out []string
	for k := from; k < len(ts); k++ {
		if r := strings.Trim(ts[k].raw, "()#,-"); len(out) == 0 || out[len(out)-1] != r {
			out = append(out, r)
		}
	}
	return strings.Join(out, " ")
}

// tradesLeft reports that the words of ts without a counterpart are one or two words of the
// trade and nothing else: "Landscape Supply" of "SiteOne Landscape Supply", its branch being
// "SiteOne #341 Raleigh".
func tradesLeft(ts []token, pairs []paired) bool {
	n := 0
	for i := range ts {
		if pairs[i].like == unlike && ts[i].role == roleCore && !ts[i].qual && ts[i].num == "" {
			if !tradeWords[ts[i].key] {
				return false
			}
			n++
		}
	}
	return n >= 1 && n <= 2
}

// A national firm's whole name often carries its division ("HD Supply Facilities Maintenance",
// "Lowe's Home Centers", "Martin Marietta Materials") where the other list keeps one of its
// branches ("HD Supply - Raleigh", "Lowe's #2415 Garner"). When the firm's own words are on no
// other QuickBooks record and the other name's rest is a branch with no trade of its own, up to
// two such words after the firm's are set aside.

// maxDivisionWords is how many words of a division the firm's whole name may add.
const maxDivisionWords = 2

// divisionLeft reports that the words of ts without a counterpart are one or two words after
// the paired ones that are not a trade ("Facilities Maintenance"): a division's name.
func divisionLeft(ts []token, pairs []paired) bool {
	n, last := 0, -1
	for i := range ts {
		if pairs[i].like != unlike && ts[i].role != roleStop && !ts[i].qual {
			last = i
		}
	}
	for i := range ts {
		if pairs[i].like == unlike && ts[i].role == roleCore && !ts[i].qual && ts[i].num == "" {
			if i < last || !divisionWords[ts[i].key] && !supplyLineWord(ts[i].key) { // supplyline.go
				return false
			}
			n++
		}
	}
	return n >= 1 && n <= maxDivisionWords
}

// divisionWords are the words national suppliers name their divisions with: "Facilities
// Maintenance", "Home Centers", "Materials", "Distribution", "Waterworks". A place's name is
// not among them: "Graybar Greensboro" is another branch, not a division.
var divisionWords = wordSet(`facilities facility maintenance home centers center materials
	distribution waterworks industrial commercial residential construction products equipment
	rentals rental power pump utilities utility infrastructure fasteners building`)

// tailHasTrade reports a word of a trade or a kind of firm in ts[from:]: "Ferguson Plumbing
// Supply - Raleigh" names a branch of one trade, which a division's name may not be.
func tailHasTrade(ts []token, from int) bool {
	for k := from; k >= 0 && k < len(ts); k++ {
		if tradeWords[ts[k].key] || ts[k].role == roleDescriptor {
			return true
		}
	}
	return false
}

// leftIsPlace reports that the words of ts without a counterpart name a place: a city of the
// lists, or a word after "of" ("Graybar Greensboro", "Lowe's of Federal Way" are other branches,
// not divisions).
func leftIsPlace(ts []token, pairs []paired, ctx *wholeContext) bool {
	var words []string
	for i := range ts {
		t := &ts[i]
		if pairs[i].like != unlike || t.role != roleCore || t.num != "" {
			continue
		}
		if ctx.place(t.key) || bigCities[t.key] || t.ofPlace || t.qual || compassWords[t.key] || stateNames[t.key] {
			return true
		}
		words = append(words, t.key)
	}
	return ctx.cities[strings.Join(words, " ")]
}

// otherTradeInTail reports a word of a trade or a line of business in ts[from:] other than the
// trade left on the other side: "Summit Roofing - Store 3" is no branch of Summit Electric, nor
// "United Rentals Br 107" of United Mechanical.
func otherTradeInTail(ts []token, from int, trade *token) bool {
	for k := from; k >= 0 && k < len(ts); k++ {
		if (tradeWords[ts[k].key] || divisionWords[ts[k].key]) && ts[k].key != trade.key {
			return true
		}
	}
	return false
}

// plainPlaceTail reports that ts[from:] is a place of the lists' addresses written after the
// firm's name or a dash, not in brackets: "Beacon Raleigh", "Johnstone - Raleigh NC" name a
// supplier's branch, where "Harlan Electric (Macon)" may be a contractor's note.
func plainPlaceTail(ts []token, from int, ctx *wholeContext) bool {
	if from < 0 || from >= len(ts) {
		return false
	}
	for k := from; k < len(ts); k++ {
		t := &ts[k]
		if t.bracket || !(ctx.place(t.key) || stateCode(t)) {
			return false
		}
	}
	return true
}

// leadingPlace reports that t, left over, is a place of the lists' addresses that starts ts
// before the firm's paired words: a local branch named city first, "Raleigh Winsupply Co".
func leadingPlace(ts []token, ps []paired, t *token, ctx *wholeContext) bool {
	first := firstOwnWord(ts)
	if first < 0 || &ts[first] != t || !ctx.place(t.key) || first+1 >= len(ts) {
		return false
	}
	for i := first + 1; i < len(ts); i++ {
		if ts[i].role == roleCore && !ts[i].qual && ps[i].like == unlike {
			return false // the rest of the name is all the firm's
		}
	}
	return ps[first+1].like != unlike
}
