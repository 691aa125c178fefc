package match

// A county's or city's water, sewer or streets office sits inside its Public Works department,
// and one list names the department and the other not: "Fulton County Public Works - Water" and
// "Fulton County Water Services". When the service (Water) and the body (County) are paired,
// "Public Works" says only where the office sits. The other name's words left over must be words
// of an office too ("Services", "Department"); an Authority, a Commission, a District or a Board
// is a public body of its own, another payee.

// publicServiceWords name a service a Public Works department runs.
var publicServiceWords = wordSet(`water sewer wastewater stormwater storm streets street sanitation
	solid waste trash refuse recycling transportation traffic fleet`)

// separateBodyWords are office words that name a public body of its own.
var separateBodyWords = wordSet(`authority commission district board`)

// publicWorksAside reports that t, left over in ts, is the "Public" or "Works" of an unpaired
// "Public Works" in a name whose public service is paired, the other name's words left over
// being only an office's.
func publicWorksAside(ts []token, ps []paired, t *token, other []token, otherPs []paired) bool {
	if t.key != "public" && t.key != "works" {
		return false
	}
	at := tokenAt(ts, t)
	pub := at
	if t.key == "works" {
		pub = at - 1
	}
	if pub < 0 || pub+1 >= len(ts) || ts[pub].key != "public" || ts[pub+1].key != "works" ||
		ps[pub].like != unlike || ps[pub+1].like != unlike {
		return false
	}
	service := false
	for i := range ts {
		service = service || publicServiceWords[ts[i].key] && ps[i].like != unlike
	}
	if !service {
		return false
	}
	for j := range other {
		k := other[j].key
		if otherPs[j].like == unlike && other[j].role != roleStop && (!officeWords[k] || separateBodyWords[k]) {
			return false
		}
	}
	return true
}
