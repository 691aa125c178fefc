package procore

// WBSCode is a work-breakdown-structure code ("budget code"): under Procore's default pattern a
// cost code × cost type, e.g. flat code "01-011.CT1". Records that point at one embed
// {id, flat_code, description}; ListWBSCodes also returns the flat name, status and segment items.
type WBSCode struct {
	ID          int64            `json:"id"`
	FlatCode    string           `json:"flat_code"`
	FlatName    string           `json:"flat_name"`
	Description string           `json:"description"`
	Status      string           `json:"status"` // active or inactive
	Segments    []WBSSegmentItem `json:"segment_items"`
}

// WBSSegmentItem is one segment's value inside a WBS code: a cost code, a cost type, a sub job or
// a custom segment's item.
type WBSSegmentItem struct {
	ID        int64      `json:"id"`
	Code      string     `json:"code"`
	Name      string     `json:"name"`
	ParentID  *int64     `json:"parent_id"`
	PathCode  string     `json:"path_code"` // "01-011" for a tiered cost code
	PathCodes []string   `json:"path_codes"`
	PathNames []string   `json:"path_names"`
	Status    string     `json:"status"`
	Segment   WBSSegment `json:"segment"`
}

// WBSSegment names the segment an item belongs to.
type WBSSegment struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"` // WBSSegmentCostCode, WBSSegmentCostType, "sub_job" or "custom"
}

// The segment types of Procore's legacy segments (tutorial_wbs: 'cost_code', 'line_item_type',
// 'sub_job').
const (
	WBSSegmentCostCode = "cost_code"
	WBSSegmentCostType = "line_item_type"
)

// CostCodeAndType resolves the code to the project cost code and the line item type (cost type) it
// stands for, from its segment items. ok is false when either segment is missing (e.g. an embedded
// code without segment items). Procore's WBS primer says project cost codes and cost types became
// the items of those segments; that the item ids are the cost code and line item type ids is
// inferred, not documented, and is what the simulator does.
func (w WBSCode) CostCodeAndType() (costCodeID, lineItemTypeID int64, ok bool) {
	for _, item := range w.Segments {
		switch item.Segment.Type {
		case WBSSegmentCostCode:
			costCodeID = item.ID
		case WBSSegmentCostType:
			lineItemTypeID = item.ID
		}
	}
	return costCodeID, lineItemTypeID, costCodeID != 0 && lineItemTypeID != 0
}

// ListWBSCodes lists a project's WBS codes with their segment items
// (GET /rest/v1.0/projects/{project_id}/work_breakdown_structure/wbs_codes, a plain paginated array).
func (c *Client) ListWBSCodes(projectID int64) *Pager[WBSCode] {
	return newPager[WBSCode](c, projectPath("v1.0", projectID, "/work_breakdown_structure/wbs_codes"), nil)
}

// WBSCodesByID indexes codes by id, to resolve the wbs_code_id of budget change and change order
// lines.
func WBSCodesByID(codes []WBSCode) map[int64]WBSCode {
	byID := make(map[int64]WBSCode, len(codes))
	for _, code := range codes {
		byID[code.ID] = code
	}
	return byID
}
