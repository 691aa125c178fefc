package procore

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"time"
)

// CommitmentChangeOrder is a change to a subcontract or purchase order (§9.6). v1.0 has no
// line items on it; CommitmentChangeOrderLineItems reads them from v2.0.
type CommitmentChangeOrder struct {
	ID                               int64                  `json:"id"`
	ContractID                       int64                  `json:"contract_id"` // the commitment
	BatchID                          *int64                 `json:"batch_id"`
	LegacyPackageID                  *int64                 `json:"legacy_package_id"` // change order package
	LegacyRequestID                  *int64                 `json:"legacy_request_id"`
	LocationID                       *int64                 `json:"location_id"`
	Number                           *string                `json:"number"`
	Title                            *string                `json:"title"`
	Description                      *string                `json:"description"`
	Status                           string                 `json:"status"` // see CommitmentChangeOrderStatuses
	Type                             *string                `json:"type"`
	Revision                         *int64                 `json:"revision"`
	Reference                        *string                `json:"reference"`
	Executed                         bool                   `json:"executed"`
	Paid                             bool                   `json:"paid"`
	SignatureRequired                bool                   `json:"signature_required"`
	Private                          bool                   `json:"private"`
	FieldChange                      bool                   `json:"field_change"`
	GrandTotal                       Decimal                `json:"grand_total"`            // including markup
	ScheduleImpactAmount             *int64                 `json:"schedule_impact_amount"` // days
	InvoicedDate                     *string                `json:"invoiced_date"`
	DueDate                          *string                `json:"due_date"`
	RevisedSubstantialCompletionDate *string                `json:"revised_substantial_completion_date"`
	SignedChangeOrderReceivedDate    *string                `json:"signed_change_order_received_date"`
	ReviewedAt                       *time.Time             `json:"reviewed_at"` // approved
	CreatedBy                        *UserRef               `json:"created_by"`
	DesignatedReviewer               *UserRef               `json:"designated_reviewer"`
	ReceivedFrom                     *UserRef               `json:"received_from"`
	ReviewedBy                       *UserRef               `json:"reviewed_by"`
	ChangeOrderChangeReason          *ChangeReason          `json:"change_order_change_reason"`
	OriginID                         *string                `json:"origin_id"` // §3.5: change orders carry the origin fields
	OriginCode                       *string                `json:"origin_code"`
	OriginData                       *string                `json:"origin_data"`
	ChangeEvents                     []ChangeEventRef       `json:"change_events"` // view=extended
	Attachments                      []Attachment           `json:"attachments"`   // show
	CurrencyConfiguration            *CurrencyConfiguration `json:"currency_configuration"`
	CreatedAt                        *time.Time             `json:"created_at"`
	UpdatedAt                        *time.Time             `json:"updated_at"`
}

// CommitmentChangeOrderStatuses are the statuses filters[status] accepts (§9.6).
var CommitmentChangeOrderStatuses = []string{"draft", "pricing", "not_pricing", "pending", "revised", "proceeding",
	"not_proceeding", "pending_billable", "no_charge", "approved", "rejected", "void"}

// ChangeReason is why a change order was made.
type ChangeReason struct {
	ID           int64   `json:"id"`
	ChangeReason *string `json:"change_reason"`
}

// ChangeEventRef names a change event linked to a change order.
type ChangeEventRef struct {
	ID     int64      `json:"id"`
	Number *LooseText `json:"number"`
}

// LooseText is a label the schemas leave untyped: a JSON string or number, kept as text.
type LooseText string

func (l *LooseText) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*l = LooseText(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*l = LooseText(n)
	return nil
}

// ListCommitmentChangeOrdersOptions narrows ListCommitmentChangeOrders (§9.6).
type ListCommitmentChangeOrdersOptions struct {
	Status     string    // filters[status]
	ContractID int64     // filters[contract_id]: one commitment's change orders
	VendorID   int64     // filters[vendor_id]
	Updated    TimeRange // filters[updated_at]
	Executed   *bool     // filters[executed]
	View       string    // default or extended (adds change_events)
	Sort       string    // id or created_at, "-" for descending
}

// ListCommitmentChangeOrders lists a project's commitment change orders (§9.6; projects with
// 1- and 2-tier change orders only).
func (c *Client) ListCommitmentChangeOrders(projectID int64, opts ListCommitmentChangeOrdersOptions) *Pager[CommitmentChangeOrder] {
	q := url.Values{}
	setIf(q, "filters[status]", opts.Status)
	setID(q, "filters[contract_id]", opts.ContractID)
	setID(q, "filters[vendor_id]", opts.VendorID)
	setRange(q, "updated_at", opts.Updated, c.Now())
	if opts.Executed != nil {
		q.Set("filters[executed]", boolText(*opts.Executed))
	}
	setIf(q, "view", opts.View)
	setIf(q, "sort", opts.Sort)
	return newPager[CommitmentChangeOrder](c, projectPath("v1.0", projectID, "/commitment_change_orders"), q)
}

// CommitmentChangeOrder shows one commitment change order (§9.6).
func (c *Client) CommitmentChangeOrder(ctx context.Context, projectID, id int64, view string) (CommitmentChangeOrder, error) {
	q := url.Values{}
	setIf(q, "view", view)
	var cco CommitmentChangeOrder
	err := c.Get(ctx, projectPath("v1.0", projectID, "/commitment_change_orders/"+idString(id)), q, &cco)
	return cco, err
}

// ChangeOrderLineItem is one line of a commitment change order (§9.6, v2.0: ids arrive as
// strings).
type ChangeOrderLineItem struct {
	ID                   StringID   `json:"id"`
	CommitmentLineItemID StringID   `json:"commitment_line_item_id"`
	PrimeLineItemID      StringID   `json:"prime_line_item_id"`
	Description          *string    `json:"description"`
	UOM                  *string    `json:"uom"`
	Quantity             Decimal    `json:"quantity"`
	UnitCost             Decimal    `json:"unit_cost"`
	Amount               Decimal    `json:"amount"`
	ExtendedType         *string    `json:"extended_type"` // manual or calculated
	WBSCodeID            StringID   `json:"wbs_code_id"`
	TaxCodeID            StringID   `json:"tax_code_id"`
	Position             *float64   `json:"position"` // an order, not money
	WBSCode              *WBSCodeV2 `json:"wbs_code"`
}

// WBSCodeV2 is a WBS code as v2.0 sends it (string id).
type WBSCodeV2 struct {
	ID          StringID `json:"id"`
	FlatCode    *string  `json:"flat_code"`
	Description *string  `json:"description"`
}

// CommitmentChangeOrderLineItems lists the lines of one commitment change order (§9.6). This
// is a v2.0 endpoint: company and project in the path, {"data": [...]} pages.
func (c *Client) CommitmentChangeOrderLineItems(projectID, changeOrderID int64) *Pager[ChangeOrderLineItem] {
	path := "/rest/v2.0/companies/" + idString(c.cfg.CompanyID) + "/projects/" + idString(projectID) +
		"/commitment_change_orders/" + idString(changeOrderID) + "/line_items"
	p := newPager[ChangeOrderLineItem](c, path, nil)
	p.wrapped = true
	return p
}

// ChangeOrderPackageDetail is a change order package with its lines (§9.7 show).
type ChangeOrderPackageDetail struct {
	ChangeOrderPackage
	Description                      *string                  `json:"description"`
	Position                         *int64                   `json:"position"`
	Private                          *bool                    `json:"private"`
	ReviewNotes                      *string                  `json:"review_notes"`
	RevisedSubstantialCompletionDate *string                  `json:"revised_substantial_completion_date"`
	ScheduleImpactAmount             *int64                   `json:"schedule_impact_amount"`
	Type                             *string                  `json:"type"`
	Attachments                      []Attachment             `json:"attachments"`
	LineItems                        []ChangeOrderPackageLine `json:"line_items"`
}

// ChangeOrderPackageLine is one line of a change order package.
type ChangeOrderPackageLine struct {
	ID             int64         `json:"id"`
	Position       *int64        `json:"position"`
	Description    *string       `json:"description"`
	Quantity       Decimal       `json:"quantity"`
	UOM            *string       `json:"uom"`
	UnitCost       Decimal       `json:"unit_cost"`
	ExtendedAmount Decimal       `json:"extended_amount"`
	TotalAmount    Decimal       `json:"total_amount"`
	CostCode       *CostCode     `json:"cost_code"`
	LineItemType   *LineItemType `json:"line_item_type"`
	WBSCode        *WBSCode      `json:"wbs_code"`
	Holder         *Holder       `json:"holder"`
}

// ListChangeOrderPackagesOptions narrows ListChangeOrderPackages (§9.7).
type ListChangeOrderPackagesOptions struct {
	ContractID int64 // contract_id: one commitment's packages
	Updated    TimeRange
	IDs        []int64
}

// ListChangeOrderPackages lists a project's commitment change order packages (§9.7).
func (c *Client) ListChangeOrderPackages(projectID int64, opts ListChangeOrderPackagesOptions) *Pager[ChangeOrderPackage] {
	q := projectQuery(projectID)
	setID(q, "contract_id", opts.ContractID)
	setRange(q, "updated_at", opts.Updated, c.Now())
	setIDs(q, "filters[id][]", opts.IDs)
	return newPager[ChangeOrderPackage](c, "/rest/v1.0/change_order_packages", q)
}

// ChangeOrderPackage shows one change order package with its lines (§9.7).
func (c *Client) ChangeOrderPackage(ctx context.Context, projectID, id int64) (ChangeOrderPackageDetail, error) {
	var p ChangeOrderPackageDetail
	err := c.Get(ctx, "/rest/v1.0/change_order_packages/"+idString(id), projectQuery(projectID), &p)
	return p, err
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
