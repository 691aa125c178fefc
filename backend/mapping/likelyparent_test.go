package mapping

import (
	"slices"
	"testing"
)

func refs(names ...string) []ParentRef {
	out := make([]ParentRef, len(names))
	for i, n := range names {
		out[i] = ParentRef{ListID: n, FullName: n}
	}
	return out
}

// Customers are read in the order a person reads a list: case and accents set aside.
func TestSortedParents(t *testing.T) {
	got := sortedParents(refs("zeta Homes", "Émile Dubois", "abbott Builders", "Eagle Roofing", "Ébène Design", "ABBOTT Builders"))
	var names []string
	for _, p := range got {
		names = append(names, p.FullName)
	}
	want := []string{"ABBOTT Builders", "abbott Builders", "Eagle Roofing", "Ébène Design", "Émile Dubois", "zeta Homes"}
	if !slices.Equal(names, want) {
		t.Errorf("sorted %q, want %q", names, want)
	}
}

// A customer whose whole name is in the project's name is its likely parent; an individual
// by the last name; the longest name wins; two that fit as well, or none, give no answer.
func TestParentNamed(t *testing.T) {
	parents := sortedParents(refs("Harbor Point Development LLC", "Harbor Point", "Hendricks, Paul", "City of Oakland",
		"Acme, Inc.", "JB", "Pier Holdings", "Marina Partners"))
	n := newParentNames(parents)
	name := func(i int) string {
		if i < 0 {
			return ""
		}
		return parents[i].FullName
	}
	for project, want := range map[string]string{
		"Harbor Point Development Phase 2":    "Harbor Point Development LLC", // three words beat "Harbor Point"
		"Harbor Point Phase 3":                "Harbor Point",
		"Hendricks Kitchen Remodel":           "Hendricks, Paul",
		"City of Oakland Library":             "City of Oakland",
		"Acme Warehouse":                      "Acme, Inc.", // "Inc." is a legal form, not a first name
		"JB Remodel":                          "",           // too short to tell from a word
		"Pier Holdings and Marina Partners":   "",           // two fit as well: no guess
		"Skyline HS Gym and Locker Rooms":     "",
		"Oakland Harbor Point Lofts, Tower 2": "Harbor Point",
	} {
		if got := name(n.named(project)); got != want {
			t.Errorf("%q: likely parent %q, want %q", project, got, want)
		}
	}
}
