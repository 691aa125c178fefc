package procoresim

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The contract tests hold the simulator to the endpoint reference
// (../shared/reference/procore-endpoints.md): the routes it serves must be the reference's, and
// the records it returns must carry every field the reference lists for them. The reference is
// read as it is, so a correction there shows up here.

func referenceText(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		path := filepath.Join(dir, "shared", "reference", "procore-endpoints.md")
		if b, err := os.ReadFile(path); err == nil {
			return string(b)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			if os.Getenv("CI") != "" {
				t.Fatal("procore-endpoints.md not found in ../shared/reference (required in CI)")
			}
			t.Skip("procore-endpoints.md not found in ../shared/reference")
		}
		dir = parent
	}
}

var indexRow = regexp.MustCompile("(?m)^\\| ([0-9.]+) \\| (GET|POST|PATCH|PUT|DELETE) \\| `([^`?]+)[^`]*` \\|")

// referenceRoutes reads the endpoint index (§0.3): "GET /rest/v1.0/vendors" → section.
func referenceRoutes(t *testing.T, doc string) map[string]string {
	routes := map[string]string{}
	for _, m := range indexRow.FindAllStringSubmatch(doc, -1) {
		routes[m[2]+" "+m[3]] = m[1]
	}
	if len(routes) < 30 {
		t.Fatalf("read only %d routes from the reference index: its format changed", len(routes))
	}
	return routes
}

// section returns the text of one "### N.N" section.
func section(t *testing.T, doc, number string) string {
	start := strings.Index(doc, "\n### "+number+" ")
	if start < 0 {
		t.Fatalf("the reference has no section %s", number)
	}
	rest := doc[start+1:]
	if end := strings.Index(rest[4:], "\n### "); end >= 0 {
		rest = rest[:end+4]
	}
	return rest
}

var (
	backticked = regexp.MustCompile("`([a-z_][a-z0-9_]*)`")
	quotedKey  = regexp.MustCompile(`"([a-z_][a-z0-9_]*)":`)
)

// topLevelNames extracts field names from an inline list ("`id` int64, `name`, `company` {`id`,
// `name`}"), leaving out what stands inside braces, brackets and parentheses (nested fields).
func topLevelNames(list string) []string {
	var flat strings.Builder
	depth := 0
	for _, r := range list {
		switch r {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
		default:
			if depth == 0 {
				flat.WriteRune(r)
			}
		}
	}
	var names []string
	for _, m := range backticked.FindAllStringSubmatch(flat.String(), -1) {
		names = append(names, m[1])
	}
	return names
}

// lineAfter returns the text of the first bullet line in sec that starts with prefix.
func lineAfter(t *testing.T, sec, prefix string) string {
	for _, line := range strings.Split(sec, "\n") {
		if strings.HasPrefix(line, prefix) {
			if i := strings.Index(line, ":"); i >= 0 {
				return line[i+1:]
			}
		}
	}
	t.Fatalf("no line starting with %q in:\n%.300s", prefix, sec)
	return ""
}

// tableNames reads the first column of the table that follows heading.
func tableNames(t *testing.T, doc, heading string) []string {
	i := strings.Index(doc, heading)
	if i < 0 {
		t.Fatalf("the reference has no %q", heading)
	}
	var names []string
	for _, line := range strings.Split(doc[i:], "\n")[1:] {
		if strings.TrimSpace(line) == "" && len(names) > 0 {
			break
		}
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		first := strings.SplitN(line[1:], "|", 2)[0]
		for _, m := range backticked.FindAllStringSubmatch(first, -1) {
			names = append(names, m[1])
		}
	}
	return names
}

// simulated lists, per record shape, the reference fields the simulator does not serve yet,
// each with the reason. Everything else the reference lists must be present (null is fine).
var simulated = map[string]map[string]string{
	"project list": {},
	"project show": {},
	"vendor":       {},
	"cost code":    {},
}

func checkFields(t *testing.T, shape string, record map[string]any, want []string) {
	t.Helper()
	if len(want) < 5 {
		t.Fatalf("%s: read only %v from the reference", shape, want)
	}
	var missing []string
	for _, name := range want {
		if _, ok := record[name]; ok {
			continue
		}
		if _, known := simulated[shape][name]; known {
			continue
		}
		missing = append(missing, name)
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%s: the simulator lacks reference fields %v", shape, missing)
	}
}

func TestRoutesAreTheReferences(t *testing.T) {
	doc := referenceText(t)
	routes := referenceRoutes(t, doc)
	served := []string{
		"GET /oauth/authorize", "POST /oauth/token", "GET /oauth/token/info", "POST /oauth/revoke",
		"GET /rest/v1.0/me", "GET /rest/v1.0/companies",
		"GET /rest/v1.0/projects", "GET /rest/v1.0/projects/{id}", "POST /rest/v1.0/projects",
		"PATCH /rest/v1.0/projects/{id}", "PATCH /rest/v1.0/projects/sync",
		"GET /rest/v1.0/standard_cost_code_lists", "GET /rest/v1.0/standard_cost_codes",
		"PATCH /rest/v1.0/standard_cost_codes/sync", "GET /rest/v1.0/line_item_types",
		"PATCH /rest/v1.0/line_item_types/sync",
		"GET /rest/v1.0/vendors", "GET /rest/v1.0/vendors/{id}", "POST /rest/v1.0/vendors",
		"PATCH /rest/v1.0/vendors/{id}", "PATCH /rest/v1.0/vendors/sync",
	}
	h := newHarness(t, Options{})
	token := h.adminToken()
	for _, route := range served {
		if _, ok := routes[route]; !ok {
			t.Errorf("the simulator claims %q, which the reference's endpoint index does not list", route)
		}
		// And it really serves it: whatever the answer to a made-up id, it is not "no route".
		method, path, _ := strings.Cut(route, " ")
		path = strings.ReplaceAll(path, "{id}", "1")
		resp := h.api(method, path+"?company_id="+fmt.Sprint(testCompanyID), token, nil)
		if strings.Contains(string(resp.body), "No route matches") || resp.status == 405 {
			t.Errorf("%s: the simulator does not serve it (%d %s)", route, resp.status, truncate(resp.body))
		}
	}
}

func TestRecordsCarryTheReferenceFields(t *testing.T) {
	doc := referenceText(t)
	h := newHarness(t, Options{})
	token := h.adminToken()
	first := func(path string) map[string]any {
		t.Helper()
		var list []map[string]any
		resp := h.api("GET", path, token, nil)
		if resp.status != 200 {
			t.Fatalf("GET %s: %d %s", path, resp.status, truncate(resp.body))
		}
		resp.json(t, &list)
		if len(list) == 0 {
			t.Fatalf("GET %s: empty", path)
		}
		return list[0]
	}
	company := fmt.Sprint(testCompanyID)

	project := first("/rest/v1.0/projects?company_id=" + company)
	checkFields(t, "project list", project, topLevelNames(lineAfter(t, section(t, doc, "5.1"), "* List item fields")))

	var shown map[string]any
	resp := h.api("GET", fmt.Sprintf("/rest/v1.0/projects/%v?company_id=%s", project["id"], company), token, nil)
	resp.json(t, &shown)
	checkFields(t, "project show", shown, topLevelNames(lineAfter(t, section(t, doc, "5.2"), "* 200: Project")))

	vendor := first("/rest/v1.0/vendors?company_id=" + company)
	checkFields(t, "vendor", vendor, tableNames(t, doc, "Vendor — **Extended view** fields"))

	lists := first("/rest/v1.0/standard_cost_code_lists?company_id=" + company)
	code := first(fmt.Sprintf("/rest/v1.0/standard_cost_codes?company_id=%s&standard_cost_code_list_id=%v&view=extended", company, lists["id"]))
	var codeFields []string
	for _, m := range quotedKey.FindAllStringSubmatch(lineAfter(t, section(t, doc, "6.2"), "* 200 paginated array of StandardCostCode"), -1) {
		codeFields = append(codeFields, m[1])
	}
	checkFields(t, "cost code", code, codeFields)
}
