package match

import "strings"

// Firms and project managers in an airport's town write the town by the airport's code, as the
// Postal Service's code stands for a state: "Prologis PDX Logistics Ctr Bldg B" is the Portland
// Logistics Center, "PHX Distribution Center" Phoenix's. On the Jobs page a code in capitals
// (airportcode.go's table) reads as its town written out on the other side, the town's words
// unpaired; the airport itself is airportcode.go's reading.

// pairCodeAsTown pairs an airport code of a, unpaired, with its town written out in b, and
// returns the reading for the reason ("PDX = Portland"), or "".
func pairCodeAsTown(a, b []token, ap, bp []paired) string {
	for i := range a {
		if ap[i].like != unlike {
			continue
		}
		for _, town := range airportCode(&a[i]) {
			n := len(strings.Fields(town))
			for j := 0; j+n <= len(b); j++ {
				if !freeFor(bp, j, j+n, -1) || townWritten(b[j:j+n], town) == "" || b[j].customer {
					continue
				}
				raws := make([]string, n)
				for k := range n {
					bp[j+k] = paired{at: i, like: initialsOf}
					raws[k] = b[j+k].raw
				}
				ap[i] = paired{at: j, like: initialsOf}
				return a[i].raw + " = " + strings.Join(raws, " ")
			}
		}
	}
	return ""
}
