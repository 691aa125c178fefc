package match

import "testing"

// "Div." for division in the owner's note; a division of a public body without the article is a
// body's office, not a note.
func TestParentNoteDivShort(t *testing.T) {
	s := assignVendors([]string{"Bluewing Lift Rentals"}, []string{"Bluewing Lift Rentals (a div. of Marrow Holdings)"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely {
		t.Errorf("Bluewing Lift Rentals: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
	if _, _, ok := cutParentNote("Ohio Dept of Natural Resources - Div of Water"); ok {
		t.Errorf("Div of Water read as an owner's note")
	}
	s = assignVendors([]string{"Bluewing Lift Rentals"}, []string{"Bluewing Crane Rentals (a div. of Marrow Holdings)"})["pa"]
	if s.ID == "qa" && s.Confidence != Possible {
		t.Errorf("Bluewing Lift Rentals / Bluewing Crane Rentals (a div. …): %s (%s), want no one-click link", s.Confidence, s.Reason)
	}
}
