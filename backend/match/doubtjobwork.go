package match

import "slices"

// A general contractor's customer often has two jobs on one building: the building itself and a
// trade's part of it, "Ridgemont Builders:Legacy West Garage" and "Ridgemont Builders:Garage
// Lighting Legacy West". A QuickBooks job's name with a word of the work ("Lighting", "Paving")
// within it, before words of the job's name that the project has too, is that trade's contract on
// the building; the project without the word may be the other job, and a bookkeeper asks which.
// A word of the work last in the job's name is the bookkeeper's own trade added to the owner's
// job ("Shop Bldg Electrical", "ADU Slab & Footings"), the same job; and the project's own words
// of the work are its subcontractor's part (scopeatend.go).

// workWordAdded returns a word of the work within a QuickBooks job's own name, set aside, whose
// key the project's name lacks, with a word of the job's name that the project has after it; or
// "".
func workWordAdded(q, e *prepared, v *wholeVerdict) string {
	if e.parent == "" || len(v.aside) == 0 {
		return ""
	}
	keys := map[string]bool{}
	for i := range q.toks {
		keys[q.toks[i].key] = true
	}
	ts := e.toks
	for i := range ts {
		t := &ts[i]
		if t.customer || t.qual || keys[t.key] || !(tradeWords[t.key] || lastWorkWords[t.key]) || !slices.Contains(v.aside, t.raw) {
			continue
		}
		if i+1 < len(ts) && tradeWords[ts[i+1].key] && keys[ts[i+1].key] {
			continue // "Asphalt" of "Asphalt Paving": which kind of the trade both have
		}
		for k := i + 1; k < len(ts); k++ {
			if u := &ts[k]; !u.qual && u.role == roleCore && u.num == "" && keys[u.key] {
				return t.raw
			}
		}
	}
	return ""
}
