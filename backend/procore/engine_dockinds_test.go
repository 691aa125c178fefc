package procore_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/qbwc/qbxml"
)

// docKind stands in, in tests, for a document kind not built yet (budgets, commitments,
// change orders, invoices): a project-scoped kind that reads one of the simulator's
// per-project lists — what changed since its cursor, deleted rows included where the list can
// show them — and reports deleted and voided documents as gone. It sends nothing to
// QuickBooks; it is here so the project schedule is measured with real calls.
type docKind struct {
	kind    engine.Kind
	path    string // "{project}" stands for the project id; without it, project_id goes in the query
	deleted bool   // the list takes filters[include_deleted]
	client  func() (*procore.Client, error)
}

// documentKinds are five per-project lists, one call a project each: what the document kinds
// will read (subcontracts, purchase orders, commitment change orders, subcontractor
// invoices, direct costs).
func documentKinds(client func() (*procore.Client, error)) []engine.Flow {
	return []engine.Flow{
		&docKind{kind: "test-subcontract", path: "/rest/v1.0/work_order_contracts", deleted: true, client: client},
		&docKind{kind: "test-purchaseorder", path: "/rest/v1.0/purchase_order_contracts", deleted: true, client: client},
		&docKind{kind: "test-changeorder", path: "/rest/v1.0/projects/{project}/commitment_change_orders", client: client},
		&docKind{kind: "test-invoice", path: "/rest/v1.1/requisitions", client: client},
		&docKind{kind: "test-directcost", path: "/rest/v1.1/projects/{project}/direct_costs", client: client},
	}
}

func (d *docKind) Kind() engine.Kind                               { return d.kind }
func (d *docKind) Label() string                                   { return string(d.kind) }
func (d *docKind) Rank() int                                       { return 100 }
func (d *docKind) Approval() bool                                  { return true }
func (d *docKind) Detect(context.Context) ([]engine.Record, error) { return nil, nil }
func (d *docKind) Prepare(context.Context, *engine.Item) (engine.Step, error) {
	return engine.Step{}, nil
}
func (d *docKind) Lookup(*engine.Item) qbxml.Request { return nil }
func (d *docKind) Found(*engine.Item, *qbxml.Response) (*engine.QBRef, error) {
	return nil, nil
}
func (d *docKind) Done(*engine.Item, *qbxml.Response) (*engine.QBRef, error) {
	return nil, nil
}
func (d *docKind) WriteBack(context.Context, []*engine.Item) (map[string]error, error) {
	return nil, nil
}
func (d *docKind) ProjectKind() engine.Kind { return jobs.Kind }

func (d *docKind) Meter() (engine.Meter, error) {
	c, err := d.client()
	if err != nil {
		return nil, err
	}
	return c.Calls(), nil
}

type docRow struct {
	ID        int64      `json:"id"`
	Title     *string    `json:"title"`
	Status    *string    `json:"status"`
	UpdatedAt time.Time  `json:"updated_at"`
	DeletedAt *time.Time `json:"deleted_at"`
}

func (d *docKind) DetectProject(ctx context.Context, project, cursor string) (engine.Changes, error) {
	c, err := d.client()
	if err != nil {
		return engine.Changes{}, err
	}
	path, q := d.path, url.Values{"per_page": {"1000"}}
	if strings.Contains(path, "{project}") {
		path = strings.ReplaceAll(path, "{project}", project)
	} else {
		q.Set("project_id", project)
	}
	var since time.Time
	if cursor != "" {
		since, _ = time.Parse(time.RFC3339, cursor)
		to := c.Now().Add(24 * time.Hour)
		q.Set("filters[updated_at]", since.Add(-5*time.Minute).UTC().Format(time.RFC3339)+"..."+to.UTC().Format(time.RFC3339))
		if d.deleted {
			q.Set("filters[include_deleted]", "with")
		}
	}
	var rows []docRow
	if err := c.Get(ctx, path, q, &rows); err != nil {
		return engine.Changes{}, fmt.Errorf("read %s of project %s: %w", d.kind, project, err)
	}
	var ch engine.Changes
	for _, row := range rows {
		key := project + "/" + fmt.Sprint(row.ID)
		switch {
		case row.DeletedAt != nil:
			ch.Gone = append(ch.Gone, engine.Gone{Key: key, Why: "Deleted in Procore"})
		case row.Status != nil && strings.EqualFold(*row.Status, "void"):
			ch.Gone = append(ch.Gone, engine.Gone{Key: key, Why: "Voided in Procore"})
		default:
			data, _ := json.Marshal(row)
			title := fmt.Sprint(row.ID)
			if row.Title != nil {
				title = *row.Title
			}
			ch.Records = append(ch.Records, engine.Record{Key: key, Title: title, Data: data})
		}
		if row.UpdatedAt.After(since) {
			since = row.UpdatedAt
		}
	}
	if since.After(c.Now()) {
		since = c.Now()
	}
	if !since.IsZero() {
		ch.Cursor = since.UTC().Format(time.RFC3339)
	} else {
		ch.Cursor = c.Now().UTC().Format(time.RFC3339) // nothing yet: changes from now on
	}
	return ch, nil
}
