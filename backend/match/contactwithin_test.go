package match

import "testing"

// At the same phone and street, a name whose words are all in the other's (initials aside) is the
// same firm; two names each with a word of its own are a family of firms at one office, and one
// agreeing detail is not enough.
func TestContactNameWithinOther(t *testing.T) {
	yard := Entry{Phone: "555-0146", Address: "310 Pioneer Rd", City: "Mesquite", Zip: "75149"}
	at := func(id, name string, c Entry) Entry { c.ID, c.Name = id, name; return c }
	other := Entry{ID: "o", Name: "Northgate Lumber", Phone: "555-0999", Address: "1 Elm St", City: "Plano"}
	for _, c := range []struct {
		name string
		p    Entry
		qb   Entry
		sure bool
	}{
		{"initials and a trade's kind more", at("p", "JT Harlow Concrete", yard), at("h", "Harlow Concrete Pumping", yard), true},
		{"two trades at one office", at("p", "Harlow Plumbing", yard), at("h", "Harlow Mechanical Services", yard), false},
		{"the same phone only", at("p", "JT Harlow Concrete", Entry{Phone: yard.Phone, City: "Mesquite"}), at("h", "Harlow Concrete Pumping", yard), false},
	} {
		s := Assign([]Entry{c.p}, NewFlatIndex([]Entry{c.qb, other}))["p"]
		sure := (s.Confidence == Exact || s.Confidence == Likely) && s.ID == "h"
		if sure != c.sure {
			t.Errorf("%s: %q → %q %s (%s)", c.name, c.p.Name, s.Name, s.Confidence, s.Reason)
		}
	}
}
