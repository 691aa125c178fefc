package session

import "context"

// nothingToDo is closeConnection's answer when no work was done.
const nothingToDo = "Nothing to do"

// GetLastError explains the last sendRequestXML "" or negative progress.
func (m *Manager) GetLastError(ctx context.Context, ticket string) string {
	s, ok := m.lookup(ctx, ticket)
	if !ok {
		return unknownTicketWords
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.touch(m.cfg.Now())
	switch s.state {
	case stateClosed:
		return unknownTicketWords
	case statePaused:
		return noOp
	}
	return s.lastError
}

// CloseConnection ends the session and returns the engine's one-line summary.
func (m *Manager) CloseConnection(ctx context.Context, ticket string) string {
	s, ok := m.lookup(ctx, ticket)
	if !ok {
		return nothingToDo
	}
	m.mu.Lock()
	m.dropLocked(ticket)
	m.mu.Unlock()

	s.mu.Lock()
	defer s.mu.Unlock()
	summary := m.finishLocked(ctx, s, s.cause)
	if s.cause == nil {
		m.outcomes.record(m.cfg.Now(), "")
	} else if s.lastError != "" {
		m.outcomes.record(m.cfg.Now(), s.lastError)
	}
	switch {
	case summary != "":
	case s.cause != nil:
		summary = s.lastError
	case s.info.RequestsSent == 0:
		summary = nothingToDo
	default:
		summary = "Done"
	}
	m.log.Info().Str("ticket", short(ticket)).Int("requests", s.info.RequestsSent).Str("summary", summary).Msg("Web Connector session closed")
	return summary
}

// GetInteractiveURL is part of QBWC's interactive mode, which Joblink never starts.
func (m *Manager) GetInteractiveURL(context.Context, string, string) string { return "" }

// InteractiveDone answers "Done" as PG09 asks, should QBWC ever call it.
func (m *Manager) InteractiveDone(context.Context, string) string { return "Done" }

// InteractiveRejected acknowledges a refused interactive session.
func (m *Manager) InteractiveRejected(context.Context, string, string) string {
	return "Joblink does not use interactive mode."
}
