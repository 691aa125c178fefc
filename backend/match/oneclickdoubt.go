package match

import (
	"fmt"
	"strings"
)

// Some names read the same by the whole-name rules and still leave a bookkeeper a question, which
// one click would answer by guessing:
//   - the two names share nothing but a place ("Arizona 811", "Arizona Public Service Co"): a
//     state or a town is in many firms' names;
//   - the QuickBooks name is one place of a firm ("Mayer Electric - Dallas Br") and the list
//     holds another named for the town of the firm's record ("Mayer Electric - Arlington" for a
//     record in Arlington): the branch in another town is not the one to link in one click;
//   - the QuickBooks name is the firm's name and a place after " - " or in brackets
//     ("CalPortland - Tucson") and the list holds the same firm's name at another place with
//     words more ("CalPortland - Phoenix Ready Mix"), which the tie of equal branches does not
//     see: which place is the bookkeeper's to say;
//   - one name adds a trade, the other a region ("Empire Roofing", "Empire Southwest"): each name
//     has words of its own, and one shared word is a namesake's as often as the firm's;
//   - a sole proprietor's firm and its owner's name with "Sr." or "Jr." when the list also holds
//     the same name of the other generation ("Ramirez, Hector Sr" beside "Ramirez Jr., Hector"):
//     father and son are often both in the trade;
//   - a customer without jobs and a project that adds only a town to its name ("Trinity Bible
//     Church Arlington"): a church, a school or a chain of the same name in another town;
//   - and the doubts kept in files of their own, each with the labelled sets' cost measured: a
//     trade's word within a job's name (doubtjobwork.go), a bare name that is a place's
//     (doubtplacename.go), a store of another division (doubtbranchpart.go), a contractor
//     against a supplier's branch (doubtbranchtrade.go), a contractor "of" a town or with one in
//     brackets (doubtcontractorof.go), two kinds of firm (doubtkindswap.go), another public
//     owner's job (doubtotherowner.go), an owner's name a letter apart (doubtownertypo.go), a
//     town read as an owner (doubtbodyowner.go), a family's job sharing only the kind of work
//     (doubtfamilywork.go), one word shared after three or more set aside (doubtthinshare.go),
//     a typo with a word of its own on each side (doubttypoaside.go), a known office's initials
//     read as another office's words or a number of its own on each side (doubtofficeinitials.go,
//     doubtnumbersapart.go). A firm bought lately is the renames table's question
//     (renamesrecent.go).
//     Two firms named for one person are the assignment's question
//     (ownerrivals.go).
//
// oneClickDoubt returns the doubt in a bookkeeper's words, or "".
func (ix *Index) oneClickDoubt(q, e *prepared, v *wholeVerdict) string {
	if d := initialsDoubt(q, e, v, 0); d != "" {
		return d // doubtofficeinitials.go
	}
	if v.initials != "" || v.owner || v.catDealer != "" {
		return ""
	}
	if place := sharedOnlyPlace(q, e, ix); place != "" && len(v.abbrevs) == 0 && v.typo[0] == "" && len(v.givenNames) == 0 && len(v.numbers) == 0 {
		return fmt.Sprintf("the names share only the place %q", place)
	}
	if v.customerOnly && len(v.aside) > 0 && ix.allPlaces(v.aside, q.contact.city) {
		return "the words added name a town: another place of the same name may be meant"
	}
	if v.bareTrade != "" && v.branchTail != "" && regionOnly(v.branchTail) {
		return fmt.Sprintf("one name adds the trade %q, the other the region %q", v.bareTrade, v.branchTail)
	}
	if state := twoEntities(q, e); state != "" {
		return fmt.Sprintf("each name ends with the firm's entity for a place, one of them %q: two entities of the firm", state) // stateentity.go
	}
	if w := ix.placeBareName(q, e, v); w != "" {
		return fmt.Sprintf("the bare name is a place's name, which many firms take, and the other adds the trade %q: a namesake may be meant", w) // doubtplacename.go
	}
	if w := ix.otherDivision(q, e, v); w != "" {
		return fmt.Sprintf("one name gives the division %q, the other a place of %q, another part of the firm", strings.Join(v.division, " "), w) // doubtbranchpart.go
	}
	if w := contractorBranchTrade(v); w != "" && !ix.jobs {
		return fmt.Sprintf("one name is a branch, the other adds %q, a contractor's work no supply house goes by: a namesake may be meant", w) // doubtbranchtrade.go
	}
	if w := contractorOfPlace(q, e, v); w != "" && !ix.jobs {
		return fmt.Sprintf("a contractor's name \"of %s\" is often a firm of its own there, which the other name does not name", w) // doubtcontractorof.go
	}
	if w := kindsApart(q, e, v); w != "" && !ix.jobs {
		return fmt.Sprintf("each name gives a kind of firm of its own, one of them %q: two firms of the name may be meant", w) // doubtkindswap.go
	}
	if w := ix.otherPublicOwner(q, e, v); w != "" {
		return fmt.Sprintf("the project names %q, which is not the job's customer, a public body: another owner's job of the same name may be meant", w) // doubtotherowner.go
	}
	if w := ownerSurnameSlip(v); w != "" && !ix.jobs {
		return fmt.Sprintf("\"%s\" may be two people's names, not a typo", w) // doubtownertypo.go
	}
	if w := ix.contractorBracketPlace(q, e, v); w != "" && !ix.jobs {
		return fmt.Sprintf("a contractor's name with %q in brackets is often a firm of its own there, which the other name does not name", w) // doubtcontractorof.go
	}
	if w := familyKindOnly(q, e, v); w != "" {
		return fmt.Sprintf("the names share only %q, the kind of work, and each names another thing worked on: another job of the family may be meant", w) // doubtfamilywork.go
	}
	if w := bodyAsOwner(q, e, v); w != "" && !ix.jobs {
		return fmt.Sprintf("%q names a public body, not a person who owns the other firm", w) // doubtbodyowner.go
	}
	if w := contractorKindAgainstBranch(q, e, v); w != "" && !ix.jobs {
		return fmt.Sprintf("one name is a branch, the other adds %q, a contractor's kind no supply house is: a namesake may be meant", w) // doubtbranchtrade.go
	}
	if a, b := typoAndWordsApart(q, e, v); a != "" && !ix.jobs {
		return fmt.Sprintf("the names differ by a letter and each adds a word of its own (%q, %q): two firms may be meant", a, b) // doubttypoaside.go
	}
	if w := thinShare(q, e, v); w != "" {
		return "the names share only " + w // doubtthinshare.go
	}
	if w := workWordAdded(q, e, v); w != "" {
		return fmt.Sprintf("%q names a trade's part of the work, which only one name has: another job on the same building may be meant", w)
	}
	if other := ix.otherRecordOfLocal(e, v); other != "" {
		return fmt.Sprintf("the QuickBooks list also has %q, another record of the same local", other) // unionfunds.go
	}
	if other := ix.ownerOnBooks(q, e, v); other != "" && !ix.jobs {
		return fmt.Sprintf("the QuickBooks list also has %q, the person the firm is named for: the surname's firm may be a relative's", other) // doubtownerbooks.go
	}
	if other := ix.otherGeneration(e, v); other != "" {
		return fmt.Sprintf("the QuickBooks list also has %q, the same name of another generation: check which one owns the firm", other)
	}
	if other := ix.utilityServiceRecord(q, e); other != "" && !ix.jobs {
		return utilityServiceDoubt(other) // utilityservice.go
	}
	if w := otherOffice(q, e); w != "" && !ix.jobs {
		return otherOfficeDoubt(w) // doubtotheroffice.go
	}
	if other := ix.contactSibling(q, e); other != "" {
		return fmt.Sprintf("the QuickBooks list also has %q, the firm's record with this phone or street", other) // doubtcontactsibling.go
	}
	if !ix.jobs && !atHome(q, e) {
		if other := ix.sisterBranch(q, e); other != "" {
			return fmt.Sprintf("the QuickBooks list also has %q, the firm's place in the record's own town", other)
		}
	}
	if !ix.jobs && !atHome(q, e) {
		if other := ix.otherPlaceOfFirm(q, e); other != "" {
			return fmt.Sprintf("the QuickBooks list also has %q, another place of the firm", other)
		}
	}
	return ""
}

// placeWord reports a word that names a place: a state, a big city, a town of the lists'
// addresses or the record's own town.
func (ix *Index) placeWord(w, city string) bool {
	return stateNames[w] || bigCities[w] || ix.places[w] || ix.cities[w] || (w != "" && w == city)
}

// allPlaces reports that every word as written names a place.
func (ix *Index) allPlaces(words []string, city string) bool {
	for _, raw := range words {
		for _, w := range strings.Fields(Normalise(raw)) {
			if !ix.placeWord(w, Normalise(city)) {
				return false
			}
		}
	}
	return true
}

// ownKeys are the keys of a name's words that may tell firms apart: not "of", "Inc" or "Co".
func ownKeys(ts []token) map[string]bool {
	out := map[string]bool{}
	for i := range ts {
		if ts[i].role != roleStop && ts[i].role != roleDescriptor && ts[i].role != roleTag {
			out[ts[i].key] = true
		}
	}
	return out
}

// sharedOnlyPlace returns the place that is all the two names have in common, when each has
// words of its own besides; else "".
func sharedOnlyPlace(q, e *prepared, ix *Index) string {
	a, b := ownKeys(q.toks), ownKeys(e.toks)
	var shared []string
	for k := range a {
		if b[k] {
			if !ix.placeWord(k, "") {
				return ""
			}
			shared = append(shared, k)
		}
	}
	if len(shared) == 0 || len(a) == len(shared) || len(b) == len(shared) {
		return ""
	}
	return strings.Join(shared, " ")
}

// regionOnly reports a branch note made of region or compass words only ("Southwest").
func regionOnly(tail string) bool {
	ws := strings.Fields(Normalise(tail))
	for _, w := range ws {
		if !regionWords[w] && !compassWords[w] {
			return false
		}
	}
	return len(ws) > 0
}

// sisterBranch returns another QuickBooks name of the firm of e, named for the town of q's
// record and written with other words before its place (ties of the same words are markTie's),
// when e names a place (after " - " or in brackets) the Procore name does not; else "".
func (ix *Index) sisterBranch(q, e *prepared) string {
	if !hasOwnQual(e.toks, q.toks) {
		return ""
	}
	k := firstOwn(e.toks)
	if k == "" || k != firstOwn(q.toks) {
		return ""
	}
	l := ix.firstWord.byWord[k]
	if len(l) > maxFirstWordShare {
		return ""
	}
	for _, id := range l {
		o := &ix.entries[id]
		if o.entry.ID != e.entry.ID && o.norm != e.norm && hasOwnQual(o.toks, q.toks) && atHome(q, o) && !sameFirmPart(o.toks, e.toks) {
			return o.entry.Name
		}
	}
	return ""
}

// sameFirmPart reports that two names have the same words before their place: branches that tie
// for the firm's name, which markTie settles by their towns (branchtie.go).
func sameFirmPart(a, b []token) bool {
	firm := func(ts []token) map[string]bool {
		out := map[string]bool{}
		for i := range ts {
			if !ts[i].qual && ts[i].role != roleStop && ts[i].role != roleDescriptor && ts[i].role != roleTag {
				out[ts[i].key] = true
			}
		}
		return out
	}
	x, y := firm(a), firm(b)
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

// hasOwnQual reports that ts has a word after " - " or in brackets that other lacks.
func hasOwnQual(ts, other []token) bool {
	keys := ownKeys(other)
	for i := range ts {
		if ts[i].qual && ts[i].role != roleStop && !keys[ts[i].key] {
			return true
		}
	}
	return false
}

// otherGeneration returns another QuickBooks name of the same person as e's but of another
// generation ("Ramirez Jr., Hector" for "Ramirez, Hector Sr"), when the names were read as an
// owner's and the owner's firm and e's name has a generation word; else "".
func (ix *Index) otherGeneration(e *prepared, v *wholeVerdict) string {
	if v.ownerTrade == "" {
		return ""
	}
	gen, rest := generationSplit(e.toks)
	if gen == "" {
		return ""
	}
	for _, k := range surnameKeys(e) {
		for _, id := range ix.bySurname[k] {
			o := &ix.entries[id]
			if o.entry.ID == e.entry.ID {
				continue
			}
			og, orest := generationSplit(o.toks)
			if og != gen && sameKeys(rest, orest) {
				return o.entry.Name
			}
		}
	}
	return ""
}

// generationSplit returns a name's generation word ("sr", "", …) and its other own keys.
func generationSplit(ts []token) (string, map[string]bool) {
	gen, rest := "", ownKeys(ts)
	for k := range rest {
		if generationWords[k] {
			gen = k
			delete(rest, k)
		}
	}
	return gen, rest
}

// sameKeys reports two sets of keys the same.
func sameKeys(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// otherPlaceOfFirm returns another QuickBooks name with all of e's words before its place and
// words neither e nor the Procore name has, when e names a place the Procore name does not; else
// "". When the list has a branch of equal words too, the branches tie and markTie asks
// (branchtie.go): a doubt on one of them would break the tie.
func (ix *Index) otherPlaceOfFirm(q, e *prepared) string {
	if !ix.placeQual(e, q) {
		return ""
	}
	k := firstOwn(e.toks)
	l := ix.firstWord.byWord[k]
	if k == "" || len(l) > maxSameTownFirm {
		return ""
	}
	other := ""
	for _, id := range l {
		o := &ix.entries[id]
		if o.entry.ID == e.entry.ID || o.norm == e.norm || !firmWithin(e.toks, o.toks) || !hasOtherWords(o, e, q) {
			continue
		}
		if sameFirmPart(o.toks, e.toks) {
			return "" // branches of equal words tie: markTie's question (branchtie.go)
		}
		if other == "" {
			other = o.entry.Name
		}
	}
	return other
}

// firmWithin reports that every own word of e before its place is a word of o.
func firmWithin(e, o []token) bool {
	ok := ownKeys(o)
	for i := range e {
		t := &e[i]
		if !t.qual && t.role != roleStop && t.role != roleDescriptor && t.role != roleTag && !ok[t.key] {
			return false
		}
	}
	return true
}

// hasOtherWords reports that o has a word that tells firms or places apart which neither e nor q
// has: another place or part of the firm ("Phoenix Ready Mix", "Western Div").
func hasOtherWords(o, e, q *prepared) bool {
	ek, qk := ownKeys(e.toks), ownKeys(q.toks)
	for k := range ownKeys(o.toks) {
		if !ek[k] && !qk[k] {
			return true
		}
	}
	return false
}

// placeQual reports that e has a word after " - " or in brackets, which q lacks, that names a
// town or a branch: "Tucson", "Div", "#512".
func (ix *Index) placeQual(e, q *prepared) bool {
	keys := ownKeys(q.toks)
	for i := range e.toks {
		t := &e.toks[i]
		if t.qual && !keys[t.key] && (ix.cities[t.key] || bigCities[t.key] || branchMarkers[t.key] || t.num != "") {
			return true
		}
	}
	return false
}
