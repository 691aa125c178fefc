package match

import "testing"

// Legal forms written out as a phrase ("A Corporation", "Professional Corporation", "S-Corp",
// "Limited Liability Company") are dropped like Inc; the words before them stay the name.
func TestLegalFormPhrases(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Kestrel Paving, A Corporation", "kestrel paving"},
		{"Kestrel Paving S-Corp", "kestrel paving"},
		{"Kestrel Paving Professional Corporation", "kestrel paving"},
		{"Kestrel Paving, a Professional Corporation", "kestrel paving"},
		{"Kestrel Paving Limited Liability Company", "kestrel paving"},
		{"Kestrel Professional Paving", "kestrel professional paving"},
		{"S Corporation", "s"}, // never the whole name: the last word stays
	} {
		if got := Normalise(c.name); got != c.want {
			t.Errorf("Normalise(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	s := assignVendors([]string{"Kestrel Paving Professional Corporation"}, []string{"Kestrel Paving Inc"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely {
		t.Errorf("Professional Corporation: %+v, want Likely", s)
	}
}
