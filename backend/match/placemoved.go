package match

import "slices"

// A firm's place is written before its name on one list and after it on the other: "Seattle
// Boiler Works" and "Boiler Works Seattle", "Northwest Pipe Supply" and "Pipe Supply Northwest".
// A bookkeeper reads the place as a label the firm goes by, not as a word of its name turned
// round ("River Rock Paving", "Rock River Paving" stay two firms: order.go). Only one word moves,
// from the front to the end or back, and it is a place: a town of the lists' addresses or the
// record's own, a state or a region.

// placeWordMoved reports that a and b, two names as their own words, are the same words but for
// one place word that one name has first and the other last, the rest of two words or more
// keeping its order.
func placeWordMoved(a, b []string, place func(string) bool) bool {
	return placeFrontToEnd(a, b, place) || placeFrontToEnd(b, a, place)
}

// placeFrontToEnd reports that a is b with b's last word put first, that word being a place.
func placeFrontToEnd(a, b []string, place func(string) bool) bool {
	a, b = withoutStops(a), withoutStops(b)
	if len(a) < 3 || len(a) != len(b) || a[0] != b[len(b)-1] || a[0] == b[0] {
		return false
	}
	w := a[0]
	if !(place(w) || stateNames[w] || regionWords[w]) {
		return false
	}
	return slices.Equal(a[1:], b[:len(b)-1])
}

// withoutStops drops the joining words ("and", "of"): "Fence and Guardrail" keeps its order
// either way.
func withoutStops(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}
