package match

import (
	"strings"
	"testing"
)

// precisionCase is one made-up pair for the doubts that keep one-click links precise: a near-miss
// that must not be offered for one-click linking, or the true pair of the same shape that must.
type precisionCase struct {
	name   string
	jobs   bool
	qb     []Entry
	p      Entry
	wantID string // the record expected at the top when sure
	sure   bool   // offered at Exact or Likely
	reason string // a part of the reason expected, when not sure
}

func checkPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	for _, c := range cases {
		ix := NewFlatIndex(c.qb)
		if c.jobs {
			ix = NewIndex(c.qb)
		}
		s := Assign([]Entry{c.p}, ix)["p"]
		sure := s.Confidence == Exact || s.Confidence == Likely
		if sure != c.sure || c.sure && s.ID != c.wantID {
			t.Errorf("%s: %q → %q %s (%s)", c.name, c.p.Name, s.Name, s.Confidence, s.Reason)
			continue
		}
		if c.reason != "" {
			got := ix.Suggest(c.p, 1)
			if len(got) == 0 || !strings.Contains(got[0].Reason, c.reason) {
				t.Errorf("%s: %q: want a reason with %q, got %v", c.name, c.p.Name, c.reason, got)
			}
		}
	}
}

// A QuickBooks job with a trade's word within its name is that trade's job on the building.
func TestDoubtWorkWordWithinJob(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Harwell Homes"}, {ID: "j", Name: "Harwell Homes:" + job}, {ID: "o", Name: "Ostrander Family Trust"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"a trade's job on the building", true, qb("Clubhouse Paving Cedar Point"),
			Entry{ID: "p", Name: "Harwell Homes - Cedar Point Clubhouse"}, "", false, `"Paving" names a trade's part of the work`},
		{"the same trade's job", true, qb("Clubhouse Paving Cedar Point"),
			Entry{ID: "p", Name: "Cedar Point Clubhouse Paving"}, "j", true, ""},
		{"the bookkeeper's own trade last in the job", true, qb("Cedar Point Clubhouse Electrical"),
			Entry{ID: "p", Name: "Harwell Homes - Cedar Point Clubhouse"}, "j", true, ""},
	})
}

// A bare name that is only a place's name is as likely a namesake's as the tradesman's.
func TestDoubtPlaceBareName(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a bare name ending with a place's word", false,
			[]Entry{{ID: "b", Name: "Red Mesa"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Red Mesa Excavating"}, "", false, "place's name"},
		{"a bare name of a region's words", false,
			[]Entry{{ID: "b", Name: "Piedmont Southern LLC"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Piedmont Southern Roofing"}, "", false, "place's name"},
		{"a bare name of the firm's own", false,
			[]Entry{{ID: "b", Name: "Vorhees Inc."}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Vorhees Excavating"}, "b", true, ""},
		{"a place's name with the trade on both sides", false,
			[]Entry{{ID: "b", Name: "Red Mesa Excavating LLC"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Red Mesa Excavating"}, "b", true, ""},
	})
}

// A division's whole name against a store of another part of the firm, named before its number.
func TestDoubtBranchOfAnotherDivision(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a store of another division", false,
			[]Entry{{ID: "s", Name: "Kestrel Supply Blue Line #8122"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kestrel Supply Facilities Maintenance"}, "", false, "another part of the firm"},
		{"a store by its number and town", false,
			[]Entry{{ID: "s", Name: "Kestrel Supply #8122 Raleigh"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kestrel Supply Facilities Maintenance"}, "s", true, ""},
		{"a store by its number, a town the lists do not know after it", false,
			[]Entry{{ID: "s", Name: "Kestrel Supply #8122 Snellville"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kestrel Supply Facilities Maintenance"}, "s", true, ""},
	})
}

// A first name with an "s" is a surname of its own, not the name's plural.
func TestPatronymicIsAnotherName(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a surname made of a first name", false,
			[]Entry{{ID: "g", Name: "Grace, Edward"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Grace Edwards"}, "", false, ""},
		{"the same person, names in the other order", false,
			[]Entry{{ID: "g", Name: "Grace, Edward"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Edward Grace"}, "g", true, ""},
		{"a plural of a common word", false,
			[]Entry{{ID: "d", Name: "Kestrel Door Co"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kestrel Doors"}, "d", true, ""},
	})
	if wordLike(&token{key: "daniels", runes: []rune("daniels")}, &token{key: "daniel", runes: []rune("daniel")}) != unlike {
		t.Error("Daniels read as Daniel's plural")
	}
}

// A branch of a supplier against a firm whose trade is a contractor's work.
func TestDoubtContractorAgainstBranch(t *testing.T) {
	qb := []Entry{{ID: "b", Name: "Halvard - Tacoma"}, {ID: "o", Name: "Lindgren Lumber", City: "Tacoma"}}
	checkPrecisionCases(t, []precisionCase{
		{"a paving contractor of the supplier's name", false, qb,
			Entry{ID: "p", Name: "Halvard Paving"}, "", false, "contractor's work"},
		{"two trades of a contractor", false, qb,
			Entry{ID: "p", Name: "Halvard Plumbing & Heating"}, "", false, "contractor's work"},
		{"the supplier's whole name", false, qb,
			Entry{ID: "p", Name: "Halvard Electric Supply"}, "b", true, ""},
		{"the supplier's name with its trade", false, qb,
			Entry{ID: "p", Name: "Halvard Electric"}, "b", true, ""},
	})
}

// A contractor's name "of" a place is often a firm of its own there; a supplier's is its branch.
func TestDoubtContractorOfPlace(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a roofer of a town", false,
			[]Entry{{ID: "r", Name: "Halvard Roofing"}, {ID: "o", Name: "Lindgren Lumber", City: "Lakeland"}},
			Entry{ID: "p", Name: "Halvard Roofing of Lakeland"}, "", false, "firm of its own there"},
		{"a borer of a state", false,
			[]Entry{{ID: "r", Name: "Halvard Boring"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Halvard Boring of Oklahoma"}, "", false, "firm of its own there"},
		{"a supplier of a town", false,
			[]Entry{{ID: "r", Name: "Halvard Supply"}, {ID: "o", Name: "Lindgren Lumber", City: "Lakeland"}},
			Entry{ID: "p", Name: "Halvard Supply of Lakeland"}, "r", true, ""},
	})
}

// Each name with a kind of firm of its own, one saying what the firm does: two firms as often as one.
func TestDoubtKindsApart(t *testing.T) {
	qb := []Entry{{ID: "k", Name: "Tarrant Cable Solutions"}, {ID: "o", Name: "Lindgren Lumber"}}
	checkPrecisionCases(t, []precisionCase{
		{"a group and a solutions firm", false, qb,
			Entry{ID: "p", Name: "Tarrant Cable Group"}, "", false, "kind of firm of its own"},
		{"a kind on one side only", false, qb,
			Entry{ID: "p", Name: "Tarrant Cable"}, "k", true, ""},
		{"a legal form against the kind", false, qb,
			Entry{ID: "p", Name: "Tarrant Cable Solutions Corporation"}, "k", true, ""},
	})
}

// A public owner's job against a project naming another body or town.
func TestDoubtOtherPublicOwner(t *testing.T) {
	qb := []Entry{{ID: "c", Name: "City of Marlow"}, {ID: "j", Name: "City of Marlow:2027 Curb Ramp Program"},
		{ID: "o", Name: "Lindgren Family Trust", City: "Tillman"}}
	checkPrecisionCases(t, []precisionCase{
		{"another county's program", true, qb,
			Entry{ID: "p", Name: "Dunmore County Curb Ramp Program 2027"}, "", false, "not the job's customer"},
		{"another town's program", true, qb,
			Entry{ID: "p", Name: "Curb Ramps 2027 - Tillman"}, "", false, "not the job's customer"},
		{"the city's own program", true, qb,
			Entry{ID: "p", Name: "City of Marlow - Curb Ramp Program 2027"}, "j", true, ""},
		{"the program by the town's name", true, qb,
			Entry{ID: "p", Name: "Marlow Curb Ramp Program 2027"}, "j", true, ""},
	})
}

// An owner's name and a firm named for a person a letter apart may be two people.
func TestDoubtOwnerSurnameSlip(t *testing.T) {
	qb := []Entry{{ID: "n", Name: "Nielsen, Gregor"}, {ID: "o", Name: "Lindgren Lumber"}}
	checkPrecisionCases(t, []precisionCase{
		{"a surname a letter apart", false, qb,
			Entry{ID: "p", Name: "Gregor Nielson Painting"}, "", false, "two people's names"},
		{"the owner's own firm", false, qb,
			Entry{ID: "p", Name: "Gregor Nielsen Painting"}, "n", true, ""},
	})
}

// Two Procore firms named for one person with two trades: neither is his in one click, unless one
// gives the person's generation as the books do.
func TestOwnerRivals(t *testing.T) {
	for _, c := range []struct {
		name string
		qb   string
		p    []string
		want []bool // each Procore record offered its owner's record at Exact or Likely
	}{
		{"two trades of one person", "Zielinski, Michael J.", []string{"Mike Zielinski Hauling", "Michael Zielinski Roofing"}, []bool{false, false}},
		{"one firm of the person", "Zielinski, Marek J.", []string{"Marek Zielinski Roofing", "Lindgren Lumber"}, []bool{true, false}},
		{"the firm that gives the generation", "Zielinski, Marek Jr", []string{"Marek Zielinski Jr. Roofing", "Marek Zielinski Hauling"}, []bool{true, false}},
	} {
		var ps []Entry
		for i, n := range c.p {
			ps = append(ps, Entry{ID: string(rune('a' + i)), Name: n})
		}
		got := Assign(ps, NewFlatIndex([]Entry{{ID: "z", Name: c.qb}, {ID: "l", Name: "Lindgren Lumber Co"}}))
		for i, p := range ps {
			s := got[p.ID]
			sure := s.ID == "z" && (s.Confidence == Exact || s.Confidence == Likely)
			if sure != c.want[i] {
				t.Errorf("%s: %q → %q %s (%s)", c.name, p.Name, s.Name, s.Confidence, s.Reason)
			}
		}
	}
}

// A contractor's name with a town in brackets is often a firm of its own there; a note or a
// supplier's town is not.
func TestDoubtContractorBracketPlace(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a sheet metal shop of another town", false,
			[]Entry{{ID: "k", Name: "Kessler Sheet Metal"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kessler Sheet Metal (Manchester)"}, "", false, "in brackets"},
		{"a list's note in brackets", false,
			[]Entry{{ID: "k", Name: "Kessler Sheet Metal"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kessler Sheet Metal (MBE)"}, "k", true, ""},
		{"a supplier's town in brackets", false,
			[]Entry{{ID: "k", Name: "Kessler Supply"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Kessler Supply (Manchester)"}, "k", true, ""},
		{"a mechanical contractor against a branch", false,
			[]Entry{{ID: "b", Name: "Norlund - Tacoma"}, {ID: "o", Name: "Lindgren Lumber", City: "Tacoma"}},
			Entry{ID: "p", Name: "Norlund Mechanical"}, "", false, "contractor's work"},
	})
}

// A family's only job sharing only the kind of work with a project about another thing.
func TestDoubtFamilyKindOnly(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Okafor, Ngozi"}, {ID: "j", Name: "Okafor, Ngozi:" + job}, {ID: "o", Name: "Lindgren Family Trust"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"the deck against the fence", true, qb("Fence Restoration"),
			Entry{ID: "p", Name: "Okafor Deck Restoration"}, "", false, ""},
		{"the deck named two ways", true, qb("Deck"),
			Entry{ID: "p", Name: "Okafor Deck Restoration"}, "j", true, ""},
		{"the project names no thing", true, qb("Deck Restoration"),
			Entry{ID: "p", Name: "Okafor Restoration"}, "j", true, ""},
	})
	ix := NewIndex(qb("Fence Restoration"))
	if s := ix.Suggest(Entry{ID: "p", Name: "Okafor Deck Restoration"}, 1); len(s) == 0 || !strings.Contains(s[0].Reason, "kind of work") {
		t.Errorf("the deck against the fence: want the doubt in the reason, got %v", s)
	}
}

// A town kept surname-first is no person owning the firm named for it.
func TestDoubtBodyAsOwner(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a plaza named for the town", false,
			[]Entry{{ID: "t", Name: "Carver, Town of"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Carver Town Square Plaza LLC"}, "", false, "public body"},
		{"a department of the city", false,
			[]Entry{{ID: "t", Name: "Carver, City of - Utilities"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "City of Carver Fire & Medical"}, "", false, ""},
		{"the town itself", false,
			[]Entry{{ID: "t", Name: "Carver, Town of"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Town of Carver"}, "t", true, ""},
		{"a person's firm", false,
			[]Entry{{ID: "t", Name: "Carver, Dale"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Dale Carver Painting"}, "t", true, ""},
	})
}

// A branch or store of a supplier against a name that adds a contractor's kind of firm.
func TestDoubtContractorKindAgainstBranch(t *testing.T) {
	qb := []Entry{{ID: "b", Name: "Halvard #212 Tacoma"}, {ID: "o", Name: "Lindgren Lumber", City: "Tacoma"}}
	checkPrecisionCases(t, []precisionCase{
		{"a construction firm of the supplier's name", false, qb,
			Entry{ID: "p", Name: "Halvard Construction Co."}, "", false, "contractor's kind"},
		{"fabricators of the supplier's name", false, qb,
			Entry{ID: "p", Name: "Halvard Fabricators"}, "", false, "contractor's kind"},
		{"the supplier's whole name", false, qb,
			Entry{ID: "p", Name: "Halvard Company"}, "b", true, ""},
	})
}

// One shared word left after three or more words were set aside is not a name to link on. The
// readings that set them aside meet in long lists only, so the doubt is checked on the verdict.
func TestDoubtThinShare(t *testing.T) {
	ix := NewFlatIndex([]Entry{{ID: "u", Name: "TBE - Tasman Bay Energy"}, {ID: "k", Name: "Kessler Supply - Tacoma"}})
	var q, q2 prepared
	prepare(&q, Entry{ID: "p", Name: "Bay Construction Inc"}, false, false)
	prepare(&q2, Entry{ID: "p", Name: "Kessler Supply Co"}, false, false)
	thin := wholeVerdict{same: true, aside: []string{"Construction", "TBE", "Tasman", "Energy"}}
	if w := thinShare(&q, &ix.entries[0], &thin); !strings.Contains(w, `"bay"`) {
		t.Errorf("Bay Construction Inc / TBE - Tasman Bay Energy: doubt %q, want the one word shared", w)
	}
	fewer := wholeVerdict{same: true, aside: []string{"Construction", "Energy"}}
	if w := thinShare(&q, &ix.entries[0], &fewer); w != "" {
		t.Errorf("two words set aside: doubt %q, want none", w)
	}
	branch := wholeVerdict{same: true, aside: []string{"Co", "Tacoma", "Branch"}, branchTail: "Tacoma"}
	if w := thinShare(&q2, &ix.entries[1], &branch); w != "" {
		t.Errorf("a branch's note: doubt %q, want none", w)
	}
	checkPrecisionCases(t, []precisionCase{
		{"the utility by its name", false,
			[]Entry{{ID: "u", Name: "TBE - Tasman Bay Energy"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Tasman Bay Energy"}, "u", true, ""},
		{"a firm by its bare name", false,
			[]Entry{{ID: "u", Name: "Corlander Electric Inc"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Corlander"}, "u", true, ""},
	})
}

// An insurer named for its city keeps its brand: the place doubt is not for it.
func TestDoubtPlaceBareNameInsurer(t *testing.T) {
	ix := NewFlatIndex([]Entry{{ID: "i", Name: "Springfield Insurance Co"}, {ID: "r", Name: "Springfield Roofing"}})
	var q prepared
	prepare(&q, Entry{ID: "p", Name: "The Springfield"}, false, false)
	if w := ix.placeBareName(&q, &ix.entries[0], &wholeVerdict{same: true, bareTrade: "Insurance"}); w != "" {
		t.Errorf("an insurer named for its city: doubt %q, want none", w)
	}
	if w := ix.placeBareName(&q, &ix.entries[1], &wholeVerdict{same: true, bareTrade: "Roofing"}); w != "Roofing" {
		t.Errorf("a roofer named for a city: doubt %q, want Roofing", w)
	}
}
