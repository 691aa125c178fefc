package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Commitment writes (reference §9.3–9.4): create, update and sync of subcontracts and purchase
// orders, and create and sync of their schedule-of-values lines. An Approved or Complete commitment
// keeps its schedule of values and its vendor (§3.5); everything else stays editable, so an ERP can
// still stamp origin_id on it.

const (
	commitmentIDBase         int64 = 6_480_000_000
	commitmentLineItemIDBase int64 = 6_580_000_000
	messageSOVLocked               = "The schedule of values of an approved or complete commitment cannot be modified"
)

var (
	commitmentStatuses = map[string][]string{
		WorkOrderContract:     {"Draft", "Out For Bid", "Out For Signature", "Approved", "Complete", "Terminated", "Void"},
		PurchaseOrderContract: {"Draft", "Processing", "Submitted", "Partially Received", "Received", "Approved", "Closed"},
	}
	commitmentFields = []string{"number", "title", "status", "description", "accounting_method", "executed", "private",
		"retainage_percent", "contract_date", "origin_id", "origin_code", "origin_data"}
	// commitmentBodyKeys are the create/update body keys per type (reference §9.4).
	commitmentBodyKeys = map[string]string{WorkOrderContract: "work_order_contract", PurchaseOrderContract: "purchase_order_contract"}
)

// sovLocked says whether a commitment's schedule of values and vendor are frozen.
func sovLocked(commitment *Commitment) bool {
	return commitment.Status == "Approved" || commitment.Status == "Complete"
}

func (s *Server) commitmentKind(c *call, project *Project, commitmentType string) kind[*Commitment] {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	fields := append(slices.Clone(commitmentFields), workOrderOnly...)
	prefix := "SC"
	if commitmentType == PurchaseOrderContract {
		fields, prefix = append(slices.Clone(commitmentFields), purchaseOrderOnly...), "PO"
	}
	return kind[*Commitment]{
		table: c.company.commitments, idBase: commitmentIDBase, tooLargeStatus: http.StatusUnprocessableEntity,
		blank: func(id int64) *Commitment {
			return &Commitment{ID: id, Type: commitmentType, ProjectID: project.ID, Status: "Draft", AccountingMethod: "amount",
				GrandTotal: "0.0", RevisedContract: "0.0", ApprovedChangeOrders: "0.0", PendingChangeOrders: "0.0",
				RetainagePercent: "0.0", CreatedAt: now}
		},
		clone: func(commitment *Commitment) *Commitment { copied := *commitment; return &copied },
		apply: func(commitment *Commitment, attrs attributes) fieldErrors {
			_, stored := c.company.commitments.byID[commitment.ID]
			wasLocked, vendorBefore := stored && sovLocked(commitment), commitment.VendorID
			problems := applyAttributes(commitment, attrs, fields, nil)
			if vendorID, present, err := int64Attr(attrs, "vendor_id"); err != nil {
				problems.add("vendor_id", "is invalid")
			} else if present {
				commitment.VendorID = vendorID
			}
			switch {
			case commitment.VendorID == 0:
				problems.add("vendor_id", "can't be blank")
			case c.company.vendors.byID[commitment.VendorID] == nil:
				problems.add("vendor_id", "is invalid")
			case wasLocked && commitment.VendorID != vendorBefore:
				problems.add("vendor_id", "cannot be changed on an approved or complete commitment")
			}
			if !slices.Contains(commitmentStatuses[commitmentType], commitment.Status) {
				problems.add("status", "is not included in the list")
			}
			if commitment.AccountingMethod != "amount" && commitment.AccountingMethod != "unit" {
				problems.add("accounting_method", "is not included in the list")
			}
			if strings.TrimSpace(commitment.Number) == "" {
				commitment.Number = nextCommitmentNumber(c.company, project.ID, commitmentType, prefix)
			}
			commitment.UpdatedAt = now
			return problems
		},
		visible: func(commitment *Commitment) bool {
			return commitment.Type == commitmentType && commitment.ProjectID == project.ID
		},
		render: func(commitment *Commitment) any { return renderCommitment(c, commitment, "extended", false) },
	}
}

// nextCommitmentNumber is the next "SC-00n" / "PO-00n" of the project, as Procore numbers new contracts.
func nextCommitmentNumber(company *Company, projectID int64, commitmentType, prefix string) string {
	count := 0
	for _, other := range company.commitments.rows {
		if other.ProjectID == projectID && other.Type == commitmentType {
			count++
		}
	}
	return fmt.Sprintf("%s-%03d", prefix, count+1)
}

// writeBody reads {"project_id", "<type key>": {...}} or {"project_id", "updates": [...]}.
type commitmentWriteBody struct {
	ProjectID json.Number  `json:"project_id"`
	Updates   []attributes `json:"updates"`
}

func decodeCommitmentBody(w http.ResponseWriter, r *http.Request) (commitmentWriteBody, map[string]json.RawMessage, bool) {
	var raw map[string]json.RawMessage
	if !decodeBody(w, r, &raw) {
		return commitmentWriteBody{}, nil, false
	}
	var body commitmentWriteBody
	encoded, _ := json.Marshal(raw)
	if err := json.Unmarshal(encoded, &body); err != nil {
		writeError(w, http.StatusBadRequest, "The request body is not valid", err.Error())
		return body, nil, false
	}
	if body.ProjectID == "" {
		body.ProjectID = json.Number(r.URL.Query().Get("project_id"))
	}
	return body, raw, true
}

// objectAttrs returns the body's object under key, answering 400 when it is missing.
func objectAttrs(w http.ResponseWriter, raw map[string]json.RawMessage, key string) (attributes, bool) {
	var attrs attributes
	if value, present := raw[key]; present {
		if err := json.Unmarshal(value, &attrs); err != nil {
			writeError(w, http.StatusBadRequest, key+" must be an object", err.Error())
			return nil, false
		}
	}
	if attrs == nil {
		writeError(w, http.StatusBadRequest, "param is missing or the value is empty: "+key, "")
		return nil, false
	}
	return attrs, true
}

// handleCreateCommitment is POST /rest/v1.0/{work_order,purchase_order}_contracts → 201 show shape.
func (s *Server) handleCreateCommitment(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		body, raw, ok := decodeCommitmentBody(w, r)
		if !ok {
			return
		}
		project := c.projectFromValue(w, string(body.ProjectID))
		if project == nil {
			return
		}
		attrs, ok := objectAttrs(w, raw, commitmentBodyKeys[commitmentType])
		if !ok {
			return
		}
		commitment, problems := s.commitmentKind(c, project, commitmentType).create(attrs)
		writeCreateResult(w, func() any { return renderCommitment(c, commitment, "", true) }, problems)
	}
}

// handleUpdateCommitment is PATCH /rest/v1.0/{work_order,purchase_order}_contracts/{id} → 200.
func (s *Server) handleUpdateCommitment(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		body, raw, ok := decodeCommitmentBody(w, r)
		if !ok {
			return
		}
		project := c.projectFromValue(w, string(body.ProjectID))
		if project == nil {
			return
		}
		id, ok := pathID(w, r, "id", "Commitment")
		if !ok {
			return
		}
		k := s.commitmentKind(c, project, commitmentType)
		existing, found := k.find(id)
		if !found {
			notFound(w, "Commitment")
			return
		}
		attrs, ok := objectAttrs(w, raw, commitmentBodyKeys[commitmentType])
		if !ok {
			return
		}
		commitment, problems, locked := k.update(existing, attrs)
		writeUpdateResult(w, renderCommitment(c, commitment, "", true), problems, locked)
	}
}

// handleSyncCommitments is PATCH /rest/v1.0/{work_order,purchase_order}_contracts/sync (§9.4).
func (s *Server) handleSyncCommitments(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		body, _, ok := decodeCommitmentBody(w, r)
		if !ok {
			return
		}
		project := c.projectFromValue(w, string(body.ProjectID))
		if project == nil {
			return
		}
		s.commitmentKind(c, project, commitmentType).sync(w, body.Updates)
	}
}

var commitmentLineItemFields = []string{"amount", "description", "extended_type", "quantity", "unit_cost", "uom", "origin_id", "origin_data"}

// lineItemWriter edits a copy of one commitment's schedule of values through the generic machinery;
// commit swaps the commitment (with its new lines and grand total) into the company, so stored lines
// are never edited in place.
type lineItemWriter struct {
	kind       kind[*CommitmentLineItem]
	lines      *table[*CommitmentLineItem]
	commitment *Commitment
	company    *Company
}

func (s *Server) lineItemWriter(c *call, project *Project, commitment *Commitment) *lineItemWriter {
	now := s.opts.Now().UTC().Format(time.RFC3339)
	lines := newTable[*CommitmentLineItem]()
	for _, item := range commitment.LineItems {
		_ = lines.insert(item)
	}
	next := commitmentLineItemIDBase // line ids are unique across every commitment of the company
	for _, other := range c.company.commitments.rows {
		for _, item := range other.LineItems {
			next = max(next, item.ID+1)
		}
	}
	byProjectCode := map[int64]int64{}
	for _, code := range c.company.projectCostCodes(project) {
		if code.StandardCostCodeID != nil {
			byProjectCode[code.ID] = *code.StandardCostCodeID
		}
	}
	writer := &lineItemWriter{lines: lines, commitment: commitment, company: c.company}
	writer.kind = kind[*CommitmentLineItem]{
		table: lines, idBase: next, tooLargeStatus: http.StatusRequestEntityTooLarge,
		blank: func(id int64) *CommitmentLineItem {
			position := 0
			for _, item := range lines.rows {
				position = max(position, item.Position)
			}
			return &CommitmentLineItem{ID: id, Amount: "0.0", Quantity: "1.0", UnitCost: "0.0", TotalAmount: "0.0", ExtendedAmount: "0.0",
				ExtendedType: "manual", Position: position + 1, CreatedAt: now}
		},
		clone: func(item *CommitmentLineItem) *CommitmentLineItem { copied := *item; return &copied },
		apply: func(item *CommitmentLineItem, attrs attributes) fieldErrors {
			problems := applyAttributes(item, attrs, commitmentLineItemFields, nil)
			if _, stored := lines.byID[item.ID]; !stored && sovLocked(commitment) {
				problems.add("base", messageSOVLocked)
			}
			// cost_code_id may name the project's cost code (as Procore does) or, like the stored
			// lines, the standard code behind it.
			if id, present, err := int64Attr(attrs, "cost_code_id"); err != nil {
				problems.add("cost_code_id", "is invalid")
			} else if present {
				if standard, ok := byProjectCode[id]; ok {
					id = standard
				}
				item.CostCodeID = id
			}
			if id, present, err := int64Attr(attrs, "line_item_type_id"); err != nil {
				problems.add("line_item_type_id", "is invalid")
			} else if present {
				item.LineItemTypeID = id
			}
			if c.company.costCodes.byID[item.CostCodeID] == nil {
				problems.add("cost_code_id", "is invalid")
			}
			if item.LineItemTypeID != 0 && c.company.lineItemTypes.byID[item.LineItemTypeID] == nil {
				problems.add("line_item_type_id", "is invalid")
			}
			switch item.ExtendedType {
			case "calculated":
				item.Amount = money2(decimalValue(item.Quantity) * decimalValue(item.UnitCost))
			case "manual":
			default:
				problems.add("extended_type", "is not included in the list")
			}
			item.TotalAmount, item.ExtendedAmount = item.Amount, item.Amount
			item.UpdatedAt = now
			return problems
		},
		locked: func(*CommitmentLineItem) string {
			if sovLocked(commitment) {
				return messageSOVLocked
			}
			return ""
		},
		render: func(item *CommitmentLineItem) any { return renderCommitmentLineItem(c, commitment, item) },
	}
	return writer
}

// commit stores the edited schedule of values on a new version of the commitment.
func (w *lineItemWriter) commit(now string) {
	if slices.Equal(w.lines.rows, w.commitment.LineItems) {
		return // nothing was written
	}
	changed := *w.commitment
	changed.LineItems = slices.Clone(w.lines.rows)
	total := 0.0
	for _, item := range changed.LineItems {
		total += decimalValue(item.Amount)
	}
	changed.GrandTotal = money2(total)
	changed.UpdatedAt = now
	w.company.commitments.replace(&changed)
}

// lineItemTarget resolves the contract of a line item write; project_id comes from the query or body.
func (s *Server) lineItemTarget(w http.ResponseWriter, r *http.Request, c *call, commitmentType string, projectValue string) (*Commitment, *Project) {
	project := c.projectFromValue(w, projectValue)
	if project == nil {
		return nil, nil
	}
	id, ok := pathID(w, r, "contract_id", "Commitment")
	if !ok {
		return nil, nil
	}
	commitment, found := s.commitmentKind(c, project, commitmentType).find(id)
	if !found {
		notFound(w, "Commitment")
		return nil, nil
	}
	return commitment, project
}

// handleCreateCommitmentLineItem is POST …/{contract_id}/line_items → 201 (reference §9.3).
func (s *Server) handleCreateCommitmentLineItem(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		body, raw, ok := decodeCommitmentBody(w, r)
		if !ok {
			return
		}
		commitment, project := s.lineItemTarget(w, r, c, commitmentType, string(body.ProjectID))
		if commitment == nil {
			return
		}
		attrs, ok := objectAttrs(w, raw, "line_item")
		if !ok {
			return
		}
		writer := s.lineItemWriter(c, project, commitment)
		item, problems := writer.kind.create(attrs)
		if len(problems) == 0 {
			writer.commit(s.opts.Now().UTC().Format(time.RFC3339))
		}
		writeCreateResult(w, func() any { return renderCommitmentLineItem(c, commitment, item) }, problems)
	}
}

// handleSyncCommitmentLineItems is PATCH …/{contract_id}/line_items/sync?project_id= (reference §9.3):
// the usual envelope, 413 beyond 1000 items as the spec declares.
func (s *Server) handleSyncCommitmentLineItems(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		body, _, ok := decodeCommitmentBody(w, r)
		if !ok {
			return
		}
		commitment, project := s.lineItemTarget(w, r, c, commitmentType, string(body.ProjectID))
		if commitment == nil {
			return
		}
		writer := s.lineItemWriter(c, project, commitment)
		writer.kind.sync(w, body.Updates)
		writer.commit(s.opts.Now().UTC().Format(time.RFC3339))
	}
}

func (item *CommitmentLineItem) rowID() int64         { return item.ID }
func (item *CommitmentLineItem) rowOriginID() *string { return item.OriginID }
