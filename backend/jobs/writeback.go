package jobs

import (
	"context"
	"errors"
	"strconv"

	"joblink/backend/engine"
	"joblink/backend/procore"
)

// WriteBack records each link in Procore: origin_id = the QuickBooks ListID, origin_data = its
// full name (for people reading Procore's data), through the sync endpoint (1,000 a call).
func (f *Flow) WriteBack(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return f.sync(ctx, items, func(it *engine.Item) procore.ProjectFields {
		id, data := it.QB.ListID, it.QB.FullName
		return procore.ProjectFields{OriginID: &id, OriginData: &data}
	})
}

// ClearLinks removes links the bookkeeper undid from Procore.
func (f *Flow) ClearLinks(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return f.sync(ctx, items, func(*engine.Item) procore.ProjectFields {
		empty := ""
		return procore.ProjectFields{OriginID: &empty, OriginData: &empty}
	})
}

func (f *Flow) sync(ctx context.Context, items []*engine.Item, fields func(*engine.Item) procore.ProjectFields) (map[string]error, error) {
	client, err := f.d.Procore()
	if err != nil {
		return nil, err
	}
	refused := map[string]error{}
	byKey := map[int64]*engine.Item{}
	updates := make([]procore.ProjectSyncItem, 0, len(items))
	for _, it := range items {
		id, err := strconv.ParseInt(it.Key, 10, 64)
		if err != nil {
			refused[it.ID] = err
			continue
		}
		byKey[id] = it
		updates = append(updates, procore.ProjectSyncItem{ID: id, ProjectFields: fields(it)})
	}
	res, err := client.SyncProjects(ctx, updates)
	if err != nil {
		return nil, err
	}
	for _, e := range res.Errors {
		if it, ok := byKey[e.ID]; ok {
			refused[it.ID] = errors.New(e.Words())
		}
	}
	return refused, nil
}
