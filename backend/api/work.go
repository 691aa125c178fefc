package api

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"joblink/backend/engine"
	"joblink/backend/httpjson"
	"joblink/backend/problem"
	"joblink/backend/setup/wire"
)

// workRoutes serve the sync engine: every kind's items, the bookkeeper's decisions, the
// approvals count, the activity log and the sync controls (docs/api-sync.md).
func (s *server) workRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/work/{kind}", s.workList)
	mux.HandleFunc("POST /api/work/{kind}/export", s.workDecide("export"))
	mux.HandleFunc("POST /api/work/{kind}/reject", s.workDecide("reject"))
	mux.HandleFunc("POST /api/work/{kind}/reopen", s.workDecide("reopen"))
	mux.HandleFunc("GET /api/work/{kind}/{id}/preview", s.workPreview)
	mux.HandleFunc("GET /api/approvals", s.approvals)
	mux.HandleFunc("GET /api/activity", s.activity)
	mux.HandleFunc("POST /api/sync/now", s.syncNow)
	mux.HandleFunc("PUT /api/sync/paused", s.syncPaused)
}

// workItem is an item as the pages show it.
type workItem struct {
	ID      string          `json:"id"`
	Kind    engine.Kind     `json:"kind"`
	Key     string          `json:"key"`
	Title   string          `json:"title"`
	Detail  string          `json:"detail"`
	State   engine.State    `json:"state"`
	Status  string          `json:"status"`
	QB      *qbLink         `json:"qb"`
	Failure *engine.Failure `json:"failure"`
	Notes   []string        `json:"notes"`
	Comment string          `json:"comment"`
	// WaitingFor says which records a queued item waits for ("Waiting for purchase order
	// SC-014 to reach QuickBooks."); empty otherwise.
	WaitingFor string    `json:"waitingFor"`
	UpdatedAt  time.Time `json:"updatedAt"`
}

type qbLink struct {
	ListID   string `json:"listID"`
	TxnID    string `json:"txnID,omitempty"`
	FullName string `json:"fullName"`
}

func toWorkItem(it *engine.Item) workItem {
	w := workItem{ID: it.ID, Kind: it.Kind, Key: it.Key, Title: it.Title, Detail: it.Detail, State: it.State,
		Status: it.Status(), Failure: it.Failure, Notes: it.Notes, Comment: it.Comment, UpdatedAt: it.UpdatedAt}
	if w.Notes == nil {
		w.Notes = []string{}
	}
	if it.Blocked != nil {
		w.WaitingFor = it.Blocked.Says
	}
	if it.QB != nil {
		w.QB = &qbLink{ListID: it.QB.ListID, TxnID: it.QB.TxnID, FullName: it.QB.FullName}
	}
	return w
}

// engineOr answers 409 when there is no engine (no database) and returns nil.
func (s *server) engineOr(w http.ResponseWriter) *engine.Engine {
	if s.Engine == nil {
		httpjson.Error(w, http.StatusConflict, "no_engine",
			"Syncing is not running, because Joblink's database is not open.",
			"See the database problem on the dashboard.")
	}
	return s.Engine
}

// kindOr answers 404 for a kind the engine does not have.
func (s *server) kindOr(w http.ResponseWriter, e *engine.Engine, r *http.Request) (engine.Kind, bool) {
	kind := engine.Kind(r.PathValue("kind"))
	if e.Flow(kind) == nil {
		httpjson.Error(w, http.StatusNotFound, "unknown_kind", "Joblink does not sync anything called \""+string(kind)+"\".",
			"Use one of the kinds the Approvals page lists.")
		return "", false
	}
	return kind, true
}

func (s *server) workList(w http.ResponseWriter, r *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	kind, ok := s.kindOr(w, e, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	query := engine.Query{Status: q.Get("status"), Search: q.Get("q"), After: q.Get("after")}
	for name, dst := range map[string]*int{"offset": &query.Offset, "limit": &query.Limit} {
		if v := q.Get(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				httpjson.Error(w, http.StatusBadRequest, "bad_"+name, name+" must be a whole number of 0 or more.", "Correct the address.")
				return
			}
			*dst = n
		}
	}
	page, err := e.List(kind, query)
	if err != nil {
		s.engineError(w, err, http.StatusBadRequest)
		return
	}
	items := make([]workItem, len(page.Items))
	for i, it := range page.Items {
		items[i] = toWorkItem(it)
	}
	httpjson.Write(w, http.StatusOK, map[string]any{
		"kind": page.Kind, "total": page.Total, "counts": page.Counts, "items": items, "run": page.Run,
	})
}

type decisionBody struct {
	IDs     []string `json:"ids"`
	All     bool     `json:"all"`
	Comment string   `json:"comment"`
}

// maxDecisionIDs bounds one decision; a page shows at most 1,000 items.
const maxDecisionIDs = 5000

func (s *server) workDecide(action string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		e := s.engineOr(w)
		if e == nil {
			return
		}
		kind, ok := s.kindOr(w, e, r)
		if !ok {
			return
		}
		var body decisionBody
		if !httpjson.Decode(w, r, &body) {
			return
		}
		switch {
		case body.All && len(body.IDs) > 0:
			httpjson.Error(w, http.StatusBadRequest, "ids_and_all", "Give either ids or all, not both.", "Send the ids of the chosen items, or all: true.")
			return
		case !body.All && len(body.IDs) == 0:
			httpjson.Error(w, http.StatusBadRequest, "nothing_chosen", "No items were chosen.", "Tick the items first.")
			return
		case len(body.IDs) > maxDecisionIDs:
			httpjson.Error(w, http.StatusBadRequest, "too_many", "Too many items in one request.", "Choose at most 5,000 items at a time, or use all.")
			return
		case action != "reject" && body.Comment != "":
			httpjson.Error(w, http.StatusBadRequest, "unexpected_comment", "A comment only goes with a rejection.", "Leave the comment out.")
			return
		case len(body.Comment) > 2000:
			httpjson.Error(w, http.StatusBadRequest, "comment_too_long", "The comment is longer than 2,000 characters.", "Shorten it.")
			return
		}
		sel := engine.Selection{IDs: body.IDs, All: body.All}
		var n int
		var err error
		switch action {
		case "export":
			n, err = e.Export(kind, sel, engine.ByBookkeeper)
		case "reject":
			n, err = e.Reject(kind, sel, body.Comment, engine.ByBookkeeper)
		default:
			n, err = e.Reopen(kind, sel, engine.ByBookkeeper)
		}
		if err != nil {
			s.engineError(w, err, http.StatusInternalServerError)
			return
		}
		key := map[string]string{"export": "queued", "reject": "rejected", "reopen": "reopened"}[action]
		httpjson.Write(w, http.StatusOK, map[string]int{key: n})
	}
}

// workPreview shows what QuickBooks will receive for one item (engine.Preview). {id} is the
// item's key or its whole id, path-escaped ("5001%2Fbudget").
func (s *server) workPreview(w http.ResponseWriter, r *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	kind, ok := s.kindOr(w, e, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	if !strings.HasPrefix(id, string(kind)+"/") {
		id = engine.ItemID(kind, id)
	}
	p, err := e.Preview(id)
	var none *engine.NoPreviewError
	if errors.As(err, &none) {
		httpjson.Error(w, http.StatusNotFound, "no_preview", "Joblink has no preview for "+string(kind)+" items.", "Open the item on its page instead.")
		return
	}
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, p)
}

func (s *server) approvals(w http.ResponseWriter, _ *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	total, kinds, err := e.Pending()
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"pending": total, "kinds": kinds})
}

func (s *server) activity(w http.ResponseWriter, r *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	limit := 100
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			httpjson.Error(w, http.StatusBadRequest, "bad_limit", "limit must be a whole number from 1 to 1,000.", "Correct the address.")
			return
		}
		limit = n
	}
	kind := engine.Kind(r.URL.Query().Get("kind"))
	if kind != "" && e.Flow(kind) == nil {
		httpjson.Error(w, http.StatusBadRequest, "unknown_kind", "Joblink does not sync anything called \""+string(kind)+"\".", "Leave kind out to see everything.")
		return
	}
	q := r.URL.Query()
	f := engine.ActivityFilter{Kind: kind, Limit: limit, Before: q.Get("before"), To: engine.State(q.Get("to")), Search: q.Get("q")}
	if len(f.Before) > 64 {
		httpjson.Error(w, http.StatusBadRequest, "bad_cursor", "That is not a place in the activity log.", "Reload the page.")
		return
	}
	if f.To != "" && !slices.Contains(activityOutcomes, f.To) {
		httpjson.Error(w, http.StatusBadRequest, "bad_outcome", "\""+string(f.To)+"\" is not an outcome in the activity log.",
			"Use one of synced, failed, queued, sent, waiting, rejected, or leave it out.")
		return
	}
	if len(f.Search) > 200 {
		httpjson.Error(w, http.StatusBadRequest, "bad_search", "The search is longer than 200 characters.", "Search for a shorter part of the name or message.")
		return
	}
	for _, d := range []struct {
		name string
		to   *time.Time
	}{{"since", &f.Since}, {"until", &f.Until}} {
		if v := q.Get(d.name); v != "" {
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				httpjson.Error(w, http.StatusBadRequest, "bad_date", d.name+" \""+v+"\" is not a date and time.", "Give it as 2026-11-23T00:00:00Z (RFC 3339).")
				return
			}
			*d.to = t
		}
	}
	res, err := e.ActivityFind(f)
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, res)
}

// activityOutcomes are the states an activity entry can be filtered by (the ?to= parameter).
var activityOutcomes = []engine.State{engine.Synced, engine.Failed, engine.Queued, engine.Sent, engine.Waiting, engine.Rejected}

func (s *server) syncNow(w http.ResponseWriter, r *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	if e.Paused() {
		httpjson.Error(w, http.StatusConflict, "paused", "Syncing is paused.", "Resume syncing first.")
		return
	}
	// ?project=<Procore project id> (repeatable) reads those projects at once, whatever their
	// schedule; ?projects=all every project linked to a QuickBooks job.
	switch q := r.URL.Query(); {
	case len(q["project"]) > 0:
		e.SyncProjects(q["project"]...)
	case q.Get("projects") == "all":
		e.SyncProjects()
	default:
		e.SyncNow()
	}
	httpjson.Write(w, http.StatusAccepted, map[string]bool{"started": true})
}

func (s *server) syncPaused(w http.ResponseWriter, r *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	var body struct {
		Paused *bool `json:"paused"`
	}
	if !httpjson.Decode(w, r, &body) {
		return
	}
	if body.Paused == nil {
		httpjson.Error(w, http.StatusBadRequest, "missing_paused", "Say whether syncing should be paused.", `Send {"paused": true} or {"paused": false}.`)
		return
	}
	if err := e.SetPaused(*body.Paused); err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, s.syncStatus())
}

// SyncInfo is the sync engine's state for the status and the dashboard.
type SyncInfo struct {
	Paused      bool        `json:"paused"`
	PollMinutes int         `json:"pollMinutes"`
	LastPollAt  *time.Time  `json:"lastPollAt"`
	NextPollAt  *time.Time  `json:"nextPollAt"`
	Polling     bool        `json:"polling"`
	Problem     *Problem    `json:"problem"`
	Procore     ProcoreLink `json:"procore"`
	// Calls is Procore's call budget: calls used in the last hour and what polling may spend
	// in one, and whether reading waits for it (null until a poll has run).
	Calls *engine.Calls `json:"calls"`
}

// ProcoreLink is whether Joblink is signed in to Procore, and to which company.
type ProcoreLink struct {
	Connected bool          `json:"connected"`
	Company   *wire.Company `json:"company"`
}

func (s *server) syncStatus() *SyncInfo {
	e := s.Engine
	if e == nil {
		return nil
	}
	ps := e.PollStatus()
	info := &SyncInfo{Paused: e.Paused(), PollMinutes: int(e.PollInterval() / time.Minute), LastPollAt: ps.LastPollAt,
		NextPollAt: ps.NextPollAt, Polling: ps.Polling, Calls: ps.Calls}
	if e.Paused() {
		info.NextPollAt = nil
	}
	if ps.Problem != nil {
		info.Problem = &Problem{Message: ps.Problem.Message, Fix: ps.Problem.Fix}
	}
	if s.Setup != nil {
		st := s.Setup.State()
		info.Procore = ProcoreLink{Connected: st.Procore.Connected && st.Procore.Company != nil, Company: st.Procore.Company}
	}
	return info
}

// engineError answers an engine error: words when it has them, 404 for unknown items.
func (s *server) engineError(w http.ResponseWriter, err error, status int) {
	var unknown *engine.UnknownItemError
	var p *problem.Problem
	switch {
	case errors.As(err, &unknown):
		httpjson.Error(w, http.StatusNotFound, "unknown_item", "There is no item "+unknown.ID+".", "The list may have changed: reload the page.")
	case errors.As(err, &p) && p.Class == problem.Refused: // the request, not Joblink, is at fault
		httpjson.Error(w, http.StatusConflict, "refused", strings.TrimSpace(p.Message+" "+p.Meaning), p.Fix)
	case errors.As(err, &p):
		s.Log.Error().Err(err).Msg("sync engine")
		httpjson.Error(w, http.StatusInternalServerError, "engine_failed", p.Message, p.Fix)
	case status == http.StatusBadRequest:
		httpjson.Error(w, status, "bad_query", err.Error()+".", "Correct the address.")
	default:
		s.Log.Error().Err(err).Msg("sync engine")
		httpjson.Error(w, status, "engine_failed", "Joblink could not do that: "+err.Error()+".", "Try again; if it keeps failing, send Joblink's log files to support.")
	}
}
