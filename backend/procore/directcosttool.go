package procore

import (
	"context"
	"strings"
)

// ProjectTool is one tool of a project (GET /rest/v1.0/projects/{project_id}/tools).
type ProjectTool struct {
	ID         int64  `json:"id"`
	EngineName string `json:"engine_name"`
	Title      string `json:"title"`
	IsActive   bool   `json:"is_active"`
	Position   *int   `json:"position"`
	Required   bool   `json:"required"`
}

// ListProjectTools lists the tools available to a project, active or not.
func (c *Client) ListProjectTools(projectID int64) *Pager[ProjectTool] {
	return newPager[ProjectTool](c, projectPath("v1.0", projectID, "/tools"), nil)
}

// DirectCostsToolActive tells whether the project's Direct Costs tool is on. It matters before
// writing a budget line's direct_costs, which Procore accepts "only if Direct Cost tool is turned
// off". found is false when the project lists no such tool. The tool is matched by engine name
// "direct_costs" (inferred from Procore's snake-case engine names) or by its title.
func (c *Client) DirectCostsToolActive(ctx context.Context, projectID int64) (active, found bool, err error) {
	for tool, err := range c.ListProjectTools(projectID).All(ctx) {
		if err != nil {
			return false, false, err
		}
		if tool.EngineName == "direct_costs" || strings.EqualFold(strings.TrimSpace(tool.Title), "Direct Costs") {
			return tool.IsActive, true, nil
		}
	}
	return false, false, nil
}
