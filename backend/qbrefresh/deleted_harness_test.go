package qbrefresh_test

import (
	"context"
	"errors"
	"strings"
	"sync"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
)

// fakeSink stands in for the sync engine: it keeps what it was told, and fails while failing.
type fakeSink struct {
	mu      sync.Mutex
	told    []engine.DeletedInQuickBooks
	calls   int
	failing bool
}

func (s *fakeSink) QuickBooksDeleted(d []engine.DeletedInQuickBooks) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failing {
		return 0, errors.New("the database is full")
	}
	s.calls++
	s.told = append(s.told, d...)
	return len(d), nil
}

// take returns what the sink was told since the last take.
func (s *fakeSink) take() []engine.DeletedInQuickBooks {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.told
	s.told = nil
	return out
}

func (h *harness) withSink() *fakeSink {
	s := &fakeSink{}
	h.engine.SetDeletionSink(s)
	return s
}

// deleteInQuickBooks deletes a list record in the simulated QuickBooks with a ListDelRq, as
// the bookkeeper's delete does, and returns the TimeDeleted QuickBooks answered.
func (h *harness) deleteInQuickBooks(delType, listID string) string {
	h.t.Helper()
	return h.qbxml(`<ListDelRq><ListDelType>`+delType+`</ListDelType><ListID>`+listID+`</ListID></ListDelRq>`, "TimeDeleted")
}

// qbxml sends one request in its own message set and returns the text of one element of the
// answer, failing unless QuickBooks said OK.
func (h *harness) qbxml(request, element string) string {
	h.t.Helper()
	resp, err := h.company.ProcessRequest(context.Background(),
		`<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">`+request+`</QBXMLMsgsRq></QBXML>`)
	if err != nil || !strings.Contains(resp, `statusCode="0"`) {
		h.t.Fatalf("%s: %v\n%s", request, err, resp)
	}
	_, rest, _ := strings.Cut(resp, "<"+element+">")
	value, _, _ := strings.Cut(rest, "</"+element+">")
	return value
}

// inMirror reports whether the mirror holds the record, by ListID and by name.
func (h *harness) inMirror(k qbmirror.Kind, listID, fullName string) (byID, byName bool) {
	h.t.Helper()
	_, err := h.mirror.Get(k, listID)
	if err != nil && !errors.Is(err, qbmirror.ErrNotFound) {
		h.t.Fatal(err)
	}
	r, nerr := h.mirror.FindByName(k, fullName)
	if nerr != nil && !errors.Is(nerr, qbmirror.ErrNotFound) {
		h.t.Fatal(nerr)
	}
	return err == nil, nerr == nil && r.ListID == listID
}
