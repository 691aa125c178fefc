package match

import "testing"

// A family's job with its town of two words in a note ("(Chula Vista)") is the job in that town;
// the same job named for another town, where the family's record is not, stays a question.
func TestTownOfTwoWordsAfterJob(t *testing.T) {
	qb := []Entry{
		{ID: "qa", Name: "Quintero, Marco", City: "Chula Vista", Phone: "555-0140"},
		{ID: "qb", Name: "Quintero, Marco:Remodel", City: "Chula Vista", Phone: "555-0140"},
		{ID: "qc", Name: "Northgate Schools:Gym Floor", City: "Escondido"},
		{ID: "qd", Name: "Tarrow Housing Authority", City: "San Marcos"},
	}
	for _, c := range []struct {
		procore Entry
		likely  bool
	}{
		{Entry{ID: "pa", Name: "Quintero Remodel (Chula Vista)", City: "Chula Vista", Phone: "555-0140"}, true},
		{Entry{ID: "pa", Name: "Quintero Remodel - San Marcos", City: "San Marcos", Phone: "555-0199"}, false},
		{Entry{ID: "pa", Name: "Quintero Remodel (Escondido)", City: "Escondido", Phone: "555-0166"}, false},
	} {
		s := Assign([]Entry{c.procore}, NewIndex(qb))["pa"]
		got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q: %q %s (%s), want one click %v", c.procore.Name, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
