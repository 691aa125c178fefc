package match

import "testing"

// wordsVsInitialsList has the firm by its own words and another record by initials and a place.
var wordsVsInitialsList = []Entry{
	{ID: "k", Name: "Kestrel Mechanical"}, {ID: "i", Name: "KMS - Tucker"},
	{ID: "o1", Name: "Osprey Plumbing"}, {ID: "o2", Name: "Benton Rebar"},
}

// The firm's written words, all but one word of the kind of firm, are linked in one click over a
// record that only shares its initials.
func TestWordsBeatInitials(t *testing.T) {
	s := Assign([]Entry{{ID: "p", Name: "Kestrel Mechanical Services"}}, NewFlatIndex(wordsVsInitialsList))["p"]
	if s.ID != "k" || s.Confidence != Likely {
		t.Fatalf("Kestrel Mechanical Services: %q %s (%s), want Kestrel Mechanical at Likely", s.Name, s.Confidence, s.Reason)
	}
}

// When the written words leave more aside (here a place the initials record has), neither
// reading is surer: no one click.
func TestWordsBeatInitialsNegatives(t *testing.T) {
	s := Assign([]Entry{{ID: "p", Name: "Kestrel Mechanical Services Tucker"}}, NewFlatIndex(wordsVsInitialsList))["p"]
	if s.ID == "k" && s.Confidence != Possible {
		t.Fatalf("Kestrel Mechanical Services Tucker linked to Kestrel Mechanical in one click: %s (%s)", s.Confidence, s.Reason)
	}
	t.Logf("%q %s (%s)", s.Name, s.Confidence, s.Reason)
}
