package jobcosts

import (
	"math"
	"sort"
	"strings"
	"time"

	"joblink/backend/engine"
)

// The Job costs page's answers (docs/api-jobcosts.md). Everything is read from the store —
// what the last Web Connector runs read from QuickBooks and what the last push read from
// Procore — so the page costs store reads, never a call to either system.

// HowCalculated says on the page how the figures are made.
const HowCalculated = "QuickBooks actual is the Act. Cost per item (cost code) of QuickBooks' own Job Estimates vs. Actuals " +
	"report for the job: bills, checks, credit-card charges and credits, item receipts, vendor credits and payroll on item " +
	"lines, with QuickBooks' rules for edits, voids and deletions. The retainage item is left out (the gross cost already " +
	"holds the retainage), and so are bills Joblink created from Procore subcontractor invoices (Procore already counts " +
	"them). Costs posted to the job without an item (Expenses tab, journal entries) are shown apart as costs without a cost " +
	"code: no budget line can hold them. With \"read-only, populated from QuickBooks\", each budget line's Direct Costs is " +
	"set to its cost code's QuickBooks actual; Procore accepts that only while the project's Direct Costs tool is off."

// ProjectRow is one linked project in the list.
type ProjectRow struct {
	ProjectID       string       `json:"projectId"`
	Name            string       `json:"name"`
	Number          string       `json:"number"`
	Job             JobRef       `json:"job"`
	Budget          *string      `json:"budget"`
	Committed       *string      `json:"committed"`
	Actual          *string      `json:"actual"`
	WithoutCostCode string       `json:"withoutCostCode"`
	PercentSpent    *float64     `json:"percentSpent"`
	OverBudget      bool         `json:"overBudget"`
	OverBudgetLines int          `json:"overBudgetLines"`
	LastRefresh     *time.Time   `json:"lastRefresh"`
	Procore         ProcoreState `json:"procore"`
	Unexplained     int          `json:"unexplained"`

	budget, actual int64 // for sorting
	hasBudget      bool
}

// JobRef names the QuickBooks job.
type JobRef struct {
	ListID   string `json:"listId"`
	FullName string `json:"fullName"`
}

// ProcoreState is where the project's figures stand in Procore.
type ProcoreState struct {
	State     string     `json:"state"` // up_to_date, pending, attention, not_written, never
	Message   string     `json:"message"`
	WrittenAt *time.Time `json:"writtenAt"`
}

// ListQuery selects, sorts and pages the list.
type ListQuery struct {
	Search string
	Sort   string // name, number, budget, committed, actual, percentSpent, overBudget, lastRefresh
	Desc   bool
	Offset int
	Limit  int
}

// SortKeys are the accepted ListQuery.Sort values.
var SortKeys = []string{"name", "number", "budget", "committed", "actual", "percentSpent", "overBudget", "lastRefresh"}

// List is GET /api/jobcosts.
type List struct {
	Settings      Settings     `json:"settings"`
	HowCalculated string       `json:"howCalculated"`
	LastRefresh   *time.Time   `json:"lastRefresh"`
	Totals        Totals       `json:"totals"`
	Total         int          `json:"total"`
	Offset        int          `json:"offset"`
	Limit         int          `json:"limit"`
	Projects      []ProjectRow `json:"projects"`
}

// Totals are over every linked project.
type Totals struct {
	Projects        int    `json:"projects"`
	Budget          string `json:"budget"`
	Committed       string `json:"committed"`
	Actual          string `json:"actual"`
	WithoutCostCode string `json:"withoutCostCode"`
	OverBudget      int    `json:"overBudget"`
}

// CostCodeLine is one cost code of a project.
type CostCodeLine struct {
	CostCodeID         *int64  `json:"costCodeId"`
	CostCode           string  `json:"costCode"`
	Name               string  `json:"name"`
	Item               string  `json:"item"`
	BudgetLineItemID   *int64  `json:"budgetLineItemId"`
	Budget             *string `json:"budget"`
	Committed          *string `json:"committed"`
	Actual             string  `json:"actual"`
	PreviousActual     *string `json:"previousActual"`
	Changed            bool    `json:"changed"`
	Difference         *string `json:"difference"`
	OverBudget         bool    `json:"overBudget"`
	ProcoreDirectCosts *string `json:"procoreDirectCosts"`
	Status             string  `json:"status"`
	Message            string  `json:"message"`
	Fix                string  `json:"fix"`

	actual, direct int64
	hasLine        bool
}

// WithoutCostCode are a job's costs without an item.
type WithoutCostCode struct {
	Total string         `json:"total"`
	Lines []CostLineView `json:"lines"`
}

// CostLineView is a CostLine with its amount written out.
type CostLineView struct {
	TxnID     string `json:"txnId"`
	TxnType   string `json:"txnType"`
	Date      string `json:"date"`
	RefNumber string `json:"refNumber"`
	Name      string `json:"name"`
	Account   string `json:"account"`
	Memo      string `json:"memo"`
	Amount    string `json:"amount"`
}

// ExcludedView is an excluded amount.
type ExcludedView struct {
	Item   string `json:"item"`
	Amount string `json:"amount"`
	Reason string `json:"reason"`
}

// Reconciliation puts QuickBooks' total beside what Procore shows, every difference explained.
type Reconciliation struct {
	QuickBooksTotal      string   `json:"quickbooksTotal"`
	ItemsTotal           string   `json:"itemsTotal"`
	WithoutCostCodeTotal string   `json:"withoutCostCodeTotal"`
	ExcludedTotal        string   `json:"excludedTotal"`
	ProcoreShows         string   `json:"procoreShows"`
	Difference           string   `json:"difference"`
	ExplainedTotal       string   `json:"explainedTotal"`
	Unexplained          string   `json:"unexplained"`
	Reasons              []Reason `json:"reasons"`
}

// Reason explains part of a difference.
type Reason struct {
	Reason   string `json:"reason"`
	Amount   string `json:"amount"`
	CostCode string `json:"costCode"`
	Message  string `json:"message"`
	Fix      string `json:"fix"`
}

// ProjectDetail is GET /api/jobcosts/{projectId}.
type ProjectDetail struct {
	Project         ProjectRow      `json:"project"`
	Lines           []CostCodeLine  `json:"lines"`
	WithoutCostCode WithoutCostCode `json:"withoutCostCode"`
	Excluded        []ExcludedView  `json:"excluded"`
	Reconciliation  Reconciliation  `json:"reconciliation"`
}

// Settings returns the company's job-cost settings.
func (s *Service) Settings() Settings { return s.settings() }

// List answers the list of linked projects.
func (s *Service) List(q ListQuery) (*List, error) {
	links, err := s.linked()
	if err != nil {
		return nil, err
	}
	st, err := loadState(s.d.Store)
	if err != nil {
		return nil, err
	}
	out := &List{Settings: s.settings(), HowCalculated: HowCalculated, Offset: q.Offset, Limit: q.Limit, Projects: []ProjectRow{}}
	if !st.LastRun.IsZero() {
		out.LastRefresh = tp(st.LastRun)
	}
	var tb, tc, ta, tn int64
	var rows []ProjectRow
	words := strings.Fields(strings.ToLower(q.Search))
	for _, l := range links {
		d, err := s.detail(l)
		if err != nil {
			return nil, err
		}
		row := d.Project
		tb, ta, tn = tb+row.budget, ta+row.actual, tn+mustCents(row.WithoutCostCode)
		if row.Committed != nil {
			tc += mustCents(*row.Committed)
		}
		if row.OverBudget {
			out.Totals.OverBudget++
		}
		hay := strings.ToLower(l.Name + " " + l.Number + " " + l.FullName)
		match := true
		for _, w := range words {
			match = match && strings.Contains(hay, w)
		}
		if match {
			rows = append(rows, row)
		}
	}
	out.Totals.Projects = len(links)
	out.Totals.Budget, out.Totals.Committed, out.Totals.Actual, out.Totals.WithoutCostCode = amount(tb), amount(tc), amount(ta), amount(tn)
	sortRows(rows, q.Sort, q.Desc)
	out.Total = len(rows)
	from := min(q.Offset, len(rows))
	to := min(from+q.Limit, len(rows))
	out.Projects = append(out.Projects, rows[from:to]...)
	return out, nil
}

func mustCents(s string) int64 { c, _ := cents(s); return c }

func sortRows(rows []ProjectRow, key string, desc bool) {
	less := func(a, b *ProjectRow) int {
		switch key {
		case "number":
			return strings.Compare(a.Number, b.Number)
		case "budget":
			return cmp64(a.budget, b.budget)
		case "committed":
			return cmp64(ptrCents(a.Committed), ptrCents(b.Committed))
		case "actual":
			return cmp64(a.actual, b.actual)
		case "percentSpent":
			return cmpF(a.PercentSpent, b.PercentSpent)
		case "overBudget":
			return cmpBool(a.OverBudget, b.OverBudget)
		case "lastRefresh":
			return cmpTime(a.LastRefresh, b.LastRefresh)
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	}
	sort.SliceStable(rows, func(i, j int) bool {
		c := less(&rows[i], &rows[j])
		if c == 0 {
			c = strings.Compare(rows[i].ProjectID, rows[j].ProjectID)
			return c < 0
		}
		if desc {
			return c > 0
		}
		return c < 0
	})
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func ptrCents(p *string) int64 {
	if p == nil {
		return math.MinInt64
	}
	return mustCents(*p)
}

func cmpF(a, b *float64) int {
	av, bv := -1.0, -1.0
	if a != nil {
		av = *a
	}
	if b != nil {
		bv = *b
	}
	switch {
	case av < bv:
		return -1
	case av > bv:
		return 1
	}
	return 0
}

func cmpBool(a, b bool) int {
	if a == b {
		return 0
	}
	if b {
		return -1
	}
	return 1
}

func cmpTime(a, b *time.Time) int {
	var at, bt time.Time
	if a != nil {
		at = *a
	}
	if b != nil {
		bt = *b
	}
	return at.Compare(bt)
}

// Project answers one project; ok is false when it is not linked to a job.
func (s *Service) Project(project string) (*ProjectDetail, bool, error) {
	l, ok := s.linkOfProject(project)
	if !ok {
		return nil, false, nil
	}
	d, err := s.detail(l)
	return d, err == nil, err
}

// ItemState is the engine's word for a project's job-cost item ("" when it has none).
func (s *Service) itemState(project string) *engine.Item {
	h := s.h()
	if h == nil {
		return nil
	}
	it, err := h.Get(engine.ItemID(Kind, project))
	if err != nil {
		return nil
	}
	return it
}
