package procore

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// ContractPayment is a payment made on a commitment (§10.2). The same payments appear as
// payments_issued on the commitment (§9.2).
type ContractPayment struct {
	ID                   int64        `json:"id"`
	ContractID           int64        `json:"contract_id"`
	ProjectID            int64        `json:"project_id"`
	RequisitionID        *int64       `json:"requisition_id"` // the subcontractor invoice paid
	Amount               Decimal      `json:"amount"`
	Date                 *string      `json:"date"` // YYYY-MM-DD
	CheckNumber          *string      `json:"check_number"`
	InvoiceNumber        *string      `json:"invoice_number"`
	Notes                *string      `json:"notes"`
	PaymentNumber        *int64       `json:"payment_number"`
	DrawRequestNumber    *int64       `json:"draw_request_number"`
	Status               *string      `json:"status"`
	OriginID             *string      `json:"origin_id"`
	OriginCode           *string      `json:"origin_code"`
	OriginData           *string      `json:"origin_data"`
	ExternalPaymentID    *string      `json:"external_payment_id"` // Procore Pay only
	DatePaymentInitiated *time.Time   `json:"date_payment_initiated"`
	DatePaymentSettled   *time.Time   `json:"date_payment_settled"`
	Attachments          []Attachment `json:"attachments"`
	CreatedAt            *time.Time   `json:"created_at"`
	UpdatedAt            *time.Time   `json:"updated_at"`
}

// ContractPaymentFields are the writable payment attributes (§10.2). Amount is sent as the
// string the schema shows ("1250.00"). With an OriginID the payment can no longer be edited
// or deleted in Procore.
type ContractPaymentFields struct {
	Date              *string  `json:"date,omitempty"`
	Amount            *Decimal `json:"-"`
	InvoiceNumber     *string  `json:"invoice_number,omitempty"`
	InvoiceDate       *string  `json:"invoice_date,omitempty"`
	CheckNumber       *string  `json:"check_number,omitempty"`
	PaymentMethod     *string  `json:"payment_method,omitempty"` // check, credit_card or electronic
	PaymentNumber     *int64   `json:"payment_number,omitempty"`
	DrawRequestNumber *int64   `json:"draw_request_number,omitempty"`
	RequisitionID     *int64   `json:"requisition_id,omitempty"`
	Notes             *string  `json:"notes,omitempty"`
	OriginID          *string  `json:"origin_id,omitempty"`
	OriginData        *string  `json:"origin_data,omitempty"`
}

func (f ContractPaymentFields) body() (map[string]any, error) {
	type plain ContractPaymentFields
	out := struct {
		plain
		Amount *string `json:"amount,omitempty"`
	}{plain: plain(f)}
	if f.Amount != nil {
		if _, err := ParseDecimal(string(*f.Amount)); err != nil {
			return nil, err
		}
		s := string(*f.Amount)
		out.Amount = &s
	}
	return map[string]any{"contract_payment": out}, nil
}

func contractPaymentQuery(projectID, contractID int64) url.Values {
	q := projectQuery(projectID)
	q.Set("contract_id", idString(contractID))
	return q
}

// ListContractPayments lists the payments made on one commitment (§10.2).
func (c *Client) ListContractPayments(projectID, contractID int64) *Pager[ContractPayment] {
	return newPager[ContractPayment](c, "/rest/v1.0/contract_payments", contractPaymentQuery(projectID, contractID))
}

// ContractPayment shows one commitment payment (§10.2).
func (c *Client) ContractPayment(ctx context.Context, projectID, contractID, id int64) (ContractPayment, error) {
	var p ContractPayment
	err := c.Get(ctx, "/rest/v1.0/contract_payments/"+idString(id), contractPaymentQuery(projectID, contractID), &p)
	return p, err
}

// CreateContractPayment records a payment on a commitment (§10.2). Not retried after a lost
// answer: look the payment up by its OriginID before sending it again.
func (c *Client) CreateContractPayment(ctx context.Context, projectID, contractID int64, f ContractPaymentFields) (ContractPayment, error) {
	body, err := f.body()
	if err != nil {
		return ContractPayment{}, err
	}
	body["project_id"] = projectID
	body["contract_id"] = contractID
	var p ContractPayment
	err = c.call(ctx, &request{method: http.MethodPost, path: "/rest/v1.0/contract_payments", body: body}, &p)
	return p, err
}

// UpdateContractPayment changes the set fields of a payment (§10.2).
func (c *Client) UpdateContractPayment(ctx context.Context, projectID, contractID, id int64, f ContractPaymentFields) (ContractPayment, error) {
	body, err := f.body()
	if err != nil {
		return ContractPayment{}, err
	}
	body["project_id"] = projectID
	body["contract_id"] = contractID
	var p ContractPayment
	err = c.call(ctx, &request{method: http.MethodPatch, path: "/rest/v1.0/contract_payments/" + idString(id), body: body}, &p)
	return p, err
}
