package qbwc

import (
	"context"
	"errors"
	"strings"
	"sync"

	"joblink/backend/engine"
	"joblink/qbwc/session"
)

// ExportAdapter fits the sync engine's QuickBooks exports to a Web Connector session.
type ExportAdapter struct{ Engine *engine.Engine }

func (a ExportAdapter) HasWork(ctx context.Context) bool { return a.Engine.HasWork(ctx) }
func (a ExportAdapter) Begin(ctx context.Context, _ *session.Info) error {
	return a.Engine.BeginRun(ctx)
}
func (a ExportAdapter) Next(ctx context.Context, _ *session.Info) (string, error) {
	return a.Engine.NextRequest(ctx)
}
func (a ExportAdapter) Handle(ctx context.Context, _ *session.Info, responseXML string) (int, error) {
	return a.Engine.HandleResponse(ctx, responseXML)
}
func (a ExportAdapter) End(ctx context.Context, _ *session.Info, err error) string {
	return a.Engine.EndRun(ctx, err)
}

// Sequence runs several engines one after another in one Web Connector session: the list
// refresh first, so the exports decide from current QuickBooks lists, then the exports. A
// phase begins only when the one before it has nothing more to send — except a Rider, begun
// with the first so its first set rides in the first phase's first set (ride.go).
type Sequence struct {
	Phases []session.Engine

	mu      sync.Mutex
	current int // index of the phase under way
	begun   []bool
	// Riding (ride.go): rider is the later phase begun with the first (-1: none), held its
	// message set kept for its turn when it could not ride, rideIDs the request ids of the
	// rider's in the set out.
	rider   int
	rode    bool
	held    string
	rideIDs map[string]bool
}

// HasWork is true when any phase has work.
func (q *Sequence) HasWork(ctx context.Context) bool {
	for _, p := range q.Phases {
		if p.HasWork(ctx) {
			return true
		}
	}
	return false
}

// Begin starts the first phase; the others start when their turn comes.
func (q *Sequence) Begin(ctx context.Context, s *session.Info) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.Phases) == 0 {
		return errors.New("qbwc: a session sequence with no phases")
	}
	q.current, q.begun = 0, make([]bool, len(q.Phases))
	q.rider, q.rode, q.held, q.rideIDs = -1, false, "", nil
	q.begun[0] = true
	if err := q.Phases[0].Begin(ctx, s); err != nil {
		return err
	}
	// The first later phase that may ride begins now, so its first set can go with the first
	// phase's first set.
	for i := 1; i < len(q.Phases) && q.rider < 0; i++ {
		r, ok := q.Phases[i].(Rider)
		if !ok || !r.MayRide() || !q.Phases[i].HasWork(ctx) {
			continue
		}
		q.begun[i] = true
		if err := q.Phases[i].Begin(ctx, s); err != nil {
			return err
		}
		if r.Rides(ctx) {
			q.rider = i
		}
	}
	return nil
}

// Next asks the current phase, moving on to the next one when it has nothing more.
func (q *Sequence) Next(ctx context.Context, s *session.Info) (string, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if q.current == q.rider && q.held != "" {
			req := q.held // the rider's set that could not ride, at its turn
			q.held = ""
			return req, nil
		}
		req, err := q.Phases[q.current].Next(ctx, s)
		if err == nil && req != "" && q.current == 0 && q.rider > 0 && !q.rode {
			return q.ride(ctx, s, req)
		}
		if err != nil || req != "" || q.current == len(q.Phases)-1 {
			return req, err
		}
		q.current++
		if q.begun[q.current] {
			continue // begun with the first phase (a rider)
		}
		q.begun[q.current] = true
		if err := q.Phases[q.current].Begin(ctx, s); err != nil {
			return "", err
		}
	}
}

// ride adds the rider's next set to the first phase's first set when both can share one.
func (q *Sequence) ride(ctx context.Context, s *session.Info, first string) (string, error) {
	q.rode = true
	req, err := q.Phases[q.rider].Next(ctx, s)
	if err != nil {
		return "", err
	}
	if req == "" {
		return first, nil
	}
	merged, ids, ok := mergeSets(first, req)
	if !ok {
		q.held = req
		return first, nil
	}
	q.rideIDs = ids
	return merged, nil
}

// Handle passes the response to the current phase. A phase's 100 is not the session's 100
// while phases remain: the session then asks Next, which moves on.
func (q *Sequence) Handle(ctx context.Context, s *session.Info, responseXML string) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var ride string
	if ids := q.rideIDs; ids != nil {
		q.rideIDs = nil
		rest, forRider, err := splitResponse(responseXML, ids)
		if err != nil {
			return -1, err
		}
		responseXML, ride = rest, forRider
	}
	p, err := q.Phases[q.current].Handle(ctx, s, responseXML)
	if err != nil || p < 0 {
		return p, err
	}
	if ride != "" {
		if rp, err := q.Phases[q.rider].Handle(ctx, s, ride); err != nil || rp < 0 {
			return rp, err
		}
	}
	n := len(q.Phases)
	overall := (q.current*100 + p) / n
	if q.current < n-1 {
		overall = min(overall, 99)
	}
	return overall, nil
}

// End ends every phase that began, and joins their summaries.
func (q *Sequence) End(ctx context.Context, s *session.Info, err error) string {
	q.mu.Lock()
	defer q.mu.Unlock()
	summary := ""
	for i, p := range q.Phases {
		if i >= len(q.begun) || !q.begun[i] {
			continue
		}
		if part := p.End(ctx, s, err); part != "" {
			if summary != "" {
				if !strings.HasSuffix(summary, ".") {
					summary += "."
				}
				summary += " "
			}
			summary += part
		}
	}
	q.begun, q.rider, q.held, q.rideIDs = nil, -1, "", nil
	return summary
}
