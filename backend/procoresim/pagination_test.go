package procoresim

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// parseLink turns a Link header into rel → page number.
func parseLink(t *testing.T, header string) map[string]int {
	t.Helper()
	rels := map[string]int{}
	if header == "" {
		return rels
	}
	for _, part := range strings.Split(header, ", ") {
		target, rel, ok := strings.Cut(part, "; rel=")
		if !ok {
			t.Fatalf("malformed Link part %q", part)
		}
		parsed, err := url.Parse(strings.Trim(target, "<>"))
		if err != nil {
			t.Fatalf("Link URL %q: %v", target, err)
		}
		page, _ := strconv.Atoi(parsed.Query().Get("page"))
		rels[strings.Trim(rel, `"`)] = page
	}
	return rels
}

func TestPaginationHeadersByPagePosition(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	base := "/rest/v1.0/vendors?company_id=" + strconv.FormatInt(testCompanyID, 10) + "&view=compact&per_page=700"
	cases := []struct {
		page int
		want map[string]int
		rows int
	}{
		{1, map[string]int{"next": 2, "last": 5}, 700},
		{2, map[string]int{"first": 1, "next": 3, "last": 5}, 700},
		{3, map[string]int{"first": 1, "prev": 2, "next": 4, "last": 5}, 700},
		{5, map[string]int{"first": 1, "prev": 4}, 200},
		{9, map[string]int{"first": 1, "prev": 5}, 0},
	}
	for _, c := range cases {
		got := h.api("GET", base+"&page="+strconv.Itoa(c.page), token, nil)
		if got.header.Get("Total") != "3000" || got.header.Get("Per-Page") != "700" {
			t.Errorf("page %d: Total %q Per-Page %q", c.page, got.header.Get("Total"), got.header.Get("Per-Page"))
		}
		rels := parseLink(t, got.header.Get("Link"))
		if len(rels) != len(c.want) {
			t.Errorf("page %d: rels %v, want %v", c.page, rels, c.want)
		}
		for rel, page := range c.want {
			if rels[rel] != page {
				t.Errorf("page %d: rel %s → %d, want %d", c.page, rel, rels[rel], page)
			}
		}
		var rows []map[string]any
		got.json(t, &rows)
		if len(rows) != c.rows {
			t.Errorf("page %d: %d rows, want %d", c.page, len(rows), c.rows)
		}
	}
	// Links keep the filters and are absolute.
	got := h.api("GET", base+"&page=2", token, nil)
	if !strings.Contains(got.header.Get("Link"), "<"+h.http.URL+"/rest/v1.0/vendors?") || !strings.Contains(got.header.Get("Link"), "view=compact") {
		t.Errorf("Link %q", got.header.Get("Link"))
	}
}

func TestPerPageIsClampedToTheEndpointMaximum(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	company := strconv.FormatInt(testCompanyID, 10)
	got := h.api("GET", "/rest/v1.1/projects?company_id="+company+"&per_page=1000&filters[by_status]=All", token, nil)
	if got.header.Get("Per-Page") != "300" || got.header.Get("Total") != "300" {
		t.Errorf("v1.1 projects: Per-Page %q Total %q", got.header.Get("Per-Page"), got.header.Get("Total"))
	}
	got = h.api("GET", "/rest/v1.0/projects?company_id="+company+"&filters[by_status]=All", token, nil)
	if got.header.Get("Per-Page") != strconv.Itoa(DefaultPerPage) {
		t.Errorf("default per page %q", got.header.Get("Per-Page"))
	}
	got = h.api("GET", "/rest/v1.0/vendors?company_id="+company+"&per_page=50000&view=compact", token, nil)
	if got.header.Get("Per-Page") != strconv.Itoa(DefaultMaxPerPage) || got.header.Get("Link") != "" {
		t.Errorf("clamped vendors: Per-Page %q Link %q", got.header.Get("Per-Page"), got.header.Get("Link"))
	}
}

func TestUpdatedAtFilterSelectsAnInclusiveRange(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	from, to := "2024-01-01T00:00:00Z", "2024-03-31T23:59:59Z"
	want := 0
	low, _ := time.Parse(time.RFC3339, from)
	high, _ := time.Parse(time.RFC3339, to)
	for _, v := range h.company.vendors.rows {
		at, _ := time.Parse(time.RFC3339, v.UpdatedAt)
		if !at.Before(low) && !at.After(high) {
			want++
		}
	}
	if want == 0 || want == 3000 {
		t.Fatalf("fixture gives a useless range: %d vendors", want)
	}
	query := url.Values{"company_id": {strconv.FormatInt(testCompanyID, 10)}, "filters[updated_at]": {from + "..." + to}, "per_page": {"3000"}}
	got := h.api("GET", "/rest/v1.0/vendors?"+query.Encode(), token, nil)
	var rows []struct {
		UpdatedAt string `json:"updated_at"`
	}
	got.json(t, &rows)
	if len(rows) != want || got.header.Get("Total") != strconv.Itoa(want) {
		t.Errorf("filtered %d rows (Total %s), want %d", len(rows), got.header.Get("Total"), want)
	}
	// Date-only bounds cover whole days.
	query.Set("filters[updated_at]", "2024-01-01...2024-03-31")
	var byDate []map[string]any
	h.api("GET", "/rest/v1.0/vendors?"+query.Encode(), token, nil).json(t, &byDate)
	if len(byDate) != want {
		t.Errorf("date range gives %d, want %d", len(byDate), want)
	}
	query.Set("filters[updated_at]", "yesterday")
	if got := h.api("GET", "/rest/v1.0/vendors?"+query.Encode(), token, nil); got.status != http.StatusBadRequest {
		t.Errorf("malformed range: %d", got.status)
	}
}

func TestOriginIDAndStatusFilters(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var target *Project
	active, all := 0, len(h.company.projects.rows)
	for _, p := range h.company.projects.rows {
		if p.Active {
			active++
		}
		if target == nil && p.OriginID != nil {
			target = p
		}
	}
	company := "company_id=" + strconv.FormatInt(testCompanyID, 10) + "&per_page=300"
	for filter, want := range map[string]int{"": active, "&filters[by_status]=All": all, "&filters[by_status]=Inactive": all - active} {
		got := h.api("GET", "/rest/v1.0/projects?"+company+filter, token, nil)
		if got.header.Get("Total") != strconv.Itoa(want) {
			t.Errorf("projects%s: Total %s, want %d", filter, got.header.Get("Total"), want)
		}
	}
	var rows []map[string]any
	h.api("GET", "/rest/v1.0/projects?"+company+"&filters[by_status]=All&filters[origin_id]="+url.QueryEscape(*target.OriginID), token, nil).json(t, &rows)
	if len(rows) != 1 || rows[0]["origin_id"] != *target.OriginID {
		t.Errorf("origin filter: %v", rows)
	}
	if got := h.api("GET", "/rest/v1.0/projects?company_id="+strconv.FormatInt(testCompanyID, 10)+"&filters[id][]=1", token, nil); got.status != http.StatusOK || string(got.body) != "[]\n" {
		t.Errorf("id filter miss: %d %s", got.status, got.body)
	}
}
