package api_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/costcodes"
	"joblink/internal/synctest"
)

// "Group by division" on the Cost codes page: a page's divisions with their names, how many
// codes each holds under the list's filter, and how many came on earlier pages — checked
// against the whole list read page by page.
func TestCostCodeDivisions(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	r.RunWebConnector(t)
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	h := api.New(api.Deps{Engine: r.Engine, Log: zerolog.Nop()})
	division := func(title string) string {
		return strings.FieldsFunc(title, func(c rune) bool { return strings.ContainsRune("-. ", c) })[0]
	}

	// The whole list, to count by hand.
	var titles []string
	for offset := 0; ; offset += 1000 {
		_, page := doJSON(t, h, "GET", fmt.Sprintf("/api/work/costcode?limit=1000&offset=%d", offset), "")
		items := page["items"].([]any)
		for _, it := range items {
			titles = append(titles, it.(map[string]any)["title"].(string))
		}
		if len(items) < 1000 {
			break
		}
	}
	// A page in the middle of the list.
	_, page := doJSON(t, h, "GET", "/api/work/costcode?limit=50&offset=130", "")
	items := page["items"].([]any)
	first := items[0].(map[string]any)
	q := url.Values{"first": {first["id"].(string)}}
	seen := map[string]bool{}
	for _, it := range items {
		if d := division(it.(map[string]any)["title"].(string)); !seen[d] {
			seen[d] = true
			q.Add("code", d)
		}
	}
	code, answer := doJSON(t, h, "GET", "/api/costcodes/divisions?"+q.Encode(), "")
	groups, _ := answer["divisions"].([]any)
	if code != 200 || len(groups) != len(seen) {
		t.Fatalf("divisions: %d %v", code, answer)
	}
	for _, g := range groups {
		g := g.(map[string]any)
		want, before := 0, 0
		for i, title := range titles {
			if division(title) == g["code"] {
				want++
				if i < 130 {
					before++
				}
			}
		}
		if g["count"].(float64) != float64(want) || g["before"].(float64) != float64(before) {
			t.Errorf("division %v: count %v before %v, want %d %d", g["code"], g["count"], g["before"], want, before)
		}
	}
	if g := groups[0].(map[string]any); g["name"] == "" || g["name"] == nil {
		t.Errorf("the division has no name: %v", g)
	}
	if g := groups[0].(map[string]any); g["before"].(float64) == 0 && division(titles[129]) == g["code"] {
		t.Errorf("the first division on the page is not said to be continued: %v", g)
	}
	if code, _ := doJSON(t, h, "GET", "/api/costcodes/divisions?code=01&status=nonsense", ""); code != 400 {
		t.Errorf("a status that does not exist: %d", code)
	}
}
