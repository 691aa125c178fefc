package mapping

import (
	"context"
	"errors"
	"strconv"

	"joblink/backend/engine"
	"joblink/backend/procore"
)

// WriteLinks sends one update per item (keyed by its Procore id) to a Procore sync endpoint
// and returns the items Procore refused, by item id. build makes an item's update; send is
// the sync call, answering the refusals.
func WriteLinks[U any](ctx context.Context, items []*engine.Item, build func(id int64, it *engine.Item) U,
	send func(context.Context, []U) ([]procore.SyncItemError, error)) (map[string]error, error) {
	refused := map[string]error{}
	byKey := map[int64]*engine.Item{}
	updates := make([]U, 0, len(items))
	for _, it := range items {
		id, err := strconv.ParseInt(it.Key, 10, 64)
		if err != nil {
			refused[it.ID] = err
			continue
		}
		byKey[id] = it
		updates = append(updates, build(id, it))
	}
	errs, err := send(ctx, updates)
	if err != nil {
		return nil, err
	}
	for _, e := range errs {
		if it, ok := byKey[e.ID]; ok {
			refused[it.ID] = errors.New(e.Words())
		}
	}
	return refused, nil
}
