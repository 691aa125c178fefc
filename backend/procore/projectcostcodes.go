package procore

import (
	"context"
	"time"
)

// CostCode is a project cost code (§6.4). The compact view (view=erp_compact) fills only id,
// name, full_code, origin_id, origin_data and standard_cost_code_id.
type CostCode struct {
	ID                     int64          `json:"id"`
	Name                   string         `json:"name"`
	Code                   *string        `json:"code"`      // without the parent's prefix
	FullCode               *string        `json:"full_code"` // with the parents' prefixes
	Position               *int           `json:"position"`
	Parent                 *IDRef         `json:"parent"`
	StandardCostCodeID     *int64         `json:"standard_cost_code_id"`
	StandardCostCodeListID *int64         `json:"standard_cost_code_list_id"` // show only
	Biller                 *string        `json:"biller"`
	BillerID               *int64         `json:"biller_id"`
	BillerType             *string        `json:"biller_type"` // Project or SubJob
	BillerOriginID         *string        `json:"biller_origin_id"`
	Budgeted               *bool          `json:"budgeted"`
	OriginID               *string        `json:"origin_id"`
	OriginData             *string        `json:"origin_data"`
	LineItemTypes          []LineItemType `json:"line_item_types"`
	CreatedAt              *time.Time     `json:"created_at"`
	UpdatedAt              *time.Time     `json:"updated_at"`
	DeletedAt              *time.Time     `json:"deleted_at"`
}

// CostCodeSyncItem is one project cost code in a sync batch (§6.5). Code is this level only:
// "300" for "02-300", with ParentID naming "02".
type CostCodeSyncItem struct {
	ID                 int64   `json:"id,omitempty"`
	Code               *string `json:"code,omitempty"`
	Name               *string `json:"name,omitempty"`
	ParentID           *int64  `json:"parent_id,omitempty"`
	StandardCostCodeID *int64  `json:"standard_cost_code_id,omitempty"`
	Position           *int    `json:"position,omitempty"`
	OriginID           *string `json:"origin_id,omitempty"`
	OriginData         *string `json:"origin_data,omitempty"`
}

func (s CostCodeSyncItem) syncKeys() (int64, string) { return s.ID, deref(s.OriginID) }

// ListProjectCostCodesOptions narrows ListProjectCostCodes.
type ListProjectCostCodesOptions struct {
	SubJobID int64   // sub_job_id: the codes of one sub job
	IDs      []int64 // filters[id][]
	OriginID string  // filters[origin_id]
	View     string  // default (full) or erp_compact
}

// ListProjectCostCodes lists one project's cost codes (§6.4).
func (c *Client) ListProjectCostCodes(projectID int64, opts ListProjectCostCodesOptions) *Pager[CostCode] {
	q := projectQuery(projectID)
	setID(q, "sub_job_id", opts.SubJobID)
	setIDs(q, "filters[id][]", opts.IDs)
	setIf(q, "filters[origin_id]", opts.OriginID)
	setIf(q, "view", opts.View)
	return newPager[CostCode](c, "/rest/v1.0/cost_codes", q)
}

// SyncProjectCostCodes creates or updates a project's cost codes (of one sub job when
// subJobID is not zero) in batches of at most 1,000 (§6.5). ERP-integrated projects accept
// cost codes only this way.
func (c *Client) SyncProjectCostCodes(ctx context.Context, projectID, subJobID int64, items []CostCodeSyncItem) (SyncResult[CostCode], error) {
	q := projectQuery(projectID)
	setID(q, "sub_job_id", subJobID)
	return syncChunks[CostCodeSyncItem, CostCode](ctx, c, "/rest/v1.0/cost_codes/sync", q, nil, items)
}
