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

// A trade name that is a brand, on no other record, with the firm's business added after it on
// the other list ("Quickflo Jetting" for "Olvera Holdings LLC DBA Quickflo") or among its words
// ("Quickflo Mobile Storage"). Not with three words added, nor when another record shares the
// brand's word, nor with words put in front, nor without all the brand's words.
func TestTradeNameBrandWithBusiness(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		sure    bool
	}{
		{"Quickflo Jetting", []string{"Olvera Holdings LLC DBA Quickflo"}, true},
		{"Cactus Jack's Portable Toilets", []string{"CJ Sanitation dba Cactus Jack's"}, true},
		{"Quickflo Jetting Ridge Homes", []string{"Olvera Holdings LLC DBA Quickflo"}, false},
		{"Summit Jetting", []string{"Olvera Holdings LLC dba Summit", "Summit Paving"}, false},
		{"Pro Quickflo", []string{"Olvera Holdings LLC DBA Quickflo"}, false},
		{"Quickflo Mobile Storage", []string{"Olvera Container dba Quickflo Storage"}, true},
		{"Quickflo Mechanical Services", []string{"Olvera Container dba Quickflo Storage"}, false},
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}

// Two names of two words or more around a slash are the firm's two names, as around "dba"; a
// slash between single words joins them ("Heating/Cooling") and splits nothing.
func TestTwoNamesAroundSlash(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		sure        bool
	}{
		{"Kestrel Backflow", "Backflow Testing Svcs/Kestrel Backflow", true},
		{"Backflow Testing Services", "Backflow Testing Svcs/Kestrel Backflow", true},
		{"Cooling Plus", "Kestrel Heating/Cooling Plus", false},
		{"Tarrow Backflow", "Backflow Testing Svcs/Kestrel Backflow", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
