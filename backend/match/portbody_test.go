package match

import "testing"

// A port is a public body: "Port Quenby" is the Port of Quenby Authority, its office word set
// aside; a firm named for a port town's words with a trade of its own is not.
func TestPortIsPublicBody(t *testing.T) {
	qb := []Entry{{ID: "a", Name: "Port of Quenby Authority"}, {ID: "o", Name: "Ostrander Family Trust"}}
	checkPrecisionCases(t, []precisionCase{
		{"the port's authority", false, qb, Entry{ID: "p", Name: "Port of Quenby"}, "a", true, ""},
		{"the port written without of", false, qb, Entry{ID: "p", Name: "Port Quenby"}, "a", true, ""},
		{"a firm of the port's words", false, qb, Entry{ID: "p", Name: "Port Quenby Electric"}, "", false, ""},
	})
}
