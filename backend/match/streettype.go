package match

// A job named for its street often keeps the street's type on one list only: "Lakewood Kipling
// St Waterline Replacement" is the city's "Waterline Replacement Kipling", "Main Street Sidewalk"
// its "Main Sidewalk". The type word after a word both names have is set aside; another type on
// the other side ("5th Ave", "5th St") is another street.

// streetTypes are the kinds of street, as the table reads them (Street for St, Avenue for Ave).
var streetTypes = wordSet(`street avenue boulevard road drive lane way parkway court place circle terrace
	highway`)

// streetTypeLeft reports that t, left over in ts, is a street's type after a word paired with
// the other name, other, which has no type of its own there.
func streetTypeLeft(ts []token, ps []paired, other []token, t *token) bool {
	if !streetTypes[t.key] || t.qual || t.customer {
		return false
	}
	for i := 1; i < len(ts); i++ {
		if &ts[i] != t {
			continue
		}
		p := ps[i-1]
		if p.like == unlike || ts[i-1].role == roleStop || ts[i-1].customer {
			return false
		}
		next := p.at + 1
		return next >= len(other) || !streetTypes[other[next].key]
	}
	return false
}
