package match

import "testing"

// A firm and a town on the Procore side point at the one branch of the firm named for that town,
// though the firm's words are on several QuickBooks records; two records of the firm in that town,
// or a word that is not a trade or a branch's, leave it a question.
func TestBranchBySameTown(t *testing.T) {
	branches := []Entry{
		{ID: "d", Name: "Harlan Electric Supply - Dallas Br"},
		{ID: "w", Name: "Harlan Electric - Waco"},
		{ID: "a", Name: "Harlan Electric - Arlington"},
	}
	for _, c := range []struct {
		name string
		qb   []Entry
		p    string
		city string
		want string
		sure bool
	}{
		{"the one branch in the town", branches, "Harlan Electric Dallas", "", "d", true},
		{"two records of the firm in the town", append(append([]Entry{}, branches...), Entry{ID: "l", Name: "Harlan Electric Lighting - Dallas"}), "Harlan Electric Dallas", "", "", false},
		{"another firm's word", branches, "Harlan Steel Erectors Dallas", "", "", false},
		{"no town", branches, "Harlan Electric", "", "", false},
		{"the firm's record in the town", branches, "Harlan Electric Supply Co., Inc.", "Arlington", "a", true},
		{"another trade's record in the town", branches, "Harlan Steel Erectors", "Arlington", "", false},
	} {
		s := Assign([]Entry{{ID: "p", Name: c.p, City: c.city}}, NewFlatIndex(c.qb))["p"]
		sure := s.Confidence == Exact || s.Confidence == Likely
		if sure != c.sure || c.sure && s.ID != c.want {
			t.Errorf("%s: %q → %q %s (%s)", c.name, c.p, s.Name, s.Confidence, s.Reason)
		}
	}
}
