package match

import "testing"

// Names the whole-name rules read as the same but a bookkeeper would still ask about: each made-up
// near-miss must not be offered for one-click linking, and its made-up positive still must.
func TestOneClickDoubt(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"only a state shared", false,
			[]Entry{{ID: "a", Name: "Montana Public Service Co"}},
			Entry{ID: "p", Name: "Montana 811"}, "", false, ""},
		{"the same utility", false,
			[]Entry{{ID: "a", Name: "Montana Public Service Co"}},
			Entry{ID: "p", Name: "Montana Public Service"}, "a", true, ""},
		{"a customer without jobs and a town added", true,
			[]Entry{{ID: "c", Name: "Grace Fellowship Church"}, {ID: "o", Name: "Lakeside Dental", City: "Plano"}, {ID: "j", Name: "Lakeside Dental:Suite 200 Remodel"}},
			Entry{ID: "p", Name: "Grace Fellowship Church Plano", City: "Plano"}, "", false, ""},
		{"a customer without jobs and the project's words added", true,
			[]Entry{{ID: "c", Name: "Grace Fellowship Church"}, {ID: "o", Name: "Lakeside Dental", City: "Plano"}, {ID: "j", Name: "Lakeside Dental:Suite 200 Remodel"}},
			Entry{ID: "p", Name: "Grace Fellowship Church Sound System", City: "Plano"}, "c", true, ""},
		{"a trade on one side, a region on the other", false,
			[]Entry{{ID: "s", Name: "Kessler Southwest, LLC"}},
			Entry{ID: "p", Name: "Kessler Roofing", City: "Tucson"}, "", false, ""},
		{"a branch in another town when the list has the firm's in the record's town", false,
			[]Entry{{ID: "d", Name: "Harlan Electric Supply - Dallas Br"}, {ID: "a", Name: "Harlan Electric - Arlington"},
				{ID: "o", Name: "Lakeside Dental", City: "Arlington"}},
			Entry{ID: "p", Name: "Harlan Electric Supply Co., Inc.", City: "Arlington"}, "a", true, ""}, // the branch at home (branchsametown.go), not Dallas
		{"a branch when the list has no other of the firm's", false,
			[]Entry{{ID: "d", Name: "Harlan Electric Supply - Dallas Br"}, {ID: "o", Name: "Lakeside Dental", City: "Arlington"}},
			Entry{ID: "p", Name: "Harlan Electric Supply Co., Inc."}, "d", true, ""},
		{"an owner's firm when the list has the name of both generations", false,
			[]Entry{{ID: "s", Name: "Dombrowski, Marek Sr"}, {ID: "j", Name: "Dombrowski Jr., Marek"}},
			Entry{ID: "p", Name: "Marek Dombrowski Sr. Excavating"}, "", false, ""},
		{"an owner's firm when the list has one generation", false,
			[]Entry{{ID: "s", Name: "Dombrowski, Marek Sr"}, {ID: "o", Name: "Dombrowski Lumber"}},
			Entry{ID: "p", Name: "Marek Dombrowski Sr. Excavating"}, "s", true, ""},
		{"a branch when the list has the firm at another place with words more", false,
			[]Entry{{ID: "t", Name: "Quarrystone - Tucson"}, {ID: "r", Name: "Quarrystone - Phoenix Ready Mix"}},
			Entry{ID: "p", Name: "Quarrystone Company"}, "", false, ""},
		{"a branch when the list has no other place of the firm", false,
			[]Entry{{ID: "t", Name: "Quarrystone - Tucson"}, {ID: "o", Name: "Phoenix Ready Mix Co"}},
			Entry{ID: "p", Name: "Quarrystone Company"}, "t", true, ""},
	})
}
