package match

import (
	"strings"
	"testing"
)

// The record's own town before the job's name is set aside; a town the record does not give, or
// another word with the town, leaves the names apart.
func TestTownBeforeJob(t *testing.T) {
	for _, c := range []struct {
		procore, city, job string
		likely             bool
	}{
		{"Harlow Crescent Stake Center Remodel", "Harlow", "Bonneville Church Properties:Crescent Stake Center", true},
		{"Cedar Falls Greenway Office Reno", "Cedar Falls", "Lark Realty:Greenway Office Reno", true},
		{"Harlow Crescent Stake Center Remodel", "", "Bonneville Church Properties:Crescent Stake Center", false},
		{"Harlow Crescent Stake Center Remodel", "Provo", "Bonneville Church Properties:Crescent Stake Center", false},
		{"Harlow North Crescent Stake Center", "Harlow", "Bonneville Church Properties:Crescent Stake Center", false},
		{"Cedar Greenway Office Reno", "Cedar Falls", "Lark Realty:Greenway Office Reno", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		qb := []Entry{{ID: "qa", Name: customer}, {ID: "qb", Name: c.job}}
		s := Assign([]Entry{{ID: "pa", Name: c.procore, City: c.city}}, NewIndex(qb))["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q (%s) / %q: %s %q (%s), want likely %v", c.procore, c.city, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "the town the project is in") {
			t.Errorf("%q / %q: reason %q does not name the town", c.procore, c.job, s.Reason)
		}
	}
}
