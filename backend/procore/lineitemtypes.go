package procore

import (
	"context"
)

// LineItemType is a cost type (labor, materials, …) (§6.6).
type LineItemType struct {
	ID         int64   `json:"id"`
	Name       string  `json:"name"`
	Code       *string `json:"code"`      // the abbreviation written as csv_import_code
	BaseType   *string `json:"base_type"` // equipment, materials, commitment, owner_cost, professional_services, other
	OriginID   *string `json:"origin_id"`
	OriginData *string `json:"origin_data"`
}

// LineItemTypeFields are the writable cost type attributes (§6.6, §6.7); only set fields are
// sent.
type LineItemTypeFields struct {
	Name          *string `json:"name,omitempty"`
	CSVImportCode *string `json:"csv_import_code,omitempty"` // returned as code
	BaseType      *string `json:"base_type,omitempty"`       // the response values, or labor
	OriginID      *string `json:"origin_id,omitempty"`
	OriginData    *string `json:"origin_data,omitempty"`
}

// LineItemTypeSyncItem is one cost type in a sync batch (§6.7).
type LineItemTypeSyncItem struct {
	ID int64 `json:"id,omitempty"`
	LineItemTypeFields
}

func (l LineItemTypeSyncItem) syncKeys() (int64, string) { return l.ID, deref(l.OriginID) }

// ListLineItemTypesOptions narrows ListLineItemTypes.
type ListLineItemTypesOptions struct {
	ProjectID int64  // the types usable in one project; zero: the company's (§6.6)
	OriginID  string // filters[origin_id]
}

// ListLineItemTypes lists cost types, of the company or of one project (§6.6).
func (c *Client) ListLineItemTypes(opts ListLineItemTypesOptions) *Pager[LineItemType] {
	q := c.companyQuery()
	if opts.ProjectID != 0 {
		q = projectQuery(opts.ProjectID)
	}
	setIf(q, "filters[origin_id]", opts.OriginID)
	return newPager[LineItemType](c, "/rest/v1.0/line_item_types", q)
}

// SyncLineItemTypes creates or updates the company's cost types in batches of at most 1,000
// (§6.7).
func (c *Client) SyncLineItemTypes(ctx context.Context, items []LineItemTypeSyncItem) (SyncResult[LineItemType], error) {
	return syncChunks[LineItemTypeSyncItem, LineItemType](ctx, c, "/rest/v1.0/line_item_types/sync", nil,
		map[string]any{"company_id": c.cfg.CompanyID}, items)
}
