package vendors

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
)

// Directory companies are read incrementally: filters[updated_at] on the vendor list finds new
// and changed companies. Procore has no call that deletes one; a company made inactive moves
// to a list of its own (GET /companies/{id}/vendors/inactive, which takes no filters), and
// whether the main list still shows it is not documented. So:
//
//   - a full read takes both lists, and remembers whether the main one left inactive
//     companies out ("hides");
//   - every incremental read also asks for the main list's count; when the main list hides
//     inactive companies, it reads the inactive list whole as well (an inactivation takes the
//     company out of the main list, so its new updated_at is only seen there);
//   - when Procore's count and Joblink's differ the engine asks for every company (ListAll:
//     the main list's ids, compact, and the inactive list in full), which finds the vanished
//     ones, and whether the main list hides inactive ones after all.
//
// An inactive company stays an ordinary record, "active" false: its QuickBooks vendor may
// still have bills to pay.

const overlap = 5 * time.Minute // see jobs: changes Procore records late are not missed

var (
	_ engine.Incremental = (*Flow)(nil)
	_ engine.Lister      = (*Flow)(nil)
	_ engine.Metered     = (*Flow)(nil)
)

type vendorCursor struct {
	Since time.Time `json:"since"`
	Hides bool      `json:"hides,omitempty"` // the main list leaves inactive companies out
}

// DetectSince reads the companies changed since cursor ("": every company).
func (f *Flow) DetectSince(ctx context.Context, cursor string) (engine.Changes, error) {
	client, err := f.d.Procore()
	if err != nil {
		return engine.Changes{}, err
	}
	started := client.Now() // see encode
	var cur vendorCursor
	if cursor != "" {
		_ = json.Unmarshal([]byte(cursor), &cur) // unreadable: read everything
	}
	if cur.Since.IsZero() {
		return f.readAll(ctx, client, started)
	}
	vendors, err := client.ListVendors(procore.ListVendorsOptions{Updated: procore.TimeRange{From: cur.Since.Add(-overlap)}}).
		PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("read the company directory: %w", err)
	}
	ch := engine.Changes{Vanished: vanished, Counted: true}
	ch.Records = f.records(vendors, &cur.Since)
	if ch.Total, err = client.ListVendors(procore.ListVendorsOptions{View: "compact"}).Count(ctx); err != nil {
		return engine.Changes{}, fmt.Errorf("count the company directory: %w", err)
	}
	if cur.Hides {
		inactive, err := client.ListInactiveVendors(procore.ListInactiveVendorsOptions{}).PerPage(procore.MaxPerPage).Collect(ctx)
		if err != nil {
			return engine.Changes{}, fmt.Errorf("read the inactive companies: %w", err)
		}
		ch.Records = append(ch.Records, f.records(inactive, &cur.Since)...)
		ch.Total += len(inactive)
	}
	ch.Cursor = cur.encode(started)
	return ch, nil
}

// readAll reads both lists in full.
func (f *Flow) readAll(ctx context.Context, client *procore.Client, started time.Time) (engine.Changes, error) {
	vendors, err := client.ListVendors(procore.ListVendorsOptions{}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("read the company directory: %w", err)
	}
	inactive, err := client.ListInactiveVendors(procore.ListInactiveVendorsOptions{}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("read the inactive companies: %w", err)
	}
	listed := make(map[int64]bool, len(vendors))
	for _, v := range vendors {
		listed[v.ID] = true
	}
	var cur vendorCursor
	for _, v := range inactive {
		if !listed[v.ID] {
			cur.Hides = true
			vendors = append(vendors, v)
		}
	}
	ch := engine.Changes{Complete: true, Vanished: vanished}
	ch.Records = f.records(vendors, &cur.Since)
	ch.Cursor = cur.encode(started)
	return ch, nil
}

// ListAll names every company: the main list's ids, and the inactive companies in full (an
// inactivation the main list does not show is read here). It learns whether the main list
// hides inactive companies, for the reads that follow.
func (f *Flow) ListAll(ctx context.Context, cursor string) (engine.Changes, error) {
	client, err := f.d.Procore()
	if err != nil {
		return engine.Changes{}, err
	}
	started := client.Now()
	vendors, err := client.ListVendors(procore.ListVendorsOptions{View: "compact"}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("list the company directory: %w", err)
	}
	inactive, err := client.ListInactiveVendors(procore.ListInactiveVendorsOptions{}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("read the inactive companies: %w", err)
	}
	var cur vendorCursor
	if cursor != "" {
		_ = json.Unmarshal([]byte(cursor), &cur)
	}
	listed := make(map[int64]bool, len(vendors))
	for _, v := range vendors {
		listed[v.ID] = true
	}
	hides, isInactive := false, make(map[int64]bool, len(inactive))
	for _, v := range inactive {
		hides = hides || !listed[v.ID]
		isInactive[v.ID] = true
	}
	ch := engine.Changes{Complete: true, Vanished: vanished, Records: f.records(inactive, &cur.Since)}
	for _, v := range vendors {
		if !isInactive[v.ID] {
			ch.Present = append(ch.Present, strconv.FormatInt(v.ID, 10))
		}
	}
	if len(inactive) > 0 {
		cur.Hides = hides
	}
	ch.Cursor = cur.encode(started)
	return ch, nil
}

// records makes engine records of vendors and moves since to the newest updated_at.
func (f *Flow) records(vendors []procore.Vendor, since *time.Time) []engine.Record {
	mirrored, _ := f.d.Mirror.Count(qbmirror.Vendors)
	out := make([]engine.Record, 0, len(vendors))
	for _, v := range vendors {
		out = append(out, f.record(v, mirrored > 0))
		if v.UpdatedAt.After(*since) {
			*since = v.UpdatedAt
		}
	}
	return out
}

// encode writes the cursor; "" when no company was read. Since is never past started,
// Procore's clock when the read began: a change Procore records while a read is under way, in
// a list or page the read has already taken, is stamped after that, and a read takes minutes
// when the rate limit paces it, so the newest updated_at it brings can be later than such a
// change by more than the overlap. It also keeps a record stamped in the future (a clock gone
// wrong somewhere) from hiding the changes made before that time comes.
func (c vendorCursor) encode(started time.Time) string {
	if c.Since.IsZero() {
		return ""
	}
	if c.Since.After(started) {
		c.Since = started
	}
	b, _ := json.Marshal(c)
	return string(b)
}

// vanished says what became of a company Procore no longer lists.
var vanished = engine.Gone{Why: "No longer in Procore's company directory",
	Fix: "If you no longer buy from this vendor, make it inactive in QuickBooks (Vendor Center → Make Vendor " +
		"Inactive), then skip this item."}

// Meter is the Procore client's call meter: the poller spends the hour's budget by it.
func (f *Flow) Meter() (engine.Meter, error) {
	client, err := f.d.Procore()
	if err != nil {
		return nil, err
	}
	return client.Calls(), nil
}
