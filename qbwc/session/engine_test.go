package session

import (
	"context"
	"fmt"
	"sync"
)

// memoryEngine is a small but real Engine: it sends its request sets in order, counts the
// responses and reports progress as responses/requests.
type memoryEngine struct {
	mu       sync.Mutex
	requests []string // the request sets of one session
	hasWork  bool
	pauseFor int // Next returns ErrPause this many times first

	begun, ended, handled, nextCalls int
	sent                             int // index into requests for the running session
	endErrs                          []error
	handleErr                        error
	lastInfo                         Info
}

func newMemoryEngine(requests ...string) *memoryEngine {
	return &memoryEngine{requests: requests, hasWork: true}
}

func (e *memoryEngine) HasWork(context.Context) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.hasWork
}

func (e *memoryEngine) Begin(_ context.Context, s *Info) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.begun++
	e.sent = 0
	e.lastInfo = *s
	return nil
}

func (e *memoryEngine) Next(_ context.Context, s *Info) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.nextCalls++
	if e.pauseFor > 0 {
		e.pauseFor--
		return "", ErrPause
	}
	if e.sent >= len(e.requests) {
		return "", nil
	}
	e.sent++
	return e.requests[e.sent-1], nil
}

func (e *memoryEngine) Handle(_ context.Context, s *Info, response string) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.handleErr != nil {
		return 0, e.handleErr
	}
	e.handled++
	e.lastInfo = *s
	return e.handled * 100 / (len(e.requests) + 1), nil
}

func (e *memoryEngine) End(_ context.Context, s *Info, err error) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ended++
	e.endErrs = append(e.endErrs, err)
	e.lastInfo = *s
	if err != nil {
		return ""
	}
	return fmt.Sprintf("Exported %d", s.ResponsesReceived)
}

func (e *memoryEngine) counts() (begun, handled, ended, nextCalls int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.begun, e.handled, e.ended, e.nextCalls
}
