package jobs

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

// Projects are read incrementally. filters[updated_at] with filters[by_status]=All finds new
// and changed projects, a project made inactive included (closed jobs still carry costs, so
// it stays an ordinary record, its "active" false). Procore has no call that deletes a
// project; one vanishes when Joblink's Procore user can no longer see it (taken off the
// project, or out of a service account's permitted projects), and the list then simply stops
// returning it. So every read also asks Procore how many projects there are — one call — and
// when that count and Joblink's differ the engine asks for every project id (a compact list,
// one call per 2,000 projects) to find which vanished.

// overlap is how far before the newest updated_at seen a read starts again: changes Procore
// records a little late are not missed, and what is read twice changes nothing.
const overlap = 5 * time.Minute

var (
	_ engine.Incremental = (*Flow)(nil)
	_ engine.Lister      = (*Flow)(nil)
	_ engine.Metered     = (*Flow)(nil)
)

// projectCursor is where the project reads stand: the newest updated_at seen.
type projectCursor struct {
	Since time.Time `json:"since"`
}

// DetectSince reads the projects changed since cursor ("": every project).
func (f *Flow) DetectSince(ctx context.Context, cursor string) (engine.Changes, error) {
	client, err := f.d.Procore()
	if err != nil {
		return engine.Changes{}, err
	}
	started := client.Now()
	var cur projectCursor
	if cursor != "" {
		_ = json.Unmarshal([]byte(cursor), &cur) // unreadable: read everything
	}
	opts := procore.ListProjectsOptions{Status: "All"}
	full := cur.Since.IsZero()
	if !full {
		opts.Updated = procore.TimeRange{From: cur.Since.Add(-overlap)}
	}
	projects, err := client.ListProjects(opts).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("read the projects: %w", err)
	}
	mirrored, _ := f.d.Mirror.Count(qbmirror.Customers)
	ch := engine.Changes{Complete: full, Vanished: vanished, Records: make([]engine.Record, 0, len(projects))}
	for _, p := range projects {
		ch.Records = append(ch.Records, f.record(p, mirrored > 0))
		if p.UpdatedAt.After(cur.Since) {
			cur.Since = p.UpdatedAt
		}
	}
	if !full {
		n, err := client.ListProjects(procore.ListProjectsOptions{Status: "All", Compact: true}).Count(ctx)
		if err != nil {
			return engine.Changes{}, fmt.Errorf("count the projects: %w", err)
		}
		ch.Counted, ch.Total = true, n
	}
	if !cur.Since.IsZero() {
		// Never past Procore's clock when the read began: a change recorded while the read
		// was under way, on a page already taken, is stamped after that (and a paced read of
		// many pages can take longer than the overlap); and a record stamped in the future (a
		// clock gone wrong somewhere) must not hide the changes made before that time comes.
		cur.Since = minTime(cur.Since, started)
		next, _ := json.Marshal(cur)
		ch.Cursor = string(next)
	}
	return ch, nil
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// ListAll names every project Procore shows Joblink, from the compact list; the cursor stays.
func (f *Flow) ListAll(ctx context.Context, _ string) (engine.Changes, error) {
	client, err := f.d.Procore()
	if err != nil {
		return engine.Changes{}, err
	}
	projects, err := client.ListProjects(procore.ListProjectsOptions{Status: "All", Compact: true}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		return engine.Changes{}, fmt.Errorf("list the projects: %w", err)
	}
	ch := engine.Changes{Complete: true, Vanished: vanished, Present: make([]string, len(projects))}
	for i, p := range projects {
		ch.Present[i] = strconv.FormatInt(p.ID, 10)
	}
	return ch, nil
}

// vanished says what became of a project Procore no longer shows.
var vanished = engine.Gone{Why: "No longer in Procore",
	Fix: "Procore has no way to delete a project, so Joblink's Procore user can no longer see it. If it should " +
		"still sync, give that user access to it again (a service account: Procore's App Management → permitted " +
		"projects). If the job is finished, make it inactive in QuickBooks (Customer Center → Make Customer:Job " +
		"Inactive), then skip this item."}

// Meter is the Procore client's call meter: the poller spends the hour's budget by it.
func (f *Flow) Meter() (engine.Meter, error) {
	client, err := f.d.Procore()
	if err != nil {
		return nil, err
	}
	return client.Calls(), nil
}
