package procoresim

import "net/http"

// handleMe is GET /rest/v1.0/me (reference §4.1): {id, login, name}.
func (s *Server) handleMe(w http.ResponseWriter, _ *http.Request, c *call) {
	writeJSON(w, http.StatusOK, map[string]any{"id": c.user.ID, "login": c.user.Login, "name": c.user.Name})
}

// handleCompanies is GET /rest/v1.0/companies (reference §4.2): the companies the user can see.
func (s *Server) handleCompanies(w http.ResponseWriter, r *http.Request, c *call) {
	var visible []map[string]any
	for index, company := range s.order {
		if s.visibleCompany(c.user, company.ID) == nil {
			continue
		}
		visible = append(visible, map[string]any{
			"id": company.ID, "name": company.Name, "is_active": company.IsActive,
			"logo_url": nil, "pcn_business_experience": false, "my_company": index == 0,
		})
	}
	writeJSON(w, http.StatusOK, paginate(w, r, orEmptyRows(visible), DefaultMaxPerPage))
}
