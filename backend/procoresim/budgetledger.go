package procoresim

import (
	"fmt"
	"math"
	"strconv"
)

// The budget's source columns read other Procore tools; this file gathers what they read. Sources
// (documents.md A5, B3, B7):
//   - Committed Costs: subcontracts Approved or Complete, purchase orders Approved or Partially
//     Received, plus approved commitment change orders. Pending Cost Changes: subcontracts Out For
//     Signature, purchase orders Processing, Submitted or Received, plus pending change orders.
//     A Closed purchase order counts nowhere (Procore FAQ "What are the default commitment statuses").
//   - Direct Costs: the lines of direct costs in Pending, Revise & Resubmit or Approved (Draft ones do
//     not reach the budget), plus — only while the project's Direct Costs tool is off — the figure
//     written into a budget line's direct_costs field.
//   - Job to Date Costs: computed by Procore from its own tools, not reported by an ERP: the Direct
//     Costs column plus the work completed and materials stored on approved subcontractor invoices
//     (inferred from the real response, where a line's JTD equals its Direct Costs when no invoice
//     touches it, and from Procore's FAQ tying JTD to invoices).

// SetDirectCostsTool turns a project's Direct Costs tool on or off.
func (c *Company) SetDirectCostsTool(projectID int64, on bool) error {
	project := c.projects.byID[projectID]
	if project == nil {
		return fmt.Errorf("project %d does not exist", projectID)
	}
	copied := *project // rows are replaced, never edited in place (see table.replace)
	copied.DirectCostsTool = on
	c.projects.replace(&copied)
	return nil
}

// budgetFigures are one line's amounts; budgetColumns name the same figures by column id.
type budgetFigures struct {
	original, modifications, approvedChanges, pendingChanges   float64
	committed, directCosts, jobToDate, pendingCostChanges      float64
	revised, projectedBudget, projectedCosts, forecast, atCost float64
	overUnder                                                  float64
}

func (f budgetFigures) column(id string) float64 {
	switch id {
	case "approved_budget_changes":
		return f.approvedChanges
	case "revised_budget":
		return f.revised
	case "pending_budget_changes":
		return f.pendingChanges
	case "projected_budget":
		return f.projectedBudget
	case "committed_costs":
		return f.committed
	case "direct_costs":
		return f.directCosts
	case "job_to_date_costs":
		return f.jobToDate
	case "pending_cost_changes":
		return f.pendingCostChanges
	case "projected_costs":
		return f.projectedCosts
	case "forecast_to_complete":
		return f.forecast
	case "estimated_cost_at_completion":
		return f.atCost
	case "projected_over_under":
		return f.overUnder
	}
	return 0 // approved_cos: the simulator has no prime contract change orders
}

// derive fills the formula columns.
func (f budgetFigures) derive() budgetFigures {
	f.revised = f.original + f.modifications + f.approvedChanges
	f.projectedBudget = f.revised + f.pendingChanges
	f.projectedCosts = f.committed + f.directCosts + f.pendingCostChanges
	f.forecast = math.Max(f.projectedBudget-f.projectedCosts, 0)
	f.atCost = f.projectedCosts + f.forecast
	f.overUnder = f.projectedBudget - f.atCost
	return f
}

// pairKey is a project cost code × line item type.
type pairKey struct{ costCode, lineItemType int64 }

// committedStatuses and pendingCostStatuses are the commitment states that count as committed and
// as pending cost changes (the two types' status names do not overlap except Approved).
var (
	committedStatuses   = map[string]bool{"Approved": true, "Complete": true, "Partially Received": true}
	pendingCostStatuses = map[string]bool{"Out For Signature": true, "Processing": true, "Submitted": true, "Received": true}
	// directCostBudgetStatuses are the direct cost states that reach the budget.
	directCostBudgetStatuses = map[string]bool{"pending": true, "revise_and_resubmit": true, "approved": true}
	// invoiceCostStatuses are the subcontractor invoice states counted in Job to Date Costs.
	invoiceCostStatuses = map[string]bool{"approved": true, "approved_as_noted": true}
)

// budgetLedger gathers, for one project, everything the budget columns read from other tools.
type budgetLedger struct {
	directCostsTool bool
	modifications   map[int64]float64 // by budget line item id
	approvedChanges map[int64]float64 // by WBS code id
	pendingChanges  map[int64]float64
	committed       map[pairKey]float64
	pendingCosts    map[pairKey]float64
	directCosts     map[pairKey]float64 // direct cost records
	invoiced        map[pairKey]float64 // approved subcontractor invoices
}

func (c *Company) budgetLedger(project *Project) budgetLedger {
	ledger := budgetLedger{directCostsTool: project.DirectCostsTool, modifications: map[int64]float64{},
		approvedChanges: map[int64]float64{}, pendingChanges: map[int64]float64{}, committed: map[pairKey]float64{},
		pendingCosts: map[pairKey]float64{}, directCosts: map[pairKey]float64{}, invoiced: map[pairKey]float64{}}
	for _, m := range c.budgetModifications.rows {
		if m.ProjectID != project.ID {
			continue
		}
		amount := decimalValue(m.TransferAmount)
		ledger.modifications[m.ToBudgetLineItemID] += amount
		if m.FromBudgetLineItemID != nil {
			ledger.modifications[*m.FromBudgetLineItemID] -= amount
		}
	}
	for _, change := range c.budgetChanges.rows {
		if change.ProjectID != project.ID {
			continue
		}
		for _, adjustment := range change.Adjustments {
			switch change.Status {
			case "approved":
				ledger.approvedChanges[adjustment.WBSCodeID] += adjustment.Amount
			case "draft", "under_review":
				ledger.pendingChanges[adjustment.WBSCodeID] += adjustment.Amount
			}
		}
	}
	// Mapping standard codes to the project's copies reads every project cost code, so it is built
	// only once a commitment, change order or invoice of the project needs it.
	var mapped func(costCodeID, typeID int64) pairKey
	pair := func(costCodeID, typeID int64) pairKey {
		if mapped == nil {
			mapped = c.standardToProjectPair(project)
		}
		return mapped(costCodeID, typeID)
	}
	lineTypes := map[int64]int64{} // commitment line item id → line item type
	for _, commitment := range c.commitments.rows {
		if commitment.ProjectID != project.ID || commitment.DeletedAt != nil {
			continue
		}
		target := ledger.committed
		switch {
		case committedStatuses[commitment.Status]:
		case pendingCostStatuses[commitment.Status]:
			target = ledger.pendingCosts
		default:
			target = nil
		}
		for _, item := range commitment.LineItems {
			lineTypes[item.ID] = item.LineItemTypeID
			if target != nil {
				target[pair(item.CostCodeID, item.LineItemTypeID)] += decimalValue(item.Amount)
			}
		}
	}
	for _, order := range c.changeOrders.rows {
		if order.ProjectID != project.ID {
			continue
		}
		target := ledger.pendingCosts
		switch {
		case order.Status == "approved":
			target = ledger.committed
		case !changeOrderPending[order.Status]:
			continue
		}
		for _, item := range order.LineItems {
			target[pair(item.CostCodeID, item.LineItemTypeID)] += decimalValue(item.Amount)
		}
	}
	for _, line := range c.directCostLines.rows {
		if line.ProjectID != project.ID {
			continue
		}
		if cost := c.directCosts.byID[line.DirectCostID]; cost != nil && directCostBudgetStatuses[cost.Status] {
			ledger.directCosts[pairKey{line.CostCodeID, line.LineItemTypeID}] += decimalValue(line.Amount)
		}
	}
	for _, invoice := range c.requisitions.rows {
		if invoice.ProjectID != project.ID || !invoiceCostStatuses[invoice.Status] {
			continue
		}
		for _, item := range invoice.Items {
			if item.LineItemID == nil {
				continue
			}
			typeID, known := lineTypes[*item.LineItemID]
			if !known {
				continue
			}
			f := item.figures()
			ledger.invoiced[pair(item.CostCodeID, typeID)] += f.gross
		}
	}
	return ledger
}

// standardToProjectPair maps a (standard cost code, type) pair to the project's copy of the code:
// commitment lines and invoices name standard cost codes, the budget names the project's copies.
func (c *Company) standardToProjectPair(project *Project) func(costCodeID, typeID int64) pairKey {
	byStandard := map[int64]int64{}
	for _, code := range c.projectCostCodes(project) {
		if code.StandardCostCodeID != nil {
			byStandard[*code.StandardCostCodeID] = code.ID
		}
	}
	return func(costCodeID, typeID int64) pairKey {
		if projectCode, ok := byStandard[costCodeID]; ok {
			costCodeID = projectCode
		}
		return pairKey{costCodeID, typeID}
	}
}

// figures are a budget line's amounts. The manual direct_costs figure counts only while the
// project's Direct Costs tool is off.
func (l budgetLedger) figures(item *BudgetLineItem) budgetFigures {
	key := pairKey{item.CostCodeID, item.LineItemTypeID}
	f := l.costFigures(key)
	f.original, f.modifications = item.OriginalBudgetAmount, l.modifications[item.ID]
	f.approvedChanges, f.pendingChanges = l.approvedChanges[item.WBSCodeID], l.pendingChanges[item.WBSCodeID]
	if item.DirectCosts != nil && !l.directCostsTool {
		f.directCosts += *item.DirectCosts
		f.jobToDate += *item.DirectCosts
	}
	return f.derive()
}

// costFigures are the cost columns of a cost code × type, budgeted or not.
func (l budgetLedger) costFigures(key pairKey) budgetFigures {
	direct := l.directCosts[key]
	return budgetFigures{committed: l.committed[key], pendingCostChanges: l.pendingCosts[key],
		directCosts: direct, jobToDate: direct + l.invoiced[key]}.derive()
}

// costKeys are the cost code × type pairs that carry any cost, for the unbudgeted rows.
func (l budgetLedger) costKeys() map[pairKey]bool {
	keys := map[pairKey]bool{}
	for _, source := range []map[pairKey]float64{l.committed, l.pendingCosts, l.directCosts, l.invoiced} {
		for key, amount := range source {
			if amount != 0 {
				keys[key] = true
			}
		}
	}
	return keys
}

func round2(value float64) float64 { return math.Round(value*100) / 100 }

func decimalValue(d Decimal) float64 {
	value, _ := strconv.ParseFloat(string(d), 64)
	return value
}
