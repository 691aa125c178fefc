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
// phase begins only when the one before it has nothing more to send.
type Sequence struct {
	Phases []session.Engine

	mu      sync.Mutex
	current int // index of the phase under way
	begun   []bool
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
	q.begun[0] = true
	return q.Phases[0].Begin(ctx, s)
}

// Next asks the current phase, moving on to the next one when it has nothing more.
func (q *Sequence) Next(ctx context.Context, s *session.Info) (string, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		req, err := q.Phases[q.current].Next(ctx, s)
		if err != nil || req != "" || q.current == len(q.Phases)-1 {
			return req, err
		}
		q.current++
		q.begun[q.current] = true
		if err := q.Phases[q.current].Begin(ctx, s); err != nil {
			return "", err
		}
	}
}

// Handle passes the response to the current phase. A phase's 100 is not the session's 100
// while phases remain: the session then asks Next, which moves on.
func (q *Sequence) Handle(ctx context.Context, s *session.Info, responseXML string) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	p, err := q.Phases[q.current].Handle(ctx, s, responseXML)
	if err != nil || p < 0 {
		return p, err
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
	q.begun = nil
	return summary
}
