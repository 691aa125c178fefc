package match

import (
	"strings"
	"testing"
)

// A name with a d/b/a is the firm its trade name is: the other list's name may be the trade name
// with the trade, or a store of it, on either side.
func TestTradeNameBesideLegalName(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Quick-Trench Excavation", "Olvera Holdings LLC dba Quick-Trench"},
		{"Olvera Holdings LLC d/b/a Kestrel Bay Drain", "Kestrel Bay Drain Cleaning"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "d/b/a") {
			t.Errorf("%q / %q: %q %s (%s), want Likely by the trade name", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
	// A store of the trade name in the town of the record's address.
	qb := []Entry{{ID: "k", Name: "Ogden Hardware Inc dba Tamsin", City: "Ogden"}, {ID: "o", Name: "Northgate Lumber"}}
	s := Assign([]Entry{{ID: "p", Name: "Tamsin Hardware of Ogden"}}, NewFlatIndex(qb))["p"]
	if s.ID != "k" || s.Confidence != Likely || !strings.Contains(s.Reason, "d/b/a") {
		t.Errorf("a store of the trade name: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
}

// Not when the other name is the trade name with another firm's words, with another trade's
// words in its branch, or another firm's trade name.
func TestTradeNameBesideLegalNameNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Quick-Trench Partners Fund", "Olvera Holdings LLC dba Quick-Trench"},
		{"Kestrelsource Gas Company of Massachusetts", "Harbor Electric Co dba Kestrelsource"},
		{"Quick-Dig Excavation", "Olvera Holdings LLC dba Quick-Trench"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.Confidence == Likely || s.Confidence == Exact {
			t.Errorf("%q linked to %q %s (%s)", c.procore, s.Name, s.Confidence, s.Reason)
		}
	}
}
