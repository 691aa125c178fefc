package qbrefresh

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/qbmirror"
)

// Keys of what the engine remembers between runs, all under "qbrefresh/".
var (
	contactKey = []byte("qbrefresh/contact")
	lastRunKey = []byte("qbrefresh/lastrun")
)

func listKey(k qbmirror.Kind) []byte { return []byte("qbrefresh/list/" + string(k)) }

// HostFacts is what QuickBooks said about itself at the start of a session.
type HostFacts struct {
	ProductName string `json:"productName"` // e.g. "QuickBooks Enterprise Solutions 24.0"
	Major       int    `json:"major"`       // HostRet MajorVersion: the QuickBooks year − 1990
	Minor       int    `json:"minor"`
	Country     string `json:"country"` // US, CA, UK
	CompanyName string `json:"companyName"`
}

// Contact is the last time the Web Connector brought QuickBooks to Joblink.
type Contact struct {
	At          time.Time `json:"at"`
	CompanyFile string    `json:"companyFile"`
	Host        HostFacts `json:"host"`
}

// RunResult is the outcome of the last run.
type RunResult struct {
	Started     time.Time             `json:"started"`
	Ended       time.Time             `json:"ended"`
	Summary     string                `json:"summary"`     // the line EndRun returned
	Interrupted bool                  `json:"interrupted"` // ended with an error before every list was read
	RoundTrips  int                   `json:"roundTrips"`
	Changed     map[qbmirror.Kind]int `json:"changed"`          // records new or changed, per list
	Unread      []qbmirror.Kind       `json:"unread,omitempty"` // lists left for the next run
	// Removed are the records deleted in QuickBooks that the run took out of the mirror, per list.
	Removed map[qbmirror.Kind]int `json:"removed,omitempty"`
	// TxnsDeleted are the transactions QuickBooks reported deleted (WithDeletedTransactions).
	TxnsDeleted int `json:"txnsDeleted,omitempty"`
	// DeletionsUnread: QuickBooks' deletions were not read to the end; the next run asks again.
	DeletionsUnread bool `json:"deletionsUnread,omitempty"`
}

// ListProblem is the last thing that went wrong reading one list.
type ListProblem struct {
	At      time.Time `json:"at"`
	Code    int       `json:"code"`    // QuickBooks statusCode; 0 when QuickBooks gave none
	Message string    `json:"message"` // what it means, in the bookkeeper's words
	Fix     string    `json:"fix,omitempty"`
	// QuickBooksSaid is QuickBooks' own statusMessage; it often names the record or window
	// holding a lock, so the dashboard shows it under Message.
	QuickBooksSaid string `json:"quickBooksSaid,omitempty"`
	Transient      bool   `json:"transient"` // retried by itself in the next run (locks, expired iterators)
}

// listMemo is what the engine keeps per list beyond the mirror's watermark.
type listMemo struct {
	LastProblem *ListProblem `json:"lastProblem,omitempty"`
	// WatermarkOffset is the UTC offset (seconds) QuickBooks wrote the watermark's
	// TimeModified with. FromModifiedDate is sent with that offset, so QuickBooks sees its own
	// wall-clock time back rather than a UTC value it might read as local time.
	WatermarkOffset *int `json:"watermarkOffset,omitempty"`
	// Cursor is where the next refresh starts (cursor.go); it is sent with WatermarkOffset too.
	Cursor *listCursor `json:"cursor,omitempty"`
}

func (e *Engine) saveJSON(key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	if err := e.st.Update(func(txn *badger.Txn) error { return txn.Set(key, b) }); err != nil {
		return fmt.Errorf("save %s: %w", key, err)
	}
	return nil
}

// loadJSON fills v from key and reports whether the key existed.
func (e *Engine) loadJSON(key []byte, v any) (bool, error) {
	found := false
	err := e.st.View(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
	})
	if err != nil {
		return false, fmt.Errorf("read %s: %w", key, err)
	}
	return found, nil
}

func (e *Engine) loadLastRun() (*RunResult, error) {
	var r RunResult
	found, err := e.loadJSON(lastRunKey, &r)
	if !found || err != nil {
		return nil, err
	}
	return &r, nil
}

func (e *Engine) loadContact() (*Contact, error) {
	var c Contact
	found, err := e.loadJSON(contactKey, &c)
	if !found || err != nil {
		return nil, err
	}
	return &c, nil
}

func (e *Engine) loadListMemo(k qbmirror.Kind) (listMemo, error) {
	var m listMemo
	_, err := e.loadJSON(listKey(k), &m)
	return m, err
}

// updateListMemo reads, changes and writes a list's memo.
func (e *Engine) updateListMemo(k qbmirror.Kind, change func(*listMemo)) error {
	m, err := e.loadListMemo(k)
	if err != nil {
		return err
	}
	change(&m)
	return e.saveJSON(listKey(k), m)
}
