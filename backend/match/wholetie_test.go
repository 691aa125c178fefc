package match

import (
	"strings"
	"testing"
)

// Two jobs of one customer close in score are a tie a bookkeeper must settle, unless one has
// every word of the project and the other only most of them with words of its own aside.
func TestWholeTieAllWordsWin(t *testing.T) {
	qb := []string{"Tarrow City Schools", "Tarrow City Schools:Oakdale High School Roof Replacement",
		"Tarrow City Schools:Oakdale HS Roof - Warranty Callback"}
	s := assignJobs([]string{"Tarrow Oakdale HS Roof Replacement"}, qb)["pa"]
	if s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("every word against most: %q %s (%s), want the replacement job Likely", s.Name, s.Confidence, s.Reason)
	}
	// Both with words aside: still a tie.
	qb = []string{"Tarrow City Schools", "Tarrow City Schools:Oakdale HS Roof - Warranty Callback",
		"Tarrow City Schools:Oakdale HS Roof - Gutter Repairs"}
	s = assignJobs([]string{"Tarrow Oakdale HS Roof Replacement"}, qb)["pa"]
	if s.Confidence != Possible || !strings.Contains(s.Reason, "equally well") {
		t.Errorf("two jobs with words aside: %q %s (%s), want a tie", s.Name, s.Confidence, s.Reason)
	}
}
