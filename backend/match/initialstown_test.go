package match

import "testing"

// A distributor's initials and a town of two or three words, without a dash ("KED Salt Lake
// City"), are the firm at that town, as "KED - Tacoma" is; words after the initials that are no
// town ("KED Grand Mesa Works") are not, and two words no list or city knows stay unread.
func TestInitialsThenTownOfSeveralWords(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Electrical Distributors", "KED Salt Lake City", true},
		{"Kestrel Electrical Distributors", "KED Fort Collins", true},
		{"Kestrel Electrical Distributors Inc", "KED Colorado Springs", true},
		{"Kestrel Supply Co", "Kestrel Supply Fort Worth", true},
		// Near misses: words that are no town after the initials.
		{"Kestrel Electrical Distributors", "KED Grand Mesa Works", false},
		{"Kestrel Electrical Distributors", "KED Quarry Hollow", false},
		{"Kestrel Electrical Distributors", "KED Salt Lake Paving", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}

// The town found after the initials is the whole town, and only after initials.
func TestTownAfterInitials(t *testing.T) {
	ctx := &wholeContext{cities: map[string]bool{"spokane valley": true}}
	for _, c := range []struct {
		name, want string
	}{
		{"KED Salt Lake City", "salt"},
		{"KED Spokane Valley", "spokane"},
		{"KED Quarry Hollow", ""},
		{"Kestrel Salt Lake City", ""}, // no initials: the branch rules read it
	} {
		ts := tokenize(c.name, false, false, nil)
		got := ""
		if p := townAfterInitials(ts, nil, ctx); p != nil {
			got = p.key
		}
		if got != c.want {
			t.Errorf("%q: town starts at %q, want %q", c.name, got, c.want)
		}
	}
}
