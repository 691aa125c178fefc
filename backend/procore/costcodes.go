package procore

import (
	"context"
	"net/url"
	"strconv"
)

// StandardCostCodeList is a company's list of standard cost codes (§6.1).
type StandardCostCodeList struct {
	ID                          int64  `json:"id"`
	Name                        string `json:"name"`
	IsERPList                   bool   `json:"is_erp_list"`
	AvailableToUseOnNewProjects bool   `json:"available_to_use_on_new_projects"`
}

// StandardCostCode is one code of a list (§6.2, extended view).
type StandardCostCode struct {
	ID                     int64   `json:"id"`
	StandardCostCodeListID int64   `json:"standard_cost_code_list_id"`
	ParentID               *int64  `json:"parent_id"`
	Code                   *string `json:"code"`      // without the parent's prefix
	FullCode               *string `json:"full_code"` // with the parents' prefixes
	Name                   *string `json:"name"`
	OriginID               *string `json:"origin_id"`
	OriginData             *string `json:"origin_data"`
}

// StandardCostCodeSyncItem is one code in a sync batch (§6.3).
type StandardCostCodeSyncItem struct {
	ID         int64   `json:"id,omitempty"`
	Name       *string `json:"name,omitempty"`
	Code       *string `json:"code,omitempty"`
	ParentID   *int64  `json:"parent_id,omitempty"`
	OriginID   *string `json:"origin_id,omitempty"`
	OriginData *string `json:"origin_data,omitempty"`
}

func (s StandardCostCodeSyncItem) syncKeys() (int64, string) { return s.ID, deref(s.OriginID) }

// ListStandardCostCodeLists lists the company's cost code lists (§6.1).
func (c *Client) ListStandardCostCodeLists() *Pager[StandardCostCodeList] {
	return newPager[StandardCostCodeList](c, "/rest/v1.0/standard_cost_code_lists", c.companyQuery())
}

// ListStandardCostCodesOptions narrows ListStandardCostCodes.
type ListStandardCostCodesOptions struct {
	OriginID string
}

// ListStandardCostCodes lists one list's codes. It asks for the extended view: the default
// view has only ids (§6.2).
func (c *Client) ListStandardCostCodes(listID int64, opts ListStandardCostCodesOptions) *Pager[StandardCostCode] {
	q := c.companyQuery()
	q.Set("standard_cost_code_list_id", strconv.FormatInt(listID, 10))
	q.Set("view", "extended")
	setIf(q, "filters[origin_id]", opts.OriginID)
	return newPager[StandardCostCode](c, "/rest/v1.0/standard_cost_codes", q)
}

// SyncStandardCostCodes creates or updates codes of one list in batches of at most 1,000
// (§6.3).
func (c *Client) SyncStandardCostCodes(ctx context.Context, listID int64, items []StandardCostCodeSyncItem) (SyncResult[StandardCostCode], error) {
	scope := map[string]any{"company_id": c.cfg.CompanyID, "standard_cost_code_list_id": listID}
	return syncChunks[StandardCostCodeSyncItem, StandardCostCode](ctx, c, "/rest/v1.0/standard_cost_codes/sync",
		url.Values{"view": {"extended"}}, scope, items)
}
