package match

import "fmt"

// A city's or county's utility department goes by the services it runs on one list and by
// "Utilities" on the other: "York County Water & Sewer" and "York County Utilities", "City of
// Minneapolis Water Treatment & Distribution" and "City of Minneapolis - Utilities". When the
// body (its kind and place) is paired and the other name's only word left over is "Utilities"
// (or "Utility"), the services are the department's. A record of the body for one of the
// services ("City of X - Water") pairs the service itself and outranks it; an Authority or a
// District is a body of its own (publicworksoffice.go's separateBodyWords).

// utilityServiceWords name what a public utility department runs, besides publicServiceWords.
var utilityServiceWords = wordSet(`treatment distribution reclamation collection public works`)

// utilityServiceAside reports that t, left over in ts, names a service of the body's utility
// department, the other name's only word left over being "Utilities" or "Utility".
func utilityServiceAside(ts []token, ps []paired, t *token, other []token, otherPs []paired) bool {
	if !publicServiceWords[t.key] && !utilityServiceWords[t.key] || t.num != "" {
		return false
	}
	kind := false
	for i := range ts {
		kind = kind || bodyKindWords[ts[i].key] && ps[i].like != unlike
		if separateBodyWords[ts[i].key] {
			return false
		}
	}
	if !kind {
		return false
	}
	utilities := false
	for j := range other {
		o := &other[j]
		if otherPs[j].like != unlike || o.role == roleStop || o.key == "of" {
			continue
		}
		if o.key != "utilities" && o.key != "utility" {
			return false
		}
		utilities = true
	}
	return utilities
}

// maxBodyRecords is how many QuickBooks records starting with the body's first word are looked
// through for one of its services.
const maxBodyRecords = 64

// utilityServiceRecord returns another QuickBooks record of e's body, e being its "Utilities",
// that names one of the services q names and e does not ("City of Dunmore - Water" for "City of
// Dunmore Water & Sewer" against "City of Dunmore - Utilities"); else "".
func (ix *Index) utilityServiceRecord(q, e *prepared) string {
	ek, qk := ownKeys(e.toks), ownKeys(q.toks)
	if !ek["utilities"] && !ek["utility"] || !bodyName(e.toks) {
		return ""
	}
	services := map[string]bool{}
	for k := range qk {
		if !ek[k] && (publicServiceWords[k] || utilityServiceWords[k]) {
			services[k] = true
		}
	}
	l := ix.firstWord.byWord[firstOwn(e.toks)]
	if len(services) == 0 || len(l) > maxBodyRecords {
		return ""
	}
	for _, id := range l {
		o := &ix.entries[id]
		if o.entry.ID == e.entry.ID {
			continue
		}
		ok := ownKeys(o.toks)
		body, service := true, false
		for k := range ek {
			if k != "utilities" && k != "utility" && !ok[k] {
				body = false
			}
		}
		for k := range services {
			service = service || ok[k]
		}
		if body && service {
			return o.entry.Name
		}
	}
	return ""
}

// utilityServiceDoubt is the doubt's words for the bookkeeper.
func utilityServiceDoubt(other string) string {
	return fmt.Sprintf("the QuickBooks list also has %q, the body's record for a service the Procore name gives", other)
}
