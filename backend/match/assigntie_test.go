package match

import "testing"

// assignTieOthers are unrelated vendors on the made-up QuickBooks list.
var assignTieOthers = []Entry{{ID: "o1", Name: "Osprey Plumbing"}, {ID: "o2", Name: "Benton Rebar"}}

// Of two Procore records tied for a branch (sister firms in one town), the one with every word of its own in the branch's
// name is the branch's firm; the one that leaves its trade aside is not linked to it.
func TestAssignTieFewerWordsAside(t *testing.T) {
	qb := append([]Entry{{ID: "k", Name: "Kestrel Enterprise Columbus", City: "Columbus"}}, assignTieOthers...)
	got := Assign([]Entry{{ID: "p1", Name: "Kestrel Enterprise", City: "Columbus"}, {ID: "p2", Name: "Kestrel Electric LLC", City: "Columbus"}}, NewFlatIndex(qb))
	if s := got["p1"]; s.ID != "k" || s.Confidence != Likely {
		t.Errorf("Kestrel Enterprise: %q %s (%s), want Kestrel Enterprise Columbus at Likely", s.Name, s.Confidence, s.Reason)
	}
	if s := got["p2"]; s.ID == "k" && s.Confidence != Possible {
		t.Errorf("Kestrel Electric LLC linked to the branch in one click: %s (%s)", s.Confidence, s.Reason)
	}
}

// A trade for a trade ("Kestrel Electric", "Kestrel Plumbing" against "Kestrel - Columbus"): as
// many words aside each, still a tie, neither in one click.
func TestAssignTieFewerWordsAsideNegatives(t *testing.T) {
	qb := append([]Entry{{ID: "k", Name: "Kestrel - Columbus", City: "Columbus"}}, assignTieOthers...)
	got := Assign([]Entry{{ID: "p1", Name: "Kestrel Electric", City: "Columbus"}, {ID: "p2", Name: "Kestrel Plumbing", City: "Columbus"}}, NewFlatIndex(qb))
	for _, p := range []string{"p1", "p2"} {
		if s := got[p]; s.ID == "k" && s.Confidence != Possible {
			t.Errorf("%s linked to Kestrel - Columbus in one click: %s (%s)", p, s.Confidence, s.Reason)
		}
	}
}
