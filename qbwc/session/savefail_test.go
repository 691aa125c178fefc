package session

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/store"
	"joblink/qbwc/soap"
)

// failingKV is the real store whose writes fail with cause once armed.
type failingKV struct {
	*store.Store
	armed atomic.Bool
	cause error
}

func (f *failingKV) Update(fn func(txn *badger.Txn) error) error {
	if f.armed.Load() {
		return f.cause
	}
	return f.Store.Update(fn)
}

// failWritesLater puts a Manager on r's store behind a failingKV and serves it in r's place.
func failWritesLater(t *testing.T, r *rig, cause error) *failingKV {
	t.Helper()
	kv := &failingKV{Store: r.store, cause: cause}
	cfg := Config{UserName: testUser, OwnerID: testOwnerID, ServerVersion: "Joblink test", Now: r.clock.Now}
	m, err := New(context.Background(), cfg, kv, r.engine, parseHCPForTest, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := m.SetPassword(testPassword); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(soap.EndpointPath, soap.NewHandler(m, soap.Options{Logger: zerolog.Nop()}))
	r.srv.Close()
	r.srv, r.m = httptest.NewServer(mux), m
	return kv
}

// TestStoreRefusalAtSessionStartKeepsItsWords: the first request set pins the company file;
// if the store refuses that write, the Web Connector shows the store's words, not "Joblink's
// sync stopped: …".
func TestStoreRefusalAtSessionStartKeepsItsWords(t *testing.T) {
	refusal := &store.OpenError{Kind: store.DiskFull, Message: "The disk holding the database is full.", Fix: "Free some space on that disk."}
	r := newRig(t, newMemoryEngine(request1), nil)
	kv := failWritesLater(t, r, refusal)

	ticket := r.authenticate(testUser, testPassword)[0]
	kv.armed.Store(true)
	if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != "" {
		t.Fatalf("request set %q", got)
	}
	if words := r.lastError(ticket); words != refusal.Message+" "+refusal.Fix {
		t.Fatalf("explained as %q", words)
	}
}

// TestUnsavedRequestSetIsExplainedByItsCause: when the session record cannot be saved before a
// request set goes out, the Web Connector's error names the real cause (issue 12: every cause
// was explained as "check that the disk is not full").
func TestUnsavedRequestSetIsExplainedByItsCause(t *testing.T) {
	for name, c := range map[string]struct {
		cause     error
		want, not string
	}{
		"damaged":   {&store.OpenError{Kind: store.Corrupt, Message: "The Joblink database is damaged.", Fix: "Run `joblink restore` to put the newest backup back."}, "joblink restore", "disk"},
		"disk full": {&store.OpenError{Kind: store.DiskFull, Message: "The disk holding the database is full.", Fix: "Free some space on that disk."}, "Free some space", "restore"},
	} {
		t.Run(name, func(t *testing.T) {
			r := newRig(t, newMemoryEngine(request1, request2), nil)
			kv := failWritesLater(t, r, c.cause)

			ticket := r.authenticate(testUser, testPassword)[0]
			if got := r.send(ticket, fixture(t, hcpModern), testCompany); got != request1 {
				t.Fatalf("first request set %q", got)
			}
			r.receive(ticket, customerAddRs(t), "", "")
			kv.armed.Store(true) // the disk fills, or damage is found, between two request sets
			if got := r.send(ticket, "", testCompany); got != "" {
				t.Fatalf("a request set went out although it could not be recorded: %q", got)
			}
			words := r.lastError(ticket)
			if !strings.Contains(words, c.want) || strings.Contains(words, c.not) || !strings.Contains(words, "Nothing was sent to QuickBooks") {
				t.Fatalf("explained as %q", words)
			}
		})
	}
}
