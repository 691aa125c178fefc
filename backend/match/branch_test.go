package match

import (
	"strings"
	"testing"
)

// branchOthers are unrelated vendors on the made-up QuickBooks list.
var branchOthers = []string{"Northgate Lumber", "Benton Rebar", "Pacific Tile & Stone", "Harmon Glass", "Ridgeview Paving"}

// assignVendors matches procore against a vendor list of qb and branchOthers.
func assignVendors(procore, qb []string) map[string]Suggestion {
	var qs, ps []Entry
	for i, n := range append(append([]string(nil), qb...), branchOthers...) {
		qs = append(qs, Entry{ID: "q" + string(rune('a'+i)), Name: n})
	}
	for i, n := range procore {
		ps = append(ps, Entry{ID: "p" + string(rune('a'+i)), Name: n})
	}
	return Assign(ps, NewFlatIndex(qs))
}

// A firm's name, distinctive in both lists, with the rest of the other name a branch or place:
// the firm at one of its places.
func TestBranchOfFirm(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Kestrel Electric Supply Tacoma Branch", "Kestrel Electric Supply"},
		{"Kestrel Electric Supply - Boise Branch 3", "Kestrel Electric Supply"},
		{"Kestrel Electric Supply Co. Bend OR", "Kestrel Electric Supply"},
		{"Kestrel Electric Supply Medford OR", "Kestrel Electric Supply, Inc."},
		{"Kestrel Electric Supply Northwest Division", "Kestrel Electric Supply"},
		{"Kestrel Electric Supply - Tacoma", "Kestrel Electric Supply"},
		{"Brightwater Lumber Co", "Brightwater Lumber Downtown Yard"},
		{"Quillan Rentals", "Quillan Rentals Store 0412 Fresno CA"},
		{"Tamsin Pipe & Supply #14 Ogden", "Tamsin Pipe and Supply"},
		{"Quillan Rentals PC 123", "Quillan Rentals"},                      // a profit centre's number
		{"Kestrel Electric Supply Inc. Tacoma", "Kestrel Electric Supply"}, // a word after the legal form
		{"Kestrel Electric Supply Eastside", "Kestrel Electric Supply"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.HasPrefix(s.Reason, "Same firm name") || !strings.Contains(s.Reason, "the rest is a branch/location") {
			t.Errorf("%q / %q: %q %s (%s), want Likely as a branch of the firm", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
}

// Never one click when another record on either side shares the firm's name: sister companies,
// two branches of the firm in QuickBooks, two branches in Procore. Nor when the words left are
// not a branch's.
func TestBranchOfFirmNegatives(t *testing.T) {
	for _, c := range []struct {
		name        string
		procore, qb []string
	}{
		{"sister company in QuickBooks", []string{"Kestrel Electric Supply Tacoma Branch"}, []string{"Kestrel Electric Supply", "Kestrel Plumbing Supply"}},
		{"two branches in QuickBooks", []string{"Kestrel Electric Supply Medford OR"}, []string{"Kestrel Electric Supply - Tacoma", "Kestrel Electric Supply - Spokane"}},
		{"the firm against two branches in QuickBooks", []string{"Kestrel Electric Supply"}, []string{"Kestrel Electric Supply Tacoma Branch", "Kestrel Electric Supply Spokane Branch"}},
		{"two branches in Procore", []string{"Kestrel Electric Supply Medford OR", "Kestrel Electric Supply Tacoma Branch"}, []string{"Kestrel Electric Supply"}},
		{"two branches in Procore, one in brackets", []string{"Kestrel Electric Supply (Spokane Valley)", "Kestrel Electric Supply - Boise Branch 3"}, []string{"Kestrel Electric Supply"}},
		{"words that are no branch", []string{"Kestrel Electric Supply Partners Fund"}, []string{"Kestrel Electric Supply"}},
		{"another firm's name after the firm's", []string{"Kestrel Ridge Homes"}, []string{"Kestrel"}},
		{"a branch of a firm with a trade more", []string{"Kestrel Supply Tacoma Branch"}, []string{"Kestrel Electric Supply", "Kestrel Plumbing Supply"}},
	} {
		got := assignVendors(c.procore, c.qb)
		for id, s := range got {
			if (s.Confidence == Exact || s.Confidence == Likely) && strings.HasPrefix(s.Name, "Kestrel") {
				t.Errorf("%s: %s %q linked to %q %s (%s)", c.name, id, c.procore, s.Name, s.Confidence, s.Reason)
			}
		}
	}
}

// A branch named by a city of several words the lists' addresses know, by a state written out,
// or with the branch word abbreviated.
func TestBranchPlaces(t *testing.T) {
	qb := []Entry{
		{ID: "k", Name: "Kestrel Electric Supply"},
		{ID: "o", Name: "Northgate Lumber", City: "Spokane Valley", State: "WA"},
		{ID: "r", Name: "Ridgeview Paving", City: "Walla Walla", State: "WA"},
	}
	for _, c := range []struct {
		procore Entry
		want    Confidence
	}{
		{Entry{Name: "Kestrel Electric Supply Spokane Valley"}, Likely},                 // a city of the QuickBooks list
		{Entry{Name: "Kestrel Electric Supply Twin Falls", City: "Twin Falls"}, Likely}, // the record's own city
		{Entry{Name: "Kestrel Electric Supply Oregon"}, Likely},
		{Entry{Name: "Kestrel Electric Supply Eugene Br"}, Likely},
		{Entry{Name: "Kestrel Electric Supply Twin Peaks"}, Possible}, // not a known place
		{Entry{Name: "Kestrel Electric Supply Valley Partners"}, Possible},
	} {
		s := Assign([]Entry{c.procore}, NewFlatIndex(qb))[""]
		if s.ID != "k" || s.Confidence != c.want {
			t.Errorf("%q: %q %s (%s), want %s", c.procore.Name, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}

// A list note ("(old)", "(inactive)", "- Sub", "- Materials", "- W9 on file") is not a branch, nor is a firm's or a person's
// name in brackets.
func TestBranchNotListNote(t *testing.T) {
	for _, qb := range []string{"Kestrel Electric (old)", "Kestrel Electric - Do Not Use", "Kestrel Electric (inactive)",
		"Kestrel Electric (Rojas Holdings LLC)", "Kestrel Electric (Maria Rojas)", "Kestrel Electric - Sub",
		"Kestrel Electric - Materials", "Kestrel Electric - Labor", "Kestrel Electric - W9 on file", "Kestrel Electric - COI"} {
		s := assignVendors([]string{"Kestrel Electric"}, []string{qb})["pa"]
		if strings.Contains(s.Reason, "branch") {
			t.Errorf("%q: %s (%s), a list note read as a branch", qb, s.Confidence, s.Reason)
		}
	}
}
