package match

import "strings"

// A Caterpillar dealer trades as its name and "CAT", in capitals ("Empire CAT", "Ohio CAT -
// Columbus") and is billed under its legal name, the same name and the words of a dealer
// of machines or of its region ("Empire Southwest, LLC", "Ohio Machinery Co.", "Holt Texas,
// Ltd."). A bookkeeper who buys from the dealer knows the two. The dealer's own words must be the
// same and first on both sides; the legal name's other words only a machine dealer's or a
// region's, so "Empire Roofing" is no dealer; after CAT only its place ("Empire Cat Grooming" is
// no dealer). The dealer's name may be a state's ("Ohio CAT"): CAT says which firm, so the
// doubt of a shared place does not apply (oneclickdoubt.go).

// catDealerWords are the words a machine dealer's legal name adds to its own: its line of
// business and how it is organised.
var catDealerWords = wordSet(`machinery tractor equipment power systems brothers bros company
	co inc incorporated llc ltd corporation corp`)

// sameCatDealer reports that one name is a dealer's own words and "CAT", the other the same own
// words and a dealer's or a region's words, and returns the dealer's own words as written.
func sameCatDealer(a, b []token) string {
	if r := catDealerOf(a, b); r != "" {
		return r
	}
	return catDealerOf(b, a)
}

// catDealerOf reads brand as "<own words> CAT <place>" and legal as "<own words> <dealer or
// region words>".
func catDealerOf(brand, legal []token) string {
	cat := -1
	for i := range brand {
		if brand[i].key == "cat" && brand[i].raw == "CAT" && !brand[i].qual {
			cat = i
			break
		}
	}
	if cat < 1 {
		return ""
	}
	own := []*token{}
	for i := 0; i < cat; i++ {
		if brand[i].role == roleStop {
			continue
		}
		if brand[i].role != roleCore || brand[i].num != "" || brand[i].qual {
			return ""
		}
		own = append(own, &brand[i])
	}
	// After CAT only a branch's note or a state or big city: "- Columbus", "Texas".
	for i := cat + 1; i < len(brand); i++ {
		k := brand[i].key
		if !brand[i].qual && brand[i].role != roleStop && !stateNames[k] && !stateCodes[k] && !bigCities[k] {
			return ""
		}
	}
	var lo []*token
	for i := range legal {
		if legal[i].role != roleStop && !legal[i].qual {
			lo = append(lo, &legal[i])
		}
	}
	if len(own) == 0 || len(lo) <= len(own) {
		return ""
	}
	for k, t := range own {
		if lo[k].key != t.key {
			return ""
		}
	}
	for _, t := range lo[len(own):] {
		if !(catDealerWords[t.key] || compassWords[t.key] || regionWords[t.key] || stateNames[t.key]) {
			return ""
		}
	}
	words := make([]string, len(own))
	for k, t := range own {
		words[k] = t.raw
	}
	return strings.Join(words, " ")
}
