package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/store"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// The engine's own tests run a small flow (QuickBooks vendors named by a key) against the
// simulated QuickBooks company, which answers the engine's real qbXML: the engine is tested
// alone, without Procore or the Web Connector's SOAP.

const testKind Kind = "testvendor"

// testFlow is a minimal flow: each record becomes a QuickBooks vendor of the same name.
type testFlow struct {
	kind    Kind
	rank    int
	prefix  string // names are "<prefix> <key>"
	mu      sync.Mutex
	records map[string]string       // key → name, what "Procore" has
	linked  map[string]string       // key → ListID written back
	known   map[string]string       // name → ListID of vendors QuickBooks already has (linked, not sent)
	parents map[string][]Dependency // key → the items it depends on
	targets map[string]string       // key → the record its request changes (Step.Target)
	stale   map[string]bool         // key → Prepare asks once for a re-read (its copy is stale)
	calls   int                     // write-back calls, 1,000 links a call like Procore's sync
}

func newTestFlow() *testFlow { return newTestFlowOf(testKind) }

func newTestFlowOf(kind Kind) *testFlow {
	return &testFlow{kind: kind, rank: 1, prefix: "Vendor", records: map[string]string{}, linked: map[string]string{}, known: map[string]string{},
		parents: map[string][]Dependency{}, targets: map[string]string{}, stale: map[string]bool{}}
}

func (f *testFlow) Kind() Kind     { return f.kind }
func (f *testFlow) Label() string  { return "Test vendors" }
func (f *testFlow) Rank() int      { return f.rank }
func (f *testFlow) Approval() bool { return false }
func (f *testFlow) name(it *Item) string {
	var name string
	_ = json.Unmarshal(it.Data, &name)
	return name
}

func (f *testFlow) Detect(ctx context.Context) ([]Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]Record, 0, len(f.records))
	for k, name := range f.records {
		data, _ := json.Marshal(name)
		out = append(out, Record{Key: k, Title: name, Detail: "vendor " + k, Data: data})
	}
	return out, nil
}

func (f *testFlow) Prepare(ctx context.Context, it *Item) (Step, error) {
	f.mu.Lock()
	id, ok := f.known[f.name(it)]
	defer f.mu.Unlock()
	if f.stale[it.Key] {
		delete(f.stale, it.Key)
		return Step{Failure: &Failure{Class: Reread, Message: "The copy Joblink keeps is out of date."}}, nil
	}
	if ok {
		return Step{Linked: &QBRef{ListID: id, FullName: f.name(it)}, Message: "Linked."}, nil
	}
	return Step{Request: qbxml.VendorAdd{Vendor: qbxml.Vendor{Name: f.name(it)}}, Message: "Added.", Target: f.targets[it.Key]}, nil
}

func (f *testFlow) DependsOn(it *Item) []Dependency {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.parents[it.Key]
}

func (f *testFlow) Lookup(it *Item) qbxml.Request {
	return qbxml.VendorQuery{ListSelection: qbxml.ListSelection{FullNames: []string{f.name(it)}}}
}

func (f *testFlow) Found(it *Item, resp *qbxml.Response) (*QBRef, error) {
	for _, ret := range resp.Rets {
		if v, ok := ret.(*qbxml.VendorRet); ok {
			return &QBRef{ListID: v.ListID, FullName: v.Name, EditSequence: v.EditSequence}, nil
		}
	}
	return nil, nil
}

func (f *testFlow) Done(it *Item, resp *qbxml.Response) (*QBRef, error) {
	ref, err := f.Found(it, resp)
	if err == nil && ref == nil {
		err = fmt.Errorf("no vendor in the answer for %s", it.ID)
	}
	return ref, err
}

func (f *testFlow) WriteBack(ctx context.Context, items []*Item) (map[string]error, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for start := 0; start < len(items); start += 1000 {
		f.calls++
		for _, it := range items[start:min(start+1000, len(items))] {
			f.linked[it.Key] = it.QB.ListID
		}
	}
	return nil, nil
}

// testRig is an engine with the test flow over a simulated QuickBooks company.
type testRig struct {
	close func() // closes the store (once)
	e     *Engine
	st    *store.Store
	flow  *testFlow
	qb    *qbsim.Company
}

func newTestRig(tb testing.TB, opts ...Option) *testRig {
	return newTestRigWith(tb, []*testFlow{newTestFlow()}, opts...)
}

// newTestRigWith runs several test flows; the first is the rig's flow.
func newTestRigWith(tb testing.TB, flows []*testFlow, opts ...Option) *testRig {
	return openTestRig(tb, tb.TempDir(), flows, opts...)
}

// openTestRig is newTestRigWith on the data folder dir (a store another rig left there).
func openTestRig(tb testing.TB, dir string, flows []*testFlow, opts ...Option) *testRig {
	tb.Helper()
	st, err := store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		tb.Fatal(err)
	}
	var once sync.Once
	closeStore := func() { once.Do(func() { st.Close() }) }
	tb.Cleanup(closeStore)
	flow := flows[0]
	all := make([]Flow, len(flows))
	for i, f := range flows {
		all[i] = f
	}
	e, err := New(st, zerolog.Nop(), all, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	return &testRig{e: e, st: st, flow: flow, qb: qbsim.New(), close: closeStore}
}

// know makes the vendors of keys [first, first+n) records QuickBooks already has: preparing
// them links them without a request.
func (r *testRig) know(first, n int) {
	r.flow.mu.Lock()
	defer r.flow.mu.Unlock()
	for i := first; i < first+n; i++ {
		r.flow.known[fmt.Sprintf("Vendor %07d", i)] = fmt.Sprintf("80000%d-1", i)
	}
}

// add puts n records in "Procore", keys from first, and detects them.
func (r *testRig) add(tb testing.TB, first, n int) { r.addTo(tb, r.flow, first, n) }

// addTo is add for another flow of the rig.
func (r *testRig) addTo(tb testing.TB, f *testFlow, first, n int) {
	tb.Helper()
	f.mu.Lock()
	for i := first; i < first+n; i++ {
		f.records[fmt.Sprintf("%07d", i)] = fmt.Sprintf("%s %07d", f.prefix, i)
	}
	f.mu.Unlock()
	if _, err := r.e.Detect(context.Background(), f.kind); err != nil {
		tb.Fatal(err)
	}
}

// session is what one Web Connector session did.
type session struct {
	roundTrips int
	progress   []int
}

// runSession runs one export run as the Web Connector would: every set to QuickBooks, every
// answer back, until the engine says there is nothing more.
func (r *testRig) runSession(tb testing.TB) session {
	tb.Helper()
	ctx := context.Background()
	var s session
	if err := r.e.BeginRun(ctx); err != nil {
		tb.Fatal(err)
	}
	defer r.e.EndRun(ctx, nil)
	for {
		req, err := r.e.NextRequest(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		if req == "" {
			return s
		}
		resp, err := r.qb.ProcessRequest(ctx, req)
		if err != nil {
			tb.Fatal(err)
		}
		s.roundTrips++
		pct, err := r.e.HandleResponse(ctx, resp)
		if err != nil {
			tb.Fatal(err)
		}
		s.progress = append(s.progress, pct)
		if pct == 100 {
			return s
		}
	}
}
