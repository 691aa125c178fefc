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
		{"Kestrel Plumbing", "*Kestrel Plumbing", "* …"},
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
