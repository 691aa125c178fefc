package match

import "strings"

// Many firms of a region take the name of a place: "Eagle Mountain", "Red Mountain", "Bear Creek".
// A firm's bare name meets its name with the trade in one click ("Cochran", "Cochran Electric
// Inc": tradeleft.go), but a bare name that is only a place's name is as likely another firm's,
// a developer's or a ranch's, as the tradesman's ("Eagle Mountain" and "Eagle Mountain
// Landscaping"): a bookkeeper checks the phone or the address before linking.
//
// Measured and left out: the same doubt for a descriptor of the work one name adds to a town's
// name and a trade ("Loganville Steel", "Loganville Steel Erectors"; "Marysville Crane Service")
// lost eight true pairs of the labelled sets for one namesake, so such a pair stays Likely.

// geoWords are the names of the country's regions, ranges and waters that firms across a region
// take (the Olympic Peninsula, the Cascades, the Piedmont), besides states and towns.
var geoWords = wordSet(`olympic cascade cascades rainier sierra rockies rocky ozark ozarks
	appalachian piedmont tidewater lowcountry bluegrass adirondack catskill chesapeake potomac
	hudson wasatch teton tahoe mojave sonoran everglades smoky suncoast sunbelt keystone
	coastal coast sound bayou delta tristate metro metroplex valley`)

// placeSuffixes end the names of towns: Charlestown, Brownsville, Pittsburg, Murfreesboro.
var placeSuffixes = []string{"town", "ville", "burg", "boro", "borough"}

// placeLike reports a word that names a place: a state, a town of the lists, a region, a range or
// a water, a word place names are made of ("Mountain", "Creek"), or a town by its ending.
func (ix *Index) placeLike(w, city string) bool {
	if ix.placeWord(w, city) || geoWords[w] || regionWords[w] || compassWords[w] || placeNameWords[w] || unionRegionWords[w] {
		return true
	}
	for _, s := range placeSuffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// placeBareName returns the trade a firm's whole name adds to a bare name (whole.go's bareTrade)
// that is a place's name: every word of it a place's, or its last word one that place names end
// with ("Red Mountain"); else "".
func (ix *Index) placeBareName(q, e *prepared, v *wholeVerdict) string {
	if v.bareTrade == "" || insuranceWords[Normalise(v.bareTrade)] {
		return "" // "The Hartford", Hartford Fire Insurance: an insurer's name is its brand (insurer.go)
	}
	city := Normalise(q.contact.city)
	shared := ownKeys(e.toks)
	all, last := true, ""
	for i := range q.toks {
		t := &q.toks[i]
		if !shared[t.key] || tradeWords[t.key] || t.role != roleCore {
			continue
		}
		all = all && ix.placeLike(t.key, city)
		last = t.key
	}
	if last == "" || !all && !placeNameWords[last] {
		return ""
	}
	return v.bareTrade
}
