package procore

import (
	"context"
	"net/http"
)

// Commitment change order writes (§9.6 names POST, PATCH and DELETE but not their bodies). The
// body mirrors the other v1.0 creates, {"commitment_change_order": {...}}, with the show
// shape's field names plus contract_id; the simulator accepts the same.

// CommitmentChangeOrderFields are a change order's writable attributes; only set fields are
// sent. ContractID (the commitment) is required on create and cannot change afterwards.
// LineItems, when set, replace the change order's lines, whose amounts make its grand total;
// an approved change order keeps its lines.
type CommitmentChangeOrderFields struct {
	ContractID                       *int64                      `json:"contract_id,omitempty"`
	Number                           *string                     `json:"number,omitempty"`
	Title                            *string                     `json:"title,omitempty"`
	Description                      *string                     `json:"description,omitempty"`
	Status                           *string                     `json:"status,omitempty"` // see CommitmentChangeOrderStatuses
	Reference                        *string                     `json:"reference,omitempty"`
	Executed                         *bool                       `json:"executed,omitempty"`
	Paid                             *bool                       `json:"paid,omitempty"`
	SignatureRequired                *bool                       `json:"signature_required,omitempty"`
	Private                          *bool                       `json:"private,omitempty"`
	FieldChange                      *bool                       `json:"field_change,omitempty"`
	ScheduleImpactAmount             *int64                      `json:"schedule_impact_amount,omitempty"` // days
	InvoicedDate                     *string                     `json:"invoiced_date,omitempty"`
	DueDate                          *string                     `json:"due_date,omitempty"`
	RevisedSubstantialCompletionDate *string                     `json:"revised_substantial_completion_date,omitempty"`
	SignedChangeOrderReceivedDate    *string                     `json:"signed_change_order_received_date,omitempty"`
	OriginID                         *string                     `json:"origin_id,omitempty"`
	OriginCode                       *string                     `json:"origin_code,omitempty"`
	OriginData                       *string                     `json:"origin_data,omitempty"`
	LineItems                        []CommitmentChangeOrderLine `json:"line_items,omitempty"`
}

// CommitmentChangeOrderLine is one line sent with a change order: the §9.3 line fields plus
// the schedule-of-values line it changes.
type CommitmentChangeOrderLine struct {
	CommitmentLineItemID *int64   `json:"commitment_line_item_id,omitempty"`
	CostCodeID           int64    `json:"cost_code_id"`
	LineItemTypeID       *int64   `json:"line_item_type_id,omitempty"`
	Description          *string  `json:"description,omitempty"`
	ExtendedType         *string  `json:"extended_type,omitempty"` // manual or calculated
	Quantity             *Decimal `json:"quantity,omitempty"`
	UnitCost             *Decimal `json:"unit_cost,omitempty"`
	Amount               *Decimal `json:"amount,omitempty"`
	UOM                  *string  `json:"uom,omitempty"`
}

func changeOrdersPath(projectID int64) string {
	return projectPath("v1.0", projectID, "/commitment_change_orders")
}

// CreateCommitmentChangeOrder creates a change order on a commitment (§9.6). With an OriginID
// a lost answer is resolved by looking it up among the commitment's change orders (the list
// has no origin_id filter, so the match is made here).
func (c *Client) CreateCommitmentChangeOrder(ctx context.Context, projectID int64, f CommitmentChangeOrderFields) (CommitmentChangeOrder, error) {
	body := map[string]any{"commitment_change_order": f}
	return createOnce(ctx, c, "commitment change order", f.OriginID, func() (CommitmentChangeOrder, error) {
		var o CommitmentChangeOrder
		err := c.call(ctx, &request{method: http.MethodPost, path: changeOrdersPath(projectID), body: body}, &o)
		return o, err
	}, func(originID string) ([]CommitmentChangeOrder, error) {
		var contractID int64
		if f.ContractID != nil {
			contractID = *f.ContractID
		}
		all, err := c.ListCommitmentChangeOrders(projectID, ListCommitmentChangeOrdersOptions{ContractID: contractID}).Collect(ctx)
		if err != nil {
			return nil, err
		}
		var found []CommitmentChangeOrder
		for _, o := range all {
			if deref(o.OriginID) == originID {
				found = append(found, o)
			}
		}
		return found, nil
	})
}

// UpdateCommitmentChangeOrder changes the set fields of a change order (§9.6).
func (c *Client) UpdateCommitmentChangeOrder(ctx context.Context, projectID, id int64, f CommitmentChangeOrderFields) (CommitmentChangeOrder, error) {
	var o CommitmentChangeOrder
	body := map[string]any{"commitment_change_order": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: changeOrdersPath(projectID) + "/" + idString(id), body: body}, &o)
	return o, err
}

// DeleteCommitmentChangeOrder deletes a change order (§9.6). Approved change orders cannot be
// deleted (§3.5): Procore answers 422.
func (c *Client) DeleteCommitmentChangeOrder(ctx context.Context, projectID, id int64) error {
	return c.call(ctx, &request{method: http.MethodDelete, path: changeOrdersPath(projectID) + "/" + idString(id)}, nil)
}
