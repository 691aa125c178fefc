package match

import "testing"

// More notes between stars at the end of a vendor's name (starnote.go): a paperwork note with
// stars on one side of it only or spaces inside them.
func TestStarNoteMore(t *testing.T) {
	for _, c := range [][2]string{
		{"Skyview Drywall", "Skyview Drywall **COI expired**"},
		{"Kestrel Plumbing", "Kestrel Plumbing *W9 needed*"},
		{"Kestrel Plumbing", "Kestrel Plumbing ** NO 1099 **"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Kestrel Plumbing", "Kestrel *Electric*"},
		{"Skyview Drywall", "Skyview Painting **COI expired**"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
