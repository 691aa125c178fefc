package txntest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/store"
	"joblink/qbwc/qbsim"
)

// Message-set ids must never repeat, whatever the clock: they were once the run's start in
// milliseconds and the set's number, so two runs starting in the same millisecond by the
// engine's clock (a test clock, a clock set back) sent the same newMessageSetID. QuickBooks
// kept the first set's answer under it, refused the second set whole (9001), and later handed
// the first set's answer back for the second set's items, which were then given other items'
// records (this flow noticed, by its ExternalGUID check). Run ids now carry a random part.
func TestSetIDsDoNotRepeatWhenRunsShareAMillisecond(t *testing.T) {
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
