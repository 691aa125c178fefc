package procoresim

import (
	"net/http"
	"strconv"
)

// handleListInactiveVendors is GET /rest/v1.0/companies/{company_id}/vendors/inactive (reference
// §7.1; MCPCAT RestV10CompaniesCompanyIdVendorsInactiveGet): the company's inactive vendors, in
// the views of the vendor list, with no filters. The company in the path must be the one the
// Procore-Company-Id header names.
func (s *Server) handleListInactiveVendors(w http.ResponseWriter, r *http.Request, c *call) {
	if strconv.FormatInt(c.company.ID, 10) != r.PathValue("company_id") {
		notFound(w, "Company")
		return
	}
	var rows []*Vendor
	for _, v := range c.company.vendors.rows {
		if !v.IsActive {
			rows = append(rows, v)
		}
	}
	view := r.URL.Query().Get("view")
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(rows), DefaultMaxPerPage, func(v *Vendor) any { return renderVendor(v, view) }))
}
