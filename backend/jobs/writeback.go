package jobs

import (
	"context"

	"joblink/backend/engine"
	"joblink/backend/mapping"
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
	return mapping.WriteLinks(ctx, items,
		func(id int64, it *engine.Item) procore.ProjectSyncItem {
			return procore.ProjectSyncItem{ID: id, ProjectFields: fields(it)}
		},
		func(ctx context.Context, u []procore.ProjectSyncItem) ([]procore.SyncItemError, error) {
			res, err := client.SyncProjects(ctx, u)
			return res.Errors, err
		})
}
