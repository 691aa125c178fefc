package procoresim

import (
	"net/http"
	"time"
)

// Deleting a work order or purchase order contract (DELETE …/{id}?project_id=; MCPCAT
// RestV10WorkOrderContractsIdDelete) keeps the row with deleted_at set: lists leave it out
// unless filters[include_deleted] is "with" (both) or "only" (DOCS filtering_on_list_actions,
// whose example is exactly this list), and show answers 404. The delete stamps updated_at too,
// so a client reading what changed since a time (filters[updated_at] together with
// include_deleted=with) sees the deletion. Approved and Complete contracts cannot be deleted
// (reference §3.5), nor one with change orders, invoices or payments against it.

// includeDeleted is the filters[include_deleted] parameter.
type includeDeleted string

func readIncludeDeleted(w http.ResponseWriter, r *http.Request) (includeDeleted, bool) {
	switch v := r.URL.Query().Get("filters[include_deleted]"); v {
	case "", "with", "only":
		return includeDeleted(v), true
	default:
		writeError(w, http.StatusBadRequest, "Invalid filters[include_deleted]", "use only or with")
		return "", false
	}
}

// shows reports whether a row, deleted or not, is listed.
func (d includeDeleted) shows(deleted bool) bool {
	switch d {
	case "with":
		return true
	case "only":
		return deleted
	}
	return !deleted
}

const messageCommitmentNotDeletable = "This contract cannot be deleted"

func (s *Server) handleDeleteCommitment(commitmentType string) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, c *call) {
		commitment := c.commitmentFromRequest(w, r, commitmentType, "id")
		if commitment == nil {
			return
		}
		if commitment.Status == "Approved" || commitment.Status == "Complete" {
			writeError(w, http.StatusUnprocessableEntity, messageCommitmentNotDeletable, "An approved or complete contract is locked")
			return
		}
		if c.company.commitmentInUse(commitment.ID) {
			writeError(w, http.StatusUnprocessableEntity, messageCommitmentNotDeletable, "It has change orders, invoices or payments")
			return
		}
		now := s.opts.Now().UTC().Format(time.RFC3339)
		deleted := *commitment
		deleted.DeletedAt, deleted.UpdatedAt = &now, now
		c.company.commitments.replace(&deleted)
		writeJSON(w, http.StatusOK, struct{}{}) // the spec declares 200 and no body shape
	}
}

// commitmentInUse reports whether anything refers to the contract.
func (c *Company) commitmentInUse(id int64) bool {
	for _, o := range c.changeOrders.rows {
		if o.ContractID == id {
			return true
		}
	}
	for _, p := range c.contractPayments.rows {
		if p.ContractID == id {
			return true
		}
	}
	for _, q := range c.requisitions.rows {
		if q.CommitmentID == id {
			return true
		}
	}
	return false
}
