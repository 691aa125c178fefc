package setup_test

import "testing"

// The job-cost settings (issue 14): defaults, changes kept, and words for a wrong value.
func TestJobCostPreferences(t *testing.T) {
	r := newRig(t, t.TempDir())
	p := obj(r.state(), "preferences")
	if p["jobCostDirectCostColumn"] != "read_only" || p["jobCostAddNewCostCodes"] != false || p["jobCostRefresh"] != "every_run" {
		t.Fatalf("defaults: %v", p)
	}
	for body, want := range map[string]string{
		`{"jobCostDirectCostColumn": "manual"}`: "bad_job_cost_column",
		`{"jobCostRefresh": "hourly"}`:          "bad_job_cost_refresh",
	} {
		var v map[string]any
		_ = jsonUnmarshal(body, &v)
		code, out := r.call("PUT", "/api/setup/preferences", v)
		if c, _, _ := errOf(out); code != 400 || c != want {
			t.Errorf("%s: %d %v", body, code, out)
		}
	}
	st := r.must("PUT", "/api/setup/preferences", map[string]any{"jobCostDirectCostColumn": "editable", "jobCostAddNewCostCodes": true,
		"jobCostRefresh": "on_demand"})
	if p := obj(st, "preferences"); p["jobCostDirectCostColumn"] != "editable" || p["jobCostAddNewCostCodes"] != true || p["jobCostRefresh"] != "on_demand" {
		t.Fatalf("saved: %v", p)
	}
	prefs, err := r.svc.Preferences()
	if err != nil || prefs.JobCostColumn != "editable" || !prefs.JobCostAddNew || prefs.JobCostRefresh != "on_demand" {
		t.Fatalf("Preferences() = %+v, %v", prefs, err)
	}
	st = r.must("PUT", "/api/setup/preferences", map[string]any{"pollMinutes": 30})
	if p := obj(st, "preferences"); p["jobCostDirectCostColumn"] != "editable" || p["jobCostRefresh"] != "on_demand" {
		t.Fatalf("a change of another preference changed the job-cost ones: %v", p)
	}
}
