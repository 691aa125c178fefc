package jobcosts

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/store"
)

// linkedHost is an engine host whose job items are n synced links (the only part Begin reads).
type linkedHost struct{ items []*engine.Item }

func (h linkedHost) Get(id string) (*engine.Item, error) {
	return nil, &engine.UnknownItemError{ID: id}
}
func (h linkedHost) LinkOf(engine.Kind, string) (*engine.QBRef, error) { return nil, nil }
func (h linkedHost) Items(kind engine.Kind) ([]*engine.Item, error) {
	if kind != jobs.Kind {
		return nil, nil
	}
	return h.items, nil
}
func (h linkedHost) Followed(string, engine.Record, engine.QBRef, string) error { return nil }

// A company with 10,000 linked jobs with long names: the first run marks every one to be read
// (more marks than Badger takes in one transaction here), queues them all and reads them
// JobsPerSet a message set.
func TestBeginMarksThousandsOfJobsInChunks(t *testing.T) {
	const n = 10_000
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := linkedHost{}
	const long = "Renovation and Tenant Improvements Phase"
	for i := range n {
		listID := fmt.Sprintf("%08X-%010d", 0x80000000+i, 1_700_000_000+i)
		name := fmt.Sprintf("Harbor Redevelopment Authority %05d:%s %05d", i, long, i)
		h.items = append(h.items, &engine.Item{ID: engine.ItemID(jobs.Kind, strconv.Itoa(4_900_000_000+i)), Kind: jobs.Kind,
			Key: strconv.Itoa(4_900_000_000 + i), State: engine.Synced, Title: name,
			QB: &engine.QBRef{ListID: listID, FullName: name}})
	}
	// The marks in one transaction are what the store refuses: the chunks are needed.
	err = st.Update(func(txn *badger.Txn) error {
		for _, it := range h.items {
			if err := setJSON(txn, prefDirty+it.QB.ListID, &dirtyMark{Since: time.Now()}); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, badger.ErrTxnTooBig) {
		t.Fatalf("marking %d jobs in one transaction: %v, want badger.ErrTxnTooBig (the test no longer needs chunks)", n, err)
	}

	s := New(Deps{Store: st, Log: zerolog.Nop()})
	s.attach(h)
	ctx := context.Background()
	if err := s.Begin(ctx); err != nil {
		t.Fatalf("Begin with %d linked jobs: %v", n, err)
	}
	dirty, err := s.dirtyJobs()
	if err != nil {
		t.Fatal(err)
	}
	if len(dirty) != n {
		t.Fatalf("%d jobs marked to read, want %d", len(dirty), n)
	}
	if st, err := loadState(st); err != nil || st.SignalFrom.IsZero() {
		t.Fatalf("the change signal was not started: %+v %v", st, err)
	}
	req, err := s.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(req, "<JobReportQueryRq "); got != s.d.JobsPerSet {
		t.Errorf("the first message set asks %d job reports, want %d", got, s.d.JobsPerSet)
	}
	if p := s.Progress(); p.JobsToRead != n {
		t.Errorf("progress says %d jobs to read, want %d", p.JobsToRead, n)
	}
	// A second Begin (the run cut short) marks nothing twice and keeps the order of the queue.
	s.End(ctx, errors.New("cut short"))
	if err := s.Begin(ctx); err != nil {
		t.Fatal(err)
	}
	if dirty, _ := s.dirtyJobs(); len(dirty) != n {
		t.Fatalf("after a second Begin %d jobs marked, want %d", len(dirty), n)
	}
}
