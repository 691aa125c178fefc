package match

// A utility or national firm keeps one legal entity per state or region: "Duke Energy Florida"
// and "Duke Energy Carolinas", "Carrier Enterprise Northeast". A region's words on one name read
// as the firm's regional entity whose branches the other list keeps ("Carrier Enterprise -
// Canton"), but when the other name's place is a whole state, it is another entity of the firm,
// not a branch inside the region: the two are a question for the bookkeeper, not one click.

// stateTail reports that ts[from:] names a US state and nothing else of its own: "Florida",
// "New Mexico", "of Ohio".
func stateTail(ts []token, from int) bool {
	if from < 0 {
		return false
	}
	n := 0
	for k := from; k < len(ts); k++ {
		t := &ts[k]
		switch {
		case stateNames[t.key]:
			n++
		case k+1 < len(ts) && stateNamePhrases[t.key+"_"+ts[k+1].key]:
			n++
			k++
		case t.role == roleStop || t.role == roleDescriptor:
		default:
			return false
		}
	}
	return n == 1
}
