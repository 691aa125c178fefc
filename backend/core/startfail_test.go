package core

import (
	"errors"
	"io"
	"net"
	"testing"
	"time"

	"joblink/backend/localserver"
)

// A failed start must end at once (issue 12: a taken port took 5–6 s to exit, waiting for an
// engine that had never started).
const failedStartBudget = 1500 * time.Millisecond

func TestPortInUseFailsAtOnce(t *testing.T) {
	taken, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	dir := t.TempDir()
	startHeadless(t, dir, true).Close() // a database with everything in it, as on a second start
	began := time.Now()
	_, err = Start(Config{Mode: ModeHeadless, DataDir: dir, Addr: taken.Addr().String(), UI: testUI, RequireStore: true, Console: io.Discard})
	took := time.Since(began)
	var pu *localserver.PortInUseError
	if !errors.As(err, &pu) {
		t.Fatalf("want PortInUseError, got %v", err)
	}
	t.Logf("a taken port reported in %s", took)
	if took > failedStartBudget {
		t.Fatalf("a taken port took %s to be reported", took)
	}
}

// TestLateStartFailureDoesNotWaitForTheEngine: a failure after the engine is built but before
// it runs (here the Web Connector endpoint cannot be attached) closes everything at once.
func TestLateStartFailureDoesNotWaitForTheEngine(t *testing.T) {
	broken := errors.New("the Web Connector endpoint could not be built")
	began := time.Now()
	_, err := Start(Config{Mode: ModeHeadless, DataDir: t.TempDir(), Addr: "127.0.0.1:0", UI: testUI, RequireStore: true, Console: io.Discard,
		AttachWebConnector: func(*Core) (WebConnector, error) { return nil, broken }})
	took := time.Since(began)
	if !errors.Is(err, broken) {
		t.Fatalf("want the attach failure, got %v", err)
	}
	if took > failedStartBudget {
		t.Fatalf("the failed start took %s to end", took)
	}
}
