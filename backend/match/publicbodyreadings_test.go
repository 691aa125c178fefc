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

// A special district's "District" after two services joined by "and" may be left out on one
// list; after one service, or with the services differing, the names stay apart.
func TestSpecialDistrictOfServices(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tarrow Water and Sanitation District", "Tarrow Water & Sanitation", true},
		{"Tarrow Water & Sewer", "Tarrow Water and Sewer District", true},
		{"Tarrow Sanitation District", "Tarrow Sanitation", false}, // a trash hauler may be Tarrow Sanitation
		{"Tarrow Water District", "Tarrow Water", false},
		{"Tarrow Water and Sanitation District", "Tarrow Water & Sewer", false},
		{"Tarrow Water and Sanitation District", "Tarrow Water & Sanitation Contractors", false},
		{"Tarrow Water and Sanitation District", "Tarrow Sanitation & Water", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, `"District"`) {
			t.Errorf("%q / %q: reason %q does not name District", c.procore, c.qb, s.Reason)
		}
	}
}

// A public body's name with only words of a public body more ("City of", Office) is the same
// office, not the other name at more length: another Procore record that extends the
// QuickBooks name with words of its own is no rival for it. A firm's name with a word more
// keeps its rival, and two records with only body words more stay a question.
func TestPublicBodyNoExtendsRival(t *testing.T) {
	for _, c := range []struct {
		procore     [2]string
		qb          string
		firstLikely bool
	}{
		{[2]string{"Tarrow County Engineer's Office", "Tarrow County Sanitary Engineer"}, "Tarrow Co Engineer", true},
		{[2]string{"City of Tarrow - Tarrow Water", "Tarrow Water Well Drilling"}, "Tarrow Water", true},
		{[2]string{"Kestrel Supply - Office", "Kestrel Supply Tacoma"}, "Kestrel Supply", false},
		{[2]string{"Town of Tarrow - Water", "City of Tarrow Water"}, "Tarrow Water", false},
	} {
		r := assignVendors(c.procore[:], []string{c.qb})
		s := r["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.firstLikely {
			t.Errorf("%q (beside %q) / %q: %s (%s), want likely %v", c.procore[0], c.procore[1], c.qb, s.Confidence, s.Reason, c.firstLikely)
		}
		if o := r["pb"]; o.ID == "qa" && o.Confidence == Likely {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore[1], c.qb, o.Confidence, o.Reason)
		}
	}
}
