package match

import "testing"

// "Public Works" on one side only says where a county's water office sits when the service and
// the body are paired: "Tarrow County Public Works - Water" is "Tarrow County Water Services".
// A Water Authority is a body of its own, and Public Works without its Water office is not the
// water office.
func TestPublicWorksOfficeAside(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tarrow County Public Works - Water", "Tarrow County Water Services", true},
		{"City of Tarrow Sewer Department", "City of Tarrow Public Works Sewer", true},
		{"Tarrow County Public Works - Water", "Tarrow County Water Authority", false},
		{"Tarrow County Public Works", "Tarrow County Water Services", false},
		{"Tarrow County Public Works - Water", "Marlow County Water Services", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
