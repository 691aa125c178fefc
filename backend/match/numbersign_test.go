package match

import "testing"

// "No." before a number is the number's: initials stand for the words before it ("Glaziers DC
// 9" is Glaziers District Council No. 9); another council's number, or initials that need the
// "No." as a letter, do not link in one click.
func TestInitialsBeforeNumberSign(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Glaziers District Council No. 9", "Glaziers DC 9", true},
		{"Glaziers DC 9", "Glaziers District Council Number 9", true},
		// Near misses.
		{"Glaziers District Council No. 9", "Glaziers DC 19", false},
		{"Glaziers District Council No. 9", "Glaziers DCN 9", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
