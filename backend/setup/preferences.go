package setup

import (
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"joblink/backend/procore"
	"joblink/backend/setup/wire"
)

// Poll interval bounds, in minutes.
const (
	DefaultPollMinutes = 15
	minPollMinutes     = 1
	maxPollMinutes     = 1440
)

// Bounds of the share of Procore's hourly request limit regular reading may use, in percent.
// Below 10 % a large company's changes could take hours to reach Joblink; above 90 % too little
// is left for what the bookkeeper does by hand (linking, creating records) and for writing
// links back, and once the limit is spent Procore refuses every request until the hour is over.
const (
	DefaultCallSharePercent = int(procore.DefaultCallShare * 100)
	minCallSharePercent     = 10
	maxCallSharePercent     = 90
)

// Preferences are the sync preferences chosen in the wizard.
type Preferences struct {
	DirectExport map[string]bool // kind → skip the approval queue; every kind offering it is present
	PollInterval time.Duration   // how often Procore is polled
	// CallShare is the share of Procore's hourly request limit regular reading may use (0.1–0.9).
	CallShare float64
	// Job costs: JobCostColumn is JobCostReadOnly or JobCostEditable, JobCostRefresh is
	// JobCostEveryRun or JobCostOnDemand (package jobcosts' settings).
	JobCostColumn  string
	JobCostAddNew  bool
	JobCostRefresh string
}

// The job-cost settings' values (the same words as package jobcosts and docs/api-jobcosts.md).
const (
	JobCostReadOnly = "read_only" // Budget direct-cost column: read-only, populated from QuickBooks (default)
	JobCostEditable = "editable"  // editable in Procore, not populated
	JobCostEveryRun = "every_run" // Refresh job costs: every Web Connector run, changed jobs only (default)
	JobCostOnDemand = "on_demand" // only when asked on the Job costs page
)

func jobCostColumn(p preferencesState) string {
	if p.JobCostColumn == JobCostEditable {
		return JobCostEditable
	}
	return JobCostReadOnly
}

func jobCostRefresh(p preferencesState) string {
	if p.JobCostRefresh == JobCostOnDemand {
		return JobCostOnDemand
	}
	return JobCostEveryRun
}

// Preferences returns the sync preferences, with defaults for what was never set.
func (s *Service) Preferences() (Preferences, error) {
	sv, _, _ := s.snapshot()
	return Preferences{DirectExport: s.directExport(sv.preferences), PollInterval: time.Duration(pollMinutes(sv.preferences)) * time.Minute,
		CallShare: callShare(sv.preferences), JobCostColumn: jobCostColumn(sv.preferences), JobCostAddNew: sv.preferences.JobCostAddNew,
		JobCostRefresh: jobCostRefresh(sv.preferences)}, nil
}

// directKinds are the kinds a "direct export" preference exists for: the registered kinds
// that offer it (Options.Kinds), in export order.
func (s *Service) directKinds() []string {
	var out []string
	for _, k := range s.opts.Kinds {
		if k.DirectExport != "" {
			out = append(out, string(k.Name))
		}
	}
	return out
}

// directExport is the saved choice for every kind offering it. A choice kept for a kind that is
// not registered (a kind this Joblink does not build) is ignored.
func (s *Service) directExport(p preferencesState) map[string]bool {
	offered := s.directKinds()
	out := make(map[string]bool, len(offered))
	for _, k := range offered {
		out[k] = p.DirectExport[k]
	}
	return out
}

func pollMinutes(p preferencesState) int {
	if p.PollMinutes == 0 {
		return DefaultPollMinutes
	}
	return p.PollMinutes
}

func callSharePercent(p preferencesState) int {
	if p.CallSharePercent == 0 {
		return DefaultCallSharePercent
	}
	return p.CallSharePercent
}

// callShare is the saved share as the Procore client's call meter takes it.
func callShare(p preferencesState) float64 { return float64(callSharePercent(p)) / 100 }

// autostartView is "start at login" as the preferences step shows it.
func (s *Service) autostartView() wire.Autostart {
	if s.opts.Autostart == nil {
		return wire.Autostart{Reason: "Starting at login is not available in this mode."}
	}
	var a wire.Autostart
	a.Available, a.Reason = s.opts.Autostart.Available()
	if a.Available {
		a.Enabled = s.opts.Autostart.Enabled()
	}
	return a
}

// SetPreferences changes the preferences; a field left out stays as it is. Everything is
// checked before anything changes.
func (s *Service) SetPreferences(req wire.PreferencesRequest) (wire.State, error) {
	known := s.directKinds()
	for _, k := range slices.Sorted(maps.Keys(req.DirectExport)) {
		if !slices.Contains(known, k) {
			fix := "Use one of: " + strings.Join(known, ", ") + "."
			if len(known) == 0 {
				fix = "Leave directExport out: no kind can skip approval in this Joblink."
			}
			return wire.State{}, refuse(http.StatusBadRequest, "unknown_kind",
				"“"+k+"” is not a kind of record this Joblink exports, so it cannot be sent without approval.", fix)
		}
	}
	if m := req.PollMinutes; m != nil && (*m < minPollMinutes || *m > maxPollMinutes) {
		return wire.State{}, refuse(http.StatusBadRequest, "bad_poll_minutes",
			"Joblink can check Procore every 1 to 1440 minutes (once a day).", "Give pollMinutes between 1 and 1440; 15 is a good start.")
	}
	if p := req.CallSharePercent; p != nil && (*p < minCallSharePercent || *p > maxCallSharePercent) {
		return wire.State{}, refuse(http.StatusBadRequest, "bad_call_share",
			"Joblink may use from 10 % to 90 % of Procore's hourly request limit for regular reading. "+
				"Less would leave changes waiting for hours; more would leave too little for what you do yourself, such as linking and creating records.",
			"Give callSharePercent between 10 and 90; 50 suits most companies.")
	}
	if c := req.JobCostDirectCostColumn; c != nil && *c != JobCostReadOnly && *c != JobCostEditable {
		return wire.State{}, refuse(http.StatusBadRequest, "bad_job_cost_column",
			"The budget's direct-cost column is either populated from QuickBooks (read_only) or left editable in Procore (editable).",
			"Give jobCostDirectCostColumn as read_only or editable.")
	}
	if r := req.JobCostRefresh; r != nil && *r != JobCostEveryRun && *r != JobCostOnDemand {
		return wire.State{}, refuse(http.StatusBadRequest, "bad_job_cost_refresh",
			"Job costs are read from QuickBooks at every Web Connector run (every_run, changed jobs only) or only when you ask (on_demand).",
			"Give jobCostRefresh as every_run or on_demand.")
	}
	s.ops.Lock()
	defer s.ops.Unlock()
	if want := req.Autostart; want != nil {
		a := s.autostartView()
		switch {
		case !a.Available && *want:
			return wire.State{}, refuse(http.StatusConflict, "autostart_unavailable", a.Reason, "")
		case a.Available && a.Enabled != *want:
			if err := s.opts.Autostart.SetEnabled(*want); err != nil {
				s.log.Error().Err(err).Bool("enabled", *want).Msg("change start at login")
				return wire.State{}, &wire.Error{Status: http.StatusInternalServerError, Code: "autostart_failed",
					Message: "Joblink could not change whether it starts at login: " + err.Error() + ".",
					Fix:     "Check that your Windows Startup folder exists and that you may write to it, then try again.", Err: err}
			}
		}
	}
	if err := update(s, keyPreferences, preferencesField, func(p *preferencesState) error {
		de := maps.Clone(p.DirectExport) // the saved copy shares the map
		if de == nil {
			de = map[string]bool{}
		}
		maps.Copy(de, req.DirectExport)
		p.DirectExport = de
		if req.PollMinutes != nil {
			p.PollMinutes = *req.PollMinutes
		}
		if req.CallSharePercent != nil {
			p.CallSharePercent = *req.CallSharePercent
		}
		if req.JobCostDirectCostColumn != nil {
			p.JobCostColumn = *req.JobCostDirectCostColumn
		}
		if req.JobCostAddNewCostCodes != nil {
			p.JobCostAddNew = *req.JobCostAddNewCostCodes
		}
		if req.JobCostRefresh != nil {
			p.JobCostRefresh = *req.JobCostRefresh
		}
		p.SavedAt = s.now().UTC()
		return nil
	}); err != nil {
		return wire.State{}, err
	}
	if req.CallSharePercent != nil {
		// At once: the client's meter (shared by every company copy) decides the next read.
		if _, conn, _ := s.snapshot(); conn != nil {
			conn.client.Calls().SetShare(float64(*req.CallSharePercent) / 100)
		}
	}
	s.log.Info().Msg("sync preferences saved")
	s.notify()
	return s.State(), nil
}
