package match

import "testing"

// The line a bill is sent to, written in a vendor's name after "c/o" or "Attn".
func TestCareOfNote(t *testing.T) {
	for _, c := range [][2]string{
		{"Hollister Painting", "Hollister Painting c/o Robert Hollister"},
		{"Hollister Painting", "Hollister Painting Attn: Accounts Receivable"},
		{"Hollister Painting", "Hollister Painting, Care of Marrow Holdings"},
		{"Hollister Painting", "Hollister Painting (Attn Billing)"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	if got, quals := careOfNote("C/O Hollister Painting", nil); got != "C/O Hollister Painting" || quals != nil {
		t.Errorf("careOfNote(C/O Hollister Painting) = %q %q, want the name kept", got, quals)
	}
}

// The near misses: another firm's name before the mark; a word that only starts like the mark.
func TestCareOfNoteNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Hollister Painting", "Hollister Drywall c/o Robert Hollister"},
		{"Hollister Painting", "Hollister Painting Attention Homes"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
