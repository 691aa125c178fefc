package match

import "testing"

// A note set off with stars after the name is a note, as one in brackets is.
func TestStarNote(t *testing.T) {
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
	if got, quals := starNote("Kestrel *W9* Plumbing", nil); got != "Kestrel Plumbing" || len(quals) != 1 || quals[0] != "W9" {
		t.Errorf("starNote(Kestrel *W9* Plumbing) = %q %q", got, quals)
	}
}

// The near misses: a star before the name (a mark, inactive.go), and the firm's own words in the
// stars against another firm.
func TestStarNoteNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Plumbing", "Kestrel *Electric*"},
		{"Skyview Drywall", "Skyview Painting **COI expired**"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
	if got, quals := starNote("*Kestrel Plumbing", nil); got != "*Kestrel Plumbing" || quals != nil {
		t.Errorf("starNote(*Kestrel Plumbing) = %q %q, want it left to inactive.go", got, quals)
	}
}
