package jobcosts

import (
	"math"
	"sort"

	"joblink/backend/engine"
	"joblink/backend/problem"
)

// detail builds one project's page from its job's stored actuals and what its last push read
// in Procore. Each cost code row pairs the QuickBooks actual with the budget line; every row
// whose figures differ carries the reason, which is what makes the reconciliation complete.
func (s *Service) detail(l Link) (*ProjectDetail, error) {
	j, err := s.Job(l.ListID)
	if err != nil {
		return nil, err
	}
	v, err := s.View(l.Project)
	if err != nil {
		return nil, err
	}
	st := s.settings()
	editable := st.DirectCostColumn == ColumnEditable
	it := s.itemState(l.Project)

	d := &ProjectDetail{Lines: []CostCodeLine{}, Excluded: []ExcludedView{},
		WithoutCostCode: WithoutCostCode{Total: "0.00", Lines: []CostLineView{}}}
	actuals := map[string]ItemActual{}
	if j != nil {
		for _, a := range j.Items {
			actuals[a.Item] = a
		}
		for _, n := range j.NoCode {
			d.WithoutCostCode.Lines = append(d.WithoutCostCode.Lines, CostLineView{TxnID: n.TxnID, TxnType: n.TxnType, Date: n.Date,
				RefNumber: n.RefNumber, Name: n.Name, Account: n.Account, Memo: n.Memo, Amount: amount(n.Amount)})
		}
		d.WithoutCostCode.Total = amount(j.NoCodeTotal)
		for _, e := range j.Excluded {
			d.Excluded = append(d.Excluded, ExcludedView{Item: e.Item, Amount: amount(e.Amount), Reason: e.Reason})
		}
	}
	covered := map[string]bool{}
	if v != nil {
		for _, vl := range v.Lines {
			line := CostCodeLine{CostCode: vl.CostCode, Name: vl.Name, Item: vl.Item, Status: vl.Status, Message: vl.Message, Fix: vl.Fix}
			if vl.CostCodeID != 0 {
				line.CostCodeID = ptr(vl.CostCodeID)
			}
			if vl.HasLine {
				line.hasLine = true
				line.BudgetLineItemID = ptr(vl.BudgetLineItemID)
				line.Budget, line.Committed = ptr(amount(vl.Budget)), ptr(amount(vl.Committed))
				line.ProcoreDirectCosts, line.direct = ptr(amount(vl.Direct)), vl.Direct
			}
			if vl.Item != "" && !covered[vl.Item] {
				covered[vl.Item] = true
				a := actuals[vl.Item]
				line.actual = a.Actual
				line.Changed = a.Previous != nil || a.New
				if a.Previous != nil {
					line.PreviousActual = ptr(amount(*a.Previous))
				}
			}
			if j != nil && line.actual != vl.Target && (vl.Status == LineWritten || vl.Status == LineAdded) {
				line.Status, line.Message, line.Fix = LinePending, "QuickBooks changed since Procore was last written; the new figure is sent at the next sync.", ""
			}
			d.Lines = append(d.Lines, line)
		}
	}
	if j != nil {
		for _, a := range j.Items {
			if covered[a.Item] || a.Actual == 0 {
				continue
			}
			line := CostCodeLine{CostCode: leaf(a.Item), Item: a.Item, actual: a.Actual, Changed: a.Previous != nil || a.New}
			if a.Previous != nil {
				line.PreviousActual = ptr(amount(*a.Previous))
			}
			switch {
			case editable:
				line.Status = LineEditable
			case v == nil:
				line.Status, line.Message = LinePending, "Procore's budget has not been read yet; it is at the next sync."
			case st.AddNewCostCodes:
				line.Status, line.Message = LinePending, "A budget line is added for it at the next sync."
			default:
				line.Status = LineNotInBudget
				line.Message = "QuickBooks has actual costs on this cost code, and the project's budget has no line for it."
				line.Fix = "Add the cost code to the budget in Procore, or turn on \"Automatically add new cost codes to budgets\" in Joblink's settings."
			}
			d.Lines = append(d.Lines, line)
		}
	} else {
		for i := range d.Lines {
			d.Lines[i].Status = LineNotRefreshed
			d.Lines[i].Message = "QuickBooks has not been read for this job yet."
			d.Lines[i].Fix = "Refresh the project's job costs; the next Web Connector run reads it."
		}
	}
	sort.SliceStable(d.Lines, func(a, b int) bool { return d.Lines[a].CostCode < d.Lines[b].CostCode })

	// Figures per line, and the project row.
	row := ProjectRow{ProjectID: l.Project, Name: l.Name, Number: l.Number, Job: JobRef{ListID: l.ListID, FullName: l.FullName},
		WithoutCostCode: d.WithoutCostCode.Total}
	var budget, committed, actual int64
	for i := range d.Lines {
		line := &d.Lines[i]
		line.Actual = amount(line.actual)
		actual += line.actual
		if line.hasLine {
			b := mustCents(*line.Budget)
			budget += b
			committed += mustCents(*line.Committed)
			line.Difference = ptr(amount(b - line.actual))
			line.OverBudget = line.actual > b
			if line.OverBudget {
				row.OverBudgetLines++
			}
		}
	}
	if v != nil {
		row.Budget, row.Committed = ptr(amount(budget)), ptr(amount(committed))
		row.budget, row.hasBudget = budget, true
		if budget != 0 {
			p := math.Round(float64(actual)/float64(budget)*1000) / 10
			row.PercentSpent = &p
		}
	}
	if j != nil {
		row.Actual, row.actual = ptr(amount(actual)), actual
		row.LastRefresh = ptr(j.ReadAt)
	}
	row.OverBudget = row.OverBudgetLines > 0 || (row.hasBudget && actual > budget)
	row.Procore = procoreState(j, v, it, editable)
	d.Reconciliation = reconcile(j, d.Lines, editable)
	if d.Reconciliation.Unexplained != "0.00" {
		row.Unexplained = 1
	}
	d.Project = row
	return d, nil
}

func ptr[T any](v T) *T { return &v }

func procoreState(j *JobActuals, v *ProjectView, it *engine.Item, editable bool) ProcoreState {
	var ps ProcoreState
	if v != nil {
		ps.WrittenAt = v.WrittenAt
	}
	switch {
	case j == nil:
		ps.State = "never"
	case editable:
		ps.State = "not_written"
	case it != nil && it.State == engine.Failed && it.Failure != nil && it.Failure.Class == problem.RetryLater:
		ps.State, ps.Message = "pending", it.Failure.Message
	case it != nil && it.State == engine.Failed && it.Failure != nil:
		ps.State, ps.Message = "attention", it.Failure.Message
	case it == nil || it.State != engine.Synced || v == nil:
		ps.State = "pending"
	default:
		ps.State = "up_to_date"
		for _, l := range v.Lines {
			if l.Status == LinePending {
				ps.State = "pending"
			}
		}
	}
	return ps
}

// reconcile explains QuickBooks' total against Procore's Direct Costs, line by line.
func reconcile(j *JobActuals, lines []CostCodeLine, editable bool) Reconciliation {
	var items, shows, noCode, excluded, explained int64
	var reasons []Reason
	if j != nil {
		noCode = j.NoCodeTotal
		for _, e := range j.Excluded {
			excluded += e.Amount
		}
	}
	add := func(reason string, amt int64, code, msg, fix string) {
		if amt == 0 {
			return
		}
		explained += amt
		reasons = append(reasons, Reason{Reason: reason, Amount: amount(amt), CostCode: code, Message: msg, Fix: fix})
	}
	add("without_cost_code", noCode, "", "Costs posted to the job without an item (Expenses tab, journal entries) have no cost code, so no budget line holds them.",
		"Post job costs on the Items tab with the cost code's item, or leave them here.")
	for _, l := range lines {
		items += l.actual
		shows += l.direct
		diff := l.actual - l.direct
		if diff == 0 {
			continue
		}
		status := l.Status
		switch {
		case editable:
			status = LineEditable
		case j == nil:
			status = LineNotRefreshed
		}
		msg, fix := l.Message, l.Fix
		switch status {
		case LineEditable:
			msg, fix = "The direct-cost column is editable in Procore: Joblink writes nothing, so Procore shows its own figure.",
				"Choose \"read-only, populated from QuickBooks\" for Budget direct-cost column to have Joblink write QuickBooks' figures."
		case LinePending:
			if msg == "" {
				msg = "The new QuickBooks figure is sent to Procore at the next sync."
			}
		case LineWritten, LineAdded:
			status = "procore_other"
			msg = "Procore's Direct Costs holds other costs on this line (direct cost records entered in Procore)."
			fix = "Check the project's Direct Costs tool in Procore; costs entered there count beside QuickBooks'."
		}
		add(status, diff, l.CostCode, msg, fix)
	}
	total := items + noCode
	diff := total - shows
	if reasons == nil {
		reasons = []Reason{}
	}
	return Reconciliation{QuickBooksTotal: amount(total), ItemsTotal: amount(items), WithoutCostCodeTotal: amount(noCode),
		ExcludedTotal: amount(excluded), ProcoreShows: amount(shows), Difference: amount(diff), ExplainedTotal: amount(explained),
		Unexplained: amount(diff - explained), Reasons: reasons}
}
