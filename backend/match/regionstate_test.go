package match

import "testing"

// A firm's entity for a region against its entity for a state is a question; a branch by its
// town is still the regional entity's.
func TestRegionAgainstStateEntity(t *testing.T) {
	others := []Entry{{ID: "o", Name: "Harlan Paving"}, {ID: "o2", Name: "Northgate Lumber", City: "Canton"}}
	checkPrecisionCases(t, []precisionCase{
		{"a state's entity against a region's", false, append([]Entry{{ID: "q", Name: "Kestrel Energy Carolinas"}}, others...),
			Entry{ID: "p", Name: "Kestrel Energy Florida"}, "", false, ""},
		{"two words of a state against a region's", false, append([]Entry{{ID: "q", Name: "Kestrel Energy Northeast"}}, others...),
			Entry{ID: "p", Name: "Kestrel Energy New Mexico"}, "", false, ""},
		{"a branch by its town", false, append([]Entry{{ID: "q", Name: "Kestrel Enterprise Northeast LLC"}}, others...),
			Entry{ID: "p", Name: "Kestrel Enterprise - Canton"}, "q", true, ""},
	})
}
