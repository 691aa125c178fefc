package mapping

import (
	"fmt"
	"time"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
)

// Service answers the mapping pages. Create it with New.
type Service struct {
	engine      *engine.Engine
	mirror      *qbmirror.Mirror
	sides       map[string]Side
	connectedAt func() time.Time
}

// New returns the service over sides. connectedAt says when Joblink was connected to Procore
// (zero: not yet); records created before then need a confirmation to be linked.
func New(e *engine.Engine, m *qbmirror.Mirror, connectedAt func() time.Time, sides ...Side) *Service {
	s := &Service{engine: e, mirror: m, sides: map[string]Side{}, connectedAt: connectedAt}
	for _, side := range sides {
		s.sides[side.Name()] = side
	}
	return s
}

// Side returns the side named name ("jobs", "vendors").
func (s *Service) Side(name string) (Side, error) {
	side, ok := s.sides[name]
	if !ok {
		return nil, &Problem{Message: fmt.Sprintf("Joblink has no page called %q.", name), Fix: "Use jobs or vendors."}
	}
	return side, nil
}

// Confirmer is implemented by sides whose records created in Procore before Joblink was
// connected need the bookkeeper's confirmation before they are linked: it says what will and
// will not sync for such a record.
type Confirmer interface {
	Confirmation() string
}

// Extender is implemented by sides that add their own parts to the view (vendor types and
// settings) and narrow what is offered for import.
type Extender interface {
	Extend(v *View) error
}

func (s *Service) needsConfirmation(side Side, p ProcoreEntry) bool {
	if _, ok := side.(Confirmer); !ok {
		return false
	}
	at := s.connectedAt()
	return !at.IsZero() && !p.CreatedAt.IsZero() && p.CreatedAt.Before(at)
}
