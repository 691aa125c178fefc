package match

import (
	"strings"
	"testing"
)

// TestInactiveMarkCut reads the marks bookkeepers put on records they no longer use, and leaves
// names that only look like them alone.
func TestInactiveMarkCut(t *testing.T) {
	for _, c := range []struct{ name, base, shown string }{
		{"ZZ Kestrel Plumbing", "Kestrel Plumbing", "ZZ …"},
		{"ZZZ-Kestrel Plumbing", "Kestrel Plumbing", "ZZZ …"},
		{"zz_Kestrel Plumbing", "Kestrel Plumbing", "zz …"},
		{"XX Kestrel Plumbing", "Kestrel Plumbing", "XX …"},
		{"*Kestrel Plumbing", "Kestrel Plumbing", "* …"},
		{"** Kestrel Plumbing", "Kestrel Plumbing", "** …"},
		{"Kestrel Plumbing (old)", "Kestrel Plumbing", "… (old)"},
		{"Kestrel Plumbing - OLD", "Kestrel Plumbing", "… - OLD"},
		{"Kestrel Plumbing - DO NOT USE", "Kestrel Plumbing", "… - DO NOT USE"},
		{"Kestrel Plumbing (Inactive)", "Kestrel Plumbing", "… (Inactive)"},
		{"Kestrel Plumbing DNU", "Kestrel Plumbing", "… DNU"},
		{"DO NOT USE - Kestrel Plumbing", "Kestrel Plumbing", "DO NOT USE …"},
		{"(old) Kestrel Plumbing", "Kestrel Plumbing", "(old) …"},
		// Names, not marks.
		{"XXL Rentals", "", ""},
		{"Z Best Cleaning", "", ""},
		{"Old Castle Precast", "", ""},
		{"Oldcastle Materials", "", ""},
		{"Kestrel Plumbing - Old Town", "", ""},
		{"Kestrel Plumbing (Old Town)", "", ""},
		{"Kestrel Use Co", "", ""},
		{"ZZ", "", ""}, // nothing left once the mark is cut
		{"*", "", ""},
	} {
		base, shown, ok := cutInactive(c.name)
		if ok != (c.base != "") || base != c.base || shown != c.shown {
			t.Errorf("cutInactive(%q) = %q, %q, %v; want %q, %q", c.name, base, shown, ok, c.base, c.shown)
		}
	}
}

// A record QuickBooks marks as not in use is found by its name without the mark, but never
// offered for one-click linking: Possible, saying why in the bookkeeper's words.
func TestInactiveRecordIsPossible(t *testing.T) {
	for _, c := range []struct{ procore, qb, mark string }{
		{"Kestrel Plumbing", "ZZ Kestrel Plumbing", "ZZ …"},
		{"Kestrel Plumbing Inc.", "ZZZ-Kestrel Plumbing", "ZZZ …"},
		{"Kestrel Plumbing", "XX Kestrel Plumbing LLC", "XX …"},
		{"Kestrel Plumbing", "*Kestrel Plumbing (old)", "* … (old)"}, // a star with another mark
		{"Kestrel Plumbing", "Kestrel Plumbing (old)", "… (old)"},
		{"Kestrel Plumbing", "Kestrel Plumbing - OLD", "… - OLD"},
		{"Kestrel Plumbing", "Kestrel Plumbing - DO NOT USE", "… - DO NOT USE"},
		{"Kestrel Plumbing Tacoma Branch", "ZZ Kestrel Plumbing", "ZZ …"},
	} {
		s, ok := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if !ok || s.Name != c.qb {
			t.Errorf("%q: %q not offered: %+v", c.procore, c.qb, s)
			continue
		}
		if s.Confidence != Possible {
			t.Errorf("%q / %q: %s (%s), want possible", c.procore, c.qb, s.Confidence, s.Reason)
		}
		if want := "QuickBooks marks this record as not in use (" + c.mark + ")"; !strings.Contains(s.Reason, want) {
			t.Errorf("%q / %q: reason %q lacks %q", c.procore, c.qb, s.Reason, want)
		}
	}
}

// The record in use is offered before the one marked not in use, even when the marked one's
// name is closer: the bookkeeper marked it because the other replaced it.
func TestInactiveRecordAfterActive(t *testing.T) {
	for _, c := range []struct {
		procore    string
		qb         []string
		want, conf string
	}{
		{"Kestrel Plumbing", []string{"ZZ Kestrel Plumbing", "Kestrel Plumbing Inc"}, "Kestrel Plumbing Inc", "likely"},
		{"Kestrel Plumbing", []string{"Kestrel Plumbing (old)", "Kestrel Plumbing"}, "Kestrel Plumbing", "exact"},
		// Only a resemblance in use, the same name marked: the resemblance first.
		{"Kestrel Plumbing", []string{"ZZ Kestrel Plumbing", "Kestrel Plumbing & Heating"}, "Kestrel Plumbing & Heating", "possible"},
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		if s.Name != c.want || string(s.Confidence) != c.conf {
			t.Errorf("%q among %q: got %q %s (%s), want %q %s", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.want, c.conf)
		}
		ix := NewFlatIndex(entriesOf(c.qb))
		got := ix.Suggest(Entry{Name: c.procore}, 3)
		if len(got) < 2 || got[0].Name != c.want || !strings.Contains(got[1].Reason, "not in use") {
			t.Errorf("%q among %q: suggestions %+v", c.procore, c.qb, got)
		}
	}
}

// A job under a customer marked not in use, or marked itself, is not linked in one click either.
func TestInactiveJob(t *testing.T) {
	for _, qb := range []string{"ZZ Harlow Properties:Birch Street Lofts", "Harlow Properties:Birch Street Lofts (old)"} {
		ix := NewIndex([]Entry{{ID: "a", Name: qb}, {ID: "b", Name: "Northgate Schools:Gym Floor"}})
		s := Assign([]Entry{{ID: "p", Name: "Birch Street Lofts"}}, ix)["p"]
		if s.ID != "a" || s.Confidence != Possible || !strings.Contains(s.Reason, "not in use") {
			t.Errorf("%q: %+v", qb, s)
		}
	}
}

func entriesOf(names []string) []Entry {
	out := make([]Entry, len(names))
	for i, n := range names {
		out[i] = Entry{ID: "q" + string(rune('a'+i)), Name: n}
	}
	return out
}

// A Procore record renamed as not in use ("ZZ - … (do not use)") is read by the same rule as a
// QuickBooks one: found by its name without the mark, never offered for one click (Possible,
// saying why), and scored below the same record in use, so that one takes the QuickBooks
// record in an assignment. Names that only look like marks are names.
func TestProcoreRecordNotInUseIsPossible(t *testing.T) {
	qb := []string{"Quillfeather Plumbing", "Marrowdale Glazing LLC", "XXL Scaffold Rentals"}
	ix := NewFlatIndex(entriesOf(qb))
	for _, c := range []struct{ procore, want, mark string }{
		{"ZZ - Quillfeather Plumbing (do not use)", "Quillfeather Plumbing", "ZZ … (do not use)"},
		{"XX Quillfeather Plumbing", "Quillfeather Plumbing", "XX …"},
		{"Quillfeather Plumbing (old)", "Quillfeather Plumbing", "… (old)"},
		{"DO NOT USE - Marrowdale Glazing", "Marrowdale Glazing LLC", "DO NOT USE …"},
		{"Marrowdale Glazing - inactive", "Marrowdale Glazing LLC", "… - inactive"},
	} {
		got := ix.Suggest(Entry{ID: "p", Name: c.procore}, 3)
		if len(got) == 0 || got[0].Name != c.want {
			t.Errorf("%q: %+v, want %q first", c.procore, got, c.want)
			continue
		}
		s := got[0]
		if s.Confidence != Possible {
			t.Errorf("%q: %s (%s), want possible", c.procore, s.Confidence, s.Reason)
		}
		if want := "Procore's name marks this record as not in use (" + c.mark + ")"; !strings.Contains(s.Reason, want) {
			t.Errorf("%q: reason %q lacks %q", c.procore, s.Reason, want)
		}
		inUse := ix.Suggest(Entry{ID: "p", Name: c.want}, 1)
		if len(inUse) == 0 || inUse[0].Score <= s.Score || inUse[0].Confidence == Possible {
			t.Errorf("%q: the record in use %+v does not rank above the marked one %+v", c.procore, inUse, s)
		}
		if s.Score < floor || s.Score >= floor+inactiveBand {
			t.Errorf("%q: score %v outside the band kept for records not in use", c.procore, s.Score)
		}
	}
	for _, name := range []string{"XXL Scaffold Rentals", "Quillfeather Plumbing"} {
		if got := ix.Suggest(Entry{ID: "p", Name: name}, 1); len(got) == 0 || got[0].Confidence != Exact || strings.Contains(got[0].Reason, "not in use") {
			t.Errorf("%q is a name, not a mark: %+v", name, got)
		}
	}
	// Marked on both sides: still found, and both marks are said.
	both := NewFlatIndex(entriesOf([]string{"ZZ Quillfeather Plumbing"}))
	if got := both.Suggest(Entry{ID: "p", Name: "Quillfeather Plumbing (do not use)"}, 1); len(got) == 0 ||
		got[0].Confidence != Possible || !strings.Contains(got[0].Reason, "QuickBooks marks") || !strings.Contains(got[0].Reason, "Procore's name marks") {
		t.Errorf("marked on both sides: %+v", got)
	}
}

// Suggest and Assign read a Procore record's mark of not in use as the mapping pages rely on: matched
// by the name without the mark, never one click, and a Procore record in use takes the
// QuickBooks record both match.
func TestProcoreNotInUseInSuggestAndAssign(t *testing.T) {
	ix := NewFlatIndex(entriesOf([]string{"Quillfeather Plumbing", "Marrowdale Glazing LLC"}))
	got := ix.Suggest(Entry{ID: "p", Name: "ZZ Quillfeather Plumbing"}, 1)
	if len(got) == 0 || got[0].Name != "Quillfeather Plumbing" || got[0].Confidence != Possible ||
		!strings.Contains(got[0].Reason, "Procore's name marks this record as not in use (ZZ …)") {
		t.Errorf("Suggest: %+v", got)
	}
	out := Assign([]Entry{
		{ID: "old", Name: "Quillfeather Plumbing (old)"},
		{ID: "new", Name: "Quillfeather Plumbing Inc"},
		{ID: "gone", Name: "DO NOT USE - Marrowdale Glazing"},
	}, ix)
	if s := out["new"]; s.Name != "Quillfeather Plumbing" || s.Confidence == Possible {
		t.Errorf("the record in use: %+v, want Quillfeather Plumbing linked", s)
	}
	if s, ok := out["old"]; ok && s.Name == "Quillfeather Plumbing" {
		t.Errorf("the marked record took the record in use's match: %+v", s)
	}
	if s := out["gone"]; s.Name != "Marrowdale Glazing LLC" || s.Confidence != Possible || !strings.Contains(s.Reason, "DO NOT USE …") {
		t.Errorf("a marked record alone: %+v, want Marrowdale Glazing LLC as possible", s)
	}
	// Names that only look like marks are names.
	if s := Assign([]Entry{{ID: "x", Name: "Quillfeather Plumbing"}}, ix)["x"]; s.Confidence != Exact {
		t.Errorf("no mark: %+v", s)
	}
}

// A name that starts with stars only is read both ways (sorted to the top, or not in use): the
// name without the stars may be linked in one click, but not as Exact, after any Likely record
// without a star, and not at all when another record without a mark matches the name.
func TestStarSortMark(t *testing.T) {
	for _, c := range []struct {
		procore    string
		qb         []string
		want, conf string
	}{
		{"Kestrel Plumbing", []string{"*Kestrel Plumbing"}, "*Kestrel Plumbing", "likely"},
		{"Kestrel Plumbing Inc", []string{"** Kestrel Plumbing"}, "** Kestrel Plumbing", "likely"},
		{"*Kestrel Plumbing", []string{"Kestrel Plumbing"}, "Kestrel Plumbing", "likely"}, // starred in Procore
		// Another record in use: it comes first, or the starred one may be the one it replaced.
		{"Kestrel Plumbing", []string{"*Kestrel Plumbing", "Kestrel Plumbing Inc"}, "Kestrel Plumbing Inc", "likely"},
		{"Kestrel Plumbing", []string{"*Kestrel Plumbing", "Kestrel Plumbing & Heating"}, "Kestrel Plumbing & Heating", "possible"},
		{"Kestrel Plumbing", []string{"*Kestrel Plumbing", "Kestrel Plumbing"}, "Kestrel Plumbing", "exact"},
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		if s.Name != c.want || string(s.Confidence) != c.conf {
			t.Errorf("%q among %q: got %q %s (%s), want %q %s", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.want, c.conf)
		}
		if s.Name != "" && (strings.HasPrefix(s.Name, "*") || strings.HasPrefix(c.procore, "*")) != strings.Contains(s.Reason, "name starts with") && c.conf == "likely" {
			t.Errorf("%q / %q: reason %q does not say what the star may mean", c.procore, s.Name, s.Reason)
		}
	}
	ix := NewFlatIndex(entriesOf([]string{"*Kestrel Plumbing", "Kestrel Plumbing & Heating"}))
	if got := ix.Suggest(Entry{Name: "Kestrel Plumbing"}, 2); len(got) < 2 || !strings.Contains(got[1].Reason, "another record without the star") {
		t.Errorf("a starred record and another in use: %+v", got)
	}
	// The star does not make another firm's name the same.
	if s := assignVendors([]string{"Kestrel Roofing"}, []string{"*Kestrel Plumbing"})["pa"]; s.Confidence == Likely || s.Confidence == Exact {
		t.Errorf("*Kestrel Plumbing for Kestrel Roofing: %+v", s)
	}
}
