package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// ContractPayment is a payment against a commitment (reference §10.2). With an origin_id it is synced
// with the ERP and cannot be edited (reference §3.5).
type ContractPayment struct {
	ID                int64   `json:"id"`
	ContractID        int64   `json:"contract_id"`
	ProjectID         int64   `json:"project_id"`
	RequisitionID     *int64  `json:"requisition_id"`
	Amount            Decimal `json:"amount"`
	Date              *string `json:"date"`
	CheckNumber       *string `json:"check_number"`
	InvoiceNumber     *string `json:"invoice_number"`
	Notes             *string `json:"notes"`
	PaymentNumber     *int    `json:"payment_number"`
	DrawRequestNumber *int    `json:"draw_request_number"`
	Status            *string `json:"status"`
	OriginID          *string `json:"origin_id"`
	OriginCode        *string `json:"origin_code"`
	OriginData        *string `json:"origin_data"`
	CreatedAt         string  `json:"created_at"`
	UpdatedAt         string  `json:"updated_at"`
}

func (p *ContractPayment) rowID() int64         { return p.ID }
func (p *ContractPayment) rowOriginID() *string { return p.OriginID }

// AddContractPayment stores a payment; its commitment must exist.
func (c *Company) AddContractPayment(payment *ContractPayment) error {
	if c.commitments.byID[payment.ContractID] == nil {
		return errMissingParent("contract payment", payment.ID)
	}
	c.stamp(&payment.CreatedAt, &payment.UpdatedAt)
	return c.contractPayments.insert(payment)
}

func errMissingParent(what string, id int64) error {
	return fmt.Errorf("add %s %d: the record it belongs to does not exist", what, id)
}

const (
	paymentIDBase     int64 = 6_700_000_000
	messagePaymentERP       = "The Contract Payment cannot be edited or deleted because it is synced with an ERP system"
)

var paymentFields = []string{"date", "amount", "invoice_number", "check_number", "payment_number",
	"draw_request_number", "requisition_id", "notes", "origin_id", "origin_data"}

func (s *Server) paymentKind(commitment *Commitment) kind[*ContractPayment] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	return kind[*ContractPayment]{
		table: s.companyOf(commitment).contractPayments, idBase: paymentIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *ContractPayment {
			return &ContractPayment{ID: id, ContractID: commitment.ID, ProjectID: commitment.ProjectID, Amount: "0.0", CreatedAt: now}
		},
		clone: func(p *ContractPayment) *ContractPayment { copied := *p; return &copied },
		apply: func(p *ContractPayment, attrs attributes) fieldErrors {
			problems := applyAttributes(p, attrs, paymentFields, nil)
			p.UpdatedAt = now
			if p.Date == nil || *p.Date == "" {
				problems.add("date", "can't be blank")
			}
			return problems
		},
		locked: func(p *ContractPayment) string {
			if p.OriginID != nil && *p.OriginID != "" {
				return messagePaymentERP
			}
			return ""
		},
		visible: func(p *ContractPayment) bool { return p.ContractID == commitment.ID },
		render:  func(p *ContractPayment) any { return p },
	}
}

// companyOf finds the company owning a commitment (payments are addressed by project and contract).
func (s *Server) companyOf(commitment *Commitment) *Company {
	for _, company := range s.order {
		if company.commitments.byID[commitment.ID] == commitment {
			return company
		}
	}
	return nil
}

// paymentsIssued is the payments_issued array of a commitment's show shape (reference §9.2).
func paymentsIssued(c *call, commitment *Commitment) []map[string]any {
	issued := []map[string]any{}
	for _, p := range c.company.contractPayments.rows {
		if p.ContractID == commitment.ID {
			issued = append(issued, map[string]any{"id": p.ID, "amount": p.Amount, "check_number": p.CheckNumber,
				"date": p.Date, "draw_request_number": p.DrawRequestNumber, "invoice_number": p.InvoiceNumber,
				"notes": p.Notes, "payment_number": p.PaymentNumber, "origin_id": p.OriginID, "origin_data": p.OriginData,
				"attachments": []any{}, "created_at": p.CreatedAt})
		}
	}
	return issued
}

// paymentScope resolves project_id and contract_id (both required, reference §10.2) from the query or
// a JSON body, answering the error itself.
func (c *call) paymentScope(w http.ResponseWriter, projectValue, contractValue string) *Commitment {
	if projectValue == "" || contractValue == "" {
		writeError(w, http.StatusBadRequest, "project_id and contract_id are required", "")
		return nil
	}
	projectID, projectErr := strconv.ParseInt(projectValue, 10, 64)
	contractID, contractErr := strconv.ParseInt(contractValue, 10, 64)
	if projectErr != nil || contractErr != nil || c.visibleProject(projectID) == nil {
		notFound(w, "Project")
		return nil
	}
	commitment := c.company.commitments.byID[contractID]
	if commitment == nil || commitment.ProjectID != projectID {
		notFound(w, "Contract")
		return nil
	}
	return commitment
}

// handleListPayments is GET /rest/v1.0/contract_payments?project_id=&contract_id=.
func (s *Server) handleListPayments(w http.ResponseWriter, r *http.Request, c *call) {
	query := r.URL.Query()
	commitment := c.paymentScope(w, query.Get("project_id"), query.Get("contract_id"))
	if commitment == nil {
		return
	}
	var rows []*ContractPayment
	for _, p := range c.company.contractPayments.rows {
		if p.ContractID == commitment.ID {
			rows = append(rows, p)
		}
	}
	writeJSON(w, http.StatusOK, paginate(w, r, orEmptyRows(rows), DefaultMaxPerPage))
}

// handleShowPayment is GET /rest/v1.0/contract_payments/{id}?project_id=&contract_id=.
func (s *Server) handleShowPayment(w http.ResponseWriter, r *http.Request, c *call) {
	query := r.URL.Query()
	commitment := c.paymentScope(w, query.Get("project_id"), query.Get("contract_id"))
	if commitment == nil {
		return
	}
	id, ok := pathID(w, r, "id", "Contract payment")
	if !ok {
		return
	}
	payment, found := s.paymentKind(commitment).find(id)
	if !found {
		notFound(w, "Contract payment")
		return
	}
	writeJSON(w, http.StatusOK, payment)
}

type paymentBody struct {
	ProjectID       json.Number `json:"project_id"`
	ContractID      json.Number `json:"contract_id"`
	ContractPayment attributes  `json:"contract_payment"`
}

// handleCreatePayment is POST /rest/v1.0/contract_payments → 201.
func (s *Server) handleCreatePayment(w http.ResponseWriter, r *http.Request, c *call) {
	var body paymentBody
	if !decodeBody(w, r, &body) {
		return
	}
	commitment := c.paymentScope(w, string(body.ProjectID), string(body.ContractID))
	if commitment == nil {
		return
	}
	payment, problems := s.paymentKind(commitment).create(body.ContractPayment)
	writeCreateResult(w, func() any { return payment }, problems)
}

// handleUpdatePayment is PATCH /rest/v1.0/contract_payments/{id}: 422 once synced with the ERP.
func (s *Server) handleUpdatePayment(w http.ResponseWriter, r *http.Request, c *call) {
	id, ok := pathID(w, r, "id", "Contract payment")
	if !ok {
		return
	}
	var body paymentBody
	if !decodeBody(w, r, &body) {
		return
	}
	commitment := c.paymentScope(w, string(body.ProjectID), string(body.ContractID))
	if commitment == nil {
		return
	}
	k := s.paymentKind(commitment)
	existing, found := k.find(id)
	if !found {
		notFound(w, "Contract payment")
		return
	}
	payment, problems, locked := k.update(existing, body.ContractPayment)
	writeUpdateResult(w, payment, problems, locked)
}
