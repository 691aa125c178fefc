package match

import (
	"strings"
	"testing"
)

// A firm kept with its group's one-word name in brackets, against the group's national company:
// the same payee. Without a group's word, with a common first name or a word another record has,
// or with more in the brackets, not in one click.
func TestParentInBrackets(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Quarrix USA LLC", []string{"Tarrow Ready Mix Co (Quarrix)"}, true},
		{"Quarrix Group", []string{"Tarrow Ready Mix Co (Quarrix)"}, true},
		{"Quarrix", []string{"Tarrow Ready Mix Co (Quarrix)"}, false},
		{"Quarrix Concrete", []string{"Tarrow Ready Mix Co (Quarrix)"}, false},
		{"Michael Group", []string{"Tarrow Roofing (Michael)"}, false},
		{"Quarrix USA", []string{"Tarrow Ready Mix Co (Quarrix)", "Quarrix Aggregates"}, false},
		{"Quarrix USA", []string{"Tarrow Ready Mix Co (Quarrix West)"}, false},
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		got := s.ID == "qa" && s.Confidence == Likely
		if got != c.likely || got && !strings.Contains(s.Reason, "the group it belongs to") {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
