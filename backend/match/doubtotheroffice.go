package match

import (
	"fmt"
	"strings"
)

// A city or county pays and bills from many offices, and the QuickBooks list keeps one record
// for each it deals with: "City of Tarrow - Permits", "City of Tarrow - Water Dept". A Procore
// name for the permitting office under its own title ("City of Tarrow Construction Services",
// "City of Pelham Development Services") is not the body's water office, though the rules read
// both as the body with a note: one name names the office that issues permits, the other another
// office ("Water", "Parks"), and a bookkeeper checks which record the bills come from.

// permitTitleWords, besides permitOfficeWords, title a permitting office in a public body's name:
// "Construction Services", "Building & Safety", "Permit Center", "Engineering".
var permitTitleWords = wordSet(`construction safety engineering center`)

// otherOffice returns, when q and e are one public body's names and one of them names the
// permitting office and the other another office, that other office's word as written; else "".
func otherOffice(q, e *prepared) string {
	if !bodyName(q.toks) || !bodyName(e.toks) {
		return ""
	}
	qk, ek := ownKeys(q.toks), ownKeys(e.toks)
	qPermit, qOther := officeWordsOwn(q.toks, ek)
	ePermit, eOther := officeWordsOwn(e.toks, qk)
	switch {
	case qPermit && eOther != "":
		return eOther
	case ePermit && qOther != "":
		return qOther
	}
	return ""
}

// bodyName reports a name with the kind of a local public body: "City", "County", "Town".
func bodyName(ts []token) bool {
	for i := range ts {
		if bodyKindWords[ts[i].key] {
			return true
		}
	}
	return false
}

// officeWordsOwn looks at the words of ts the other name lacks (other): whether one names the
// permitting office, and the first that names an office of another kind, as written.
func officeWordsOwn(ts []token, other map[string]bool) (permit bool, office string) {
	for i := range ts {
		t := &ts[i]
		if other[t.key] || t.role == roleStop || t.num != "" || stopWords[t.key] {
			continue
		}
		switch {
		case permitOfficeWords[t.key] || permitTitleWords[t.key] || taxOfficeWords[t.key]:
			permit = permit || permitOfficeWords[t.key] || permitTitleWords[t.key]
		case officeWords[t.key] || t.role == roleDescriptor || stateCode(t) || bodyKindWords[t.key]:
		case office == "":
			office = strings.Trim(t.raw, "-.,()")
		}
	}
	return permit, office
}

// otherOfficeDoubt is the doubt's words for the bookkeeper.
func otherOfficeDoubt(office string) string {
	return fmt.Sprintf("one name is the public body's permitting office, the other its %q office", office)
}
