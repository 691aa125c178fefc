package match

import "testing"

// A word more that says which kind of the job's trade ("Fire" of "Cottage B Fire Sprinkler")
// needs only two of the job's words to agree; a word more elsewhere still needs three, and a
// designator, another word on each side, or the two sprinkler jobs together stay from one click.
func TestJobWordBeforeTrade(t *testing.T) {
	others := []string{"Northgate Schools", "Northgate Schools:Gym Floor", "Marrow Community"}
	for _, c := range []struct {
		procore string
		jobs    []string
		want    string
	}{
		{"Marrow Community - Cottage B Sprinkler", []string{"Marrow Community:Cottage B Fire Sprinkler"}, "Marrow Community:Cottage B Fire Sprinkler"},
		{"Marrow Community - Cottage B Fire Sprinkler", []string{"Marrow Community:Cottage B Sprinkler"}, "Marrow Community:Cottage B Sprinkler"},
		{"Marrow Community - Cottage B Sprinkler", []string{"Marrow Community:Cottage C Fire Sprinkler"}, ""},
		{"Marrow Community - Cottage Roof", []string{"Marrow Community:Cottage Porch Roof"}, ""}, // roof is no trade word
		{"Marrow Community - Cottage Sprinkler", []string{"Marrow Community:Cottage Fire Sprinkler", "Marrow Community:Cottage Lawn Sprinkler"}, ""},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(others), c.jobs...))["pa"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if c.want == "" && sure || c.want != "" && (!sure || s.Name != c.want) {
			t.Errorf("%q among %q: %q %s (%s), want %q", c.procore, c.jobs, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
