package match

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// renameOthers are vendors of a contractor's list that no change of name concerns, some sharing a
// word with a firm of the table.
var renameOthers = []string{"Century Plumbing Supply", "Link Electric LLC", "Lumens Lighting Design",
	"Spectrum Painting Inc", "Sprint Courier Services", "Kestrel Supply", "Republic Steel Fabricators",
	"Marrow Excavation", "Duke's Hauling", "Evergreen Landscaping"}

// suggestRenamed is the best suggestion of a vendor list of qb, with the others, for procore.
func suggestRenamed(procore string, qb []string) []Suggestion {
	var qs []Entry
	for i, n := range append(append([]string(nil), qb...), renameOthers...) {
		qs = append(qs, Entry{ID: "q" + string(rune('a'+i)), Name: n})
	}
	return NewFlatIndex(qs).Suggest(Entry{ID: "p", Name: procore}, 5)
}

// A firm under its old name on one list and its new name on the other, with a legal form, a
// branch, a store number or a place added, is offered Likely, both ways, with the change named;
// a chain of changes is followed ("BFI" to "Allied Waste" to "Republic Services").
func TestRenamedFirmBothWays(t *testing.T) {
	for _, c := range []struct {
		procore, qb, reason string
	}{
		{"Lumen", "CenturyLink Inc", `"CenturyLink" is the former name of "Lumen Technologies" (renamed 2020)`},
		{"CenturyLink Inc", "Lumen Technologies, Inc.", `"CenturyLink" is the former name of "Lumen Technologies" (renamed 2020)`},
		{"Century Link - Denver", "Lumen", `"CenturyLink" is the former name`},
		{"CenturyLink Denver Branch", "Lumen Technologies", `(renamed 2020)`},
		{"United Rentals (North America), Inc.", "RSC Equipment Rental #512 Fresno CA", `"RSC Equipment Rental" was acquired by "United Rentals" (2012)`},
		{"RSC Equipment Rental Store 0412 Fresno CA", "United Rentals, Inc.", `was acquired by "United Rentals" (2012)`},
		{"Republic Services #0696 Orlando", "Allied Waste Services of Florida", `"Allied Waste Services" merged into "Republic Services" (2008)`},
		{"BFI", "Republic Services", `"BFI" was acquired by "Allied Waste Services" (1999), which merged into "Republic Services" (2008)`},
		{"Qwest Corporation", "Lumen Technologies", `"Qwest Communications" was acquired by "CenturyLink" (2011), which was renamed "Lumen Technologies" (2020)`},
		{"Time Warner Cable", "Spectrum", `which has traded as "Spectrum" since 2014`},
		{"T-Mobile USA, Inc.", "Sprint", `"Sprint" merged into "T-Mobile" (2020)`},
		{"Cincinnati Gas & Electric", "Duke Energy Ohio", `renamed 2006`},
		{"Hertz Equipment Rental Corporation", "Herc Rentals Inc.", `was spun off as "Herc Rentals" (2016)`},
		{"KCP&L", "Evergy, Inc.", `"KCP&L" has traded as "Evergy" since 2019`},
		{"Kansas City Power & Light Co", "Evergy", `"KCP&L" has traded as "Evergy"`},
		{"Lumen Technologies", "Lumen", `"Lumen" and "Lumen Technologies" are names of one firm`},
		{"Kansas City Power & Light", "KCP&L", `are names of one firm`},
	} {
		ss := suggestRenamed(c.procore, []string{c.qb})
		if len(ss) == 0 || ss[0].Name != c.qb || ss[0].Confidence != Likely || !strings.Contains(ss[0].Reason, c.reason) {
			t.Errorf("%q / %q: got %+v, want Likely with %q", c.procore, c.qb, ss, c.reason)
		}
	}
}

// A firm that shares a word with a name of the table, another firm of a merged group that is not
// a successor ("Cinergy" and "Progress Energy" both merged into Duke Energy), and another state's
// company of the successor are not offered Likely.
func TestRenamedFirmNearMisses(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Century Link Electric LLC", "Lumen Technologies"},
		{"Lumen Technologies", "Century Link Electric LLC"},
		{"Lumen Lighting Design", "CenturyLink"},
		{"CenturyLink", "Lumen Lighting Design"},
		{"Sprint Courier Services", "T-Mobile"},
		{"Spectrum Painting Inc", "Time Warner Cable"},
		{"Republic Steel", "Allied Waste"},
		{"Progress Energy", "Cinergy"},
		{"Dominion Virginia Power", "Dominion Energy South Carolina"},
		{"Cincinnati Gas & Electric", "Duke Energy Indiana"},
	} {
		for _, s := range suggestRenamed(c.procore, []string{c.qb}) {
			if s.Name == c.qb && s.Confidence != Possible {
				t.Errorf("%q / %q: %s (%s), want at most Possible", c.procore, c.qb, s.Confidence, s.Reason)
			}
		}
	}
}

// When QuickBooks holds the Procore name itself, or a newer name of the firm than another record,
// that record is the one to link: the other is offered Possible, with the reason, not as a tie.
func TestRenamedFirmNewerNameWins(t *testing.T) {
	for _, c := range []struct {
		procore       string
		qb            []string
		link, offered string
	}{
		{"Lumen Technologies", []string{"CenturyLink", "Lumen"}, "Lumen", "CenturyLink"},
		{"Lumen Technologies", []string{"Lumen", "CenturyLink"}, "Lumen", "CenturyLink"},
		{"CenturyLink", []string{"Lumen Technologies", "CenturyLink Inc"}, "CenturyLink Inc", "Lumen Technologies"},
		{"Lumen", []string{"Qwest Communications", "CenturyLink"}, "CenturyLink", "Qwest Communications"},
		{"CenturyLink", []string{"Qwest Communications", "Lumen Technologies"}, "Lumen Technologies", "Qwest Communications"},
		{"Republic Services", []string{"BFI", "Allied Waste"}, "Allied Waste", "BFI"},
	} {
		ss := suggestRenamed(c.procore, c.qb)
		if len(ss) < 2 || ss[0].Name != c.link || ss[0].Confidence == Possible || strings.Contains(ss[0].Reason, "equally well") {
			t.Errorf("%q / %q: got %+v, want %q linked", c.procore, c.qb, ss, c.link)
			continue
		}
		for _, s := range ss[1:] {
			if s.Name == c.offered && (s.Confidence != Possible || !strings.Contains(s.Reason, "QuickBooks also has")) {
				t.Errorf("%q / %q: %q %s (%s), want Possible naming the better record", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
			}
		}
	}
}

// One click links the firm under its new name on a whole list too.
func TestRenamedFirmAssigned(t *testing.T) {
	got := assignVendors([]string{"Lumen", "Sunbelt Rentals - Fresno"}, []string{"CenturyLink Inc", "NationsRent"})
	if s := got["pa"]; s.ID != "qa" || s.Confidence != Likely {
		t.Errorf("Lumen: %+v, want CenturyLink Inc Likely", s)
	}
	if s := got["pb"]; s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("Sunbelt Rentals: %+v, want NationsRent Likely", s)
	}
}

// The table: every row a change from one firm's name to another's, no row twice, no chain that
// comes back to where it started, a year and a kind of change to tell, and every spelling read as
// a name of its own (not a place, not a word too short to be a firm's).
func TestRenameTable(t *testing.T) {
	if n := len(renameTable); n < 150 || n > 450 {
		t.Errorf("%d rows, want 150 to 450", n)
	}
	g := renames()
	seen := map[[2]int32]int{}
	for i, r := range renameTable {
		if r.year < 1990 || r.year > 2026 || r.change > tradesAs {
			t.Errorf("row %d %q → %q: year %d, change %d", i, r.old, r.new, r.year, r.change)
		}
		var nodes [2]int32
		for side, name := range [2]string{r.old, r.new} {
			nodes[side] = -1
			for _, s := range spellings(name) {
				k := tableKey(s)
				n, ok := g.byKey[k]
				if !ok || nodes[side] >= 0 && n != nodes[side] {
					t.Errorf("row %d: spelling %q (key %q) is not one node with the others", i, s, k)
				}
				nodes[side] = n
				if utf8.RuneCountInString(k) < 3 || stateNames[k] || bigCities[k] {
					t.Errorf("row %d: spelling %q reads as %q, too short or a place", i, s, k)
				}
				var p prepared
				prepare(&p, Entry{Name: s}, false, false)
				whole := len(p.toks)
				if whole > 0 && p.toks[0].key == "the" {
					whole--
				}
				if own := ownPart(p.toks, nil); len(own) == 0 || len(own) != whole {
					t.Errorf("row %d: spelling %q reads as a name with a note, a label or a branch", i, s)
				}
			}
		}
		if nodes[0] == nodes[1] {
			t.Errorf("row %d: %q → %q names one firm twice", i, r.old, r.new)
		}
		if j, dup := seen[nodes]; dup {
			t.Errorf("rows %d and %d: the same change", j, i)
		}
		seen[nodes] = i
	}
	for n := range g.name {
		for _, l := range g.related[n] {
			if l.node == int32(n) {
				t.Errorf("%q is its own former name by a chain", g.name[n])
			}
		}
		if cyclic(g, int32(n), int32(n), map[int32]bool{}) {
			t.Errorf("%q: a chain of new names comes back to it", g.name[n])
		}
	}
}

// cyclic reports a chain of new names from at that reaches start.
func cyclic(g *renameGraph, start, at int32, seen map[int32]bool) bool {
	for _, e := range g.newerEdges[at] {
		if e.to == start {
			return true
		}
		if !seen[e.to] {
			seen[e.to] = true
			if cyclic(g, start, e.to, seen) {
				return true
			}
		}
	}
	return false
}
