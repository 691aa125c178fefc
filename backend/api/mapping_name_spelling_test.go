package api_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
)

// GET /api/mapping/{side}/spelling gives Create in QuickBooks the Latin spelling of the name
// typed in its dialog — whatever name it is, not only the Procore one — with why it cannot go
// as it is; a name QuickBooks stores as it is, or one without a Latin spelling, has none.
func TestMappingNameSpelling(t *testing.T) {
	h := api.New(api.Deps{Log: zerolog.Nop()})
	get := func(side, name string) (int, map[string]any) {
		t.Helper()
		return doJSON(t, h, "GET", "/api/mapping/"+side+"/spelling?name="+url.QueryEscape(name), "")
	}
	for _, c := range []struct{ side, name, latin, problem string }{
		{"vendors", " Строймонтаж ", "Stroymontazh", "letters QuickBooks cannot store"},
		{"jobs", "Łódź Stadion", "Lódz Stadion", "letters QuickBooks cannot store"},
		{"vendors", "Café Montréal", "", ""},
		{"vendors", "北京建工", "", "letters QuickBooks cannot store"},
	} {
		code, res := get(c.side, c.name)
		if code != 200 || res["name"] != strings.TrimSpace(c.name) || res["latin"] != c.latin {
			t.Errorf("%q: %d %v, want the spelling %q", c.name, code, res, c.latin)
			continue
		}
		p, _ := res["problem"].(map[string]any)
		if msg, _ := p["message"].(string); c.problem == "" && p != nil || c.problem != "" && !strings.Contains(msg, c.problem) {
			t.Errorf("%q: problem %v, want %q", c.name, res["problem"], c.problem)
		}
	}
	if code, _ := get("costcodes", "Строймонтаж"); code != 404 {
		t.Errorf("another side: %d, want 404", code)
	}
	if code, _ := get("vendors", strings.Repeat("ж", 1001)); code != 400 {
		t.Errorf("a name longer than any: %d, want 400", code)
	}
}
