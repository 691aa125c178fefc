package session

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// sessionPrefix holds one record per live session (see ticketKey).
var sessionPrefix = []byte("qbwc/session/")

// record is the durable form of a session: enough for the engine to learn, after a crash,
// which session was cut off and whether a request set was out with QuickBooks at the time.
type record struct {
	State          string `json:"state"`
	Info           Info   `json:"info"`
	Begun          bool   `json:"begun"`
	RequestPending bool   `json:"request_pending"`
	LastError      string `json:"last_error,omitempty"`
}

// save writes s's record; the caller holds s.mu. It is the durable write of every call that
// changes a session, so a request set is recorded as sent before QBWC receives it.
func (m *Manager) save(s *session) error {
	b, err := json.Marshal(record{State: s.state.String(), Info: s.info, Begun: s.begun, RequestPending: s.pending != "", LastError: s.lastError})
	if err != nil {
		return fmt.Errorf("encode session record: %w", err)
	}
	if err := m.kv.Update(func(txn *badger.Txn) error { return txn.Set(ticketKey(s.ticket), b) }); err != nil {
		return fmt.Errorf("save Web Connector session: %w", err)
	}
	return nil
}

func (m *Manager) deleteRecord(ticket string) error {
	return m.kv.Update(func(txn *badger.Txn) error { return txn.Delete(ticketKey(ticket)) })
}

// endInterruptedSessions reports the sessions a previous run left behind to the engine and
// removes their records.
func (m *Manager) endInterruptedSessions(ctx context.Context) error {
	var keys [][]byte
	var recs []record
	err := m.kv.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: sessionPrefix, PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var r record
			err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &r) })
			if err != nil {
				m.log.Warn().Err(err).Msg("unreadable Web Connector session record; removing it")
			}
			keys = append(keys, it.Item().KeyCopy(nil))
			recs = append(recs, r)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read Web Connector sessions left by the last run: %w", err)
	}
	for i, r := range recs {
		m.log.Warn().Str("state", r.State).Bool("request_pending", r.RequestPending).Int("requests_sent", r.Info.RequestsSent).
			Msg("a Web Connector session was cut off when Joblink last stopped")
		if r.Begun {
			info := r.Info
			m.engine.End(ctx, &info, ErrInterrupted)
		}
		key := keys[i]
		if err := m.kv.Update(func(txn *badger.Txn) error { return txn.Delete(key) }); err != nil {
			return fmt.Errorf("remove an old Web Connector session record: %w", err)
		}
	}
	return nil
}
