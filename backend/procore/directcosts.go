package procore

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// DirectCost is an invoice, expense or payroll cost recorded straight against a project
// (§11.1). Lists carry the vendor as a name, show and sync as {id, name}; DirectCostVendor
// reads both.
type DirectCost struct {
	ID                    int64                  `json:"id"`
	DirectCostType        string                 `json:"direct_cost_type"` // invoice, expense, payroll, subcontractor_invoice
	DirectCostDate        *string                `json:"direct_cost_date"` // YYYY-MM-DD
	Description           *string                `json:"description"`
	InvoiceNumber         *string                `json:"invoice_number"`
	Status                *string                `json:"status"` // draft, pending, revise_and_resubmit, approved
	Amount                Decimal                `json:"amount"` // list: the grand total
	GrandTotal            Decimal                `json:"grand_total"`
	PaymentDate           *string                `json:"payment_date"`
	ReceivedDate          *string                `json:"received_date"`
	Terms                 *string                `json:"terms"`
	Vendor                *DirectCostVendor      `json:"vendor"`
	VendorID              *int64                 `json:"vendor_id"`
	VendorName            *string                `json:"vendor_name"`
	Employee              *UserRef               `json:"employee"`
	Company               *CompanyRef            `json:"company"`
	Project               *ProjectRef            `json:"project"`
	OriginID              *string                `json:"origin_id"`
	OriginData            *string                `json:"origin_data"`
	Attachments           []Attachment           `json:"attachments"`
	AttachmentsCount      *int                   `json:"attachments_count"`
	LineItemsCount        *int                   `json:"line_items_count"`
	LineItems             []DirectCostLineItem   `json:"line_items"`
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
	CreatedAt             *time.Time             `json:"created_at"`
	UpdatedAt             *time.Time             `json:"updated_at"`
	DeletedAt             *time.Time             `json:"deleted_at"`
}

// DirectCostVendor is a direct cost's vendor: {id, name}, or just the name in lists.
type DirectCostVendor struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

func (v *DirectCostVendor) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &v.Name)
	}
	type plain DirectCostVendor
	return json.Unmarshal(b, (*plain)(v))
}

// DirectCostLineItem is one line of a direct cost (§11.4).
type DirectCostLineItem struct {
	ID                    int64                  `json:"id"`
	Amount                Decimal                `json:"amount"`
	Quantity              Decimal                `json:"quantity"`
	UnitCost              Decimal                `json:"unit_cost"`
	TotalAmount           Decimal                `json:"total_amount"`
	ExtendedAmount        Decimal                `json:"extended_amount"`
	ExtendedType          *string                `json:"extended_type"`
	UOM                   *string                `json:"uom"`
	Description           *string                `json:"description"`
	Position              *int                   `json:"position"`
	CostCode              *CostCode              `json:"cost_code"`
	LineItemType          *LineItemType          `json:"line_item_type"`
	WBSCode               *WBSCode               `json:"wbs_code"`
	Holder                *Holder                `json:"holder"`
	Project               *ProjectRef            `json:"project"`
	OriginID              *string                `json:"origin_id"`
	OriginData            *string                `json:"origin_data"`
	TaxCodeID             *int64                 `json:"tax_code_id"`
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
	CreatedAt             *time.Time             `json:"created_at"`
	UpdatedAt             *time.Time             `json:"updated_at"`
}

// ListDirectCostsOptions narrows ListDirectCosts (§11.1).
type ListDirectCostsOptions struct {
	Updated       TimeRange // filters[updated_at]
	Created       TimeRange // filters[created_at]
	OriginID      string    // filters[origin_id]
	InvoiceNumber string    // filters[invoice_number]
	IDs           []int64   // filters[id][]
}

// ListDirectCosts lists a project's direct costs (§11.1, v1.1).
func (c *Client) ListDirectCosts(projectID int64, opts ListDirectCostsOptions) *Pager[DirectCost] {
	q := url.Values{}
	setRange(q, "updated_at", opts.Updated, c.Now())
	setRange(q, "created_at", opts.Created, c.Now())
	setIf(q, "filters[origin_id]", opts.OriginID)
	setIf(q, "filters[invoice_number]", opts.InvoiceNumber)
	setIDs(q, "filters[id][]", opts.IDs)
	return newPager[DirectCost](c, projectPath("v1.1", projectID, "/direct_costs"), q)
}

// DirectCost shows one direct cost with its lines (§11.1, v1.1).
func (c *Client) DirectCost(ctx context.Context, projectID, id int64) (DirectCost, error) {
	var d DirectCost
	err := c.Get(ctx, projectPath("v1.1", projectID, "/direct_costs/"+idString(id)), nil, &d)
	return d, err
}

// DirectCostFields are the attributes of a new direct cost (§11.2) and of a sync item
// (§11.3). DirectCostType is required on create; VendorID and InvoiceNumber for invoices.
type DirectCostFields struct {
	DirectCostType *string `json:"direct_cost_type,omitempty"` // invoice, expense, payroll
	VendorID       *int64  `json:"vendor_id,omitempty"`
	InvoiceNumber  *string `json:"invoice_number,omitempty"`
	DirectCostDate *string `json:"direct_cost_date,omitempty"`
	Description    *string `json:"description,omitempty"`
	Status         *string `json:"status,omitempty"`
	ReceivedDate   *string `json:"received_date,omitempty"`
	PaymentDate    *string `json:"payment_date,omitempty"`
	Terms          *string `json:"terms,omitempty"`
	EmployeeID     *int64  `json:"employee_id,omitempty"`
	OriginID       *string `json:"origin_id,omitempty"`
	OriginData     *string `json:"origin_data,omitempty"`
}

// NewDirectCostLine is one line of a direct cost created with CreateDirectCost (§11.2).
type NewDirectCostLine struct {
	WBSCodeID    int64    `json:"wbs_code_id"`
	ManualAmount *Decimal `json:"manual_amount,omitempty"`
	Quantity     *Decimal `json:"quantity,omitempty"`
	UnitCost     *Decimal `json:"unit_cost,omitempty"`
	UOM          *string  `json:"uom,omitempty"`
	Description  *string  `json:"description,omitempty"`
	Ref          *string  `json:"ref,omitempty"`
	OriginID     *string  `json:"origin_id,omitempty"`
	OriginData   *string  `json:"origin_data,omitempty"`
}

// CreateDirectCost creates a direct cost with its lines (§11.2, v1.1). Not retried after a
// lost answer; SyncDirectCosts with an OriginID is the safe way to push QuickBooks costs.
func (c *Client) CreateDirectCost(ctx context.Context, projectID int64, f DirectCostFields, lines []NewDirectCostLine) (DirectCost, error) {
	type withLines struct {
		DirectCostFields
		LineItems []NewDirectCostLine `json:"line_items,omitempty"`
	}
	var d DirectCost
	body := map[string]any{"direct_cost": withLines{f, lines}}
	err := c.call(ctx, &request{method: http.MethodPost, path: projectPath("v1.1", projectID, "/direct_costs"), body: body}, &d)
	return d, err
}

// DirectCostSyncItem is one direct cost in a sync batch (§11.3). The type can only be set
// when creating.
type DirectCostSyncItem struct {
	ID int64 `json:"id,omitempty"`
	DirectCostFields
	CurrencyISOCode      *string  `json:"currency_iso_code,omitempty"`
	CurrencyExchangeRate *Decimal `json:"currency_exchange_rate,omitempty"`
}

func (d DirectCostSyncItem) syncKeys() (int64, string) { return d.ID, deref(d.OriginID) }

// SyncDirectCosts creates or updates a project's direct costs in batches of at most 1,000
// (§11.3). Direct costs with an origin_id can no longer be edited in Procore's UI.
func (c *Client) SyncDirectCosts(ctx context.Context, projectID int64, items []DirectCostSyncItem) (SyncResult[DirectCost], error) {
	return syncChunks[DirectCostSyncItem, DirectCost](ctx, c, projectPath("v1.0", projectID, "/direct_costs/sync"), nil, nil, items)
}
