package procore

import (
	"context"
	"net/http"
	"time"
)

// Requisition is a subcontractor invoice (§10.1, v1.1). Summary carries the retainage; Items
// come with view=extended or view=items.
type Requisition struct {
	ID                    int64                  `json:"id"`
	Number                *int64                 `json:"number"`
	InvoiceNumber         *string                `json:"invoice_number"`
	InvoiceType           *string                `json:"invoice_type"`
	ProjectID             int64                  `json:"project_id"`
	CommitmentID          int64                  `json:"commitment_id"`
	CommitmentType        *string                `json:"commitment_type"`
	ContractName          *string                `json:"contract_name"`
	VendorID              *int64                 `json:"vendor_id"`
	VendorName            *string                `json:"vendor_name"`
	BillingDate           *string                `json:"billing_date"` // YYYY-MM-DD
	PeriodID              *int64                 `json:"period_id"`
	RequisitionStart      *string                `json:"requisition_start"`
	RequisitionEnd        *string                `json:"requisition_end"`
	SubmittedAt           *string                `json:"submitted_at"` // a date
	PaymentDate           *string                `json:"payment_date"`
	Status                string                 `json:"status"`     // see RequisitionStatuses
	ERPStatus             *string                `json:"erp_status"` // values unpublished
	Final                 bool                   `json:"final"`
	Deletable             *bool                  `json:"deletable"`
	PercentComplete       Decimal                `json:"percent_complete"`
	TotalClaimedAmount    Decimal                `json:"total_claimed_amount"`
	PreviousRequisitionID *int64                 `json:"previous_requisition_id"`
	ElectronicSignatureID *int64                 `json:"electronic_signature_id"`
	OriginID              *string                `json:"origin_id"`
	OriginData            *string                `json:"origin_data"`
	CreatedBy             *UserRef               `json:"created_by"`
	CurrencyConfiguration *CurrencyConfiguration `json:"currency_configuration"`
	Attachments           []Attachment           `json:"attachments"`
	Summary               *RequisitionSummary    `json:"summary"`
	Items                 []RequisitionItem      `json:"items"`
	CreatedAt             *time.Time             `json:"created_at"`
	UpdatedAt             *time.Time             `json:"updated_at"`
}

// RequisitionStatuses are the statuses filters[status] accepts (§10.1).
var RequisitionStatuses = []string{"draft", "under_review", "revise_and_resubmit", "approved", "approved_as_noted", "pending_owner_approval"}

// RequisitionSummary is the G702-style summary of an invoice, retainage included (§10.1).
type RequisitionSummary struct {
	OriginalContractSum                Decimal `json:"original_contract_sum"`
	NetChangeByChangeOrders            Decimal `json:"net_change_by_change_orders"`
	ContractSumToDate                  Decimal `json:"contract_sum_to_date"`
	TotalCompletedAndStoredToDate      Decimal `json:"total_completed_and_stored_to_date"`
	CompletedWorkRetainagePercent      Decimal `json:"completed_work_retainage_percent"`
	CompletedWorkRetainageAmount       Decimal `json:"completed_work_retainage_amount"`
	StoredMaterialsRetainagePercent    Decimal `json:"stored_materials_retainage_percent"`
	StoredMaterialsRetainageAmount     Decimal `json:"stored_materials_retainage_amount"`
	TotalRetainage                     Decimal `json:"total_retainage"`
	TotalEarnedLessRetainage           Decimal `json:"total_earned_less_retainage"`
	LessPreviousCertificatesForPayment Decimal `json:"less_previous_certificates_for_payment"`
	CurrentPaymentDue                  Decimal `json:"current_payment_due"`
	BalanceToFinishIncludingRetainage  Decimal `json:"balance_to_finish_including_retainage"`
	TaxApplicableToThisPayment         Decimal `json:"tax_applicable_to_this_payment"`
	NewMaterials                       Decimal `json:"new_materials"`
	StoredMaterials                    Decimal `json:"stored_materials"`
}

// RequisitionItem is one line of an invoice (§10.1 items).
type RequisitionItem struct {
	ID                                        int64    `json:"id"`
	ItemType                                  *string  `json:"item_type"` // contract_item, contract_detail_item, change_order_item, whole_change_order_item
	LineItemID                                *int64   `json:"line_item_id"`
	CostCodeID                                *int64   `json:"cost_code_id"`
	WBSCode                                   *WBSCode `json:"wbs_code"`
	DescriptionOfWork                         *string  `json:"description_of_work"`
	ScheduledValue                            Decimal  `json:"scheduled_value"`
	WorkCompletedFromPreviousApplication      Decimal  `json:"work_completed_from_previous_application"`
	WorkCompletedThisPeriod                   Decimal  `json:"work_completed_this_period"`
	MaterialsPresentlyStored                  Decimal  `json:"materials_presently_stored"`
	TotalCompletedAndStoredToDate             Decimal  `json:"total_completed_and_stored_to_date"`
	WorkCompletedRetainageRetainedThisPeriod  Decimal  `json:"work_completed_retainage_retained_this_period"`
	WorkCompletedRetainageReleasedThisPeriod  Decimal  `json:"work_completed_retainage_released_this_period"`
	MaterialsStoredRetainageCurrentlyRetained Decimal  `json:"materials_stored_retainage_currently_retained"`
	NetAmount                                 Decimal  `json:"net_amount"`
	GrossAmount                               Decimal  `json:"gross_amount"`
	SubcontractorClaimedAmount                Decimal  `json:"subcontractor_claimed_amount"`
}

// ListRequisitionsOptions narrows ListRequisitions (§10.1).
type ListRequisitionsOptions struct {
	CommitmentID int64     // filters[commitment_id]
	PeriodID     int64     // filters[period_id]
	Status       string    // filters[status]
	Updated      TimeRange // filters[updated_at]
	Created      TimeRange // filters[created_at]
	OriginID     string    // filters[origin_id]
	IDs          []int64   // filters[id][]
	View         string    // default, extended, items or action_policy
}

// ListRequisitions lists a project's subcontractor invoices (§10.1, v1.1).
func (c *Client) ListRequisitions(projectID int64, opts ListRequisitionsOptions) *Pager[Requisition] {
	q := projectQuery(projectID)
	setID(q, "filters[commitment_id]", opts.CommitmentID)
	setID(q, "filters[period_id]", opts.PeriodID)
	setIf(q, "filters[status]", opts.Status)
	setRange(q, "updated_at", opts.Updated, c.Now())
	setRange(q, "created_at", opts.Created, c.Now())
	setIf(q, "filters[origin_id]", opts.OriginID)
	setIDs(q, "filters[id][]", opts.IDs)
	setIf(q, "view", opts.View)
	return newPager[Requisition](c, "/rest/v1.1/requisitions", q)
}

// Requisition shows one subcontractor invoice (§10.1, v1.1); view as for ListRequisitions.
func (c *Client) Requisition(ctx context.Context, projectID, id int64, view string) (Requisition, error) {
	q := projectQuery(projectID)
	setIf(q, "view", view)
	var r Requisition
	err := c.Get(ctx, "/rest/v1.1/requisitions/"+idString(id), q, &r)
	return r, err
}

// RequisitionFields are the writable invoice attributes (§10.1 update); only set fields are
// sent. Setting OriginID marks the invoice as synced, after which Procore refuses edits.
type RequisitionFields struct {
	PeriodID         *int64  `json:"period_id,omitempty"`
	RequisitionStart *string `json:"requisition_start,omitempty"`
	RequisitionEnd   *string `json:"requisition_end,omitempty"`
	BillingDate      *string `json:"billing_date,omitempty"`
	Final            *bool   `json:"final,omitempty"`
	InvoiceNumber    *string `json:"invoice_number,omitempty"`
	PaymentDate      *string `json:"payment_date,omitempty"`
	OriginID         *string `json:"origin_id,omitempty"`
	OriginData       *string `json:"origin_data,omitempty"`
	Status           *string `json:"status,omitempty"`
	SubmittedAt      *string `json:"submitted_at,omitempty"`
	Comment          *string `json:"comment,omitempty"`
}

// UpdateRequisition changes the set fields of a subcontractor invoice (§10.1, v1.0). The
// answer is the v1.0 shape, which lacks vendor_id, summary and items.
func (c *Client) UpdateRequisition(ctx context.Context, projectID, commitmentID, id int64, f RequisitionFields) (Requisition, error) {
	var r Requisition
	body := map[string]any{"project_id": projectID, "commitment_id": commitmentID, "requisition": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: "/rest/v1.0/requisitions/" + idString(id), body: body}, &r)
	return r, err
}

// RequisitionDetailLine is one line of an invoice's detail with its retainage (§10.1).
type RequisitionDetailLine struct {
	ID                                            int64      `json:"id"`
	ItemType                                      *string    `json:"item_type"`
	ItemNumber                                    *LooseText `json:"item_number"`
	CostCodeID                                    *int64     `json:"cost_code_id"`
	DescriptionOfWork                             *string    `json:"description_of_work"`
	ScheduledValue                                Decimal    `json:"scheduled_value"`
	WorkCompletedFromPreviousApplication          Decimal    `json:"work_completed_from_previous_application"`
	WorkCompletedThisPeriod                       Decimal    `json:"work_completed_this_period"`
	MaterialsPresentlyStored                      Decimal    `json:"materials_presently_stored"`
	TotalCompletedAndStoredToDate                 Decimal    `json:"total_completed_and_stored_to_date"`
	TotalCompletedAndStoredToDatePercent          Decimal    `json:"total_completed_and_stored_to_date_percent"`
	BalanceToFinish                               Decimal    `json:"balance_to_finish"`
	WorkCompletedRetainageCurrentlyRetained       Decimal    `json:"work_completed_retainage_currently_retained"`
	WorkCompletedRetainageFromPreviousApplication Decimal    `json:"work_completed_retainage_from_previous_application"`
	WorkCompletedRetainageReleasedThisPeriod      Decimal    `json:"work_completed_retainage_released_this_period"`
	WorkCompletedRetainageRetainedThisPeriod      Decimal    `json:"work_completed_retainage_retained_this_period"`
	WorkCompletedRetainagePercentThisPeriod       Decimal    `json:"work_completed_retainage_percent_this_period"`
	MaterialsStoredRetainageCurrentlyRetained     Decimal    `json:"materials_stored_retainage_currently_retained"`
	TotalRetainageCurrentlyRetained               Decimal    `json:"total_retainage_currently_retained"`
	TotalRetainageFromPreviousApplication         Decimal    `json:"total_retainage_from_previous_application"`
	ScheduledUnitPrice                            Decimal    `json:"scheduled_unit_price"`
	ScheduledQuantity                             Decimal    `json:"scheduled_quantity"`
}

// RequisitionDetail lists the lines of one invoice with their retainage (§10.1; not
// paginated).
func (c *Client) RequisitionDetail(ctx context.Context, projectID, id int64) ([]RequisitionDetailLine, error) {
	var lines []RequisitionDetailLine
	err := c.Get(ctx, "/rest/v1.0/requisitions/"+idString(id)+"/detail", projectQuery(projectID), &lines)
	return lines, err
}
