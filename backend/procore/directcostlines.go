package procore

import (
	"context"
	"net/http"
	"net/url"
)

// Direct cost line items (§11.4): listed per project or per direct cost, written one at a time
// or in sync batches. A direct cost with an origin_id is immutable, its lines included.

// DirectCostLineFields are a line's writable attributes; only set fields are sent. A new line
// needs either WBSCodeID or CostCodeID with LineItemTypeID (WBSCodeID wins when both are set).
type DirectCostLineFields struct {
	DirectCostID   *int64   `json:"direct_cost_id,omitempty"` // required when creating through sync
	WBSCodeID      *int64   `json:"wbs_code_id,omitempty"`
	CostCodeID     *int64   `json:"cost_code_id,omitempty"`
	LineItemTypeID *int64   `json:"line_item_type_id,omitempty"`
	Amount         *Decimal `json:"amount,omitempty"`
	Quantity       *Decimal `json:"quantity,omitempty"`
	UnitCost       *Decimal `json:"unit_cost,omitempty"`
	UOM            *string  `json:"uom,omitempty"`
	ExtendedType   *string  `json:"extended_type,omitempty"` // manual or calculated
	Description    *string  `json:"description,omitempty"`
	TaxCodeID      *int64   `json:"tax_code_id,omitempty"`
	OriginID       *string  `json:"origin_id,omitempty"`
	OriginData     *string  `json:"origin_data,omitempty"`
}

// DirectCostLineSyncItem is one line in a sync batch (§11.4).
type DirectCostLineSyncItem struct {
	ID int64 `json:"id,omitempty"`
	DirectCostLineFields
}

func (s DirectCostLineSyncItem) syncKeys() (int64, string) { return s.ID, deref(s.OriginID) }

// ListDirectCostLinesOptions narrows ListDirectCostLineItems (§11.4).
type ListDirectCostLinesOptions struct {
	DirectCostID   int64     // filters[direct_cost_id]
	CostCodeID     int64     // filters[cost_code_id]
	LineItemTypeID int64     // filters[line_item_type_id]
	IDs            []int64   // filters[id][]
	Updated        TimeRange // filters[updated_at]
	Created        TimeRange // filters[created_at]
}

// ListDirectCostLineItems lists the lines of every direct cost of a project (§11.4).
func (c *Client) ListDirectCostLineItems(projectID int64, opts ListDirectCostLinesOptions) *Pager[DirectCostLineItem] {
	q := url.Values{}
	setID(q, "filters[direct_cost_id]", opts.DirectCostID)
	setID(q, "filters[cost_code_id]", opts.CostCodeID)
	setID(q, "filters[line_item_type_id]", opts.LineItemTypeID)
	setIDs(q, "filters[id][]", opts.IDs)
	setRange(q, "updated_at", opts.Updated, c.Now())
	setRange(q, "created_at", opts.Created, c.Now())
	return newPager[DirectCostLineItem](c, projectPath("v1.0", projectID, "/direct_costs/line_items"), q)
}

func directCostLinesPath(projectID, directCostID int64) string {
	return projectPath("v1.0", projectID, "/direct_costs/"+idString(directCostID)+"/line_items")
}

// ListLinesOfDirectCost lists one direct cost's lines (§11.4).
func (c *Client) ListLinesOfDirectCost(projectID, directCostID int64) *Pager[DirectCostLineItem] {
	return newPager[DirectCostLineItem](c, directCostLinesPath(projectID, directCostID), nil)
}

// DirectCostLineItem shows one line of a direct cost (§11.4).
func (c *Client) DirectCostLineItem(ctx context.Context, projectID, directCostID, id int64) (DirectCostLineItem, error) {
	var l DirectCostLineItem
	err := c.Get(ctx, directCostLinesPath(projectID, directCostID)+"/"+idString(id), nil, &l)
	return l, err
}

// CreateDirectCostLineItem adds a line to a direct cost (§11.4). With an OriginID a lost
// answer is resolved by looking the line up among the cost's lines (the list has no origin_id
// filter, so the match is made here).
func (c *Client) CreateDirectCostLineItem(ctx context.Context, projectID, directCostID int64, f DirectCostLineFields) (DirectCostLineItem, error) {
	body := map[string]any{"line_item": f}
	return createOnce(ctx, c, "direct cost line item", f.OriginID, func() (DirectCostLineItem, error) {
		var l DirectCostLineItem
		err := c.call(ctx, &request{method: http.MethodPost, path: directCostLinesPath(projectID, directCostID), body: body}, &l)
		return l, err
	}, func(originID string) ([]DirectCostLineItem, error) {
		lines, err := c.ListLinesOfDirectCost(projectID, directCostID).Collect(ctx)
		if err != nil {
			return nil, err
		}
		var found []DirectCostLineItem
		for _, l := range lines {
			if deref(l.OriginID) == originID {
				found = append(found, l)
			}
		}
		return found, nil
	})
}

// UpdateDirectCostLineItem changes the set fields of a line (§11.4).
func (c *Client) UpdateDirectCostLineItem(ctx context.Context, projectID, directCostID, id int64, f DirectCostLineFields) (DirectCostLineItem, error) {
	var l DirectCostLineItem
	body := map[string]any{"line_item": f}
	err := c.call(ctx, &request{method: http.MethodPatch, path: directCostLinesPath(projectID, directCostID) + "/" + idString(id), body: body}, &l)
	return l, err
}

// DeleteDirectCostLineItem deletes a line (§11.4).
func (c *Client) DeleteDirectCostLineItem(ctx context.Context, projectID, directCostID, id int64) error {
	return c.call(ctx, &request{method: http.MethodDelete, path: directCostLinesPath(projectID, directCostID) + "/" + idString(id)}, nil)
}

// SyncDirectCostLineItems creates or updates a project's direct cost lines in batches of at
// most 1,000 (§11.4).
func (c *Client) SyncDirectCostLineItems(ctx context.Context, projectID int64, items []DirectCostLineSyncItem) (SyncResult[DirectCostLineItem], error) {
	return syncChunks[DirectCostLineSyncItem, DirectCostLineItem](ctx, c, projectPath("v1.0", projectID, "/direct_costs/line_items/sync"), nil, nil, items)
}
