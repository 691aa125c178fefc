package match

import (
	"strings"
	"testing"
)

// A yard of a firm bought within the last few years, against the buyer's name, is a question: the
// bought firm may still bill as a vendor of its own. An older purchase, a rename, a merger and a
// spin-off stay Likely.
func TestRenamedFirmRecentAcquisition(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		sure        bool
	}{
		{"United Rentals (North America), Inc.", "Ahern Rentals #58 Kestrel Falls", false},
		{"Ahern Rentals, Inc.", "United Rentals Br 107 Marrowfield", false},
		{"H&E Equipment Services, Inc.", "Herc Rentals #9312 Kestrel Falls", false},
		{"Herc Rentals Inc.", "H&E Rentals - Marrowfield", false},
		{"United Rentals (North America), Inc.", "RSC Equipment Rental #512 Marrowfield", true},
		{"Herc Rentals Inc.", "Hertz Equipment Rental - Marrowfield", true},
		{"Lumen Technologies", "CenturyLink", true},
		{"WillScot", "Mobile Mini Inc", true},
	} {
		ss := suggestRenamed(c.procore, []string{c.qb})
		if len(ss) == 0 || ss[0].Name != c.qb {
			t.Errorf("%q / %q: got %+v, want the renamed record first", c.procore, c.qb, ss)
			continue
		}
		sure := ss[0].Confidence == Likely || ss[0].Confidence == Exact
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want sure %v", c.procore, c.qb, ss[0].Confidence, ss[0].Reason, c.sure)
		}
		if !c.sure && !strings.Contains(ss[0].Reason, "may still bill under its own name") {
			t.Errorf("%q / %q: reason %q does not say why", c.procore, c.qb, ss[0].Reason)
		}
	}
}
