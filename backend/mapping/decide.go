package mapping

import (
	"joblink/backend/engine"
)

// Skip sets records aside (the engine's reject) with the bookkeeper's reason; they are neither
// linked nor created until reopened. Through the service rather than the work API, the page
// shows it at once. Returns how many were skipped.
func (s *Service) Skip(sideName string, ids []string, comment, who string) (int, error) {
	return s.decide(sideName, ids, func(kind engine.Kind, sel engine.Selection) (int, error) {
		return s.engine.Reject(kind, sel, comment, who)
	})
}

// Reopen brings skipped records back to be linked. Returns how many were reopened.
func (s *Service) Reopen(sideName string, ids []string, who string) (int, error) {
	return s.decide(sideName, ids, func(kind engine.Kind, sel engine.Selection) (int, error) {
		return s.engine.Reopen(kind, sel, who)
	})
}

func (s *Service) decide(sideName string, ids []string, do func(engine.Kind, engine.Selection) (int, error)) (int, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return 0, err
	}
	if len(ids) > MaxBatch {
		return 0, tooMany(len(ids))
	}
	for _, id := range ids {
		if _, err := s.item(side, id); err != nil {
			return 0, err
		}
	}
	n, err := do(side.Kind(), engine.Selection{IDs: ids})
	s.views[side.Name()].changed(ids)
	return n, err
}
