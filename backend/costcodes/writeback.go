package costcodes

import (
	"context"
	"errors"
	"strconv"

	"joblink/backend/engine"
	"joblink/backend/procore"
)

// WriteBack sets each code's origin_id to its item's ListID through the sync endpoint (at most
// 1,000 codes a call).
func (f *Flow) WriteBack(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return f.syncOrigins(ctx, items, func(it *engine.Item) string { return it.QB.ListID })
}

// ClearLinks empties the origin_id of codes whose QuickBooks item is gone (deleted in
// QuickBooks, or unlinked), so Procore no longer names a record that is not there
// (engine.Unlinker).
func (f *Flow) ClearLinks(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return f.syncOrigins(ctx, items, func(*engine.Item) string { return "" })
}

// syncOrigins sets each code's origin_id to origin(item), list by list.
func (f *Flow) syncOrigins(ctx context.Context, items []*engine.Item, origin func(*engine.Item) string) (map[string]error, error) {
	client, err := f.d.Procore()
	if err != nil {
		return nil, err
	}
	byList := map[int64][]*engine.Item{}
	for _, it := range items {
		c, err := decode(it)
		if err != nil {
			return nil, err
		}
		byList[c.ListID] = append(byList[c.ListID], it)
	}
	refused := map[string]error{}
	for listID, group := range byList {
		updates := make([]procore.StandardCostCodeSyncItem, 0, len(group))
		for _, it := range group {
			id, err := strconv.ParseInt(it.Key, 10, 64)
			if err != nil {
				refused[it.ID] = err
				continue
			}
			o := origin(it)
			updates = append(updates, procore.StandardCostCodeSyncItem{ID: id, OriginID: &o})
		}
		res, err := client.SyncStandardCostCodes(ctx, listID, updates)
		if err != nil {
			return nil, err
		}
		for _, e := range res.Errors {
			for _, it := range group {
				if it.Key == strconv.FormatInt(e.ID, 10) {
					refused[it.ID] = errors.New(e.Words())
				}
			}
		}
	}
	return refused, nil
}
