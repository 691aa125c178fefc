package match

import "testing"

// TestRenameAfterOwnWords: a record the Procore name's own words find outranks one found only
// through the table of renames, so "Vestis" takes "Vestis Uniform", not the old "Aramark
// Uniform Services" kept beside it; with only the old name on the list, the rename links.
func TestRenameAfterOwnWords(t *testing.T) {
	both := NewFlatIndex([]Entry{
		{ID: "old", Name: "Aramark Uniform Services"},
		{ID: "own", Name: "Vestis Uniform"},
	})
	if s := Assign([]Entry{{ID: "p", Name: "Vestis"}}, both)["p"]; s.ID == "old" && s.Confidence != Possible {
		t.Errorf("with both names listed: got %+v, want no one-click link to the former name", s)
	}
	only := NewFlatIndex([]Entry{
		{ID: "old", Name: "Aramark Uniform Services"},
		{ID: "x", Name: "Vesta Electric"},
	})
	if s := Assign([]Entry{{ID: "p", Name: "Vestis"}}, only)["p"]; s.ID != "old" || s.Confidence != Likely {
		t.Errorf("with the old name only: got %+v, want the old name at Likely", s)
	}
}
