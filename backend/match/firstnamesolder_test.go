package match

import "testing"

// An owner's first name of an older generation before a firm of his surname and trade; the near
// misses: a word that is no first name, and the owner kept by name in the books beside the
// surname's firm.
func TestOlderFirstNames(t *testing.T) {
	firm := Entry{ID: "f", Name: "Pettibone Grading Co"}
	checkPrecisionCases(t, []precisionCase{
		{"an older first name", false, []Entry{firm, {ID: "o", Name: "Ostrander Supply"}},
			Entry{ID: "p", Name: "Lonnie Pettibone Grading"}, "f", true, ""},
		{"another older first name", false, []Entry{firm, {ID: "o", Name: "Ostrander Supply"}},
			Entry{ID: "p", Name: "Dewey Pettibone Grading"}, "f", true, ""},
		{"no first name", false, []Entry{firm, {ID: "o", Name: "Ostrander Supply"}},
			Entry{ID: "p", Name: "Marrow Pettibone Grading"}, "", false, ""},
		{"the owner on the books", false, []Entry{firm, {ID: "m", Name: "Pettibone, Lonnie"}},
			Entry{ID: "p", Name: "Lonnie Pettibone Grading"}, "m", true, ""},
	})
}
