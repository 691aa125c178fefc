package match

import "testing"

// A firm named for its owner against a firm of the same surname and trade: one click only when
// the books do not also keep the owner by name; with the owner kept, the owner's record is the
// one, and the surname's firm a question.
func TestOwnerOnBooksBeforeSurnameFirm(t *testing.T) {
	firm := Entry{ID: "f", Name: "Kessler Grading Co"}
	checkPrecisionCases(t, []precisionCase{
		{"no person on the books: the surname's firm", false, []Entry{firm, {ID: "o", Name: "Ostrander Supply"}},
			Entry{ID: "p", Name: "Dwayne Kessler Grading"}, "f", true, ""},
		{"the owner on the books: the owner's record", false, []Entry{firm, {ID: "m", Name: "Kessler, Dwayne"}},
			Entry{ID: "p", Name: "Dwayne Kessler Grading"}, "m", true, ""},
		{"the owner by a short form of his name", false, []Entry{firm, {ID: "m", Name: "Kessler, Richard"}},
			Entry{ID: "p", Name: "Rick Kessler Grading"}, "m", true, ""},
	})
	// The surname's firm alone against the person's firm, with the person on the books: a
	// question, whatever the assignment does with the person's record.
	ix := NewFlatIndex([]Entry{firm, {ID: "m", Name: "Kessler, Dwayne"}})
	for _, s := range ix.Suggest(Entry{ID: "p", Name: "Dwayne Kessler Grading"}, 3) {
		if s.ID == "f" && s.Confidence != Possible {
			t.Errorf("surname's firm offered %s (%s), want Possible beside the owner's record", s.Confidence, s.Reason)
		}
	}
	// Another man of the surname on the books says nothing about this firm's owner.
	checkPrecisionCases(t, []precisionCase{
		{"another first name on the books", false, []Entry{firm, {ID: "m", Name: "Kessler, Harold"}},
			Entry{ID: "p", Name: "Dwayne Kessler Grading"}, "f", true, ""},
	})
}
