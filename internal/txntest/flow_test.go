package txntest

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/store"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// The flow against the simulated QuickBooks company, driven by the engine without the Web
// Connector: what the crash campaign relies on, one path at a time.

type rig struct {
	st   *store.Store
	e    *engine.Engine
	flow *Flow
	qb   *qbsim.Company
	spec Spec
}

func newRig(t *testing.T, spec Spec) *rig {
	t.Helper()
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	qb := qbsim.New()
	if err := Seed(qb); err != nil {
		t.Fatal(err)
	}
	r := &rig{st: st, qb: qb, spec: spec}
	r.restart(t, 0)
	return r
}

// restart is a new Joblink process on the same store: a new engine and a new flow that knows
// only what the store kept, with changes switched on.
func (r *rig) restart(t *testing.T, changes int) {
	t.Helper()
	r.flow = New(r.spec)
	r.flow.Keep(r.st)
	r.flow.SetChanges(changes)
	e, err := engine.New(r.st, zerolog.Nop(), []engine.Flow{r.flow}, engine.WithBatchSize(25),
		engine.WithSettings(func() engine.Settings { return engine.Settings{DirectExport: map[engine.Kind]bool{Kind: true}} }))
	if err != nil {
		t.Fatal(err)
	}
	r.e = e
	r.detect(t)
}

func (r *rig) detect(t *testing.T) {
	t.Helper()
	if _, err := r.e.Detect(context.Background(), Kind); err != nil {
		t.Fatal(err)
	}
}

// run is one Web Connector session; with lose > 0 it ends after QuickBooks processed the
// lose-th set, its answer never read (a crash); with lose < 0 after the engine marked the
// -lose-th set sent, before QuickBooks saw it.
func (r *rig) run(t *testing.T, lose int) {
	t.Helper()
	ctx := context.Background()
	if err := r.e.BeginRun(ctx); err != nil {
		t.Fatal(err)
	}
	defer r.e.EndRun(ctx, nil)
	for i := 1; ; i++ {
		req, err := r.e.NextRequest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if req == "" {
			return
		}
		if i == -lose {
			return
		}
		resp, err := r.qb.ProcessRequest(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if i == lose {
			return
		}
		pct, err := r.e.HandleResponse(ctx, resp)
		if err != nil {
			t.Fatal(err)
		}
		if pct == 100 {
			return
		}
	}
}

// forget makes QuickBooks drop the answers it kept, so lost sets are settled by look-ups.
func (r *rig) forget(t *testing.T) {
	t.Helper()
	_, err := r.qb.ProcessRequest(context.Background(), `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError" oldMessageSetID="ClearAllMessageSets"></QBXMLMsgsRq></QBXML>`)
	if err != nil {
		t.Fatal(err)
	}
}

// check fails t unless QuickBooks has exactly the spec's purchase orders with changes, and
// every item is synced to its own.
func (r *rig) check(t *testing.T, changes int) {
	t.Helper()
	pos, err := PurchaseOrders(context.Background(), r.qb)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Check(r.spec, changes, pos) {
		t.Error(p)
	}
	byRef := map[string]*qbxml.PurchaseOrderRet{}
	for _, p := range pos {
		byRef[p.RefNumber] = p
	}
	page, err := r.e.List(Kind, engine.Query{Limit: r.spec.Count})
	if err != nil {
		t.Fatal(err)
	}
	if page.Counts["synced"] != r.spec.Count {
		t.Errorf("items: %v, want %d synced", page.Counts, r.spec.Count)
	}
	for _, it := range page.Items {
		p := byRef[it.Key]
		if it.State != engine.Synced || it.QB == nil || p == nil || it.QB.TxnID != p.TxnID || it.Stamp != p.ExternalGUID {
			t.Errorf("%s: %s, linked to %+v stamp %s; QuickBooks has %+v", it.Key, it.State, it.QB, it.Stamp, p)
		}
	}
}

func hasActivity(t *testing.T, e *engine.Engine, words string) bool {
	t.Helper()
	acts, err := e.Activity(Kind, 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acts {
		if strings.Contains(a.Message, words) {
			return true
		}
	}
	return false
}

func TestAddThenChange(t *testing.T) {
	r := newRig(t, Spec{Seed: 1, Count: 60, Modified: 20})
	r.run(t, 0)
	r.check(t, 0)
	r.flow.SetChanges(1)
	r.detect(t)
	r.run(t, 0)
	r.check(t, 1)
	if last := r.e.LastRun(); last.Added != 20 {
		t.Errorf("change run: %+v, want 20 purchase orders changed", last)
	}
	// A second change on top of the first keeps both.
	r.flow.SetChanges(2)
	r.detect(t)
	r.run(t, 0)
	r.check(t, 2)
}

// A change whose answer was lost, in a restarted process, is settled from the answer
// QuickBooks kept, or — when it kept none — by reading the purchase order's lines: either way
// the line is appended once.
func TestLostChangeIsAppendedOnce(t *testing.T) {
	for _, forget := range []bool{false, true} {
		name := "kept answer"
		if forget {
			name = "look-up"
		}
		t.Run(name, func(t *testing.T) {
			r := newRig(t, Spec{Seed: 2, Count: 40, Modified: 30})
			r.run(t, 0)
			r.restart(t, 1)
			r.run(t, 1) // 25 changes made, their answer lost
			if forget {
				r.forget(t)
			}
			r.restart(t, 1)
			r.run(t, 0)
			r.check(t, 1)
			if !forget && !hasActivity(t, r.e, "Joblink read the answer QuickBooks kept") {
				t.Error("the lost changes were not settled from the kept answer")
			}
			if forget && !hasActivity(t, r.e, "Found in QuickBooks after an interrupted run") {
				t.Error("the lost changes were not looked up")
			}
		})
	}
}

// A set marked sent but never delivered is sent again after its look-up, Adds and Mods alike.
func TestUndeliveredSetsAreSentAgain(t *testing.T) {
	r := newRig(t, Spec{Seed: 3, Count: 30, Modified: 30})
	r.run(t, -1)
	r.restart(t, 0)
	r.run(t, 0)
	r.check(t, 0)
	r.restart(t, 1)
	r.run(t, -1)
	r.restart(t, 1)
	r.run(t, 0)
	r.check(t, 1)
}

// A copy overtaken by a change in QuickBooks carries a stale EditSequence: QuickBooks refuses
// the Mod (3200), the engine re-reads, and the change is appended once on the fresh copy.
func TestStaleCopyIsReread(t *testing.T) {
	r := newRig(t, Spec{Seed: 4, Count: 5, Modified: 5})
	r.run(t, 0)
	r.restart(t, 1)
	// Someone edits PO-00001's memo in QuickBooks: its EditSequence moves on.
	pos, err := PurchaseOrders(context.Background(), r.qb)
	if err != nil {
		t.Fatal(err)
	}
	set := qbxml.MessageSet{Version: qbxml.Version13}
	set.Add(qbxml.PurchaseOrderMod{TxnID: pos[0].TxnID, EditSequence: pos[0].EditSequence, PurchaseOrder: qbxml.PurchaseOrder{Memo: "edited"}})
	doc, _, err := set.Build()
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := r.qb.ProcessRequest(context.Background(), string(doc)); err != nil || !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("editing in QuickBooks: %v %s", err, resp)
	}
	r.run(t, 0)
	r.check(t, 1)
	if !hasActivity(t, r.e, "Joblink reads the record again and retries") {
		t.Error("no re-read after the stale EditSequence")
	}
}

// A purchase order with the same number that Joblink did not add is never taken for its own.
func TestSomeoneElsesPurchaseOrderIsNotTaken(t *testing.T) {
	r := newRig(t, Spec{Seed: 5, Count: 3, Modified: 0})
	if _, err := r.qb.AddTransaction(qbsim.Transaction{Type: "PurchaseOrder", Vendor: Vendors[0], Ref: Ref(2),
		ItemLines: []qbsim.ItemLine{{Item: Items[0], Quantity: "1", Amount: "5.00"}}}); err != nil {
		t.Fatal(err)
	}
	r.run(t, -1) // marked sent, never delivered
	r.forget(t)
	r.restart(t, 0)
	r.run(t, 0)
	it, err := r.e.Get(engine.ItemID(Kind, Ref(2)))
	if err != nil {
		t.Fatal(err)
	}
	if it.State != engine.Failed || it.Failure == nil || !strings.Contains(it.Failure.Message, "Joblink did not add") {
		t.Fatalf("PO-00002 beside someone else's: %s %+v", it.State, it.Failure)
	}
	page, _ := r.e.List(Kind, engine.Query{Limit: 10})
	if page.Counts["synced"] != 2 {
		t.Fatalf("items %v: the two others should be synced", page.Counts)
	}
}
