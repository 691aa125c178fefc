package match

import (
	"strings"
	"testing"
)

// On the Jobs page the same words in another order are the same job ("Phase 2 North Tower",
// "North Tower Phase 2"), unless two words that make a place's name together change places:
// "Park Lake Apartments" and "Lake Park Apartments" are buildings on two streets. Those are
// Possible, saying so.
func TestJobWordOrder(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		want        Confidence
		why         string
	}{
		{"Phase 2 North Tower", "Harlow Properties:North Tower Phase 2", Likely, ""},
		{"Tower North Phase 2", "Harlow Properties:North Tower Phase 2", Likely, ""},
		{"Roof Replacement Lincoln Elementary", "Northgate SD:Lincoln Elementary Roof Replacement", Likely, ""},
		{"Main Street Bridge", "City of Kent:Bridge Main Street", Likely, ""},
		{"Cedar Grove Library Renovation", "King County:Renovation Cedar Grove Library", Likely, ""},
		{"Park Lake Apartments", "Harlow Properties:Lake Park Apartments", Possible, `"Park Lake" and "Lake Park"`},
		{"Oak Ridge Clinic", "Harlow Properties:Ridge Oak Clinic", Possible, `"Oak Ridge" and "Ridge Oak"`},
		{"Cedar Grove Library Renovation", "King County:Grove Cedar Library Renovation", Possible, `"Cedar Grove" and "Grove Cedar"`},
		// Compared whole, a word set aside: still not one click.
		{"Park Lake Apartments", "Harlow Properties:Lake Park Apartments Remodel", Possible, ""},
		{"Park Lake Apartments", "Harlow Properties:Park Lake Apartments Remodel", Likely, ""},
		{"Hill Crest Elementary Gym", "Northgate SD:Crest Hill Elementary Gym", Possible, `"Hill Crest" and "Crest Hill"`},
	} {
		ix := NewIndex([]Entry{{ID: "a", Name: c.qb}, {ID: "b", Name: "Northgate Schools:Gym Floor"}, {ID: "c", Name: "Benton County:Jail Annex"}})
		s := Assign([]Entry{{ID: "p", Name: c.procore}}, ix)["p"]
		if s.ID != "a" || s.Confidence != c.want || !strings.Contains(s.Reason, c.why) {
			t.Errorf("%q / %q: %s (%s), want %s with %s", c.procore, c.qb, s.Confidence, s.Reason, c.want, c.why)
		}
	}
}
