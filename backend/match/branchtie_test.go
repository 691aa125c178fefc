package match

import (
	"strings"
	"testing"
)

// Two branches of a firm tie for the firm's name; the one with the same phone, or named for the
// town of the firm's record, or the only one not named for another town, is the one. With no
// sign, or a sign on both, it stays a question.
func TestBranchTieBrokenBySign(t *testing.T) {
	branches := func(a, b Entry) []Entry {
		a.ID, b.ID = "ka", "kb"
		return []Entry{a, b, {ID: "o", Name: "Northgate Lumber", City: "Lowell"}}
	}
	for _, c := range []struct {
		name string
		p    Entry
		qb   []Entry
		want string // "" for no one-click link
	}{
		{"the same phone",
			Entry{Name: "K.L. Tamsin Company", Phone: "555-0112", City: "Worcester"},
			branches(Entry{Name: "K L Tamsin - Worcester", Phone: "555-0112"}, Entry{Name: "K L Tamsin - Somerville"}), "ka"},
		{"the branch named for the firm's town",
			Entry{Name: "Quillan Pipe & Supply", City: "Brockton"},
			branches(Entry{Name: "Quillan Pipe & Supply - Lowell", City: "Lowell"}, Entry{Name: "Quillan Pipe & Supply - Brockton", City: "Brockton"}), "kb"},
		{"no sign",
			Entry{Name: "Quillan Pipe & Supply"},
			branches(Entry{Name: "Quillan Pipe & Supply - Lowell"}, Entry{Name: "Quillan Pipe & Supply - Brockton"}), ""},
		{"a sign on both",
			Entry{Name: "K.L. Tamsin Company", Phone: "555-0112"},
			branches(Entry{Name: "K L Tamsin - Worcester", Phone: "555-0112"}, Entry{Name: "K L Tamsin - Somerville", Phone: "555-0112"}), ""},
		{"the other branch named for another town",
			Entry{Name: "Quillan Rentals, Inc.", City: "Commerce City"},
			branches(Entry{Name: "Quillan Rentals #512"}, Entry{Name: "Quillan Rentals #1077 Loveland", City: "Loveland"}), "ka"},
		{"both branches named for other towns",
			Entry{Name: "Quillan Rentals, Inc.", City: "Commerce City"},
			branches(Entry{Name: "Quillan Rentals #512 Lowell"}, Entry{Name: "Quillan Rentals #1077 Loveland", City: "Loveland"}), ""},
		{"no town on the firm's record",
			Entry{Name: "Quillan Rentals, Inc."},
			branches(Entry{Name: "Quillan Rentals #512"}, Entry{Name: "Quillan Rentals #1077 Loveland", City: "Loveland"}), ""},
		{"a town no branch is named for",
			Entry{Name: "Quillan Pipe & Supply", City: "Framingham"},
			branches(Entry{Name: "Quillan Pipe & Supply - Lowell"}, Entry{Name: "Quillan Pipe & Supply - Brockton"}), ""},
	} {
		c.p.ID = "p"
		s := Assign([]Entry{c.p}, NewFlatIndex(c.qb))["p"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		switch {
		case c.want == "" && sure:
			t.Errorf("%s: linked to %q %s (%s), want a question", c.name, s.Name, s.Confidence, s.Reason)
		case c.want != "" && (!sure || s.ID != c.want || !strings.Contains(s.Reason, "of the records that match as well")):
			t.Errorf("%s: %q %s (%s), want %s Likely", c.name, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
