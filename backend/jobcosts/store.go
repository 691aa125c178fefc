package jobcosts

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/store"
)

// Keys. Every lookup is by key; the only scans are over the change index from a cursor and
// over the pending (dirty) jobs, both as long as the work they stand for.
const (
	keyState   = "jobcosts/state"
	prefJob    = "jobcosts/job/"   // + job ListID → JobActuals
	prefChange = "jobcosts/chg/"   // + 8-byte big-endian seq → job ListID
	prefDirty  = "jobcosts/dirty/" // + job ListID → dirtyMark: to read at the next run
	prefTxn    = "jobcosts/txn/"   // + TxnID → txnSeen: which linked jobs a transaction touches
	prefProj   = "jobcosts/proj/"  // + Procore project id → ProjectView
	prefPoke   = "jobcosts/poke/"  // + Procore project id → when the bookkeeper refreshed it
)

// state is the reading side's progress across runs.
type state struct {
	// SignalFrom is where the next change signal starts: when the last handled signal (or the
	// first full read) was built. Zero: no read yet.
	SignalFrom time.Time `json:"signalFrom,omitzero"`
	Seq        uint64    `json:"seq"`
	// Requested: someone asked for a refresh of every job (the signal runs even on demand).
	Requested   bool      `json:"requested,omitempty"`
	RequestedAt time.Time `json:"requestedAt,omitzero"`
	LastRun     time.Time `json:"lastRun,omitzero"` // the last run that completed
}

// dirtyMark says a job must be read, and whether its detail report too.
type dirtyMark struct {
	Detail bool      `json:"detail,omitempty"`
	Since  time.Time `json:"since"`
}

// txnSeen is what Joblink saw of one transaction on linked jobs: the jobs it touches, the
// jobs where it has lines read from the detail report (no item, or a Joblink bill), and its
// ModifiedTime as QuickBooks printed it (a row seen again with the same time is not a change).
type txnSeen struct {
	Jobs     []string `json:"jobs"`
	Detail   []string `json:"detail,omitempty"`
	Modified string   `json:"modified,omitempty"`
	// At is when Joblink recorded it: a ModifiedTime is only known to be read when it is
	// older than that (QuickBooks stamps to the second, so a change in the same second as
	// the read carries the same ModifiedTime as what was read).
	At time.Time `json:"at,omitzero"`
}

func seqKey(seq uint64) []byte {
	k := make([]byte, len(prefChange)+8)
	copy(k, prefChange)
	binary.BigEndian.PutUint64(k[len(prefChange):], seq)
	return k
}

func getJSON(txn *badger.Txn, key string, v any) (bool, error) {
	item, err := txn.Get([]byte(key))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, item.Value(func(b []byte) error {
		if err := json.Unmarshal(b, v); err != nil {
			return fmt.Errorf("jobcosts: %s: %w", key, err)
		}
		return nil
	})
}

func setJSON(txn *badger.Txn, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set([]byte(key), b)
}

func loadState(st *store.Store) (state, error) {
	var s state
	err := st.View(func(txn *badger.Txn) error { _, err := getJSON(txn, keyState, &s); return err })
	return s, err
}

// saveJob writes a job's actuals and moves it to the end of the change index.
func saveJob(txn *badger.Txn, j *JobActuals) error {
	var s state
	if _, err := getJSON(txn, keyState, &s); err != nil {
		return err
	}
	var old JobActuals
	had, err := getJSON(txn, prefJob+j.ListID, &old)
	if err != nil {
		return err
	}
	if had && old.Seq != 0 {
		if err := txn.Delete(seqKey(old.Seq)); err != nil {
			return err
		}
	}
	s.Seq++
	j.Seq = s.Seq
	if err := txn.Set(seqKey(j.Seq), []byte(j.ListID)); err != nil {
		return err
	}
	if err := setJSON(txn, prefJob+j.ListID, j); err != nil {
		return err
	}
	return setJSON(txn, keyState, &s)
}

// Job returns the stored actuals of a job; nil when never read.
func (s *Service) Job(listID string) (*JobActuals, error) {
	var j JobActuals
	var ok bool
	err := s.d.Store.View(func(txn *badger.Txn) error {
		var err error
		ok, err = getJSON(txn, prefJob+listID, &j)
		return err
	})
	if err != nil || !ok {
		return nil, err
	}
	return &j, nil
}

// changedSince lists the jobs written after seq, in order, and the highest seq seen.
func (s *Service) changedSince(seq uint64) (jobs []string, last uint64, err error) {
	last = seq
	err = s.d.Store.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefChange)})
		defer it.Close()
		for it.Seek(seqKey(seq + 1)); it.Valid(); it.Next() {
			k := it.Item().Key()
			n := binary.BigEndian.Uint64(k[len(prefChange):])
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			jobs = append(jobs, string(v))
			last = n
		}
		return nil
	})
	return jobs, last, err
}

// markDirty marks jobs to be read at the next run (detail: with their detail report).
func markDirty(txn *badger.Txn, jobs map[string]bool, at time.Time) error {
	for id, detail := range jobs {
		var m dirtyMark
		had, err := getJSON(txn, prefDirty+id, &m)
		if err != nil {
			return err
		}
		if !had {
			m.Since = at
		}
		m.Detail = m.Detail || detail
		if err := setJSON(txn, prefDirty+id, &m); err != nil {
			return err
		}
	}
	return nil
}

// dirtyJobs lists the jobs waiting to be read.
func (s *Service) dirtyJobs() (map[string]dirtyMark, error) {
	out := map[string]dirtyMark{}
	err := s.d.Store.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefDirty)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var m dirtyMark
			if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, &m) }); err != nil {
				return err
			}
			out[string(it.Item().Key()[len(prefDirty):])] = m
		}
		return nil
	})
	return out, err
}

// takePokes returns the projects the bookkeeper refreshed since the last detection (project →
// when) and forgets them.
func (s *Service) takePokes() (map[string]string, error) {
	out := map[string]string{}
	err := s.d.Store.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefPoke)})
		var keys [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				it.Close()
				return err
			}
			k := it.Item().KeyCopy(nil)
			keys = append(keys, k)
			out[string(k[len(prefPoke):])] = string(v)
		}
		it.Close()
		for _, k := range keys {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}
