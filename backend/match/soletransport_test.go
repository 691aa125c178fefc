package match

import "testing"

// A one-man haulier names his firm for his name and "Transport" as another does for "Trucking":
// the owner and his firm are one payee. Another owner of the surname stays apart.
func TestSoleOwnerTransport(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Harjit Dhaliwal Transport", "Dhaliwal, Harjit", true},
		// Near misses: another first name, another surname.
		{"Harjit Dhaliwal Transport", "Dhaliwal, Gurpreet", false},
		{"Harjit Dhaliwal Transport", "Grewal, Harjit", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
