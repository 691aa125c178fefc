package match

import (
	"strings"
	"testing"
)

// contactOthers are unrelated vendors on the made-up QuickBooks list, each with a contact.
var contactOthers = []Entry{
	{ID: "o1", Name: "Northgate Lumber", Phone: "555-0300", Address: "1 Mill Rd", City: "Quincy"},
	{ID: "o2", Name: "Benton Rebar", Phone: "555-0301", Address: "9 Dock St", City: "Everett"},
	{ID: "o3", Name: "Harmon Glass", Phone: "555-0302", City: "Lowell"},
}

// A firm under another name on the other list is found by its phone and street: both the same,
// or one of them with the other's initials or the same trade.
func TestAnotherNameSameContact(t *testing.T) {
	for _, c := range []struct {
		name   string
		p, q   Entry
		reason string
	}{
		{"phone and street, names apart",
			Entry{Name: "Kestrel Valley Hauling", Phone: "555-0210", Address: "70 Spark St", City: "Brockton"},
			Entry{Name: "R&J Trucking Inc", Phone: "(555) 0210", Address: "70 Spark Street", City: "Brockton"}, "Another name"},
		{"initials and phone",
			Entry{Name: "QMR Mechanical", Phone: "555-0211", City: "Somerville"},
			Entry{Name: "Quarry Mill Refrigeration", Phone: "555-0211"}, "initials (QMR = Quarry Mill Refrigeration)"},
		{"initials joined by & and street",
			Entry{Name: "D&V Potholing", Address: "2401 Peoria St", City: "Aurora"},
			Entry{Name: "Delgado Vasquez Vacuum Excavation", Address: "2401 Peoria St", City: "Aurora"}, "initials"},
		{"initials with a letter for each part of a joined word",
			Entry{Name: "Northwind Balancing", Phone: "555-0214", City: "Merrimack"},
			Entry{Name: "NWB Inc", Phone: "555-0214", City: "Merrimack"}, "initials (NWB = Northwind Balancing)"},
		{"initials with a letter after an apostrophe",
			Entry{Name: "D'Orsay Crane", Phone: "555-0215"},
			Entry{Name: "DOC Lifting LLC", Phone: "555-0215"}, "initials (DOC = D'Orsay Crane)"},
		{"the same trade and phone",
			Entry{Name: "Tarrow Peak Crane", Phone: "555-0212", Address: "15200 W 44th Ave", City: "Golden"},
			Entry{Name: "Quennell Crane Service", Phone: "555-0212", City: "Golden"}, "Same trade (Crane)"},
	} {
		c.p.ID, c.q.ID = "p", "k"
		s := Assign([]Entry{c.p}, NewFlatIndex(append([]Entry{c.q}, contactOthers...)))["p"]
		if s.ID != "k" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%s: %q %s (%s), want Likely for %q", c.name, s.Name, s.Confidence, s.Reason, c.q.Name)
		}
	}
}

// Never one click by contact when a contact differs, when only one of phone or street agrees and
// the names have nothing else in common, when the phone is shared by other records, or when the
// names share a firm's own word (sister firms at one office).
func TestAnotherNameSameContactNegatives(t *testing.T) {
	for _, c := range []struct {
		name string
		p    Entry
		qb   []Entry
	}{
		{"phone alone, names apart",
			Entry{Name: "Kestrel Valley Hauling", Phone: "555-0210"},
			[]Entry{{Name: "R&J Trucking Inc", Phone: "555-0210"}}},
		{"same phone, other street",
			Entry{Name: "Kestrel Valley Hauling", Phone: "555-0210", Address: "70 Spark St"},
			[]Entry{{Name: "R&J Trucking Inc", Phone: "555-0210", Address: "12 Elm St"}}},
		{"initials but another phone",
			Entry{Name: "QMR Mechanical", Phone: "555-0211"},
			[]Entry{{Name: "Quarry Mill Refrigeration", Phone: "555-0299"}}},
		{"joined word's initials but another phone",
			Entry{Name: "Northwind Balancing", Phone: "555-0214"},
			[]Entry{{Name: "NWB Inc", Phone: "555-0298"}}},
		{"initials and no contact",
			Entry{Name: "QMR Mechanical"},
			[]Entry{{Name: "Quarry Mill Refrigeration"}}},
		{"a switchboard several records share",
			Entry{Name: "Kestrel Valley Hauling", Phone: "555-0210", Address: "70 Spark St"},
			[]Entry{{Name: "R&J Trucking Inc", Phone: "555-0210", Address: "70 Spark St"}, {Name: "Ortega Drywall", Phone: "555-0210", Address: "70 Spark St"}}},
		{"sister firms at one office",
			Entry{Name: "Kestrel Plumbing", Phone: "555-0213", Address: "4 Dane St"},
			[]Entry{{Name: "Kestrel Mechanical Insulation", Phone: "555-0213", Address: "4 Dane St"}}},
	} {
		c.p.ID = "p"
		var qb []Entry
		for i, e := range c.qb {
			e.ID = "k" + string(rune('a'+i))
			qb = append(qb, e)
		}
		s := Assign([]Entry{c.p}, NewFlatIndex(append(qb, contactOthers...)))["p"]
		if s.Confidence == Likely || s.Confidence == Exact {
			t.Errorf("%s: %q linked to %q %s (%s)", c.name, c.p.Name, s.Name, s.Confidence, s.Reason)
		}
	}
}
