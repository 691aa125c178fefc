package match

import (
	"fmt"
	"strings"
	"testing"
)

func qbIndex() *Index {
	return NewIndex([]Entry{
		{ID: "1", Name: "ABC Plumbing"},
		{ID: "2", Name: "ABC Electric", Phone: "(206) 555-0142", Address: "1450 Industrial Way, Suite 200", Zip: "98108"},
		{ID: "3", Name: "Home Depot #4421"},
		{ID: "4", Name: "Oak Grove Parking Structure - Building A"},
		{ID: "5", Name: "Kaiser Permanente:Oak Grove MOB"},
		{ID: "6", Name: "Müller Bau"},
		{ID: "7", Name: "Pacific Northwest Mechanical Insulation C"},
		{ID: "8", Name: "Smith Roofing"},
		{ID: "9", Name: "Northgate Warehouse"},
		{ID: "10", Name: "北京城建集团"},
		{ID: "11", Name: "Строймонтаж"},
		{ID: "12", Name: "Acme Concrete (Vendor)"},
		{ID: "13", Name: "Baker Fire Protection", Phone: "253-555-0101"},
		{ID: "14", Name: "Baker Fire Protection, Inc.", Phone: "503-555-0199"},
	})
}

func TestSuggest(t *testing.T) {
	ix := qbIndex()
	for _, c := range []struct {
		in     Entry
		wantID string // "" for no suggestion at Likely or better
		conf   Confidence
		reason string // part of the reason
	}{
		{Entry{Name: " abc plumbing "}, "1", Exact, "Same name"},
		{Entry{Name: "A.B.C. Plumbing, Inc."}, "1", Likely, `"Inc."`},
		{Entry{Name: "ABC Electrc", Phone: "206.555.0142 x12"}, "2", Likely, "same phone"},
		{Entry{Name: "ABC Electrc", Address: "1450 Industrial Wy", Zip: "98108-1234"}, "2", Likely, "same address"},
		{Entry{Name: "ABC Electrc"}, "2", Likely, `a typo ("Electrc" / "Electric")`},
		{Entry{Name: "ABC Electirc Supply"}, "2", Possible, "Similar name"},
		{Entry{Name: "Home Depot #4432"}, "", "", ""},
		{Entry{Name: "Oak Grove Parking Structure - Building B"}, "", "", ""},
		{Entry{Name: "Oak Grove Medical Office Building"}, "5", Likely, "MOB = Medical Office Building"},
		{Entry{Name: "Mueller Bau"}, "6", Likely, "umlauts"},
		{Entry{Name: "Muller Bau GmbH"}, "6", Likely, "accents"},
		{Entry{Name: "Pacific Northwest Mechanical Insulation Contractors"}, "7", Likely, "cut to 41"},
		{Entry{Name: "Smith Roofing Supply"}, "8", Possible, "Similar name"},
		{Entry{Name: "Northgate Warehouse Phase 2"}, "9", Possible, "number"},
		{Entry{Name: "北京城建集团有限公司"}, "10", Likely, "有限公司"},
		{Entry{Name: "ООО «СТРОЙМОНТАЖ»"}, "11", Likely, "ООО"},
		{Entry{Name: "Acme Concrete"}, "12", Likely, "(Vendor)"},
		{Entry{Name: "Baker Fire Protection Inc", Phone: "+1 503 555 0199"}, "14", Likely, "same phone"},
		{Entry{Name: "Quinault Traffic Control"}, "", "", ""},
	} {
		got := ix.Suggest(c.in, 3)
		if c.wantID == "" {
			for _, s := range got {
				if s.Confidence != Possible {
					t.Errorf("Suggest(%q) offers %q at %s", c.in.Name, s.Name, s.Confidence)
				}
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("Suggest(%q): nothing, want %s", c.in.Name, c.wantID)
			continue
		}
		s := got[0]
		if s.ID != c.wantID || s.Confidence != c.conf || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("Suggest(%q) = %s %q %s %q; want %s %s reason with %q", c.in.Name, s.ID, s.Name, s.Confidence, s.Reason, c.wantID, c.conf, c.reason)
		}
		for i, s := range got {
			if s.Score < 0 || s.Score > 1 || (i > 0 && s.Score > got[i-1].Score) {
				t.Errorf("Suggest(%q): bad score order %v", c.in.Name, got)
			}
		}
	}
}

// TestSuggestNumbers: rules that ignore word order or spacing must not mix up numbered jobs.
func TestSuggestNumbers(t *testing.T) {
	ix := NewIndex([]Entry{{ID: "1", Name: "Harbor Building 3 Phase 2"}, {ID: "2", Name: "Lot 12 Grading"}})
	for _, name := range []string{"Harbor Building 2 Phase 3", "Lot 1 2 Grading"} {
		for _, s := range ix.Suggest(Entry{Name: name}, 3) {
			if s.Confidence != Possible {
				t.Errorf("Suggest(%q) offers %q at %s (%s)", name, s.Name, s.Confidence, s.Reason)
			}
		}
	}
	if s := ix.Suggest(Entry{Name: "Phase 2 Harbor Building 3"}, 1); len(s) == 0 || s[0].Confidence != Likely {
		t.Errorf("same numbers in another order of words: %+v", s)
	}
}

// TestSuggestTie: two QuickBooks vendors equal by name and nothing else to tell them apart.
func TestSuggestTie(t *testing.T) {
	ix := qbIndex()
	got := ix.Suggest(Entry{Name: "Baker Fire Protection LLC"}, 2)
	if len(got) != 2 || got[0].Confidence != Possible || got[1].Confidence != Possible {
		t.Fatalf("tie not marked: %+v", got)
	}
	if !strings.Contains(got[0].Reason, "equally well") {
		t.Errorf("reason does not say why: %q", got[0].Reason)
	}
}

func TestSuggestEdges(t *testing.T) {
	if got := NewIndex(nil).Suggest(Entry{Name: "x"}, 3); len(got) != 0 {
		t.Errorf("empty index suggested %v", got)
	}
	if got := qbIndex().Suggest(Entry{Name: "ABC Plumbing"}, 0); len(got) != 0 {
		t.Errorf("n=0 suggested %v", got)
	}
	if got := qbIndex().Suggest(Entry{}, 3); len(got) != 0 {
		t.Errorf("empty name suggested %v", got)
	}
	var ix *Index
	if got := ix.Suggest(Entry{Name: "x"}, 1); got != nil {
		t.Errorf("nil index suggested %v", got)
	}
	if got := Assign(nil, qbIndex()); len(got) != 0 {
		t.Errorf("Assign(nil) = %v", got)
	}
}

func TestAssign(t *testing.T) {
	ix := NewIndex([]Entry{
		{ID: "q1", Name: "Summit Roofing"},
		{ID: "q2", Name: "Summit Roofing & Sheet Metal"},
		{ID: "q3", Name: "Cascade Steel"},
		{ID: "q4", Name: "Harbor Glass"},
	})
	got := Assign([]Entry{
		{ID: "p1", Name: "Summit Roofing Inc"},           // Likely q1, but p2 is Exact for it
		{ID: "p2", Name: "SUMMIT ROOFING"},               // Exact q1
		{ID: "p3", Name: "Cascade Steel LLC"},            // ties with p4 for q3
		{ID: "p4", Name: "Cascade Steel, Inc."},          // ties with p3 for q3
		{ID: "p5", Name: "Harbor Glass"},                 // Exact q4
		{ID: "p6", Name: "Completely Unrelated Company"}, // nothing
	}, ix)
	if s := got["p2"]; s.ID != "q1" || s.Confidence != Exact {
		t.Errorf("p2 = %+v", s)
	}
	if s := got["p1"]; s.ID == "q1" {
		t.Errorf("q1 given twice: p1 = %+v", s)
	}
	for _, p := range []string{"p3", "p4"} {
		if s, ok := got[p]; ok && s.Confidence != Possible {
			t.Errorf("%s tied for q3 but is %s: %+v", p, s.Confidence, s)
		}
	}
	if s, ok := got["p3"]; !ok || s.ID != "q3" || !strings.Contains(s.Reason, "ambiguous") {
		t.Errorf("p3 = %+v", s)
	}
	if s := got["p5"]; s.ID != "q4" || s.Confidence != Exact {
		t.Errorf("p5 = %+v", s)
	}
	if s, ok := got["p6"]; ok {
		t.Errorf("p6 = %+v", s)
	}
	// The loser of q1 falls back to its next candidate.
	if s := got["p1"]; s.ID != "q2" {
		t.Errorf("p1 did not fall back to q2: %+v", s)
	}
}

// TestAssignOneToOne: on the labelled set no QuickBooks entry is offered twice.
func TestAssignOneToOne(t *testing.T) {
	l := loadLabelled(t)
	pc := make([]Entry, len(l.Procore))
	for i, p := range l.Procore {
		pc[i] = p.Entry
	}
	seen := map[string]string{}
	for p, s := range Assign(pc, NewIndex(l.QuickBooks)) {
		if other, dup := seen[s.ID]; dup {
			t.Errorf("%s offered to %s and %s", s.ID, p, other)
		}
		seen[s.ID] = p
	}
}

func ExampleIndex_Suggest() {
	ix := NewIndex([]Entry{
		{ID: "80000001", Name: "ABC Plumbing"},
		{ID: "80000002", Name: "ABC Electric", Phone: "206-555-0142"},
		{ID: "80000003", Name: "Kaiser Permanente:Oak Grove MOB"},
	})
	for _, e := range []Entry{
		{Name: "A.B.C. Plumbing, Inc."},
		{Name: "ABC Electrc", Phone: "(206) 555-0142"},
		{Name: "Oak Grove Medical Office Building"},
	} {
		s := ix.Suggest(e, 1)[0]
		fmt.Printf("%s → %s: %s (%s)\n", e.Name, s.Name, s.Confidence, s.Reason)
	}
	// Output:
	// A.B.C. Plumbing, Inc. → ABC Plumbing: likely (Same name apart from "Inc." and punctuation)
	// ABC Electrc → ABC Electric: likely (Same words apart from a typo ("Electrc" / "Electric"), same phone)
	// Oak Grove Medical Office Building → Kaiser Permanente:Oak Grove MOB: likely (Same name apart from abbreviations (MOB = Medical Office Building); job under "Kaiser Permanente")
}
