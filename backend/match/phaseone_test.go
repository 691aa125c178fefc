package match

import "testing"

// TestPhaseOneInRomans: "Ph I" after a label is Phase 1, so the job is found for "Phase 1" and
// not for "Phase 2"; a lone I elsewhere is a word, not a numeral.
func TestPhaseOneInRomans(t *testing.T) {
	for _, c := range []struct{ name, word, want string }{
		{"Harlow MS Ph I", "I", "1"},
		{"Harlow MS Phase I", "I", "1"},
		{"Team I Electric", "I", "i"},
	} {
		found := false
		for _, tk := range tokenize(c.name, false, false, nil) {
			if tk.raw == c.word {
				found = true
				if tk.key != c.want {
					t.Errorf("tokenize(%q): %q read %q, want %q", c.name, c.word, tk.key, c.want)
				}
			}
		}
		if !found {
			t.Errorf("tokenize(%q): no word %q", c.name, c.word)
		}
	}
	ix := NewIndex([]Entry{
		{ID: "c", Name: "Lakeview ISD"},
		{ID: "p1", Name: "Lakeview ISD:Harlow MS Ph I"},
		{ID: "p2", Name: "Lakeview ISD:Harlow MS Ph II"},
	})
	got := Assign([]Entry{
		{ID: "a", Name: "Lakeview ISD Harlow MS Phase 1"},
		{ID: "b", Name: "Lakeview ISD Harlow MS Phase 3"},
	}, ix)
	if s := got["a"]; s.ID != "p1" || s.Confidence.rank() < Likely.rank() {
		t.Errorf("Phase 1 got %+v, want Ph I at Likely", s)
	}
	if s, ok := got["b"]; ok && s.Confidence.rank() >= Likely.rank() {
		t.Errorf("Phase 3 got %+v in one click, want nothing sure", s)
	}
}
