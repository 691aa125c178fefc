package store

import (
	"encoding/binary"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

func readCounter(txn *badger.Txn) (uint64, error) {
	item, err := txn.Get([]byte("test/counter"))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var n uint64
	err = item.Value(func(v []byte) error { n = binary.BigEndian.Uint64(v); return nil })
	return n, err
}

func incr(txn *badger.Txn) error {
	n, err := readCounter(txn)
	if err != nil {
		return err
	}
	return txn.Set([]byte("test/counter"), binary.BigEndian.AppendUint64(nil, n+1))
}

// TestUpdateRetriesOnConflict provokes a real conflict: while the first
// attempt's transaction is open, another transaction changes the key it
// read and commits first.
func TestUpdateRetriesOnConflict(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	defer mustClose(t, s)

	attempts := 0
	err := s.Update(func(txn *badger.Txn) error {
		attempts++
		if err := incr(txn); err != nil {
			return err
		}
		if attempts == 1 {
			// A concurrent writer commits in between.
			if err := s.DB().Update(incr); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || attempts != 2 {
		t.Fatalf("Update: err %v after %d attempts; want nil after 2", err, attempts)
	}
	var n uint64
	s.View(func(txn *badger.Txn) (err error) { n, err = readCounter(txn); return })
	if n != 2 {
		t.Fatalf("counter %d, want 2", n)
	}

	// Conflicting every time: gives up and says so.
	attempts = 0
	err = s.Update(func(txn *badger.Txn) error {
		attempts++
		if err := incr(txn); err != nil {
			return err
		}
		return s.DB().Update(incr)
	})
	if !errors.Is(err, badger.ErrConflict) || attempts != updateAttempts {
		t.Fatalf("persistent conflict: err %v after %d attempts", err, attempts)
	}

	// A plain error from fn is returned at once.
	attempts = 0
	boom := errors.New("boom")
	if err := s.Update(func(*badger.Txn) error { attempts++; return boom }); !errors.Is(err, boom) || attempts != 1 {
		t.Fatalf("fn error: %v after %d attempts", err, attempts)
	}
}

func TestUpdateConcurrentIncrements(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	defer mustClose(t, s)
	var ok, failed atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 15 {
				if err := s.Update(incr); err != nil {
					if !errors.Is(err, badger.ErrConflict) {
						t.Error(err)
					}
					failed.Add(1)
					continue
				}
				ok.Add(1)
			}
		})
	}
	wg.Wait()
	var n uint64
	s.View(func(txn *badger.Txn) (err error) { n, err = readCounter(txn); return })
	if int64(n) != ok.Load() {
		t.Fatalf("counter %d, successful updates %d (lost update)", n, ok.Load())
	}
	t.Logf("%d increments committed, %d gave up after retries", ok.Load(), failed.Load())
}

func TestValueLogGC(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	defer func() { mustClose(t, s) }()
	// ~24 MB of 4 KB values: more than one 16 MB value log file, then
	// delete most of them.
	const n, size = 6000, 4 << 10
	wb := s.DB().NewWriteBatch()
	for i := range n {
		val := make([]byte, size) // Badger keeps the slice until the batch is written
		val[0] = byte(i)
		if err := wb.Set(testKey(i), val); err != nil {
			t.Fatal(err)
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
	wb = s.DB().NewWriteBatch()
	for i := range n {
		if i%10 != 0 {
			if err := wb.Delete(testKey(i)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := wb.Flush(); err != nil {
		t.Fatal(err)
	}
	// Flush the memtable and compact: compaction produces the discard
	// statistics that GC works from.
	mustClose(t, s)
	s = mustOpen(t, o)
	if err := s.DB().Flatten(2); err != nil {
		t.Fatal(err)
	}
	rewritten, err := s.runValueLogGC()
	if err != nil {
		t.Fatalf("GC: %v", err)
	}
	t.Logf("GC rewrote %d value log files", rewritten)
	err = s.View(func(txn *badger.Txn) error {
		for i := 0; i < n; i += 10 {
			item, err := txn.Get(testKey(i))
			if err != nil {
				return err
			}
			v, err := item.ValueCopy(nil)
			if err != nil || len(v) != size || v[0] != byte(i) {
				return errors.New("value changed by GC")
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestGCLoopRunsAndStops(t *testing.T) {
	o := testOptions(t)
	o.GCEvery = 5_000_000 // 5 ms
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 200)
	mustClose(t, s) // must not hang or race with a GC run
}
