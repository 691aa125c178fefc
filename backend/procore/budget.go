package procore

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// BudgetView is one of a project's budget layouts (§8.1).
type BudgetView struct {
	ID          int64            `json:"id"`
	Name        string           `json:"name"`
	Description *string          `json:"description"`
	Role        *string          `json:"role"`
	CreatedBy   *UserRef         `json:"created_by"`
	Links       *BudgetViewLinks `json:"links"`
	CreatedAt   *time.Time       `json:"created_at"`
	UpdatedAt   *time.Time       `json:"updated_at"`
}

// BudgetViewLinks are the URLs of a view's rows.
type BudgetViewLinks struct {
	DetailRows  *string `json:"detail_rows"`
	SummaryRows *string `json:"summary_rows"`
}

// ListBudgetViews lists a project's budget views (§8.1).
func (c *Client) ListBudgetViews(projectID int64) *Pager[BudgetView] {
	return newPager[BudgetView](c, "/rest/v1.0/budget_views", projectQuery(projectID))
}

// BudgetDetailRowsOptions narrows ListBudgetDetailRows. These filters are plain query
// parameters, not filters[…] (§8.2).
type BudgetDetailRowsOptions struct {
	CostCodeIDs       []int64 // cost_code_id[]
	RootCostCodeIDs   []int64 // root_cost_code_id[]
	CategoryIDs       []int64 // category_id[]: line item types
	BudgetLineItemIDs []int64 // budget_line_item_id[]
	RowType           string  // budget_row_type: budgeted (Procore's default), unbudgeted or all
	Sort              string
}

// ListBudgetDetailRows lists a project's budget line items with their amounts as one budget
// view shows them (§8.2): the only list of budget line items v1.0 has.
func (c *Client) ListBudgetDetailRows(projectID, budgetViewID int64, opts BudgetDetailRowsOptions) *Pager[BudgetDetailRow] {
	q := projectQuery(projectID)
	setIDs(q, "cost_code_id[]", opts.CostCodeIDs)
	setIDs(q, "root_cost_code_id[]", opts.RootCostCodeIDs)
	setIDs(q, "category_id[]", opts.CategoryIDs)
	setIDs(q, "budget_line_item_id[]", opts.BudgetLineItemIDs)
	setIf(q, "budget_row_type", opts.RowType)
	setIf(q, "sort", opts.Sort)
	return newPager[BudgetDetailRow](c, "/rest/v1.0/budget_views/"+idString(budgetViewID)+"/detail_rows", q)
}

// BudgetDetailColumns lists a budget view's columns (§8.2; not paginated). Find one with
// FindBudgetColumn and read it from rows with ColumnAmount.
func (c *Client) BudgetDetailColumns(ctx context.Context, projectID, budgetViewID int64) ([]BudgetDetailColumn, error) {
	var cols []BudgetDetailColumn
	err := c.Get(ctx, "/rest/v1.0/budget_views/"+idString(budgetViewID)+"/budget_detail_columns", projectQuery(projectID), &cols)
	return cols, err
}

// BudgetLineItem is one budget line (cost code × cost type) (§8.3). The OpenAPI declares its money
// as numbers but the real show sends decimal strings ("45000.0"); Decimal keeps either exactly.
type BudgetLineItem struct {
	ID                        int64                  `json:"id"`
	OriginalBudgetAmount      Decimal                `json:"original_budget_amount"`
	BudgetModifications       Decimal                `json:"budget_modifications"` // legacy transfers, in the real show only
	UOM                       *string                `json:"uom"`
	Quantity                  Decimal                `json:"quantity"`
	UnitCost                  Decimal                `json:"unit_cost"`
	CalculationStrategy       *string                `json:"calculation_strategy"` // automatic or manual
	ApprovedBudgetChanges     Decimal                `json:"approved_budget_changes"`
	RevisedBudget             Decimal                `json:"revised_budget"`
	PendingBudgetChanges      Decimal                `json:"pending_budget_changes"`
	ProjectedBudget           Decimal                `json:"projected_budget"`
	CommittedCosts            Decimal                `json:"committed_costs"`
	DirectCosts               Decimal                `json:"direct_costs"`
	PendingCostChanges        Decimal                `json:"pending_cost_changes"`
	ProjectedCosts            Decimal                `json:"projected_costs"`
	BudgetForecast            Decimal                `json:"budget_forecast"`
	EstimatedCostAtCompletion Decimal                `json:"estimated_cost_at_completion"`
	ProjectedOverUnder        Decimal                `json:"projected_over_under"`
	CostCode                  *BudgetCostCode        `json:"cost_code"`
	Division                  *BudgetCostCode        `json:"division"`
	LineItemType              *LineItemTypeRef       `json:"line_item_type"`
	CurrencyConfiguration     *CurrencyConfiguration `json:"currency_configuration"`
}

// BudgetCostCode is the cost code or division named by a budget line item.
type BudgetCostCode struct {
	ID       int64   `json:"id"`
	Name     *string `json:"name"`
	Code     *string `json:"code"`
	FullCode *string `json:"full_code"`
}

// LineItemTypeRef names a cost type inside another record.
type LineItemTypeRef struct {
	ID   int64   `json:"id"`
	Name *string `json:"name"`
}

// BudgetLineItemFields are the writable budget line item attributes (§8.4); only set fields
// are sent. CostCodeID and LineItemTypeID are required on create.
type BudgetLineItemFields struct {
	CostCodeID           *int64   `json:"cost_code_id,omitempty"`
	LineItemTypeID       *int64   `json:"line_item_type_id,omitempty"`
	OriginalBudgetAmount *Decimal `json:"original_budget_amount,omitempty"`
	UOM                  *string  `json:"uom,omitempty"` // from the company's unit of measure list
	Quantity             *Decimal `json:"quantity,omitempty"`
	UnitCost             *Decimal `json:"unit_cost,omitempty"`
	CalculationStrategy  *string  `json:"calculation_strategy,omitempty"` // automatic or manual
	// DirectCosts is accepted on update only, and only while the Direct Costs tool is off.
	DirectCosts *Decimal `json:"direct_costs,omitempty"`
}

func budgetLineItemPath(id int64) string { return "/rest/v1.0/budget_line_items/" + idString(id) }

// BudgetLineItem shows one budget line item (§8.3).
func (c *Client) BudgetLineItem(ctx context.Context, projectID, id int64) (BudgetLineItem, error) {
	var b BudgetLineItem
	err := c.Get(ctx, budgetLineItemPath(id), projectQuery(projectID), &b)
	return b, err
}

// CreateBudgetLineItem adds a budget line to a project (§8.4). Not retried after a lost
// answer.
func (c *Client) CreateBudgetLineItem(ctx context.Context, projectID int64, f BudgetLineItemFields) (BudgetLineItem, error) {
	var b BudgetLineItem
	body := map[string]any{"project_id": projectID, "budget_line_item": f}
	err := c.call(ctx, &request{method: http.MethodPost, path: "/rest/v1.0/budget_line_items", body: body}, &b)
	return b, err
}

// UpdateBudgetLineItem changes the set fields of a budget line (§8.4).
func (c *Client) UpdateBudgetLineItem(ctx context.Context, projectID, id int64, f BudgetLineItemFields) (BudgetLineItem, error) {
	var b BudgetLineItem
	body := map[string]any{"project_id": projectID, "budget_line_item": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: budgetLineItemPath(id), body: body}, &b)
	return b, err
}

// WBSBudgetLineItem is a budget line as the WBS-based calls return it (§8.3 v1.1, §8.5).
type WBSBudgetLineItem struct {
	ID                    int64                  `json:"id"`
	OriginalBudgetAmount  Decimal                `json:"original_budget_amount"`
	UOM                   *string                `json:"uom"`
	Quantity              Decimal                `json:"quantity"`
	UnitCost              Decimal                `json:"unit_cost"`
	CalculationStrategy   *string                `json:"calculation_strategy"`
	WBSCode               *WBSCode               `json:"wbs_code"`
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
}

// BudgetLineItemSyncItem is one line of a budget line item sync (§8.5). ID updates that line;
// without it a line is created. WBSCodeID is required.
type BudgetLineItemSyncItem struct {
	ID                   int64    `json:"id,omitempty"`
	WBSCodeID            int64    `json:"wbs_code_id"`
	OriginalBudgetAmount *Decimal `json:"original_budget_amount,omitempty"`
	UOM                  *string  `json:"uom,omitempty"`
	Quantity             *Decimal `json:"quantity,omitempty"`
	UnitCost             *Decimal `json:"unit_cost,omitempty"`
	CalculationStrategy  *string  `json:"calculation_strategy,omitempty"`
}

// SyncBudgetLineItems creates or updates budget lines (§8.5). This endpoint has its own
// envelope: POST, the items under "budget_line_items", and a plain array back — no per-item
// errors, a refusal fails the whole batch. Batches hold at most SyncChunkSize items; a batch
// is retried after a lost answer only when every item has an ID. On a failed batch the lines
// of the earlier batches are returned with the error.
func (c *Client) SyncBudgetLineItems(ctx context.Context, projectID int64, items []BudgetLineItemSyncItem) ([]WBSBudgetLineItem, error) {
	var out []WBSBudgetLineItem
	chunks := (len(items) + SyncChunkSize - 1) / SyncChunkSize
	for n, start := 0, 0; start < len(items); n, start = n+1, start+SyncChunkSize {
		chunk := items[start:min(start+SyncChunkSize, len(items))]
		keyed := true
		for _, it := range chunk {
			keyed = keyed && it.ID != 0
		}
		body := map[string]any{"project_id": projectID, "budget_line_items": chunk}
		var got []WBSBudgetLineItem
		req := &request{method: http.MethodPost, path: "/rest/v1.0/budget_line_items/sync", body: body, idempotent: keyed}
		if err := c.call(ctx, req, &got); err != nil {
			return out, fmt.Errorf("procore: sync %s, batch %d of %d (items %d–%d): %w",
				req.path, n+1, chunks, start, start+len(chunk)-1, err)
		}
		out = append(out, got...)
	}
	return out, nil
}

// BudgetLocked tells whether a project's budget is locked (§8.6).
func (c *Client) BudgetLocked(ctx context.Context, projectID int64) (bool, error) {
	var s struct {
		Locked bool `json:"locked"`
	}
	err := c.Get(ctx, projectPath("v1.0", projectID, "/budget"), nil, &s)
	return s.Locked, err
}

// LockBudget locks a project's budget (§8.6) and returns the new state.
func (c *Client) LockBudget(ctx context.Context, projectID int64) (bool, error) {
	var s struct {
		Locked bool `json:"locked"`
	}
	err := c.call(ctx, &request{method: http.MethodPost, path: projectPath("v1.0", projectID, "/budget/lock")}, &s)
	return s.Locked, err
}

// UnlockBudget unlocks a project's budget (§8.6). destroyModifications says whether the
// budget modifications made while locked are destroyed; it is always sent, because Procore
// destroys them when the parameter is left out.
func (c *Client) UnlockBudget(ctx context.Context, projectID int64, destroyModifications bool) (bool, error) {
	var s struct {
		Locked bool `json:"locked"`
	}
	q := url.Values{"destroy_all_budget_line_item_transfers": {strconv.FormatBool(destroyModifications)}}
	err := c.call(ctx, &request{method: http.MethodDelete, path: projectPath("v1.0", projectID, "/budget/lock"), query: q}, &s)
	return s.Locked, err
}

// BudgetModification is a legacy transfer between budget lines (§8.7).
type BudgetModification struct {
	ID                   int64      `json:"id"`
	FromBudgetLineItemID *int64     `json:"from_budget_line_item_id"`
	ToBudgetLineItemID   int64      `json:"to_budget_line_item_id"`
	TransferAmount       Decimal    `json:"transfer_amount"`
	Notes                *string    `json:"notes"`
	OriginID             *string    `json:"origin_id"`
	OriginData           *string    `json:"origin_data"`
	CreatedAt            *time.Time `json:"created_at"`
	UpdatedAt            *time.Time `json:"updated_at"`
}

// BudgetModificationFields create a budget modification (§8.7). FromBudgetLineItemID may be
// left out only where modifications may change the grand total.
type BudgetModificationFields struct {
	ToBudgetLineItemID   int64   `json:"to_budget_line_item_id"`
	TransferAmount       Decimal `json:"transfer_amount"` // sent as a string, as the schema declares
	FromBudgetLineItemID *int64  `json:"from_budget_line_item_id,omitempty"`
	Notes                *string `json:"notes,omitempty"`
	OriginID             *string `json:"origin_id,omitempty"` // unique within the company
	OriginData           *string `json:"origin_data,omitempty"`
}

// MarshalJSON writes transfer_amount as a JSON string ("4500.0"), the type §8.7 declares.
func (f BudgetModificationFields) MarshalJSON() ([]byte, error) {
	if _, err := ParseDecimal(string(f.TransferAmount)); err != nil {
		return nil, err
	}
	type plain BudgetModificationFields
	return json.Marshal(struct {
		plain
		TransferAmount string `json:"transfer_amount"`
	}{plain(f), string(f.TransferAmount)})
}

// ListBudgetModifications lists a project's budget modifications (§8.7).
func (c *Client) ListBudgetModifications(projectID int64) *Pager[BudgetModification] {
	return newPager[BudgetModification](c, projectPath("v1.0", projectID, "/budget_modifications"), nil)
}

// CreateBudgetModification records a transfer (§8.7). Companies moved to Budget Changes
// answer 405 (an *APIError saying only GET is allowed); use CreateBudgetChange there.
func (c *Client) CreateBudgetModification(ctx context.Context, projectID int64, f BudgetModificationFields) (BudgetModification, error) {
	var m BudgetModification
	body := map[string]any{"budget_modification": f}
	err := c.call(ctx, &request{method: http.MethodPost, path: projectPath("v1.0", projectID, "/budget_modifications"), body: body}, &m)
	return m, err
}

// BudgetChange is a budget change as listed (§8.8). Amounts are JSON numbers here.
type BudgetChange struct {
	ID                     int64                  `json:"id"`
	Number                 *int64                 `json:"number"`
	Status                 string                 `json:"status"` // draft, approved, under_review, void
	Title                  *string                `json:"title"`
	Description            *string                `json:"description"` // HTML
	ERPStatus              *string                `json:"erp_status"`  // see BudgetChangeERPStatuses
	PrimeContractID        *int64                 `json:"prime_contract_id"`
	Amount                 Decimal                `json:"amount"`
	ChangeEventLineItemIDs []int64                `json:"change_event_line_item_ids"`
	CurrencyConfiguration  *CurrencyConfiguration `json:"currency_configuration"`
}

// BudgetChangeERPStatuses are the erp_status values of §8.8, spelled as Procore spells them
// ("exportging" included).
var BudgetChangeERPStatuses = []string{"not_in_erp", "ready_to_export", "exportging", "failed_to_export",
	"rejected", "invalid", "synced", "not_integrated"}

// BudgetChangeDetail is one budget change with its adjustments (§8.8 show).
type BudgetChangeDetail struct {
	ID                    int64                  `json:"id"`
	Number                *int64                 `json:"number"`
	Status                string                 `json:"status"`
	Title                 *string                `json:"title"`
	Description           *string                `json:"description"`
	ERPStatus             *string                `json:"erp_status"`
	Amount                Decimal                `json:"amount"`
	PrimeContract         *PrimeContractRef      `json:"prime_contract"`
	Attachments           []BudgetChangeFile     `json:"attachments"`
	AdjustmentLineItems   []BudgetAdjustment     `json:"adjustment_line_items"`
	ProductionQuantities  []json.RawMessage      `json:"production_quantities"`
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
}

// PrimeContractRef names the prime contract of a budget change.
type PrimeContractRef struct {
	ID     int64   `json:"id"`
	Number *string `json:"number"`
	Title  *string `json:"title"`
}

// BudgetChangeFile is a file on a budget change.
type BudgetChangeFile struct {
	ProstoreFileID int64   `json:"prostore_file_id"`
	Name           *string `json:"name"`
	URL            *string `json:"url"`
}

// BudgetAdjustment is one adjustment line of a budget change.
type BudgetAdjustment struct {
	ID                    int64                   `json:"id"`
	Ref                   *string                 `json:"ref"`
	AdjustmentNumber      *int64                  `json:"adjustment_number"`
	WBSCode               *WBSCode                `json:"wbs_code"`
	Description           *string                 `json:"description"`
	Comment               *string                 `json:"comment"`
	CalculationStrategy   *string                 `json:"calculation_strategy"`
	Quantity              Decimal                 `json:"quantity"`
	Type                  *string                 `json:"type"` // change_event or budget_change
	UOM                   *string                 `json:"uom"`
	UnitCost              Decimal                 `json:"unit_cost"`
	Amount                Decimal                 `json:"amount"`
	ChangeEventLineItemID *int64                  `json:"change_event_line_item_id"`
	ChangeEventLineItem   *ChangeEventLineItemRef `json:"change_event_line_item"`
	CurrencyConfiguration *CurrencyConfiguration  `json:"currency_configuration"`
}

// ChangeEventLineItemRef names the change event line an adjustment came from.
type ChangeEventLineItemRef struct {
	ID      int64  `json:"id"`
	EventID *int64 `json:"event_id"`
}

// BudgetChangeFields create or update a budget change (§8.8). Status is required on create.
type BudgetChangeFields struct {
	Status              string                   `json:"status,omitempty"`
	Number              *int64                   `json:"number,omitempty"`
	Title               *string                  `json:"title,omitempty"`
	Description         *string                  `json:"description,omitempty"`
	AdjustmentLineItems []BudgetAdjustmentFields `json:"adjustment_line_items,omitempty"`
	ProstoreFileIDs     []int64                  `json:"prostore_file_ids,omitempty"`
}

// BudgetAdjustmentFields is one adjustment line written with a budget change.
type BudgetAdjustmentFields struct {
	Ref                   *string  `json:"ref,omitempty"`
	AdjustmentNumber      *int64   `json:"adjustment_number,omitempty"`
	WBSCodeID             *int64   `json:"wbs_code_id,omitempty"`
	Description           *string  `json:"description,omitempty"`
	Comment               *string  `json:"comment,omitempty"`
	CalculationStrategy   *string  `json:"calculation_strategy,omitempty"`
	Quantity              *Decimal `json:"quantity,omitempty"`
	Type                  *string  `json:"type,omitempty"`
	UOM                   *string  `json:"uom,omitempty"`
	UnitCost              *Decimal `json:"unit_cost,omitempty"`
	Amount                *Decimal `json:"amount,omitempty"`
	ChangeEventLineItemID *int64   `json:"change_event_line_item_id,omitempty"`
}

// ListBudgetChangesOptions narrows ListBudgetChanges.
type ListBudgetChangesOptions struct {
	ExcludeCustomFields bool
}

// ListBudgetChanges lists a project's budget changes (§8.8). The list is not paginated and
// comes wrapped in {"data": …}.
func (c *Client) ListBudgetChanges(ctx context.Context, projectID int64, opts ListBudgetChangesOptions) ([]BudgetChange, error) {
	q := url.Values{}
	if opts.ExcludeCustomFields {
		q.Set("exclude_custom_fields", "true")
	}
	var out []BudgetChange
	err := c.getData(ctx, &request{method: http.MethodGet, path: projectPath("v1.0", projectID, "/budget_changes"), query: q, idempotent: true}, &out)
	return out, err
}

// BudgetChange shows one budget change with its adjustment lines (§8.8). The newest OpenAPI
// describes this show as "without adjustment" while older exports include them (documents.md A1):
// read the lines from ListBudgetChangeAdjustmentLines.
func (c *Client) BudgetChange(ctx context.Context, projectID, id int64) (BudgetChangeDetail, error) {
	var out BudgetChangeDetail
	err := c.getData(ctx, &request{method: http.MethodGet, path: projectPath("v1.0", projectID, "/budget_changes/"+idString(id)), idempotent: true}, &out)
	return out, err
}

// CreateBudgetChange creates a budget change with its adjustment lines (§8.8). Not retried
// after a lost answer.
func (c *Client) CreateBudgetChange(ctx context.Context, projectID int64, f BudgetChangeFields) (BudgetChangeDetail, error) {
	var out BudgetChangeDetail
	err := c.getData(ctx, &request{method: http.MethodPost, path: projectPath("v1.0", projectID, "/budget_changes"), body: f}, &out)
	return out, err
}

// UpdateBudgetChange changes a budget change (§8.8).
func (c *Client) UpdateBudgetChange(ctx context.Context, projectID, id int64, f BudgetChangeFields) (BudgetChangeDetail, error) {
	var out BudgetChangeDetail
	err := c.getData(ctx, &request{method: http.MethodPatch, path: projectPath("v1.0", projectID, "/budget_changes/"+idString(id)), body: f}, &out)
	return out, err
}

// getData makes a call whose answer may be wrapped in {"data": …} and decodes the inside.
func (c *Client) getData(ctx context.Context, req *request, out any) error {
	var raw json.RawMessage
	if err := c.call(ctx, req, &raw); err != nil {
		return err
	}
	if len(raw) == 0 {
		return nil
	}
	if err := json.Unmarshal(unwrapData(raw), out); err != nil {
		return &TransportError{Kind: Unreadable, Method: req.method, Path: req.path, Err: fmt.Errorf("decode JSON: %w", err)}
	}
	return nil
}
