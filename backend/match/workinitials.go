package match

import "strings"

// A utility contractor's bookkeeper writes the work of a job by the trade's usual letters: "Aldine
// Westfield WL Replacement" is the waterline replacement, "Elm St FM" the force main, "North
// Bullitt HS RTUs" the roof top units. The letters are read as the words only when written in
// capitals and only when the other name has those words in that order, unpaired; other letters
// ("WM" against a waterline) are another thing.

// workInitials are the letters a job's name writes for a piece of public works, each with the
// words they stand for as the other list writes them (normalised, as the table reads them).
var workInitials = map[string][][]string{
	"wl": {{"waterline"}, {"water", "line"}},
	"wm": {{"water", "main"}},
	"fm": {{"force", "main"}},
	"ss": {{"sanitary", "sewer"}},
	"ls": {{"lift", "station"}},
	// A plant's or facility's letters (WWTP, WRF) are read by the initials rules, a letter for
	// each word and for each word of a compound (initialsrun.go). And a building's equipment and
	// rooms by the letters the trades use.
	"rtu":  {{"rooftop", "unit"}, {"roof", "top", "unit"}},
	"rtus": {{"rooftop", "units"}, {"roof", "top", "units"}},
	"ahu":  {{"air", "handling", "unit"}, {"air", "handler"}},
	"ahus": {{"air", "handling", "units"}, {"air", "handlers"}},
	"bas":  {{"building", "automation", "system"}, {"building", "automation"}},
	"pac":  {{"performing", "arts", "center"}, {"performing", "arts"}},
}

// pairWorkInitials pairs a word of a written in capitals that is one of workInitials, unpaired,
// with the words of b it stands for, unpaired and side by side, and returns the reading for the
// reason ("WL = Waterline"), or "".
func pairWorkInitials(a, b []token, ap, bp []paired) string {
	for i := range a {
		t := &a[i]
		forms, ok := workInitials[t.key]
		if !ok || ap[i].like != unlike || t.customer || !capitalLetters(t.raw) {
			continue
		}
		for _, words := range forms {
			if j := unpairedRunAt(b, bp, words); j >= 0 {
				ap[i] = paired{at: j, like: initialsOf}
				raws := make([]string, len(words))
				for k := range words {
					bp[j+k] = paired{at: i, like: initialsOf}
					raws[k] = b[j+k].raw
				}
				return t.raw + " = " + strings.Join(raws, " ")
			}
		}
	}
	return ""
}

// unpairedRunAt finds words, side by side and unpaired, among the job's own words of ts, and returns
// where they start, or -1.
func unpairedRunAt(ts []token, ps []paired, words []string) int {
	for j := 0; j+len(words) <= len(ts); j++ {
		k := 0
		for k < len(words) && ps[j+k].like == unlike && !ts[j+k].customer && ts[j+k].key == words[k] {
			k++
		}
		if k == len(words) {
			return j
		}
	}
	return -1
}

// capitalLetters reports letters written in capitals, with a plural's "s" after them or not:
// "WL", "RTUs".
func capitalLetters(raw string) bool {
	raw = strings.TrimSuffix(raw, "s")
	return raw != "" && strings.ToUpper(raw) == raw && strings.ToLower(raw) != raw
}
