package match

import (
	"strings"
	"testing"
)

// A city's office by initials with a D for the Department the other list leaves out: the same
// office. Initials that spell other words, a name that is no public body's, or the D missing its
// office stay out of one click.
func TestDepartmentInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
		reason      string
	}{
		{"City of Tarrow - Inspectional Services", "City of Tarrow ISD", true, "ISD = Inspectional Services (Department)"},
		{"Tarrow DPW", "City of Tarrow - Public Works", true, "DPW = (Department of) Public Works"},
		{"Tarrow DPW", "City of Tarrow - Parks & Recreation", false, ""},
		{"ABD Supply", "AB Supply", false, ""}, // no public body
		{"Tarrow ISD", "Tarrow Independent School District", true, ""},
		{"City of Tarrow - IS", "Tarrow Inspectional Services Department", false, ""},
		{"Tarrow County Public Works Department", "Tarrow County DPW", true, "DPW"}, // Department after
		{"Tarrow County Parks Department", "Tarrow County DPW", false, ""},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %s (%s), want likely %v saying %q", c.procore, c.qb, s.Confidence, s.Reason, c.likely, c.reason)
		}
	}
}
