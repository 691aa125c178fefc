package procore

import (
	"context"
	"net/url"
	"time"
)

// CommitmentVendor is the vendor of a commitment: in lists {id, company}; show adds the
// vendor's origin fields (§9.1, §9.2).
type CommitmentVendor struct {
	ID         int64   `json:"id"`
	Company    *string `json:"company"` // the vendor's name
	OriginID   *string `json:"origin_id"`
	OriginData *string `json:"origin_data"`
}

// ContractCommon holds the fields work order and purchase order contracts share (§9.1,
// §9.2). The collections (line items, payments, packages) are filled by show only.
type ContractCommon struct {
	ID                          int64                  `json:"id"`
	Number                      *string                `json:"number"` // e.g. "SC-001"
	Title                       *string                `json:"title"`
	Status                      string                 `json:"status"`
	Description                 *string                `json:"description"`
	AccountingMethod            *string                `json:"accounting_method"` // amount or unit
	Executed                    bool                   `json:"executed"`
	Private                     bool                   `json:"private"`
	ShowLineItemsToNonAdmins    *bool                  `json:"show_line_items_to_non_admins"`
	RequisitionsAreEnabled      *bool                  `json:"requisitions_are_enabled"`
	GrandTotal                  Decimal                `json:"grand_total"`
	RevisedContract             Decimal                `json:"revised_contract"`
	ApprovedChangeOrders        Decimal                `json:"approved_change_orders"`
	PendingChangeOrders         Decimal                `json:"pending_change_orders"`
	PendingRevisedContract      Decimal                `json:"pending_revised_contract"`
	DraftChangeOrdersAmount     Decimal                `json:"draft_change_orders_amount"`
	PercentagePaid              Decimal                `json:"percentage_paid"`
	RemainingBalanceOutstanding Decimal                `json:"remaining_balance_outstanding"`
	RetainagePercent            Decimal                `json:"retainage_percent"`
	TotalDrawRequestsAmount     Decimal                `json:"total_draw_requests_amount"`
	TotalPayments               Decimal                `json:"total_payments"`
	TotalRequisitionsAmount     Decimal                `json:"total_requisitions_amount"`
	OriginID                    *string                `json:"origin_id"`
	OriginCode                  *string                `json:"origin_code"`
	OriginData                  *string                `json:"origin_data"`
	ContractDate                *string                `json:"contract_date"` // YYYY-MM-DD
	ExecutionDate               *string                `json:"execution_date"`
	IssuedOnDate                *string                `json:"issued_on_date"`
	LetterOfIntentDate          *string                `json:"letter_of_intent_date"`
	ReturnedDate                *string                `json:"returned_date"`
	SignedContractReceivedDate  *string                `json:"signed_contract_received_date"`
	ApprovalLetterDate          *string                `json:"approval_letter_date"`
	Vendor                      *CommitmentVendor      `json:"vendor"`
	Project                     *ProjectRef            `json:"project"`
	CurrencyConfiguration       *CurrencyConfiguration `json:"currency_configuration"`
	CreatedAt                   *time.Time             `json:"created_at"`
	UpdatedAt                   *time.Time             `json:"updated_at"`
	DeletedAt                   *time.Time             `json:"deleted_at"`

	// Show only.
	CreatedByID         *int64               `json:"created_by_id"`
	Attachments         []Attachment         `json:"attachments"`
	InvoiceContacts     []InvoiceContact     `json:"invoice_contacts"`
	LineItems           []CommitmentLineItem `json:"line_items"`
	ChangeOrderPackages []ChangeOrderPackage `json:"change_order_packages"`
	PaymentsIssued      []PaymentIssued      `json:"payments_issued"`
}

// WorkOrderContract is a subcontract (§9.1, §9.2). Status: Draft, Out For Bid, Out For
// Signature, Approved, Complete, Terminated, Void.
type WorkOrderContract struct {
	ContractCommon
	Inclusions                      *string `json:"inclusions"`
	Exclusions                      *string `json:"exclusions"`
	ContractStartDate               *string `json:"contract_start_date"`
	ContractEstimatedCompletionDate *string `json:"contract_estimated_completion_date"`
	ActualCompletionDate            *string `json:"actual_completion_date"`
}

// PurchaseOrderContract is a purchase order (§9.1, §9.2). Status: Draft, Processing,
// Submitted, Partially Received, Received, Approved, Closed.
type PurchaseOrderContract struct {
	ContractCommon
	Assignee                      *IDRef  `json:"assignee"`
	BillToAddress                 *string `json:"bill_to_address"`
	ShipToAddress                 *string `json:"ship_to_address"`
	ShipVia                       *string `json:"ship_via"`
	DeliveryDate                  *string `json:"delivery_date"`
	PaymentTerms                  *string `json:"payment_terms"`
	BillingScheduleOfValuesStatus *string `json:"billing_schedule_of_values_status"`
}

// InvoiceContact is a person who receives a commitment's invoices.
type InvoiceContact struct {
	ID                     int64   `json:"id"`
	Name                   *string `json:"name"`
	Email                  *string `json:"email"`
	BusinessPhone          *string `json:"business_phone"`
	BusinessPhoneExtension *int64  `json:"business_phone_extension"`
	FaxNumber              *string `json:"fax_number"`
	JobTitle               *string `json:"job_title"`
	LoginInformationID     *int64  `json:"login_information_id"`
	MobilePhone            *string `json:"mobile_phone"`
	VendorName             *string `json:"vendor_name"`
}

// ChangeOrderPackage is a commitment's change order package as the contract shows it (§9.2)
// and as §9.7 lists it.
type ChangeOrderPackage struct {
	ID                            int64                  `json:"id"`
	ContractID                    int64                  `json:"contract_id"`
	Number                        *string                `json:"number"`
	Title                         *string                `json:"title"`
	Status                        string                 `json:"status"`
	Executed                      *bool                  `json:"executed"`
	GrandTotal                    Decimal                `json:"grand_total"`
	Revision                      *int64                 `json:"revision"`
	DueDate                       *string                `json:"due_date"`
	InvoicedDate                  *string                `json:"invoiced_date"`
	PaidDate                      *string                `json:"paid_date"`
	SignedChangeOrderReceivedDate *string                `json:"signed_change_order_received_date"`
	ReviewedAt                    *time.Time             `json:"reviewed_at"`
	OriginID                      *string                `json:"origin_id"`
	OriginCode                    *string                `json:"origin_code"`
	OriginData                    *string                `json:"origin_data"`
	CurrencyConfiguration         *CurrencyConfiguration `json:"currency_configuration"`
	CreatedAt                     *time.Time             `json:"created_at"`
	UpdatedAt                     *time.Time             `json:"updated_at"`
	DeletedAt                     *time.Time             `json:"deleted_at"`
}

// PaymentIssued is a payment recorded against a commitment, as the contract shows it (§9.2).
type PaymentIssued struct {
	ID                int64        `json:"id"`
	Amount            Decimal      `json:"amount"`
	CheckNumber       *string      `json:"check_number"`
	Date              *string      `json:"date"` // YYYY-MM-DD
	DrawRequestNumber *int64       `json:"draw_request_number"`
	InvoiceNumber     *string      `json:"invoice_number"`
	Notes             *string      `json:"notes"`
	PaymentNumber     *int64       `json:"payment_number"`
	OriginID          *string      `json:"origin_id"`
	OriginData        *string      `json:"origin_data"`
	Attachments       []Attachment `json:"attachments"`
	CreatedAt         *time.Time   `json:"created_at"`
}

// CommitmentLineItem is one schedule-of-values line of a commitment (§9.3).
type CommitmentLineItem struct {
	ID                    int64                  `json:"id"`
	Amount                Decimal                `json:"amount"`
	Description           *string                `json:"description"`
	Quantity              Decimal                `json:"quantity"`
	UnitCost              Decimal                `json:"unit_cost"`
	UOM                   *string                `json:"uom"`
	TotalAmount           Decimal                `json:"total_amount"`
	ExtendedAmount        Decimal                `json:"extended_amount"`
	ExtendedType          *string                `json:"extended_type"` // manual or calculated
	Position              *int                   `json:"position"`
	TaxCodeID             *int64                 `json:"tax_code_id"`
	CostCode              *CostCode              `json:"cost_code"` // full or {id, name}
	LineItemType          *LineItemType          `json:"line_item_type"`
	WBSCode               *WBSCode               `json:"wbs_code"`
	Holder                *Holder                `json:"holder"`
	Company               *CompanyRef            `json:"company"`
	Project               *ProjectRef            `json:"project"`
	OriginID              *string                `json:"origin_id"`
	OriginData            *string                `json:"origin_data"`
	ChangeEventLineItem   *ChangeEventLine       `json:"change_event_line_item"` // only when linked
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
	CreatedAt             *time.Time             `json:"created_at"`
	UpdatedAt             *time.Time             `json:"updated_at"`
}

// ChangeEventLine is the change event line a commitment line came from.
type ChangeEventLine struct {
	ID           int64            `json:"id"`
	CostROM      Decimal          `json:"cost_rom"`
	RevenueROM   Decimal          `json:"revenue_rom"`
	EventID      *int64           `json:"event_id"`
	CostCode     *CostCode        `json:"cost_code"`
	LineItemType *LineItemTypeRef `json:"line_item_type"`
}

// CommitmentLineItemSyncItem is one line in a commitment line item sync (§9.3). Amounts go
// out as the exact number text.
type CommitmentLineItemSyncItem struct {
	ID             int64    `json:"id,omitempty"`
	Amount         *Decimal `json:"amount,omitempty"`
	CostCodeID     *int64   `json:"cost_code_id,omitempty"`
	LineItemTypeID *int64   `json:"line_item_type_id,omitempty"`
	WBSCodeID      *int64   `json:"wbs_code_id,omitempty"`
	Description    *string  `json:"description,omitempty"`
	ExtendedType   *string  `json:"extended_type,omitempty"`
	Quantity       *Decimal `json:"quantity,omitempty"`
	UnitCost       *Decimal `json:"unit_cost,omitempty"`
	UOM            *string  `json:"uom,omitempty"`
	TaxCodeID      *int64   `json:"tax_code_id,omitempty"`
	OriginID       *string  `json:"origin_id,omitempty"`
	OriginData     *string  `json:"origin_data,omitempty"`
}

func (s CommitmentLineItemSyncItem) syncKeys() (int64, string) { return s.ID, deref(s.OriginID) }

// ListContractsOptions narrows the work order and purchase order contract lists (§9.1).
type ListContractsOptions struct {
	Updated        TimeRange // filters[updated_at]
	Created        TimeRange // filters[created_at]
	Status         string    // filters[status]: one of the kind's statuses, e.g. "Approved"
	OriginID       string    // filters[origin_id]
	IDs            []int64   // filters[id][]
	IncludeDeleted string    // filters[include_deleted]: only or with
	View           string    // compact (Procore's default) or extended
}

func (c *Client) contractQuery(projectID int64, opts ListContractsOptions) url.Values {
	q := projectQuery(projectID)
	setRange(q, "updated_at", opts.Updated, c.Now())
	setRange(q, "created_at", opts.Created, c.Now())
	setIf(q, "filters[status]", opts.Status)
	setIf(q, "filters[origin_id]", opts.OriginID)
	setIDs(q, "filters[id][]", opts.IDs)
	setIf(q, "filters[include_deleted]", opts.IncludeDeleted)
	setIf(q, "view", opts.View)
	return q
}

const (
	workOrderContracts     = "/rest/v1.0/work_order_contracts"
	purchaseOrderContracts = "/rest/v1.0/purchase_order_contracts"
)

// ListWorkOrderContracts lists a project's subcontracts (§9.1).
func (c *Client) ListWorkOrderContracts(projectID int64, opts ListContractsOptions) *Pager[WorkOrderContract] {
	return newPager[WorkOrderContract](c, workOrderContracts, c.contractQuery(projectID, opts))
}

// ListPurchaseOrderContracts lists a project's purchase orders (§9.1).
func (c *Client) ListPurchaseOrderContracts(projectID int64, opts ListContractsOptions) *Pager[PurchaseOrderContract] {
	return newPager[PurchaseOrderContract](c, purchaseOrderContracts, c.contractQuery(projectID, opts))
}

// WorkOrderContract shows one subcontract with its line items, change order packages and
// payments issued (§9.2).
func (c *Client) WorkOrderContract(ctx context.Context, projectID, id int64) (WorkOrderContract, error) {
	var w WorkOrderContract
	err := c.Get(ctx, workOrderContracts+"/"+idString(id), projectQuery(projectID), &w)
	return w, err
}

// PurchaseOrderContract shows one purchase order with its line items, change order packages
// and payments issued (§9.2).
func (c *Client) PurchaseOrderContract(ctx context.Context, projectID, id int64) (PurchaseOrderContract, error) {
	var p PurchaseOrderContract
	err := c.Get(ctx, purchaseOrderContracts+"/"+idString(id), projectQuery(projectID), &p)
	return p, err
}

// ListCommitmentLineItemsOptions narrows the commitment line item lists (§9.3).
type ListCommitmentLineItemsOptions struct {
	Updated        TimeRange
	Created        TimeRange
	IDs            []int64
	CostCodeID     int64
	LineItemTypeID int64
	View           string // default or ssov_source_lines
}

func (c *Client) lineItemQuery(projectID int64, opts ListCommitmentLineItemsOptions) url.Values {
	q := projectQuery(projectID)
	setRange(q, "updated_at", opts.Updated, c.Now())
	setRange(q, "created_at", opts.Created, c.Now())
	setIDs(q, "filters[id][]", opts.IDs)
	setID(q, "filters[cost_code_id]", opts.CostCodeID)
	setID(q, "filters[line_item_type_id]", opts.LineItemTypeID)
	setIf(q, "view", opts.View)
	return q
}

// ListWorkOrderContractLineItems lists a subcontract's schedule of values (§9.3).
func (c *Client) ListWorkOrderContractLineItems(projectID, contractID int64, opts ListCommitmentLineItemsOptions) *Pager[CommitmentLineItem] {
	return newPager[CommitmentLineItem](c, workOrderContracts+"/"+idString(contractID)+"/line_items", c.lineItemQuery(projectID, opts))
}

// ListPurchaseOrderContractLineItems lists a purchase order's schedule of values (§9.3).
func (c *Client) ListPurchaseOrderContractLineItems(projectID, contractID int64, opts ListCommitmentLineItemsOptions) *Pager[CommitmentLineItem] {
	return newPager[CommitmentLineItem](c, purchaseOrderContracts+"/"+idString(contractID)+"/line_items", c.lineItemQuery(projectID, opts))
}

// SyncWorkOrderContractLineItems creates or updates a subcontract's lines in batches of at
// most 1,000 (§9.3). Approved and complete subcontracts refuse changes to their lines.
func (c *Client) SyncWorkOrderContractLineItems(ctx context.Context, projectID, contractID int64, items []CommitmentLineItemSyncItem) (SyncResult[CommitmentLineItem], error) {
	return syncChunks[CommitmentLineItemSyncItem, CommitmentLineItem](ctx, c,
		workOrderContracts+"/"+idString(contractID)+"/line_items/sync", projectQuery(projectID), nil, items)
}

// SyncPurchaseOrderContractLineItems creates or updates a purchase order's lines in batches
// of at most 1,000 (§9.3).
func (c *Client) SyncPurchaseOrderContractLineItems(ctx context.Context, projectID, contractID int64, items []CommitmentLineItemSyncItem) (SyncResult[CommitmentLineItem], error) {
	return syncChunks[CommitmentLineItemSyncItem, CommitmentLineItem](ctx, c,
		purchaseOrderContracts+"/"+idString(contractID)+"/line_items/sync", projectQuery(projectID), nil, items)
}

// Commitment is one row of the combined, read-only commitment list (§9.5): subcontracts and
// purchase orders together.
type Commitment struct {
	ID           int64      `json:"id"`
	Title        *string    `json:"title"`
	Number       *string    `json:"number"`
	Status       string     `json:"status"`
	Description  *string    `json:"description"`
	Executed     bool       `json:"executed"`
	DeliveryDate *string    `json:"delivery_date"`
	Private      bool       `json:"private"`
	Vendor       *VendorRef `json:"vendor"`
	CreatedAt    *time.Time `json:"created_at"`
}

// ListCommitments lists all of a project's commitments (§9.5).
func (c *Client) ListCommitments(projectID int64) *Pager[Commitment] {
	return newPager[Commitment](c, "/rest/v1.0/commitments", projectQuery(projectID))
}

// Commitment shows one commitment of either kind in the combined shape (§9.5).
func (c *Client) Commitment(ctx context.Context, projectID, id int64) (Commitment, error) {
	var m Commitment
	err := c.Get(ctx, "/rest/v1.0/commitments/"+idString(id), projectQuery(projectID), &m)
	return m, err
}
