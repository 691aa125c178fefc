package procore

import (
	"context"
	"net/http"
)

// ContractFields are the writable attributes work order and purchase order contracts share
// (§9.4); only set fields are sent. VendorID is required on create. With an OriginID a create
// is safe to repeat (see createOnce).
type ContractFields struct {
	Number                     *string        `json:"number,omitempty"`
	Title                      *string        `json:"title,omitempty"`
	Status                     *string        `json:"status,omitempty"` // the kind's status enum
	VendorID                   *int64         `json:"vendor_id,omitempty"`
	Description                *string        `json:"description,omitempty"`
	AccountingMethod           *string        `json:"accounting_method,omitempty"` // amount or unit
	Executed                   *bool          `json:"executed,omitempty"`
	Private                    *bool          `json:"private,omitempty"`
	RetainagePercent           *DecimalString `json:"retainage_percent,omitempty"` // a string in the schema
	ContractDate               *string        `json:"contract_date,omitempty"`     // YYYY-MM-DD
	ExecutionDate              *string        `json:"execution_date,omitempty"`
	IssuedOnDate               *string        `json:"issued_on_date,omitempty"`
	LetterOfIntentDate         *string        `json:"letter_of_intent_date,omitempty"`
	ReturnedDate               *string        `json:"returned_date,omitempty"`
	SignedContractReceivedDate *string        `json:"signed_contract_received_date,omitempty"`
	ApprovalLetterDate         *string        `json:"approval_letter_date,omitempty"`
	InvoiceContactUserIDs      []int64        `json:"invoice_contact_user_ids,omitempty"`
	OriginID                   *string        `json:"origin_id,omitempty"`
	OriginCode                 *string        `json:"origin_code,omitempty"` // the number users see
	OriginData                 *string        `json:"origin_data,omitempty"`
	CurrencyISOCode            *string        `json:"currency_iso_code,omitempty"`
	CurrencyExchangeRate       *Decimal       `json:"currency_exchange_rate,omitempty"`
}

// WorkOrderContractFields are a subcontract's writable attributes (§9.4).
type WorkOrderContractFields struct {
	ContractFields
	Inclusions                      *string `json:"inclusions,omitempty"`
	Exclusions                      *string `json:"exclusions,omitempty"`
	ContractStartDate               *string `json:"contract_start_date,omitempty"`
	ContractEstimatedCompletionDate *string `json:"contract_estimated_completion_date,omitempty"`
	ActualCompletionDate            *string `json:"actual_completion_date,omitempty"`
}

// PurchaseOrderContractFields are a purchase order's writable attributes (§9.4).
type PurchaseOrderContractFields struct {
	ContractFields
	BillToAddress *string `json:"bill_to_address,omitempty"`
	ShipToAddress *string `json:"ship_to_address,omitempty"`
	ShipVia       *string `json:"ship_via,omitempty"`
	DeliveryDate  *string `json:"delivery_date,omitempty"`
	PaymentTerms  *string `json:"payment_terms,omitempty"`
	AssigneeID    *int64  `json:"assignee_id,omitempty"`
}

// WorkOrderContractSyncItem is one subcontract in a sync batch (§9.4).
type WorkOrderContractSyncItem struct {
	ID int64 `json:"id,omitempty"`
	WorkOrderContractFields
}

func (s WorkOrderContractSyncItem) syncKeys() (int64, string) { return s.ID, deref(s.OriginID) }

// PurchaseOrderContractSyncItem is one purchase order in a sync batch (§9.4).
type PurchaseOrderContractSyncItem struct {
	ID int64 `json:"id,omitempty"`
	PurchaseOrderContractFields
}

func (s PurchaseOrderContractSyncItem) syncKeys() (int64, string) { return s.ID, deref(s.OriginID) }

// CreateWorkOrderContract creates a subcontract (§9.4) and returns it in the show shape. With
// an OriginID a lost answer is resolved by looking the contract up by origin_id.
func (c *Client) CreateWorkOrderContract(ctx context.Context, projectID int64, f WorkOrderContractFields) (WorkOrderContract, error) {
	body := map[string]any{"project_id": projectID, "work_order_contract": f}
	return createOnce(ctx, c, "work order contract", f.OriginID, func() (WorkOrderContract, error) {
		var w WorkOrderContract
		err := c.call(ctx, &request{method: http.MethodPost, path: workOrderContracts, body: body}, &w)
		return w, err
	}, func(originID string) ([]WorkOrderContract, error) {
		return showFound(ctx, c.ListWorkOrderContracts(projectID, ListContractsOptions{OriginID: originID}),
			func(w WorkOrderContract) (WorkOrderContract, error) { return c.WorkOrderContract(ctx, projectID, w.ID) })
	})
}

// UpdateWorkOrderContract changes the set fields of a subcontract (§9.4). Approved and
// complete subcontracts keep their vendor.
func (c *Client) UpdateWorkOrderContract(ctx context.Context, projectID, id int64, f WorkOrderContractFields) (WorkOrderContract, error) {
	var w WorkOrderContract
	body := map[string]any{"project_id": projectID, "work_order_contract": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: workOrderContracts + "/" + idString(id), body: body}, &w)
	return w, err
}

// SyncWorkOrderContracts creates or updates a project's subcontracts in batches of at most
// 1,000 (§9.4). Entities come back in the list shape.
func (c *Client) SyncWorkOrderContracts(ctx context.Context, projectID int64, items []WorkOrderContractSyncItem) (SyncResult[WorkOrderContract], error) {
	return syncChunks[WorkOrderContractSyncItem, WorkOrderContract](ctx, c, workOrderContracts+"/sync", nil,
		map[string]any{"project_id": projectID}, items)
}

// CreatePurchaseOrderContract creates a purchase order (§9.4), safe to repeat with an OriginID
// as CreateWorkOrderContract is.
func (c *Client) CreatePurchaseOrderContract(ctx context.Context, projectID int64, f PurchaseOrderContractFields) (PurchaseOrderContract, error) {
	body := map[string]any{"project_id": projectID, "purchase_order_contract": f}
	return createOnce(ctx, c, "purchase order contract", f.OriginID, func() (PurchaseOrderContract, error) {
		var p PurchaseOrderContract
		err := c.call(ctx, &request{method: http.MethodPost, path: purchaseOrderContracts, body: body}, &p)
		return p, err
	}, func(originID string) ([]PurchaseOrderContract, error) {
		return showFound(ctx, c.ListPurchaseOrderContracts(projectID, ListContractsOptions{OriginID: originID}),
			func(p PurchaseOrderContract) (PurchaseOrderContract, error) {
				return c.PurchaseOrderContract(ctx, projectID, p.ID)
			})
	})
}

// UpdatePurchaseOrderContract changes the set fields of a purchase order (§9.4).
func (c *Client) UpdatePurchaseOrderContract(ctx context.Context, projectID, id int64, f PurchaseOrderContractFields) (PurchaseOrderContract, error) {
	var p PurchaseOrderContract
	body := map[string]any{"project_id": projectID, "purchase_order_contract": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: purchaseOrderContracts + "/" + idString(id), body: body}, &p)
	return p, err
}

// SyncPurchaseOrderContracts creates or updates a project's purchase orders in batches of at
// most 1,000 (§9.4).
func (c *Client) SyncPurchaseOrderContracts(ctx context.Context, projectID int64, items []PurchaseOrderContractSyncItem) (SyncResult[PurchaseOrderContract], error) {
	return syncChunks[PurchaseOrderContractSyncItem, PurchaseOrderContract](ctx, c, purchaseOrderContracts+"/sync", nil,
		map[string]any{"project_id": projectID}, items)
}

// showFound reads a list and shows its one record, so a create that finds its lost record
// returns the same (show) shape as a create that got its answer. Several or no records are
// returned as listed for createOnce to judge.
func showFound[T any](ctx context.Context, list *Pager[T], show func(T) (T, error)) ([]T, error) {
	found, err := list.Collect(ctx)
	if err != nil || len(found) != 1 {
		return found, err
	}
	shown, err := show(found[0])
	if err != nil {
		return nil, err
	}
	return []T{shown}, nil
}
