package engine

import (
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/store"
)

func testEngine(t *testing.T) *Engine {
	t.Helper()
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e, err := New(st, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// Only the transitions of the lifecycle are possible; each one is audited.
func TestTransitionsAreChecked(t *testing.T) {
	e := testEngine(t)
	it := &Item{ID: "costcode/1", Kind: "costcode", Key: "1", Title: "01-100", State: Detected}
	err := e.st.Update(func(txn *badger.Txn) error {
		for _, to := range []State{Waiting, Queued, Sent, Synced} {
			if err := e.move(txn, it, to, ByJoblink, "step"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []State{Sent, Rejected, Detected} {
		err := e.st.Update(func(txn *badger.Txn) error { return e.move(txn, it, bad, ByJoblink, "") })
		if err == nil {
			t.Errorf("synced → %s allowed", bad)
		}
	}
	entries, err := e.Activity("", 10)
	if err != nil || len(entries) != 4 || entries[0].To != Synced || entries[3].From != Detected {
		t.Fatalf("audit: %v %+v", err, entries)
	}
}

func TestStatusWords(t *testing.T) {
	cases := map[string]*Item{
		"ready":     {State: Waiting},
		"queued":    {State: Queued},
		"sending":   {State: Sent},
		"synced":    {State: Synced},
		"rejected":  {State: Rejected},
		"attention": {State: Failed, Failure: &Failure{Class: FixData}},
		"retrying":  {State: Failed, Failure: &Failure{Class: RetryLater}},
	}
	for want, it := range cases {
		if got := it.Status(); got != want {
			t.Errorf("%s/%v: %s, want %s", it.State, it.Failure, got, want)
		}
	}
}

func TestBackoffGrowsToAnHour(t *testing.T) {
	want := []time.Duration{time.Minute, time.Minute, 2 * time.Minute, 4 * time.Minute}
	for attempts, w := range want {
		if got := backoff(attempts); got != w {
			t.Errorf("backoff(%d) = %s, want %s", attempts, got, w)
		}
	}
	if backoff(50) != time.Hour {
		t.Error("backoff not capped at an hour")
	}
}
