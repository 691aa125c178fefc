package match

import "testing"

// A firm named for its owner's initials and the owner's name kept surname first, at the same
// phone, are read in the order the name is spoken (R K Bartlett); other initials, or no contact
// in common, stay apart.
func TestSpokenInitialsByContact(t *testing.T) {
	other := Entry{ID: "o", Name: "Northgate Lumber", Phone: "555-0999", City: "Plano"}
	for _, c := range []struct {
		name string
		p    Entry
		qb   Entry
		sure bool
	}{
		{"initials of the name read given names first", Entry{ID: "p", Name: "DMW Group", Phone: "555-0147", City: "Rowlett"},
			Entry{ID: "h", Name: "Whitacre, D M", Phone: "555-0147", City: "Rowlett"}, true},
		{"a full given name", Entry{ID: "p", Name: "DW Services", Phone: "555-0147", City: "Rowlett"},
			Entry{ID: "h", Name: "Whitacre, Dana", Phone: "555-0147", City: "Rowlett"}, true},
		{"other initials", Entry{ID: "p", Name: "DMK Group", Phone: "555-0147", City: "Rowlett"},
			Entry{ID: "h", Name: "Whitacre, D M", Phone: "555-0147", City: "Rowlett"}, false},
		{"another phone", Entry{ID: "p", Name: "DMW Group", Phone: "555-0148", City: "Rowlett"},
			Entry{ID: "h", Name: "Whitacre, D M", Phone: "555-0147", City: "Rowlett"}, false},
	} {
		s := Assign([]Entry{c.p}, NewFlatIndex([]Entry{c.qb, other}))["p"]
		sure := (s.Confidence == Exact || s.Confidence == Likely) && s.ID == "h"
		if sure != c.sure {
			t.Errorf("%s: %q → %q %s (%s)", c.name, c.p.Name, s.Name, s.Confidence, s.Reason)
		}
	}
}
