package match

import "strings"

// A water or sewer main is named with its size on one list and without it on the other: "DW W.
// 32nd Ave 12in Main Replacement" and "Denver Water:W 32nd Ave Main Replacement". The size in
// inches right before the word of the pipe says which pipe the job lays, not which job, when the
// other name gives no number; a size on each side, or another number, still tells two jobs
// apart (whole.go).

// pipeWords name the pipe a size in inches goes with.
var pipeWords = wordSet(`main mains line lines pipe piping sewer water watermain waterline gas force
	storm sanitary`)

// pipeSize reports that t, left over in ts, is a size in inches written before a word of the pipe
// ("12in Main", "8-inch Water Line").
func pipeSize(ts []token, t *token) bool {
	if t.num == "" || t.qual || t.customer {
		return false
	}
	for i := range ts {
		if &ts[i] != t {
			continue
		}
		raw := strings.ToLower(ts[i].raw)
		k := i + 1
		inches := strings.HasSuffix(raw, "in") || strings.HasSuffix(raw, "inch") || strings.HasSuffix(raw, `"`)
		for k < len(ts) && (ts[k].key == "in" || ts[k].key == "inch" || ts[k].key == "inches") && (ts[k].raw == ts[i].raw || !inches) {
			inches = true
			k++
		}
		return inches && k < len(ts) && pipeWords[ts[k].key]
	}
	return false
}

// numberLeft reports a number of ts left unpaired.
func numberLeft(ts []token, ps []paired) bool {
	for i := range ts {
		if ts[i].num != "" && ps[i].like == unlike {
			return true
		}
	}
	return false
}
