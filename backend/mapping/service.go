package mapping

import (
	"fmt"
	"joblink/backend/problem"
	"sync"
	"sync/atomic"
	"time"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
)

// Service answers the mapping pages. Create it with New.
type Service struct {
	engine      *engine.Engine
	mirror      *qbmirror.Mirror
	sides       map[string]Side
	views       map[string]*viewCache // by side name
	connectedAt func() time.Time

	// background counts the views' background refreshes, so Close can wait for them before
	// the database closes under them; closed stops new ones.
	background sync.WaitGroup
	closed     atomic.Bool
}

// Close stops the views' background refreshes and waits for those under way. Call it before
// the database closes: a refresh reading a closed database would crash the process.
func (s *Service) Close() {
	s.closed.Store(true)
	s.background.Wait()
}

// New returns the service over sides. connectedAt says when Joblink was connected to Procore
// (zero: not yet); records created before then need a confirmation to be linked.
func New(e *engine.Engine, m *qbmirror.Mirror, connectedAt func() time.Time, sides ...Side) *Service {
	s := &Service{engine: e, mirror: m, sides: map[string]Side{}, views: map[string]*viewCache{}, connectedAt: connectedAt}
	for _, side := range sides {
		s.sides[side.Name()] = side
		s.views[side.Name()] = &viewCache{svc: s, side: side}
	}
	return s
}

// Refresh has side's view read the items and the QuickBooks list again at once. The view
// shows the service's own actions at once and other changes within seconds; a caller that
// changed items or the mirror behind the service's back and must see it now calls this.
func (s *Service) Refresh(sideName string) error {
	side, err := s.Side(sideName)
	if err != nil {
		return err
	}
	return s.views[side.Name()].refresh(true)
}

// Side returns the side named name ("jobs", "vendors").
func (s *Service) Side(name string) (Side, error) {
	side, ok := s.sides[name]
	if !ok {
		return nil, &Problem{Class: problem.Refused, Message: fmt.Sprintf("Joblink has no page called %q.", name), Fix: "Use jobs or vendors."}
	}
	return side, nil
}

// Confirmer is implemented by sides whose records created in Procore before Joblink was
// connected need the bookkeeper's confirmation before they are linked: it says what will and
// will not sync for such a record.
type Confirmer interface {
	Confirmation() string
}

// Extender is implemented by sides that add their own parts to a page (settings) and narrow
// what is offered for import: Extend returns whether a QuickBooks record is offered (nil:
// every one is).
type Extender interface {
	Extend(v *View) (offered func(QuickBooksEntry) bool, err error)
}

// needsConfirmation reports whether p was created in Procore before Joblink connected (at).
func needsConfirmation(side Side, p ProcoreEntry, at time.Time) bool {
	if _, ok := side.(Confirmer); !ok {
		return false
	}
	return !at.IsZero() && !p.CreatedAt.IsZero() && p.CreatedAt.Before(at)
}
