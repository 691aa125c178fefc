package api

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"joblink/backend/httpjson"
)

// JobCosts answers the Job costs page (docs/api-jobcosts.md). Its answers are served as they
// are (package jobcosts builds them in the contract's shape); the API only checks and pages.
// It is an interface of plain values so the API does not link the flow package (the kinds a
// binary registers are the flows it links).
type JobCosts interface {
	List(q JobCostQuery) (any, error)
	Project(project string) (detail any, linked bool, err error)
	// Refresh fails with an error having NotLinkedProject() for a project not linked to a job.
	Refresh(projects []string) (any, error)
	Progress() any
}

// JobCostQuery selects, sorts and pages GET /api/jobcosts.
type JobCostQuery struct {
	Search string
	Sort   string // one of JobCostSortKeys
	Desc   bool
	Offset int
	Limit  int
}

// JobCostSortKeys are the accepted sort values.
var JobCostSortKeys = []string{"name", "number", "budget", "committed", "actual", "percentSpent", "overBudget", "lastRefresh"}

// notLinkedError is the refusal of a refresh naming a project not linked to a job.
type notLinkedError interface{ NotLinkedProject() string }

// Page sizes of the list.
const (
	jobCostsDefaultLimit = 100
	jobCostsMaxLimit     = 500
)

func (s *server) jobCostRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/jobcosts", s.jobCostList)
	mux.HandleFunc("GET /api/jobcosts/refresh", s.jobCostProgress)
	mux.HandleFunc("POST /api/jobcosts/refresh", s.jobCostRefresh)
	mux.HandleFunc("GET /api/jobcosts/{project}", s.jobCostProject)
}

func (s *server) jobCostsOr(w http.ResponseWriter) JobCosts {
	if s.JobCosts == nil {
		httpjson.Error(w, http.StatusConflict, "no_engine",
			"Job costs are not available, because Joblink's database is not open.", "See the database problem on the dashboard.")
	}
	return s.JobCosts
}

func (s *server) jobCostList(w http.ResponseWriter, r *http.Request) {
	jc := s.jobCostsOr(w)
	if jc == nil {
		return
	}
	q := r.URL.Query()
	lq := JobCostQuery{Search: q.Get("q"), Sort: q.Get("sort"), Limit: jobCostsDefaultLimit}
	if lq.Sort == "" {
		lq.Sort = "name"
	}
	if !slices.Contains(JobCostSortKeys, lq.Sort) {
		httpjson.Error(w, http.StatusBadRequest, "bad_sort", "Joblink cannot sort projects by “"+lq.Sort+"”.",
			"Use one of: "+strings.Join(JobCostSortKeys, ", ")+".")
		return
	}
	switch q.Get("dir") {
	case "", "asc":
	case "desc":
		lq.Desc = true
	default:
		httpjson.Error(w, http.StatusBadRequest, "bad_dir", "dir must be asc or desc.", "Correct the address.")
		return
	}
	if !pageParam(w, q, "offset", &lq.Offset) || !pageParam(w, q, "limit", &lq.Limit) {
		return
	}
	if lq.Limit < 0 {
		lq.Limit = 0 // limit=0: totals only
	}
	lq.Limit = min(lq.Limit, jobCostsMaxLimit)
	list, err := jc.List(lq)
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, list)
}

func (s *server) jobCostProject(w http.ResponseWriter, r *http.Request) {
	jc := s.jobCostsOr(w)
	if jc == nil {
		return
	}
	project := r.PathValue("project")
	if _, err := strconv.ParseInt(project, 10, 64); err != nil {
		notLinked(w, project)
		return
	}
	d, ok, err := jc.Project(project)
	switch {
	case err != nil:
		s.engineError(w, err, http.StatusInternalServerError)
	case !ok:
		notLinked(w, project)
	default:
		httpjson.Write(w, http.StatusOK, d)
	}
}

func notLinked(w http.ResponseWriter, project string) {
	httpjson.Error(w, http.StatusNotFound, "unknown_project", "Procore project "+project+" is not linked to a QuickBooks job.",
		"Link it to its job on the Jobs page; its job costs are read at the next Web Connector run.")
}

func (s *server) jobCostProgress(w http.ResponseWriter, r *http.Request) {
	jc := s.jobCostsOr(w)
	if jc == nil {
		return
	}
	httpjson.Write(w, http.StatusOK, jc.Progress())
}

func (s *server) jobCostRefresh(w http.ResponseWriter, r *http.Request) {
	jc := s.jobCostsOr(w)
	if jc == nil {
		return
	}
	var body struct {
		ProjectIDs []string `json:"projectIds"`
	}
	if r.ContentLength != 0 && !httpjson.Decode(w, r, &body) {
		return
	}
	p, err := jc.Refresh(body.ProjectIDs)
	var nl notLinkedError
	switch {
	case errors.As(err, &nl):
		notLinked(w, nl.NotLinkedProject())
	case err != nil:
		s.engineError(w, err, http.StatusInternalServerError)
	default:
		httpjson.Write(w, http.StatusAccepted, p)
	}
}
