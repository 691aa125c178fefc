package match

// A public utility's legal name is often its governing board's: "Denver Board of Water
// Commissioners" is Denver Water, "Jefferson County Board of County Commissioners" the county.
// "Board of … Commissioners" says who governs the body, not which body, like "Company" says
// what kind of firm: Board and Commissioners are read as such descriptors, which one list may
// leave out. A board of anything else ("Board of Realtors", "Board of Health") keeps its words.

// markBoardFrame makes descriptors of the "Board" and the "Commissioners" of "Board of …
// Commissioners" with a word of the name's own between them.
func markBoardFrame(ts []token) {
	board := -1
	for i := range ts {
		switch {
		case ts[i].key == "board" && board < 0 && ts[i].role == roleCore:
			board = i
		case ts[i].key == "commissioners" && board >= 0 && i > board+1:
			ts[board].role, ts[i].role = roleDescriptor, roleDescriptor
			return
		}
	}
}
