package match

// One list keeps a firm by its bare name, "Cochran", "Tapani Inc.", the other with its trade,
// "Cochran Electric Inc", "Tapani Underground". On the three labelled sets' tune splits such a
// pair was the same firm every time but where the trade made a supplier of a contractor:
// "Evergreen Landscaping" is not Evergreen Landscape Supply, nor "Sound Electric" Sound Electric
// Supply Co. So the bare name meets the name with one trade in one click, unless the bare name
// has a trade of its own ("Kestrel Plumbing", "Kestrel Plumbing & Heating": a second trade may be
// a sister firm's), the added word makes a supplier, or the phone or address differs
// (evaluate). A firm whose name has the trade on both lists' other records is told apart by the
// one-to-one assignment: two records that match equally well are not linked in one click.

// supplierWords make a supplier of a contractor's name: "Sound Electric Supply Co".
var supplierWords = wordSet(`supply supplies wholesale distributors distribution lumber rentals
	rental materials`)

// bareFirmTrade reports that short, the name without the trade word dropped, is a firm's bare
// name: only words of its own, no trade, no kind of firm ("Marlow & Associates" is a firm of
// another kind than Marlow Plumbing) and no note or branch; and that dropped, a word of long,
// neither makes a supplier nor is one of several lines of work joined by "&" ("Lumbee Stone &
// Tile" is not Lumbee Stone's).
func bareFirmTrade(short, long []token, dropped *token) bool {
	if supplierWords[dropped.key] {
		return false
	}
	for i := range short {
		t := &short[i]
		if stateEntity(t) || t.ofTail && t.role == roleStop {
			continue // "Brown & Brown of Ohio": the firm's state entity (stateentity.go)
		}
		if t.qual || t.role == roleDescriptor || t.role == roleTag || tradeWords[t.key] {
			return false
		}
	}
	for i := range long {
		if &long[i] != dropped {
			continue
		}
		if i > 0 && long[i-1].key == "and" || i+1 < len(long) && long[i+1].key == "and" {
			return false
		}
	}
	return true
}

// tradeModifier reports that dropped, a trade word of long, stands right before another word
// of the trade that both names have: it says which kind of that trade ("Asphalt" of "Lassiter
// Asphalt Paving", "Lassiter Paving"), not a second line of work.
func tradeModifier(long []token, lp []paired, dropped *token) bool {
	for i := 0; i+1 < len(long); i++ {
		if &long[i] == dropped {
			next := &long[i+1]
			return tradeWords[next.key] && lp[i+1].like != unlike && !next.qual
		}
	}
	return false
}
