package match

// After a hurricane the same repairs are called by the storm on one list and by the hurricane on
// the other ("SPC Clearwater Campus Hurricane Repairs", "St Petersburg College:Clearwater Campus
// Storm"; "McLamb Storm Repair", "McLamb, Doris:Hurricane Damage Repair"), and "Damage" after the
// event's word says no more than the repair does. "Storm" before a word of the drainage it
// carries ("Storm Sewer", "Storm Drain") is the pipe, not the weather, and stays apart.

// stormworksWords follow "Storm" when it names drainage.
var stormworksWords = wordSet(`sewer sewers drain drains drainage water pipe pipes piping line lines
	inlet inlets pond ponds main mains system systems culvert culverts outfall`)

// pairStormWords pairs "Hurricane" of a, unpaired, with "Storm" of b, unpaired, that names the
// weather.
func pairStormWords(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like != unlike || a[i].key != "hurricane" {
			continue
		}
		for j := range b {
			if bp[j].like != unlike || b[j].key != "storm" || j+1 < len(b) && stormworksWords[b[j+1].key] {
				continue
			}
			ap[i] = paired{at: j, like: shortWord}
			bp[j] = paired{at: i, like: shortWord}
			break
		}
	}
}

// damageAfterStorm reports that t, left over in ts, is "Damage" right after the paired word of the
// storm or hurricane.
func damageAfterStorm(ts []token, ps []paired, t *token) bool {
	if t.key != "damage" || t.qual {
		return false
	}
	for i := 1; i < len(ts); i++ {
		if &ts[i] == t {
			return ps[i-1].like != unlike && (ts[i-1].key == "storm" || ts[i-1].key == "hurricane")
		}
	}
	return false
}
