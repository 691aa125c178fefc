package txntest

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/store"
	"joblink/qbwc/qbsim"
)

// Known engine defect, reported to the engine's owner and not fixed here (backend/engine is
// theirs): a write set's newMessageSetID is the run's id — "r" and the clock's millisecond —
// and the set's number in the run, so two runs that start in the same millisecond by the
// engine's clock (a test clock, a clock set back) send the same newMessageSetID. QuickBooks
// still keeps the first set's answer under it: the second set is refused whole (9001, nothing
// runs), and when a later run asks for that set's answer QuickBooks returns the first set's,
// which the engine applies to the second set's items by requestID — each item is given another
// item's record. A flow that does not check the answer (this one checks ExternalGUID) links
// it to the wrong record, and its own record is never made. With a clock that stands still
// the items stay "sending" for good: every run has the same id, so each takes them for its
// own.
//
// Run it with JOBLINK_KNOWN_DEFECTS=1; it fails until set IDs are unique whatever the clock
// (a random part, as the stamps have).
func TestKnownDefectSetIDsRepeatWhenRunsShareAMillisecond(t *testing.T) {
	if os.Getenv("JOBLINK_KNOWN_DEFECTS") == "" {
		t.Skip("a known engine defect; JOBLINK_KNOWN_DEFECTS=1 runs it")
	}
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qb := qbsim.New()
	if err := Seed(qb); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	spec := Spec{Seed: 7, Count: 10}
	flow := New(spec)
	e, err := engine.New(st, zerolog.Nop(), []engine.Flow{flow}, engine.WithBatchSize(5), engine.WithClock(clock),
		engine.WithSettings(func() engine.Settings { return engine.Settings{DirectExport: map[engine.Kind]bool{Kind: true}} }))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := e.Detect(ctx, Kind); err != nil {
		t.Fatal(err)
	}
	// session sends at most one set and reads its answer, as a Web Connector session the
	// user ends early would.
	session := func() {
		if err := e.BeginRun(ctx); err != nil {
			t.Fatal(err)
		}
		defer e.EndRun(ctx, nil)
		req, err := e.NextRequest(ctx)
		if err != nil || req == "" {
			t.Fatalf("no set: %v", err)
		}
		resp, err := qb.ProcessRequest(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(resp, `messageSetStatusCode="9001"`) {
			t.Errorf("QuickBooks refused a whole set (9001): its newMessageSetID was used before\n%.300s", req)
		}
		if _, err := e.HandleResponse(ctx, resp); err != nil {
			t.Fatal(err)
		}
	}
	session() // PO-00001…5, in set "r<ms>-1"
	session() // PO-00006…10, in the same millisecond: set "r<ms>-1" again
	mu.Lock()
	now = now.Add(time.Second)
	mu.Unlock()
	for range 3 { // later runs settle whatever the second left
		if err := e.BeginRun(ctx); err != nil {
			t.Fatal(err)
		}
		for {
			req, err := e.NextRequest(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if req == "" {
				break
			}
			resp, err := qb.ProcessRequest(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if pct, err := e.HandleResponse(ctx, resp); err != nil || pct == 100 {
				break
			}
		}
		e.EndRun(ctx, nil)
	}
	page, err := e.List(Kind, engine.Query{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range page.Items {
		if it.State != engine.Synced {
			t.Errorf("%s: %s — %+v", it.Key, it.State, it.Failure)
		}
	}
	pos, err := PurchaseOrders(ctx, qb)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Check(spec, 0, pos) {
		t.Error(p)
	}
}
