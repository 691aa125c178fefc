package procoresim

import (
	"net/http"
)

// The combined commitment list (reference §9.5) is read-only and served from the same table as the
// work order and purchase order contracts, so the three views of a commitment always agree.

// renderCommitmentSummary is one row of GET /rest/v1.0/commitments: {id, title, number, status,
// description, executed, delivery_date, created_at, private, vendor {id, name}}. Subcontracts have
// no delivery date, so theirs is null.
func renderCommitmentSummary(c *call, commitment *Commitment) any {
	vendor := map[string]any{"id": commitment.VendorID, "name": nil}
	if v := c.company.vendors.byID[commitment.VendorID]; v != nil {
		vendor["name"] = v.Name
	}
	var delivery *string
	if commitment.Type == PurchaseOrderContract {
		delivery = commitment.DeliveryDate
	}
	return map[string]any{
		"id": commitment.ID, "title": commitment.Title, "number": commitment.Number, "status": commitment.Status,
		"description": commitment.Description, "executed": commitment.Executed, "delivery_date": delivery,
		"created_at": commitment.CreatedAt, "private": commitment.Private, "vendor": vendor,
	}
}

// handleListAllCommitments is GET /rest/v1.0/commitments?project_id=: subcontracts and purchase
// orders of the project together, in id order, paginated.
func (s *Server) handleListAllCommitments(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromQuery(w, r)
	if project == nil {
		return
	}
	filters, ok := readFilters(w, r)
	if !ok {
		return
	}
	var rows []*Commitment
	for _, commitment := range c.company.commitments.rows {
		if commitment.ProjectID == project.ID && commitment.DeletedAt == nil &&
			filters.match(commitment.ID, commitment.OriginID, commitment.CreatedAt, commitment.UpdatedAt) {
			rows = append(rows, commitment)
		}
	}
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(rows), DefaultMaxPerPage, func(commitment *Commitment) any {
		return renderCommitmentSummary(c, commitment)
	}))
}

// handleShowAnyCommitment is GET /rest/v1.0/commitments/{id}?project_id=: one commitment of either
// kind in the combined shape.
func (s *Server) handleShowAnyCommitment(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromQuery(w, r)
	if project == nil {
		return
	}
	id, ok := pathID(w, r, "id", "Commitment")
	if !ok {
		return
	}
	commitment := c.company.commitments.byID[id]
	if commitment == nil || commitment.ProjectID != project.ID || commitment.DeletedAt != nil {
		notFound(w, "Commitment")
		return
	}
	writeJSON(w, http.StatusOK, renderCommitmentSummary(c, commitment))
}
