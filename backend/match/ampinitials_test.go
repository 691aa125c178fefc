package match

import (
	"slices"
	"strings"
	"testing"
)

// Initials joined by "&" are never read by the abbreviation table: "R&D" is not Rd, a road.
func TestAmpersandInitialsNotTable(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Kestrel R&D Lab", []string{"kestrel", "rd", "laboratory"}},
		{"Kestrel R and D Lab", []string{"kestrel", "rd", "laboratory"}},
		{"Kestrel Rd Lab", []string{"kestrel", "road", "laboratory"}},
		{"Kestrel A/C Service", []string{"kestrel", "air", "conditioning", "service"}},
	} {
		var p prepared
		prepare(&p, Entry{Name: c.name}, false, false)
		if !slices.Equal(p.canon, c.want) {
			t.Errorf("canon of %q = %q, want %q", c.name, p.canon, c.want)
		}
		var keys []string
		for _, tk := range p.toks {
			keys = append(keys, tk.key)
		}
		if !slices.Equal(keys, c.want) {
			t.Errorf("tokens of %q = %q, want %q", c.name, keys, c.want)
		}
	}
}

// "&" initials stand for words of a trade or line of work joined by "&" on the other side, and
// R&D for research; a person's initials against surnames, letters in another order, or words
// without the "&" stay apart.
func TestAmpersandInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Plumbing & Heating Supply", "Kestrel P&H Supply", true},
		{"Kestrel T & B Services", "Kestrel Testing and Balancing Services", true},
		{"Lumbee Valley H&W Fund", "Lumbee Valley Health & Welfare Fund", true},
		{"Kestrel R&D Lab", "Kestrel Research Lab", true},
		{"J&R Plumbing", "Jones & Roberts Plumbing", false},
		{"Kestrel H&P Supply", "Kestrel Plumbing & Heating Supply", false},
		{"Kestrel P&H Supply", "Kestrel Plumbing Heating Supply", false},
		{"Kestrel R&D Lab", "Kestrel Road Lab", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "&") {
			t.Errorf("%q / %q: reason %q does not read the initials", c.procore, c.qb, s.Reason)
		}
	}
	// A job: "Marysville R&D Lab" is the customer's Marysville Research Lab.
	s := assignJobs([]string{"Kestrel Seed Marysville R&D Lab"}, []string{"Kestrel Seed", "Kestrel Seed:Marysville Research Lab", "Kestrel Seed:Marysville Warehouse"})["pa"]
	if s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("R&D Lab job: %+v, want the Research Lab job Likely", s)
	}
	// A job's "&" initials may stand for its customer's words, cut short too ("San"); other
	// letters may not.
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"Tarrow Canyon W&S - Bowles Ave Sewer Lining", true},
		{"Tarrow Canyon W&G - Bowles Ave Sewer Lining", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Tarrow Canyon Water & San District", "Tarrow Canyon Water & San District:Bowles Ave Sewer Lining"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %+v, want likely %v", c.procore, s, c.likely)
		}
	}
}
