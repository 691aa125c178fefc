package procoresim

import (
	"net/http"
	"strconv"
)

// projectTool is one entry of a project's tool list (MCPCAT RestV10ProjectsProjectIdToolsGet).
type projectTool struct {
	ID         int64  `json:"id"`
	EngineName string `json:"engine_name"`
	Title      string `json:"title"`
	IsActive   bool   `json:"is_active"`
	Position   int    `json:"position"`
	Required   bool   `json:"required"`
}

// DirectCostsEngineName is the Direct Costs tool's engine name in the project tool list. Procore
// spells engine names in snake case ("admin", "home", "connection_hub" are documented); that this
// one is "direct_costs" is inferred.
const DirectCostsEngineName = "direct_costs"

// projectTools are the tools the simulator models on every project, in position order. Only the
// Direct Costs tool can be off: it is the one whose state changes what the API does (the budget's
// Direct Costs column and the writability of direct_costs).
var projectTools = []projectTool{
	{ID: 7_700_000_001, EngineName: "home", Title: "Home", Required: true},
	{ID: 7_700_000_002, EngineName: "admin", Title: "Admin", Required: true},
	{ID: 7_700_000_003, EngineName: "budget", Title: "Budget"},
	{ID: 7_700_000_004, EngineName: "contracts", Title: "Commitments"},
	{ID: 7_700_000_005, EngineName: "change_events", Title: "Change Events"},
	{ID: 7_700_000_006, EngineName: DirectCostsEngineName, Title: "Direct Costs"},
	{ID: 7_700_000_007, EngineName: "invoicing", Title: "Invoicing"},
}

// handleListProjectTools is GET /rest/v1.0/projects/{project_id}/tools: a paginated array, with
// filters[is_active]=true|false.
func (s *Server) handleListProjectTools(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	var onlyActive *bool
	if value := r.URL.Query().Get("filters[is_active]"); value != "" {
		parsed, err := strconv.ParseBool(value)
		if err != nil {
			writeError(w, http.StatusBadRequest, "Invalid filters[is_active]", "filters[is_active] must be true or false")
			return
		}
		onlyActive = &parsed
	}
	var tools []projectTool
	for i, tool := range projectTools {
		tool.Position = i + 1
		tool.IsActive = tool.EngineName != DirectCostsEngineName || project.DirectCostsTool
		if onlyActive == nil || *onlyActive == tool.IsActive {
			tools = append(tools, tool)
		}
	}
	writeJSON(w, http.StatusOK, paginate(w, r, orEmptyRows(tools), DefaultMaxPerPage))
}
