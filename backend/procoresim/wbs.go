package procoresim

import (
	"fmt"
	"net/http"
	"strconv"
)

// WBSCode is a project's work-breakdown-structure code ("budget code"): a project cost code × line
// item type under the default pattern Cost Code . Cost Type (documents.md A1). v1.1 budget line
// items, budget line item sync, budget change adjustments, direct cost lines and v2.0 change order
// lines address one. Like Procore, the simulator creates a project's codes as they are first used
// (Procore "automatically creates a Budget Code when users create line items"), not every pair.
type WBSCode struct {
	ID             int64
	ProjectID      int64
	CostCodeID     int64
	LineItemTypeID int64
}

func (w *WBSCode) rowID() int64         { return w.ID }
func (w *WBSCode) rowOriginID() *string { return nil }

// The default WBS pattern's two segments. Their ids and the pattern id are the simulator's own.
const (
	wbsPatternID           int64 = 7_600_000_000
	wbsCostCodeSegmentID   int64 = 7_600_000_001
	wbsCostTypeSegmentID   int64 = 7_600_000_002
	wbsCodeIDBase          int64 = 7_200_000_000
	wbsCostCodeSegmentType       = "cost_code"
	wbsCostTypeSegmentType       = "line_item_type"
)

// wbsCode finds or makes the WBS code of a pair; want, when non-zero, is the id a new one must get.
func (c *Company) wbsCode(projectID, costCodeID, typeID, want int64) (*WBSCode, error) {
	for _, w := range c.wbsCodes.rows {
		if w.ProjectID == projectID && w.CostCodeID == costCodeID && w.LineItemTypeID == typeID {
			if want != 0 && want != w.ID {
				return nil, fmt.Errorf("wbs code %d: the pair already has id %d", want, w.ID)
			}
			return w, nil
		}
	}
	id := want
	if id == 0 {
		id = c.wbsCodes.nextID(wbsCodeIDBase)
	}
	w := &WBSCode{ID: id, ProjectID: projectID, CostCodeID: costCodeID, LineItemTypeID: typeID}
	return w, c.wbsCodes.insert(w)
}

// wbsTexts are a code's flat code and flat name: "01-100.L", "Project Management.Labor".
func (c *Company) wbsTexts(w *WBSCode) (flatCode, flatName string) {
	if code := c.projectCodes.byID[w.CostCodeID]; code != nil {
		flatCode, flatName = code.FullCode, code.Name
	}
	if t := c.lineItemTypes.byID[w.LineItemTypeID]; t != nil {
		flatCode, flatName = flatCode+"."+t.Code, flatName+"."+t.Name
	}
	return flatCode, flatName
}

// renderWBSCode is the {id, flat_code, description} object other records embed.
func renderWBSCode(c *Company, id int64) any {
	w := c.wbsCodes.byID[id]
	if w == nil {
		return nil
	}
	flat, description := c.wbsTexts(w)
	return map[string]any{"id": w.ID, "flat_code": flat, "description": description}
}

// wbsSegment is the segment object inside a segment item (documents: tutorial_wbs.md).
func wbsSegment(id int64, name, segmentType string, position int, structure string) map[string]any {
	return map[string]any{"id": id, "name": name, "type": segmentType, "position": position, "delimiter": ".",
		"required": true, "project_can_modify_origin_project": segmentType == wbsCostCodeSegmentType,
		"project_can_delete_origin_company": segmentType == wbsCostCodeSegmentType, "structure": structure,
		"wbs_pattern_id": wbsPatternID}
}

// renderWBSCodeListed is one row of List Project WBS codes (MCPCAT
// RestV10ProjectsProjectIdWorkBreakdownStructureWbsCodesGet): the code with its segment items. The
// cost code segment item carries the project cost code's id and the cost type item the line item
// type's id — Procore's WBS primer says project cost codes and cost types became those segments'
// items; that the ids are shared is inferred, not documented.
func renderWBSCodeListed(c *Company, w *WBSCode, now string) map[string]any {
	flatCode, flatName := c.wbsTexts(w)
	var items []any
	if code := c.projectCodes.byID[w.CostCodeID]; code != nil {
		var pathIDs []int64
		var pathCodes, pathNames []string
		for node, seen := code, 0; node != nil && seen < 64; seen++ {
			pathIDs = append([]int64{node.ID}, pathIDs...)
			pathCodes = append([]string{node.Code}, pathCodes...)
			pathNames = append([]string{node.Name}, pathNames...)
			if node.ParentID == nil {
				break
			}
			node = c.projectCodes.byID[*node.ParentID]
		}
		items = append(items, map[string]any{"id": code.ID, "code": code.Code, "name": code.Name, "parent_id": code.ParentID,
			"path_ids": pathIDs, "path_code": code.FullCode, "path_codes": pathCodes, "path_names": pathNames,
			"is_parent": false, "in_use": true, "status": "active", "created_at": code.CreatedAt, "updated_at": code.UpdatedAt,
			"segment": wbsSegment(wbsCostCodeSegmentID, "Cost Code", wbsCostCodeSegmentType, 1, "tiered")})
	}
	if t := c.lineItemTypes.byID[w.LineItemTypeID]; t != nil {
		items = append(items, map[string]any{"id": t.ID, "code": t.Code, "name": t.Name, "parent_id": nil,
			"path_ids": []int64{t.ID}, "path_code": t.Code, "path_codes": []string{t.Code}, "path_names": []string{t.Name},
			"is_parent": false, "in_use": true, "status": "active", "created_at": now, "updated_at": now,
			"segment": wbsSegment(wbsCostTypeSegmentID, "Cost Type", wbsCostTypeSegmentType, 2, "flat")})
	}
	return map[string]any{"id": w.ID, "flat_code": flatCode, "flat_name": flatName, "description": flatName,
		"status": "active", "created_at": now, "updated_at": now, "segment_items": items, "wbs_pattern_id": wbsPatternID}
}

// handleListWBSCodes is GET /rest/v1.0/projects/{project_id}/work_breakdown_structure/wbs_codes: a plain,
// paginated array in id order. filters[status][] is honoured (every simulated code is active).
func (s *Server) handleListWBSCodes(w http.ResponseWriter, r *http.Request, c *call) {
	project := c.projectFromPath(w, r)
	if project == nil {
		return
	}
	statuses := r.URL.Query()["filters[status][]"]
	wantActive := len(statuses) == 0
	for _, status := range statuses {
		wantActive = wantActive || status == "active"
	}
	var rows []*WBSCode
	if wantActive {
		for _, code := range c.company.wbsCodes.rows {
			if code.ProjectID == project.ID {
				rows = append(rows, code)
			}
		}
	}
	now := project.CreatedAt
	writeJSON(w, http.StatusOK, paginateRendered(w, r, orEmptyRows(rows), DefaultMaxPerPage, func(code *WBSCode) any {
		return renderWBSCodeListed(c.company, code, now)
	}))
}

// wbsIDString is a WBS code id as v2.0 endpoints send it.
func wbsIDString(id int64) string { return strconv.FormatInt(id, 10) }
