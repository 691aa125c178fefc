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

// A customer whose name (its owner descriptors set aside) is in the project's name is its
// likely parent; an individual by the last name; the longest name wins; two that fit as well,
// or none, give no answer.
func TestParentNamed(t *testing.T) {
	parents := sortedParents(refs("Harbor Point Development LLC", "Harbor Point Marina", "Hendricks, Paul", "City of Oakland",
		"Acme, Inc.", "JB", "Lee, Amanda", "Pier Holdings", "Pier Group", "Pier 39 Partners", "Cedar Ridge Properties", "Johnson & Johnson Properties",
		"Mission Bay Investors", "Mission Bay Library Renovation"))
	n := newParentNames(parents)
	name := func(i int) string {
		if i < 0 {
			return ""
		}
		return parents[i].FullName
	}
	for project, want := range map[string]string{
		"Harbor Point Phase 3":                   "Harbor Point Development LLC", // "Development" says what the owner is
		"Harbor Point Marina Docks":              "Harbor Point Marina",          // three words beat two
		"Hendricks Kitchen Remodel":              "Hendricks, Paul",
		"City of Oakland Library":                "City of Oakland",
		"Acme Warehouse":                         "Acme, Inc.", // "Inc." is a legal form, not a first name
		"JB Remodel":                             "",           // too short to tell from a word
		"Lee Street Townhomes":                   "",           // so is a three-letter last name
		"Cedar Ridge Parking Garage":             "Cedar Ridge Properties",
		"Johnson Tower":                          "", // "Johnson & Johnson" needs the name twice
		"Mission Bay Library Renovation Phase 2": "Mission Bay Library Renovation",
		"Pier Waterfront Kiosk":                  "", // "Pier Holdings" and "Pier Group" fit as well: a tie
		"Pier 39 Kiosk":                          "Pier 39 Partners",
		"Skyline HS Gym and Locker Rooms":        "",
	} {
		if got := name(n.named(project)); got != want {
			t.Errorf("%q: likely parent %q, want %q", project, got, want)
		}
	}
}
