package match

import "strings"

// A trade has more than one everyday name, and a firm's name on the two lists may use either:
// "Northlake Floor Covering" in QuickBooks is "Northlake Flooring" in Procore. Floor covering is
// the trade's own name for flooring (the carpet, vinyl and tile the floor-covering installer
// lays), so the two are read as one word when matching, the way an abbreviation is read as its
// full form (abbrev.go). Only the two-word name of the trade is read so: "Floor Care" (cleaning)
// and "Floors" alone keep their own words.
//
// "Architectural" before a trade names the finish work of that trade, not another trade:
// "Inman Park Architectural Millwork" is the millwork shop a project manager writes "Inman Park
// Millwork". It is read away only before the trade word, so "Kestrel Architectural" (a firm of
// architects) keeps it.

// tradeSynonyms maps a trade's other name, in normalised words, to the words matching reads.
var tradeSynonyms = map[string][]string{
	"floor covering":  {"flooring"},
	"floor coverings": {"flooring"},

	"architectural millwork":    {"millwork"},
	"architectural woodwork":    {"woodwork"},
	"architectural woodworking": {"woodworking"},
	"architectural metals":      {"metals"},
	"architectural sheet metal": {"sheet", "metal"},
	"architectural precast":     {"precast"},
	"architectural glass":       {"glass"},
}

func init() {
	for k, v := range tradeSynonyms {
		canonPhrases[k] = v
		canonLongest = max(canonLongest, len(strings.Fields(k)))
	}
}

// tradeSynonymReason says which of a trade's names the two names differ by ("Floor Covering" for
// "Flooring"), or "" when they differ by no such name.
func tradeSynonymReason(a, b string) string {
	na, nb := " "+Normalise(a)+" ", " "+Normalise(b)+" "
	for k, v := range tradeSynonyms {
		for _, pair := range [2][2]string{{na, nb}, {nb, na}} {
			other := " " + strings.Join(v, " ") + " "
			if strings.Contains(pair[0], " "+k+" ") && !strings.Contains(pair[1], " "+k+" ") && strings.Contains(pair[1], other) {
				return "Same name apart from \"" + titleWords(k) + "\", which names the same trade as \"" + titleWords(strings.Join(v, " ")) + "\""
			}
		}
	}
	return ""
}

// titleWords writes normalised words with capitals: "floor covering" is "Floor Covering".
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}
