package match

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestShortenExamples(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"Oak Grove MOB", 41, "Oak Grove MOB"},
		{"  fits, with spaces  ", 41, "  fits, with spaces  "}, // unchanged when it fits
		{"Oak Grove Medical Office Building Renovation Project", 41, "Oak Grove Medical Office Building Reno"},
		{"Oak Grove Medical Office Building Renovation Project", 20, "Oak Grove MOB Reno"},
		{"Pacific Northwest Mechanical Construction Company, Incorporated", 41, "Pacific Northwest Mechanical Construction"},
		{"Pacific Northwest Mechanical Construction Company, Incorporated", 30, "Pacific Northwest Mech Constr"},
		{"1200 Main Street Tenant Improvement - Building 3", 31, "1200 Main Street TI - Bldg 3"},
		{"The Riverside Unified School District Elementary School Modernization: Phase 2", 41, "Riverside Unified Sch Dist Elem Sch Ph 2"},
		{"Phase 1: Site Work", 41, "Phase 1- Site Work"}, // fits, but ':' is not allowed
		{"Smith and Jones Construction and Sons", 20, "Smith & Jones Constr"},
		{"Supercalifragilisticexpialidocious Builders", 10, "Supercalif"},
		{"Home Depot #4421 - Contractor Services Desk", 20, "Home Depot #4421"},
		{"Acme Concrete, Inc.", 15, "Acme Concrete"},
		{"ACME MEDICAL OFFICE BUILDING", 12, "ACME MOB"},
		{"Anything", 0, ""},
		// The fewest abbreviations that fit: the room QuickBooks allows is used.
		{"Cedar Ridge Medical Office Building Phase 2 Parking Expansion", 41, "Cedar Ridge MOB Phase 2 Parking Expansion"},
	} {
		if got := Shorten(c.in, c.max); got != c.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
}

// TestShortenProperties checks every name of the labelled set at the usual limits.
func TestShortenProperties(t *testing.T) {
	l := loadLabelled(t)
	names := []string{"A: B: C", "!!!!!!!!!!!!!!!!!!!!!!!!", "and and and and and and", "(Phase 2 of the North Campus Expansion Work)"}
	for _, e := range l.QuickBooks {
		names = append(names, e.Name)
	}
	for _, e := range l.Procore {
		names = append(names, e.Name, e.Name+" Medical Office Building Renovation Project Phase 2")
	}
	for _, name := range names {
		for _, max := range []int{5, 12, 20, 31, 41} {
			got := Shorten(name, max)
			if n := utf8.RuneCountInString(got); n > max {
				t.Errorf("Shorten(%q, %d) = %q: %d runes", name, max, got, n)
			}
			if strings.ContainsRune(got, ':') {
				t.Errorf("Shorten(%q, %d) = %q holds ':'", name, max, got)
			}
			if Shorten(got, max) != got {
				t.Errorf("Shorten is not idempotent on %q (max %d): %q", got, max, Shorten(got, max))
			}
			fits := utf8.RuneCountInString(name) <= max && !strings.ContainsRune(name, ':')
			if fits && got != name {
				t.Errorf("Shorten(%q, %d) = %q, but it fits", name, max, got)
			}
			if !fits && got != "" {
				last, _ := utf8.DecodeLastRuneInString(got)
				if unicode.IsSpace(last) || ((unicode.IsPunct(last) || unicode.IsSymbol(last)) && !closesBracket(last, []string{got})) {
					t.Errorf("Shorten(%q, %d) = %q ends with %q", name, max, got, last)
				}
			}
		}
	}
}

func TestAlternative(t *testing.T) {
	taken := map[string]bool{}
	isTaken := func(s string) bool { return taken[s] }
	if got := Alternative("Acme Concrete", 41, "Vendor", isTaken); got != "Acme Concrete (Vendor)" {
		t.Errorf("first alternative = %q", got)
	}
	taken["Acme Concrete (Vendor)"] = true
	if got := Alternative("Acme Concrete", 41, "Vendor", isTaken); got != "Acme Concrete (Vendor 2)" {
		t.Errorf("second alternative = %q", got)
	}
	taken["Acme Concrete (Vendor 2)"] = true
	if got := Alternative("Acme Concrete", 41, "Vendor", isTaken); got != "Acme Concrete (Vendor 3)" {
		t.Errorf("third alternative = %q", got)
	}
	if got := Alternative("Acme Concrete", 41, "", nil); got != "Acme Concrete (2)" {
		t.Errorf("alternative without suffix = %q", got)
	}
	// A long name is shortened so that the suffix still fits.
	long := "Pacific Northwest Mechanical Insulation Contractors"
	got := Alternative(long, 41, "Vendor", nil)
	if got != "Pacific Northwest Mech (Vendor)" {
		t.Errorf("Alternative(%q) = %q", long, got)
	}
	for i := 1; i <= 12; i++ {
		taken[Alternative(long, 41, "Vendor", isTaken)] = true
	}
	for name := range taken {
		if n := utf8.RuneCountInString(name); n > 41 {
			t.Errorf("%q is %d runes", name, n)
		}
	}
	if got := Alternative("Acme", 5, "Vendor", nil); got != "" {
		t.Errorf("nothing fits in 5 runes, got %q", got)
	}
	if got := Alternative("Job: Phase 1", 41, "Sub:Contractor", nil); strings.ContainsRune(got, ':') {
		t.Errorf("alternative holds ':': %q", got)
	}
}

func ExampleShorten() {
	fmt.Println(Shorten("Oak Grove Medical Office Building Renovation Project", 20))
	fmt.Println(Shorten("Riverside Unified School District Elementary Modernization Phase 2", 31))
	// Output:
	// Oak Grove MOB Reno
	// Riverside Unified Sch Dist Ph 2
}

func ExampleAlternative() {
	taken := map[string]bool{"Acme Concrete (Vendor)": true}
	fmt.Println(Alternative("Acme Concrete", 41, "Vendor", func(s string) bool { return taken[s] }))
	// Output: Acme Concrete (Vendor 2)
}
