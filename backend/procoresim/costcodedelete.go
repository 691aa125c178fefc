package procoresim

import "net/http"

// handleDeleteStandardCostCode is DELETE /rest/v1.0/standard_cost_codes/{id}?company_id= ("for ERP
// integrated companies and standard cost code lists"; MCPCAT RestV10StandardCostCodesIdDelete):
// 200 with the deleted code. Procore keeps no tombstone a list could show: the code is simply
// gone from GET /standard_cost_codes, which has no filters[include_deleted]. A code with
// sub-codes is refused (422), so no child is left pointing at a parent that no longer exists.
func (s *Server) handleDeleteStandardCostCode(w http.ResponseWriter, r *http.Request, c *call) {
	if !c.scopeCompany(w, r.URL.Query().Get("company_id"), true) {
		return
	}
	id, ok := pathID(w, r, "id", "Standard cost code")
	if !ok {
		return
	}
	code := c.company.costCodes.byID[id]
	if code == nil {
		notFound(w, "Standard cost code")
		return
	}
	for _, other := range c.company.costCodes.rows {
		if other.ParentID != nil && *other.ParentID == id {
			writeError(w, http.StatusUnprocessableEntity, "Standard cost code has sub cost codes and cannot be deleted", "has_children")
			return
		}
	}
	c.company.costCodes.removeWhere(func(other *StandardCostCode) bool { return other.ID == id })
	writeJSON(w, http.StatusOK, renderCostCode(code, "extended"))
}
