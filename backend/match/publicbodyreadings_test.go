package match

import (
	"strings"
	"testing"
)

// "Comm" on a public body's name is its Commission, read like the table's other readings of Comm
// (Commercial, Communications) only when the other name has the word; a Committee is another
// body, and a Comm beside both a Commission and a Communications firm of that name stays a
// question.
func TestCommissionWrittenShort(t *testing.T) {
	s := assignVendors([]string{"Tarrow Water and Sewer Commission"}, []string{"Tarrow Water & Sewer Comm"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "Comm = Commission") {
		t.Errorf("Commission / Comm: %s %s (%s), want likely reading Comm = Commission", s.ID, s.Confidence, s.Reason)
	}
	s = assignVendors([]string{"Tarrow Planning Committee"}, []string{"Tarrow Planning Comm"})["pa"]
	if s.Confidence == Likely || s.Confidence == Exact {
		t.Errorf("Committee / Comm: %s (%s), want no one-click link", s.Confidence, s.Reason)
	}
	s = assignVendors([]string{"Tarrow Comm"}, []string{"Tarrow Commission", "Tarrow Communications"})["pa"]
	if s.Confidence == Likely || s.Confidence == Exact {
		t.Errorf("Comm beside Commission and Communications: %s %s (%s), want no one-click link", s.ID, s.Confidence, s.Reason)
	}
}
