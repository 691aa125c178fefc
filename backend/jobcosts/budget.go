package jobcosts

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"joblink/backend/costcodes"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
)

// A project's budget as Joblink reads it before writing: every budget line with its figures
// and the QuickBooks item its cost code is linked to.

// budgetLine is one budget line item read from a detail row.
type budgetLine struct {
	ID         int64
	CostCodeID int64
	CategoryID int64
	Code, Name string
	Item       string // the linked QuickBooks item's FullName; "" when none
	Budget     int64
	Committed  int64
	Direct     int64
	HasDirect  bool
}

// readBudget reads a project's budget lines through its first budget view (a view named
// "Standard" when there is one). Calls: the views, then the detail rows' pages.
func (s *Service) readBudget(ctx context.Context, c *procore.Client, project int64, wanted map[string]bool) ([]budgetLine, error) {
	views, err := collect(ctx, c.ListBudgetViews(project))
	if err != nil {
		return nil, err
	}
	if len(views) == 0 {
		return nil, nil
	}
	view := views[0]
	for _, v := range views {
		if strings.Contains(strings.ToLower(v.Name), "standard") {
			view = v
			break
		}
	}
	rows, err := collect(ctx, c.ListBudgetDetailRows(project, view.ID, procore.BudgetDetailRowsOptions{}))
	if err != nil {
		return nil, err
	}
	lines := make([]budgetLine, 0, len(rows))
	for _, r := range rows {
		if r.ID == 0 {
			continue // an unbudgeted row: no line to write to
		}
		l := budgetLine{ID: r.ID, CostCodeID: r.CostCodeID, CategoryID: r.CategoryID}
		l.Code, l.Name = splitCostCode(r.CostCode)
		l.Budget = amountOf(r, procore.ColumnRevisedBudget, string(r.OriginalBudgetAmount))
		l.Committed = amountOf(r, procore.ColumnCommittedCosts, "")
		if d, ok, err := r.Amount(procore.ColumnDirectCosts); err == nil && ok {
			l.Direct, _ = cents(string(d))
			l.HasDirect = true
		}
		l.Item = s.itemOfLine(r, l.Code, wanted)
		lines = append(lines, l)
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].ID < lines[j].ID })
	return lines, nil
}

func collect[T any](ctx context.Context, p *procore.Pager[T]) ([]T, error) {
	var out []T
	for v, err := range p.All(ctx) {
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func amountOf(r procore.BudgetDetailRow, column, fallback string) int64 {
	if d, ok, err := r.Amount(column); err == nil && ok && d.IsSet() {
		c, _ := cents(string(d))
		return c
	}
	c, _ := cents(fallback)
	return c
}

// splitCostCode splits "01-010 - Project Manager" into code and name.
func splitCostCode(s string) (code, name string) {
	if i := strings.Index(s, " - "); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+3:])
	}
	return strings.TrimSpace(s), ""
}

// itemOfLine finds the QuickBooks item of a budget line's cost code: its link (the cost code
// item Joblink exported or linked), else the item whose ListID Procore keeps as the code's
// origin_id, else a wanted item named by the code itself (Joblink names items by code).
func (s *Service) itemOfLine(r procore.BudgetDetailRow, code string, wanted map[string]bool) string {
	if h := s.h(); h != nil {
		if ref, _ := h.LinkOf(costcodes.Kind, strconv.FormatInt(r.CostCodeID, 10)); ref != nil && ref.FullName != "" {
			return ref.FullName
		}
	}
	if r.CostCodeOriginID != nil && *r.CostCodeOriginID != "" && s.d.Mirror != nil {
		if rec, err := s.d.Mirror.Get(qbmirror.Items, *r.CostCodeOriginID); err == nil && rec.FullName != "" {
			return rec.FullName
		}
	}
	for item := range wanted {
		if strings.EqualFold(leaf(item), code) {
			return item
		}
	}
	return ""
}

// costCodeIndex finds the Procore standard cost code linked to a QuickBooks item, for a budget
// line to be added. It reads the cost-code links once per push (only when a line is missing).
type costCodeIndex struct {
	s     *Service
	byRef map[string]int64 // lower-cased item FullName → cost code id
}

func (x *costCodeIndex) find(item string) (int64, bool) {
	if x.byRef == nil {
		x.byRef = map[string]int64{}
		if h := x.s.h(); h != nil {
			items, _ := h.Items(costcodes.Kind)
			for _, it := range items {
				if it.QB == nil || it.QB.FullName == "" {
					continue
				}
				if id, err := strconv.ParseInt(it.Key, 10, 64); err == nil {
					x.byRef[strings.ToLower(it.QB.FullName)] = id
				}
			}
		}
	}
	id, ok := x.byRef[strings.ToLower(item)]
	return id, ok
}

// ProjectView is what the last push found and did in one project's budget: the page reads it.
type ProjectView struct {
	Project   string     `json:"project"`
	Job       string     `json:"job"`
	ReadAt    time.Time  `json:"readAt"`
	WrittenAt *time.Time `json:"writtenAt,omitempty"`
	Mode      string     `json:"mode"`
	ToolOn    bool       `json:"toolOn,omitempty"`
	Problem   *Problem   `json:"problem,omitempty"`
	Lines     []ViewLine `json:"lines"`
}

// ViewLine is one budget line, or one QuickBooks item with no line, after a push.
type ViewLine struct {
	BudgetLineItemID int64  `json:"budgetLineItemId,omitempty"`
	CostCodeID       int64  `json:"costCodeId,omitempty"`
	CostCode         string `json:"costCode"`
	Name             string `json:"name"`
	Item             string `json:"item"`
	Budget           int64  `json:"budget"`
	Committed        int64  `json:"committed"`
	Direct           int64  `json:"direct"`  // what Procore shows now (after the write)
	HasLine          bool   `json:"hasLine"` // false: the cost code has no budget line
	Target           int64  `json:"target"`  // what Joblink wants it to show
	Status           string `json:"status"`  // line statuses of docs/api-jobcosts.md
	Message          string `json:"message,omitempty"`
	Fix              string `json:"fix,omitempty"`
}

// Line statuses.
const (
	LineWritten      = "written"
	LinePending      = "pending"
	LineNotInBudget  = "not_in_budget"
	LineAdded        = "added"
	LineToolOn       = "tool_on"
	LineRefused      = "refused"
	LineEditable     = "editable"
	LineNotRefreshed = "not_refreshed"
	LineNotACostCode = "not_a_cost_code"
)
