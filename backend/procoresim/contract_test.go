package procoresim

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
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

var (
	indexRow    = regexp.MustCompile("(?m)^\\| ([0-9.–]+) \\| ((?:GET|POST|PATCH|PUT|DELETE)(?: / (?:GET|POST|PATCH|PUT|DELETE))*) \\| (.*?) \\|")
	indexPath   = regexp.MustCompile("`(/[^`?]+)[^`]*`")
	optional    = regexp.MustCompile(`\[([^\]]*)\]`)
	placeholder = regexp.MustCompile(`\{[a-z_]+\}`)
)

// referenceRoutes reads the endpoint index (§0.3): "GET /rest/v1.0/vendors" → section. A row
// with several methods ("GET / POST") or optional parts ("…/line_items[/sync]") stands for every
// combination, which over-approximates the reference: good enough to catch a route it lacks.
func referenceRoutes(t *testing.T, doc string) map[string]string {
	routes := map[string]string{}
	for _, m := range indexRow.FindAllStringSubmatch(doc, -1) {
		for _, p := range indexPath.FindAllStringSubmatch(m[3], -1) {
			for _, path := range expandOptional(p[1]) {
				for _, method := range strings.Split(m[2], " / ") {
					routes[method+" "+path] = m[1]
				}
			}
		}
	}
	if len(routes) < 30 {
		t.Fatalf("read only %d routes from the reference index: its format changed", len(routes))
	}
	return routes
}

// expandOptional returns path with each [optional] part left out and put in.
func expandOptional(path string) []string {
	loc := optional.FindStringSubmatchIndex(path)
	if loc == nil {
		return []string{path}
	}
	var out []string
	for _, rest := range expandOptional(path[loc[1]:]) {
		out = append(out, path[:loc[0]]+rest, path[:loc[0]]+path[loc[2]:loc[3]]+rest)
	}
	return out
}

// inSectionText lists routes the reference names only in a section's prose, not in the index:
// each must be mentioned there with its method and its last literal path segment.
var inSectionText = map[string]string{
	"GET /rest/v1.0/budget_views/{budget_view_id}/summary_rows":                             "8.2",
	"GET /rest/v1.0/budget_views/{budget_view_id}/budget_detail_columns":                    "8.2",
	"GET /rest/v1.0/commitments/{id}":                                                       "9.5",
	"POST /rest/v1.0/projects/{project_id}/commitment_change_orders":                        "9.6",
	"PATCH /rest/v1.0/projects/{project_id}/commitment_change_orders/{id}":                  "9.6",
	"DELETE /rest/v1.0/projects/{project_id}/commitment_change_orders/{id}":                 "9.6",
	"GET /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items":         "11.4",
	"POST /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items":        "11.4",
	"GET /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items/{id}":    "11.4",
	"PATCH /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items/{id}":  "11.4",
	"DELETE /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items/{id}": "11.4",
	"PATCH /rest/v1.0/work_order_contracts/{id}":                                            "9.4",
	"PATCH /rest/v1.0/purchase_order_contracts/{id}":                                        "9.4",
}

// mentioned reports whether section text names method and the route's last literal segment.
func mentioned(sectionText, route string) bool {
	method, path, _ := strings.Cut(route, " ")
	segments := strings.Split(path, "/")
	last := ""
	for _, segment := range segments {
		if !placeholder.MatchString(segment) && segment != "" {
			last = segment
		}
	}
	return strings.Contains(sectionText, method) && strings.Contains(sectionText, last)
}

// braceFields reads the top-level names of an inline object shape ("{id int64, name, vendor
// {id, name}, …keys}"): each comma-separated part at depth 0, its leading identifier.
func braceFields(shape string) []string {
	shape = strings.ReplaceAll(strings.TrimSpace(shape), `"`, "")
	shape = strings.TrimSuffix(strings.TrimPrefix(shape, "{"), "}")
	var names []string
	depth, start := 0, 0
	leading := regexp.MustCompile(`^\s*([a-z_][a-z0-9_]*)`)
	take := func(part string) {
		if m := leading.FindStringSubmatch(part); m != nil {
			names = append(names, m[1])
		}
	}
	for i, r := range shape {
		switch r {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
		case ',':
			if depth == 0 {
				take(shape[start:i])
				start = i + 1
			}
		}
	}
	take(shape[start:])
	return names
}

// shapeAfter returns the backticked {...} shape that follows marker in text.
func shapeAfter(t *testing.T, text, marker string) string {
	i := strings.Index(text, marker)
	if i < 0 {
		t.Fatalf("no %q in the reference text", marker)
	}
	rest := text[i+len(marker):]
	open := strings.Index(rest, "`{")
	end := strings.Index(rest[open+1:], "}`")
	if open < 0 || end < 0 {
		t.Fatalf("no `{…}` shape after %q", marker)
	}
	return rest[open+1 : open+1+end+1]
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
		"GET /rest/v1.0/budget_views/{budget_view_id}/summary_rows",
		"POST /rest/v1.0/work_order_contracts", "PATCH /rest/v1.0/work_order_contracts/{id}", "PATCH /rest/v1.0/work_order_contracts/sync",
		"POST /rest/v1.0/purchase_order_contracts", "PATCH /rest/v1.0/purchase_order_contracts/{id}", "PATCH /rest/v1.0/purchase_order_contracts/sync",
		"GET /rest/v1.0/commitments", "GET /rest/v1.0/commitments/{id}",
		"GET /rest/v1.0/projects/{project_id}/commitment_change_orders", "GET /rest/v1.0/projects/{project_id}/commitment_change_orders/{id}",
		"POST /rest/v1.0/projects/{project_id}/commitment_change_orders",
		"PATCH /rest/v1.0/projects/{project_id}/commitment_change_orders/{id}",
		"DELETE /rest/v1.0/projects/{project_id}/commitment_change_orders/{id}",
		"GET /rest/v1.0/contract_payments", "GET /rest/v1.0/contract_payments/{id}", "POST /rest/v1.0/contract_payments",
		"PATCH /rest/v1.0/contract_payments/{id}",
		"GET /rest/v1.1/projects/{project_id}/direct_costs", "GET /rest/v1.1/projects/{project_id}/direct_costs/{id}",
		"POST /rest/v1.1/projects/{project_id}/direct_costs", "PATCH /rest/v1.0/projects/{project_id}/direct_costs/sync",
		"GET /rest/v1.0/projects/{project_id}/direct_costs/line_items",
		"PATCH /rest/v1.0/projects/{project_id}/direct_costs/line_items/sync",
		"GET /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items",
		"POST /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items",
		"GET /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items/{id}",
		"PATCH /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items/{id}",
		"DELETE /rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items/{id}",
	}
	h := newHarness(t, Options{})
	token := h.adminToken()
	for _, route := range served {
		if _, ok := routes[route]; !ok {
			number, named := inSectionText[route]
			if !named {
				t.Errorf("the simulator claims %q, which the reference's endpoint index does not list", route)
			} else if !mentioned(section(t, doc, number), route) {
				t.Errorf("%q: §%s does not mention it", route, number)
			}
		}
		// And it really serves it: whatever the answer to a made-up id, it is not "no route".
		method, path, _ := strings.Cut(route, " ")
		path = placeholder.ReplaceAllString(path, "1")
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

	// Commitments and their change orders, budget summaries, direct costs and their lines.
	project9 := strconv.FormatInt(h.company.commitments.rows[0].ProjectID, 10)
	combined := first("/rest/v1.0/commitments?project_id=" + project9)
	checkFields(t, "commitment (combined)", combined, braceFields(shapeAfter(t, section(t, doc, "9.5"), "Paginated array of")))
	order := h.company.changeOrders.rows[0]
	changeOrder := first("/rest/v1.0/projects/" + strconv.FormatInt(order.ProjectID, 10) + "/commitment_change_orders")
	checkFields(t, "commitment change order", changeOrder, topLevelNames(lineAfter(t, section(t, doc, "9.6"), "  * 200 fields")))

	budgetProject := strconv.FormatInt(h.company.budgetLineItems.rows[0].ProjectID, 10)
	views := first("/rest/v1.0/budget_views?project_id=" + budgetProject)
	summary := first(fmt.Sprintf("/rest/v1.0/budget_views/%v/summary_rows?project_id=%s&group_by=cost_code", views["id"], budgetProject))
	checkFields(t, "budget summary row", summary, braceFields(shapeAfter(t, section(t, doc, "8.2"), "* Summary rows:")))

	cost := h.company.directCosts.rows[0]
	costProject := strconv.FormatInt(cost.ProjectID, 10)
	var wbs int64
	for _, code := range h.company.wbsCodes.rows {
		if code.ProjectID == cost.ProjectID {
			wbs = code.ID
		}
	}
	if wbs == 0 {
		project := h.company.projects.byID[cost.ProjectID]
		made, err := h.company.wbsCode(cost.ProjectID, h.company.projectCostCodes(project)[0].ID, h.company.lineItemTypes.rows[0].ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		wbs = made.ID
	}
	var open DirectCost
	for _, d := range h.company.directCosts.rows {
		if d.ProjectID == cost.ProjectID && (d.OriginID == nil || *d.OriginID == "") {
			open = *d
		}
	}
	if got := h.api("POST", "/rest/v1.0/projects/"+costProject+"/direct_costs/"+strconv.FormatInt(open.ID, 10)+"/line_items", token,
		map[string]any{"line_item": map[string]any{"wbs_code_id": wbs, "amount": 12.5}}); got.status != 201 {
		t.Fatalf("create a direct cost line: %d %s", got.status, truncate(got.body))
	}
	line := first("/rest/v1.0/projects/" + costProject + "/direct_costs/line_items")
	checkFields(t, "direct cost line item", line, braceFields(shapeAfter(t, section(t, doc, "11.4"), "paginated array of")))
	var shownCost map[string]any
	h.api("GET", "/rest/v1.1/projects/"+costProject+"/direct_costs/"+strconv.FormatInt(open.ID, 10), token, nil).json(t, &shownCost)
	checkFields(t, "direct cost show", shownCost, braceFields(shapeAfter(t, section(t, doc, "11.1"), "show shape:")))
}
