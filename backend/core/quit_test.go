package core

import (
	"testing"
)

// TestQuitIsAnsweredBeforeJoblinkStops: `joblink --quit` asks through the API and the runner
// closes everything at once; the answer must reach the caller first (it got EOF about one time
// in three when the shutdown closed the connection between the handler and the flush).
func TestQuitIsAnsweredBeforeJoblinkStops(t *testing.T) {
	dir := t.TempDir()
	for round := range 15 {
		c := startHeadless(t, dir, true)
		closed := make(chan struct{})
		go func() { <-c.QuitRequested(); c.Close(); close(closed) }()
		if _, err := Contact(c.Layout, "quit"); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		<-closed
	}
}
