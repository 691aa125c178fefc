package mapping

import "testing"

func TestSearchWords(t *testing.T) {
	text := foldAll([]string{"Café Lumière Renovation – Phase 2", "2024-001", "Zürich"})
	for q, want := range map[string]bool{
		"cafe lumiere": true, "CAFÉ": true, "lumiere phase 2": true, "2024 001": true, "2024-001": true,
		"zurich": true, "renovation zurich": true, "cafe paris": false, "lumierephase": false, "": true,
	} {
		if got := hasWords(text, searchWords(q)); got != want {
			t.Errorf("%q in %q: %v", q, text, got)
		}
	}
	if got := fold("Æsir Straße Łódź Œuvre 東京"); got != "aesir strasse lodz oeuvre 東京" {
		t.Errorf("fold: %q", got)
	}
}
