package match

import (
	"strings"
	"testing"
)

// A branch named for a town is at that town: the firm's name with a trade more at a street in
// another town may be a sister firm, a question, not a one-click link; in the branch's town, with
// no street, or with no trade more, it is the firm.
func TestBranchPlaceElsewhere(t *testing.T) {
	qb := []Entry{
		{ID: "k", Name: "Kestrel - Boston Sales Office"},
		{ID: "o", Name: "Northgate Lumber", City: "Quincy"},
		{ID: "r", Name: "Ridgeview Paving", City: "Framingham"},
	}
	for _, c := range []struct {
		name string
		p    Entry
		want Confidence
	}{
		{"no town on the firm's record", Entry{ID: "p", Name: "Kestrel Supply"}, Likely},
		{"a town but no street (a remit-to town)", Entry{ID: "p", Name: "Kestrel Supply", City: "Woburn"}, Likely},
		{"a P.O. box in another town", Entry{ID: "p", Name: "Kestrel Supply", Address: "PO Box 9477", City: "Woburn"}, Likely},
		{"the firm's record in the branch's town", Entry{ID: "p", Name: "Kestrel Supply", Address: "21 Olympia Ave", City: "Boston"}, Likely},
		{"the firm's record in a part of the branch's town", Entry{ID: "p", Name: "Kestrel Supply", Address: "21 Olympia Ave", City: "East Boston"}, Likely},
		{"the firm's record at a street in another town", Entry{ID: "p", Name: "Kestrel Supply", Address: "21 Olympia Ave", City: "Woburn"}, Possible},
	} {
		s := Assign([]Entry{c.p}, NewFlatIndex(qb))["p"]
		if s.ID != "k" || s.Confidence != c.want {
			t.Errorf("%s: %q %s (%s), want %s", c.name, s.Name, s.Confidence, s.Reason, c.want)
		}
		if c.want == Possible && !strings.Contains(s.Reason, "address is in Woburn") {
			t.Errorf("%s: reason %q does not name the other town", c.name, s.Reason)
		}
	}
	// The branch's own record in the firm's town: the same place.
	qb[0].City = "Woburn"
	s := Assign([]Entry{{ID: "p", Name: "Kestrel Supply", Address: "21 Olympia Ave", City: "Woburn"}}, NewFlatIndex(qb))["p"]
	if s.ID != "k" || s.Confidence != Likely {
		t.Errorf("branch record in the firm's town: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
	// The same words on both sides but the branch's: the firm's head office may be anywhere.
	qb2 := []Entry{
		{ID: "k", Name: "Kestrel Electric Supply", Address: "400 State Ave", City: "Olympia"},
		{ID: "o", Name: "Northgate Lumber", City: "Tacoma"},
	}
	s = Assign([]Entry{{ID: "p", Name: "Kestrel Electric Supply - Tacoma Branch"}}, NewFlatIndex(qb2))["p"]
	if s.ID != "k" || s.Confidence != Likely {
		t.Errorf("Tacoma branch, the firm in Olympia: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
}

// A big city's name is a place though no address of the lists is there: "Rockingham Elec Supply
// - Manchester" is a branch of Rockingham Electric. An unknown word in its place stays a question,
// and so does a firm's bare name at a big city ("Kestrel - Boston" for Kestrel Electric: the bare
// name may be another firm of the family, tradeleft.go).
func TestBranchNamedForBigCity(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		want        Confidence
	}{
		{"Tamsin Electric", "Tamsin Elec Supply - Manchester", Likely},
		{"Tamsin Electric", "Tamsin Elec Supply - Harwick", Possible},
		{"Kestrel Electric Company", "Kestrel - Boston", Possible},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != c.want {
			t.Errorf("%q / %q: %q %s (%s), want %s", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}

// A store named for its town against a store known by its number whose address is in another
// town: two stores of the chain, a question; in the same town, or with no town, the same store.
func TestStoreNamedForAnotherTown(t *testing.T) {
	for _, c := range []struct {
		name string
		city string // of the QuickBooks store
		want Confidence
	}{
		{"the numbered store in another town", "Lakewood", Possible},
		{"the numbered store in the same town", "Fort Collins", Likely},
		{"the numbered store with no town", "", Likely},
	} {
		qb := []Entry{{ID: "k", Name: "Tamsin Depot #1508", City: c.city}, {ID: "o", Name: "Northgate Lumber", City: "Everett"}}
		s := Assign([]Entry{{ID: "p", Name: "The Tamsin Depot - Fort Collins", City: "Fort Collins"}}, NewFlatIndex(qb))["p"]
		if s.ID != "k" || s.Confidence != c.want {
			t.Errorf("%s: %q %s (%s), want %s", c.name, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}

// "Center" names a supplier's store like "Depot" or "Showroom": "Quennell Center - Everett" is a
// branch of Quennell, Inc., unless another record shares the firm's word.
func TestCenterIsAStore(t *testing.T) {
	for _, c := range []struct {
		qb   []string
		sure bool
	}{
		{[]string{"Quennell Center - Everett", "Tamsin Glass Everett"}, true},
		{[]string{"Quennell Center - Everett", "Quennell Roofing"}, false},
	} {
		s := assignVendors([]string{"Quennell, Inc."}, c.qb)["pa"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q: %q %s (%s), want one click %v", c.qb, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
