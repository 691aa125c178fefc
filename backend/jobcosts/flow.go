package jobcosts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/engine"
	"joblink/backend/kinds"
	"joblink/qbwc/qbxml"
)

// Flow is the engine flow of kind jobcost: one item per linked project, keyed by its Procore
// project id, whose data is what its budget should show. Detection reads Joblink's own store
// (what the Web Connector runs read from QuickBooks), through the change index: a pass costs
// the jobs written since the last one.
type Flow struct {
	kinds.Declared
	s *Service
}

var (
	_ engine.Flow        = (*Flow)(nil)
	_ engine.Pusher      = (*Flow)(nil)
	_ engine.Incremental = (*Flow)(nil)
	_ engine.Attacher    = (*Flow)(nil)
)

// Attach gives the flow the engine (the job and cost-code links).
func (f *Flow) Attach(h engine.Host) { f.s.attach(h) }

// desired is an item's data: the figures its project's budget should show.
type desired struct {
	Job     string       `json:"job"` // QuickBooks job ListID
	JobName string       `json:"jobName"`
	Mode    string       `json:"mode"` // ColumnReadOnly or ColumnEditable
	AddNew  bool         `json:"addNew"`
	Lines   []desiredRow `json:"lines"`
	Poke    string       `json:"poke,omitempty"` // the bookkeeper's refresh of the project
}

type desiredRow struct {
	Item   string `json:"item"`
	Actual int64  `json:"actual"` // cents
}

// cursor is "<seq>|<settings>": the last change-index entry sent, and the settings it was sent
// with (other settings: every project is sent again).
func cursorOf(seq uint64, st Settings) string { return fmt.Sprintf("%d|%s", seq, settingsTag(st)) }

func settingsTag(st Settings) string {
	return fmt.Sprintf("%s|%t", st.DirectCostColumn, st.AddNewCostCodes)
}

// DetectSince returns the projects whose jobs were read with new figures since cursor.
func (f *Flow) DetectSince(ctx context.Context, cursor string) (engine.Changes, error) {
	st := f.s.settings()
	var from uint64
	if parts := strings.SplitN(cursor, "|", 2); len(parts) == 2 && parts[1] == settingsTag(st) {
		from, _ = strconv.ParseUint(parts[0], 10, 64)
	}
	jobIDs, last, err := f.s.changedSince(from)
	if err != nil {
		return engine.Changes{}, err
	}
	pokes, err := f.s.takePokes()
	if err != nil {
		return engine.Changes{}, err
	}
	if len(jobIDs) == 0 && len(pokes) == 0 {
		return engine.Changes{Cursor: cursorOf(last, st)}, nil
	}
	links, err := f.s.linked()
	if err != nil {
		return engine.Changes{}, err
	}
	byJob := map[string][]Link{}
	for _, l := range links {
		byJob[l.ListID] = append(byJob[l.ListID], l)
	}
	var recs []engine.Record
	seen := map[string]bool{}
	for project, at := range pokes {
		l, ok := f.s.linkOfProject(project)
		if !ok {
			continue
		}
		j, err := f.s.Job(l.ListID)
		if err != nil {
			return engine.Changes{}, err
		}
		if j == nil {
			continue // its job has not been read: the read brings it
		}
		rec, err := recordOf(l, j, st, at)
		if err != nil {
			return engine.Changes{}, err
		}
		recs = append(recs, rec)
		seen[project] = true
	}
	for _, id := range jobIDs {
		ls := byJob[id]
		if len(ls) == 0 {
			continue // no longer linked
		}
		j, err := f.s.Job(id)
		if err != nil {
			return engine.Changes{}, err
		}
		if j == nil {
			continue
		}
		for _, l := range ls {
			if seen[l.Project] {
				continue
			}
			rec, err := recordOf(l, j, st, "")
			if err != nil {
				return engine.Changes{}, err
			}
			recs = append(recs, rec)
		}
	}
	return engine.Changes{Records: recs, Cursor: cursorOf(last, st)}, nil
}

// recordOf is a project's record; poke, set when the bookkeeper refreshed the project, makes
// its data new so the engine sends it (reads Procore) even when QuickBooks' figures are not.
func recordOf(l Link, j *JobActuals, st Settings, poke string) (engine.Record, error) {
	d := desired{Job: j.ListID, JobName: j.FullName, Mode: st.DirectCostColumn, AddNew: st.AddNewCostCodes, Poke: poke}
	for _, it := range j.Items {
		d.Lines = append(d.Lines, desiredRow{Item: it.Item, Actual: it.Actual})
	}
	data, err := json.Marshal(d)
	if err != nil {
		return engine.Record{}, err
	}
	name := l.Name
	if name == "" {
		name = "project " + l.Project
	}
	return engine.Record{
		Key:    l.Project,
		Title:  "Job costs of " + name,
		Detail: fmt.Sprintf("QuickBooks actual %s on %d cost codes (job %s)", amount(j.ItemsTotal()), len(j.Items), j.FullName),
		Data:   data,
	}, nil
}

// Detect returns every linked project whose job was read.
func (f *Flow) Detect(ctx context.Context) ([]engine.Record, error) {
	ch, err := f.DetectSince(ctx, "")
	return ch.Records, err
}

// The QuickBooks-side methods: job costs never go to QuickBooks.
var errNotToQuickBooks = errors.New("jobcosts: job costs are written to Procore, not QuickBooks")

func (f *Flow) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	return engine.Step{}, errNotToQuickBooks
}
func (f *Flow) Lookup(it *engine.Item) qbxml.Request { return nil }
func (f *Flow) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	return nil, errNotToQuickBooks
}
func (f *Flow) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	return nil, errNotToQuickBooks
}

// WriteBack has nothing to write: the figures are the write.
func (f *Flow) WriteBack(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return nil, nil
}

// allJobs calls fn with every stored job (the views' totals).
func (s *Service) allJobs(fn func(*JobActuals) error) error {
	return s.d.Store.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefJob)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var j JobActuals
			if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &j) }); err != nil {
				return err
			}
			if err := fn(&j); err != nil {
				return err
			}
		}
		return nil
	})
}
