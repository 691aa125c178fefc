package match

import (
	"strings"
	"testing"
)

// A note on a vendor's W-9, 1099 or insurance certificate is set aside like any list note: its
// 9 or its date is no number of the firm's.
func TestPaperworkNote(t *testing.T) {
	for _, qb := range []string{"Maple Ridge Electric (W9)", "Maple Ridge Electric (W-9 on file)", "Maple Ridge Electric - Needs W9",
		"Maple Ridge Electric - W9 on file", "Maple Ridge Electric (No 1099)", "Maple Ridge Electric - COI Exp 6/24",
		"Maple Ridge Electric LLC - COI expired"} {
		s := assignVendors([]string{"Maple Ridge Electric"}, []string{qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || strings.Contains(s.Reason, "branch") {
			t.Errorf("%q: %s (%s), want Likely, not a branch", qb, s.Confidence, s.Reason)
		}
	}
	for _, c := range []struct{ procore, qb string }{
		{"Maple Ridge Electric", "Maple Ridge Plumbing - W9 on file"}, // another firm
		{"Maple Ridge Electric 9", "Maple Ridge Electric (W9)"},       // a number of its own
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
	for _, note := range []string{"W9", "w-9 on file", "Needs W9", "COI exp 6/24", "1099", "Certificate of Insurance"} {
		if !paperworkNote.MatchString(note) {
			t.Errorf("%q not read as a paperwork note", note)
		}
	}
	for _, note := range []string{"Tacoma", "Unit 9", "W9 Holdings", "Store 1099"} {
		if paperworkNote.MatchString(note) {
			t.Errorf("%q read as a paperwork note", note)
		}
	}
}
