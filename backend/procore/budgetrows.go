package procore

import (
	"encoding/json"
	"fmt"
	"strings"
)

// BudgetDetailRow is one budget line item with its amounts as a budget view shows them (§8.2), in
// the shape the real API returns (documents.md A1, PDOCS list-budget-view-detail-rows): amounts are
// decimal strings, cost_code is "01-010 - Project Manager", and the view's own source and formula
// columns are keys named by their DISPLAY names ("Job to Date Costs", "Direct Costs", "Approved
// COs"…). Columns holds those; read them with Amount or ColumnAmount.
type BudgetDetailRow struct {
	ID                    int64                  `json:"id"`            // the budget line item; 0 on an unbudgeted row
	BudgetRowID           string                 `json:"budget_row_id"` // the line item id as a string on budgeted rows
	Deletable             bool                   `json:"deletable"`
	CompanyID             int64                  `json:"company_id"`
	Company               *string                `json:"company"`
	ProjectID             int64                  `json:"project_id"`
	Project               *string                `json:"project"`
	WBSCodeID             *int64                 `json:"wbs_code_id"`
	BillerID              *int64                 `json:"biller_id"` // project or sub job
	Biller                *string                `json:"biller"`
	BillerType            *string                `json:"biller_type"` // Project or SubJob
	RootCostCodeID        *int64                 `json:"root_cost_code_id"`
	RootCostCode          string                 `json:"root_cost_code"` // the division: "01 - General Requirements"
	CostCodeID            int64                  `json:"cost_code_id"`
	CostCodeOriginID      *string                `json:"cost_code_origin_id"`
	CostCode              string                 `json:"cost_code"`   // "01-010 - Project Manager": code and name
	CategoryID            int64                  `json:"category_id"` // line item type (cost type)
	Category              string                 `json:"category"`
	OriginalBudgetAmount  Decimal                `json:"original_budget_amount"`
	BudgetModifications   Decimal                `json:"budget_modifications"`
	BudgetForecast        *BudgetForecast        `json:"budget_forecast"`
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
	UnbudgetedReason      *string                `json:"unbudgeted_reason"`
	// CostCodeLevels is the cost code's path from its division down (cost_code_level_1..5 and their
	// _id keys), without the levels the row reports as "None".
	CostCodeLevels []CostCodeLevel            `json:"-"`
	Columns        map[string]json.RawMessage `json:"-"`
}

// CostCodeLevel is one level of a detail row's cost code path: "01 - General Requirements".
type CostCodeLevel struct {
	ID   int64
	Name string
}

// BudgetForecast is a detail row's forecast to complete.
type BudgetForecast struct {
	ID                      *int64  `json:"id"`
	ManualAmount            Decimal `json:"manual_amount"`
	AutomaticAmount         Decimal `json:"automatic_amount"`
	Amount                  Decimal `json:"amount"`
	AutomaticallyCalculated *bool   `json:"automatically_calculated"`
	CalculationStrategy     *string `json:"calculation_strategy"`
	Notes                   *string `json:"notes"`
}

// costCodeLevelCount is how many cost_code_level_N keys a row carries.
const costCodeLevelCount = 5

// budgetDetailRowKeys are the fixed keys of a detail row; every other key is a view column.
var budgetDetailRowKeys = func() map[string]bool {
	keys := map[string]bool{
		"id": true, "budget_row_id": true, "deletable": true, "company_id": true, "company": true, "project_id": true,
		"project": true, "wbs_code_id": true, "biller_id": true, "biller": true, "biller_type": true,
		"root_cost_code_id": true, "root_cost_code": true, "cost_code_id": true, "cost_code_origin_id": true,
		"cost_code": true, "category_id": true, "category": true, "original_budget_amount": true,
		"budget_modifications": true, "budget_forecast": true, "currency_configuration": true, "unbudgeted_reason": true,
	}
	for level := 1; level <= costCodeLevelCount; level++ {
		keys[fmt.Sprintf("cost_code_level_%d", level)] = true
		keys[fmt.Sprintf("cost_code_level_%d_id", level)] = true
	}
	return keys
}()

func (r *BudgetDetailRow) UnmarshalJSON(b []byte) error {
	type plain BudgetDetailRow
	var p plain
	all, cols, err := decodeViewRow(b, &p, budgetDetailRowKeys)
	if err != nil {
		return err
	}
	p.Columns = cols
	levels, err := readCostCodeLevels(all)
	if err != nil {
		return err
	}
	p.CostCodeLevels = levels
	*r = BudgetDetailRow(p)
	return nil
}

// readCostCodeLevels reads cost_code_level_1..5 and their ids; a level Procore fills with "None"
// (and id 0) is past the end of the path.
func readCostCodeLevels(all map[string]json.RawMessage) ([]CostCodeLevel, error) {
	var levels []CostCodeLevel
	for level := 1; level <= costCodeLevelCount; level++ {
		var name *string
		var id *int64
		key := fmt.Sprintf("cost_code_level_%d", level)
		if raw, ok := all[key]; ok {
			if err := json.Unmarshal(raw, &name); err != nil {
				return nil, fmt.Errorf("procore: budget row %s: %w", key, err)
			}
		}
		if raw, ok := all[key+"_id"]; ok {
			if err := json.Unmarshal(raw, &id); err != nil {
				return nil, fmt.Errorf("procore: budget row %s_id: %w", key, err)
			}
		}
		if name == nil || *name == "" || *name == "None" || id == nil || *id == 0 {
			break
		}
		levels = append(levels, CostCodeLevel{ID: *id, Name: *name})
	}
	return levels, nil
}

// Amount reads a view column by its display name ("Job to Date Costs") as an amount. ok is false
// when the row has no such column; a null column reads as an unset Decimal. A fixed field is never
// a column.
func (r BudgetDetailRow) Amount(column string) (d Decimal, ok bool, err error) {
	return viewColumns(r.Columns).amount(column, "budget")
}

// ColumnAmount reads the view column a budget_detail_columns entry describes: by its name, the key
// real rows use, or else by its id (whether Procore's ids ever equal the row keys is unknown).
func (r BudgetDetailRow) ColumnAmount(column BudgetDetailColumn) (d Decimal, ok bool, err error) {
	return viewColumns(r.Columns).columnAmount(column, "budget")
}

// BudgetDetailColumn describes one column of a budget view. Rows key the column by its Name.
type BudgetDetailColumn struct {
	ID           string  `json:"id"`
	Name         string  `json:"name"`
	Position     *int    `json:"position"`
	Type         *string `json:"type"`
	Aggregatable *bool   `json:"aggregatable"`
	Filterable   *bool   `json:"filterable"`
	Groupable    *bool   `json:"groupable"`
}

// Standard Budget view column names (the display names rows are keyed by).
const (
	ColumnJobToDateCosts = "Job to Date Costs"
	ColumnDirectCosts    = "Direct Costs"
	ColumnCommittedCosts = "Committed Costs"
	ColumnApprovedCOs    = "Approved COs"
	ColumnRevisedBudget  = "Revised Budget"
)

// FindBudgetColumn finds a view's column by display name (case and surrounding spaces ignored),
// or else by id; ok is false when the view has no such column.
func FindBudgetColumn(columns []BudgetDetailColumn, name string) (BudgetDetailColumn, bool) {
	want := strings.TrimSpace(name)
	for _, column := range columns {
		if strings.EqualFold(strings.TrimSpace(column.Name), want) {
			return column, true
		}
	}
	for _, column := range columns {
		if column.ID == want {
			return column, true
		}
	}
	return BudgetDetailColumn{}, false
}
