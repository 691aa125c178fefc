package match

// A highway job names the road it is on, on one list only: "MassDOT #124567 I-93 Rest Area
// Plumbing" is the job "Proj 124567 Rest Area Plumbing". With the same project number on both
// sides (projectwords.go) the road's designation, a route word and its number, is set aside; any
// other number on one side still tells jobs apart ("Phase 2").

// routeWords are the words a road's number is written after: I-93, US 1, SR 9, Route 9, Hwy 6.
var routeWords = wordSet(`i us sr cr sh rt rte route highway`)

// routePart reports that t of ts is a road's designation, a route word before a number or the
// number after one.
func routePart(ts []token, t *token) bool {
	for i := range ts {
		if &ts[i] != t {
			continue
		}
		if t.num != "" {
			return i > 0 && routeWords[ts[i-1].key] && !ts[i-1].code
		}
		return routeWords[t.key] && i+1 < len(ts) && ts[i+1].num != "" && !ts[i+1].code
	}
	return false
}
