package match

import "testing"

// A lot written "#22" in one list and "Lot 22" in the other is one lot; another lot's number or
// two builders' lots of one number in one subdivision leave the bookkeeper to choose.
func TestLotNumberAfterHash(t *testing.T) {
	qb := []string{"Corbel Custom Homes", "Corbel Custom Homes:Lot 22 Quarry Ridge", "Corbel Custom Homes:Lot 23 Quarry Ridge", "Corbel Custom Homes:Bldg 40 Quarry Ridge"}
	for _, c := range []struct {
		procore string
		want    string // "" for no one-click link
	}{
		{"Quarry Ridge #22 - Corbel", "Corbel Custom Homes:Lot 22 Quarry Ridge"},
		{"Quarry Ridge #23", "Corbel Custom Homes:Lot 23 Quarry Ridge"},
		{"Quarry Ridge #24", ""},
	} {
		s := assignJobs([]string{c.procore}, qb)["pa"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if c.want == "" && sure || c.want != "" && (!sure || s.Name != c.want) {
			t.Errorf("%q: %q %s (%s), want one click to %q", c.procore, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
	// Two builders' lot 22 in one subdivision: the builder must be named.
	s := assignJobs([]string{"Quarry Ridge #22"}, append(qb, "Marlow Homes", "Marlow Homes:Lot 22 Quarry Ridge"))["pa"]
	if s.Confidence == Likely || s.Confidence == Exact {
		t.Errorf("\"Quarry Ridge #22\" with two builders' lot 22: %q %s (%s), want a question", s.Name, s.Confidence, s.Reason)
	}
	s = assignJobs([]string{"Quarry Ridge Lot 22"}, []string{"Corbel Custom Homes", "Corbel Custom Homes:Quarry Ridge #22"})["pa"]
	if s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("\"Quarry Ridge Lot 22\" / \"…:Quarry Ridge #22\": %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
}
