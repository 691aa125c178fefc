package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
)

// jobCostsStub records what the API asked of the service (the service's own answers are
// tested in package jobcosts, end to end).
type jobCostsStub struct {
	query     api.JobCostQuery
	refreshed []string
}

type notLinked string

func (n notLinked) Error() string            { return "not linked: " + string(n) }
func (n notLinked) NotLinkedProject() string { return string(n) }

func (s *jobCostsStub) List(q api.JobCostQuery) (any, error) {
	s.query = q
	return map[string]any{"offset": q.Offset, "limit": q.Limit, "projects": []any{}}, nil
}

func (s *jobCostsStub) Project(p string) (any, bool, error) {
	if p != "42" {
		return nil, false, nil
	}
	return map[string]any{"project": map[string]any{"projectId": "42"}}, true, nil
}

func (s *jobCostsStub) Refresh(ps []string) (any, error) {
	for _, p := range ps {
		if p != "42" {
			return nil, notLinked(p)
		}
	}
	s.refreshed = append([]string{}, ps...)
	return map[string]any{"state": "waiting"}, nil
}

func (s *jobCostsStub) Progress() any { return map[string]any{"state": "idle"} }

func TestJobCostRoutes(t *testing.T) {
	stub := &jobCostsStub{}
	h := api.New(api.Deps{JobCosts: stub, Log: zerolog.Nop()})
	call := func(method, path, body string) (int, map[string]any) {
		t.Helper()
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var out map[string]any
		_ = json.Unmarshal(rec.Body.Bytes(), &out)
		return rec.Code, out
	}
	if code, _ := call("GET", "/api/jobcosts?q=cedar&sort=percentSpent&dir=desc&offset=5&limit=900", ""); code != http.StatusOK {
		t.Fatalf("list: %d", code)
	}
	if q := stub.query; q.Search != "cedar" || q.Sort != "percentSpent" || !q.Desc || q.Offset != 5 || q.Limit != 500 {
		t.Errorf("list query = %+v, want the search, the sort, descending, offset 5 and the limit capped at 500", q)
	}
	if code, out := call("GET", "/api/jobcosts?sort=colour", ""); code != http.StatusBadRequest || !strings.Contains(errCode(out), "bad_sort") {
		t.Errorf("bad sort: %d %v", code, out)
	}
	if code, out := call("GET", "/api/jobcosts?dir=up", ""); code != http.StatusBadRequest || errCode(out) != "bad_dir" {
		t.Errorf("bad dir: %d %v", code, out)
	}
	if code, out := call("GET", "/api/jobcosts/42", ""); code != http.StatusOK || out["project"] == nil {
		t.Errorf("project: %d %v", code, out)
	}
	if code, out := call("GET", "/api/jobcosts/43", ""); code != http.StatusNotFound || errCode(out) != "unknown_project" {
		t.Errorf("unlinked project: %d %v", code, out)
	}
	if code, out := call("POST", "/api/jobcosts/refresh", `{"projectIds":["42"]}`); code != http.StatusAccepted || out["state"] != "waiting" {
		t.Errorf("refresh: %d %v", code, out)
	}
	if len(stub.refreshed) != 1 {
		t.Errorf("refreshed %v", stub.refreshed)
	}
	if code, out := call("POST", "/api/jobcosts/refresh", `{"projectIds":["7"]}`); code != http.StatusNotFound || errCode(out) != "unknown_project" {
		t.Errorf("refresh of an unlinked project: %d %v", code, out)
	}
	if code, out := call("POST", "/api/jobcosts/refresh", ""); code != http.StatusAccepted || stub.refreshed == nil || len(stub.refreshed) != 0 {
		t.Errorf("refresh all: %d %v %v", code, out, stub.refreshed)
	}
	if code, out := call("GET", "/api/jobcosts/refresh", ""); code != http.StatusOK || out["state"] != "idle" {
		t.Errorf("progress: %d %v", code, out)
	}
	none := api.New(api.Deps{Log: zerolog.Nop()})
	rec := httptest.NewRecorder()
	none.ServeHTTP(rec, httptest.NewRequest("GET", "/api/jobcosts", nil))
	if rec.Code != http.StatusConflict {
		t.Errorf("without a database: %d", rec.Code)
	}
}

func errCode(out map[string]any) string {
	e, _ := out["error"].(map[string]any)
	c, _ := e["code"].(string)
	return c
}
