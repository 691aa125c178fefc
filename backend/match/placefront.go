package match

import "strings"

// A branch's town is written after the firm's name on one list and before it on the other, each
// time set apart by a dash: "Granite Group - Nashua", "Nashua - Granite Group". The firm's own
// words keep their order; only the town moved, so it is no firm's name in another order
// (order.go). A town that is part of the name, not set apart ("Lowell Granite", "Granite
// Lowell"), still counts as the firm's word.

// placeMovedAcrossDash reports that a's and b's names are the same words but for one town that
// ends one name after " - " and starts the other before " - ", the rest in the same order.
func placeMovedAcrossDash(a, b *prepared) bool {
	return dashPlaceMoved(a.entry.Name, b.entry.Name) || dashPlaceMoved(b.entry.Name, a.entry.Name)
}

// dashPlaceMoved reports that first is "<rest> - <town>" and second "<town> - <rest>" with the
// same rest once normalised.
func dashPlaceMoved(first, second string) bool {
	i := strings.LastIndex(first, " - ")
	j := strings.Index(second, " - ")
	if i < 0 || j < 0 {
		return false
	}
	town, rest := Normalise(first[i+3:]), Normalise(first[:i])
	if town == "" || rest == "" || strings.Count(town, " ") > 1 {
		return false
	}
	return Normalise(second[:j]) == town && Normalise(second[j+3:]) == rest
}
