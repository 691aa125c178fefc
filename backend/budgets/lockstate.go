package budgets

import (
	"encoding/json"

	"joblink/backend/engine"
)

// BudgetItemID is the engine id of a project's budget item (Procore project id). Other flows
// find the budget the budgets flow read there (the job-costs push asks ItemLocked of it)
// instead of spelling out the item's key themselves.
func BudgetItemID(project string) string { return engine.ItemID(BudgetKind, budgetKey(project)) }

// ItemLocked reports whether a budget item says its project's budget was locked when the flow
// last read it; false for no item or an item without a budget read yet.
func ItemLocked(it *engine.Item) bool {
	if it == nil || len(it.Data) == 0 {
		return false
	}
	var d budgetData
	return json.Unmarshal(it.Data, &d) == nil && d.Locked
}
