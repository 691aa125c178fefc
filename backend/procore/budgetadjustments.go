package procore

import (
	"encoding/json"
	"strconv"
)

// BudgetAdjustmentLine is one adjustment line of a project's budget changes as the v2.0 list
// returns it (documents.md A1; MCPCAT RestV20CompaniesCompanyIdProjectsProjectIdBudgetChangesAdjustmentLineItemsGet).
// A line is identified by (Type, ID): ids are unique only per type. In each adjustment (grouped by
// AdjustmentNumber) the "change_event" line is the "to" side with a positive amount and the
// "budget_change" lines the "from" side with negative amounts.
type BudgetAdjustmentLine struct {
	ID                 string  `json:"id"`
	Type               string  `json:"type"` // AdjustmentToType or AdjustmentFromType
	AdjustmentNumber   int     `json:"adjustment_number"`
	WBSCodeID          string  `json:"wbs_code_id"` // resolve with WBSCode.CostCodeAndType
	Amount             Decimal `json:"amount"`
	Description        string  `json:"description"`
	UOM                string  `json:"uom"`
	Quantity           Decimal `json:"quantity"`
	BudgetChangeID     int64   `json:"-"` // a string in the answer
	BudgetChangeNumber string  `json:"budget_change_number"`
	BudgetChangeStatus string  `json:"budget_change_status"` // draft, approved, under_review, void
	BudgetChangeName   string  `json:"budget_change_name"`
}

// The two adjustment line types.
const (
	AdjustmentToType   = "change_event"  // the side that receives the money (positive)
	AdjustmentFromType = "budget_change" // a side the money comes from (negative)
)

func (l *BudgetAdjustmentLine) UnmarshalJSON(b []byte) error {
	type plain BudgetAdjustmentLine
	var p struct {
		plain
		BudgetChangeID StringID `json:"budget_change_id"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*l = BudgetAdjustmentLine(p.plain)
	l.BudgetChangeID = int64(p.BudgetChangeID)
	return nil
}

// Key is the line's identity within a project: type and id.
func (l BudgetAdjustmentLine) Key() string { return l.Type + ":" + l.ID }

// WBSID is the line's WBS code id as a number; ok is false when it is missing or not a number.
func (l BudgetAdjustmentLine) WBSID() (id int64, ok bool) {
	id, err := strconv.ParseInt(l.WBSCodeID, 10, 64)
	return id, err == nil && id != 0
}

// ListBudgetChangeAdjustmentLines lists every adjustment line of a project's budget changes, with
// each line's budget change id, number and status (v2.0: company and project in the path,
// {"data": [...]} pages of at most 100). This is the list to read budget change lines from: the
// newest OpenAPI describes the v1.0 budget change show as "without adjustment".
func (c *Client) ListBudgetChangeAdjustmentLines(projectID int64) *Pager[BudgetAdjustmentLine] {
	path := "/rest/v2.0/companies/" + idString(c.cfg.CompanyID) + "/projects/" + idString(projectID) +
		"/budget_changes/adjustment_line_items"
	p := newPager[BudgetAdjustmentLine](c, path, nil)
	p.wrapped = true
	p.perPage = min(p.perPage, maxAdjustmentLinesPerPage)
	return p
}

// maxAdjustmentLinesPerPage is the documented page cap of the adjustment line list.
const maxAdjustmentLinesPerPage = 100
