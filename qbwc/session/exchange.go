package session

import (
	"context"
	"errors"
	"fmt"

	"joblink/backend/store"
)

// noOp is the getLastError answer that makes QBWC pause about five seconds and call
// sendRequestXML again (PG09 ch.10).
const noOp = "NoOp"

// SendRequestXML hands QBWC the next request set. The first call of a session checks the
// HCP response (QuickBooks version, product, company file) and starts the engine.
func (m *Manager) SendRequestXML(ctx context.Context, ticket, hcpResponse, companyFile, country string, qbXMLMajor, qbXMLMinor int) string {
	s, ok := m.lookup(ctx, ticket)
	if !ok {
		m.log.Info().Str("ticket", short(ticket)).Msg("sendRequestXML with an unknown or expired ticket")
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.touch(m.cfg.Now())

	switch s.state {
	case stateClosed, stateFailed, stateDone:
		return ""
	case stateAwaiting:
		// QBWC asks again before answering the last request set, so it never received our
		// reply and QuickBooks never saw that set: sending the same set again is safe.
		m.log.Warn().Str("ticket", short(ticket)).Msg("sendRequestXML again before receiveResponseXML; repeating the pending request set")
		return s.pending
	case stateAuthenticated:
		if err := m.start(ctx, s, hcpResponse, companyFile, country, qbXMLMajor, qbXMLMinor); err != nil {
			m.log.Warn().Str("ticket", short(ticket)).Err(err).Msg("Web Connector session refused")
			s.cause = err
			s.fail(wordsFor(err))
			m.outcomes.record(m.cfg.Now(), s.lastError)
			m.saveOrLog(s)
			return ""
		}
	}
	return m.nextRequest(ctx, s)
}

// nextRequest takes the request set fetched ahead, or asks the engine for one; s.mu is held.
func (m *Manager) nextRequest(ctx context.Context, s *session) string {
	req := s.queued
	s.queued = ""
	if req == "" {
		var err error
		req, err = m.engine.Next(ctx, &s.info)
		if errors.Is(err, ErrPause) {
			return m.pause(s)
		}
		if err != nil {
			m.engineFailed(s, "Next", err)
			return ""
		}
	}
	s.pauses = 0
	if req == "" {
		s.setState(stateDone)
		s.lastError = "Joblink had nothing to send to QuickBooks."
		m.saveOrLog(s)
		return ""
	}
	s.pending = req
	s.setState(stateAwaiting)
	s.info.RequestsSent++
	// The record says a request set is out before QBWC has it: after a crash the engine
	// learns that the outcome of that set is unknown.
	if err := m.save(s); err != nil {
		s.info.RequestsSent--
		s.cause = err
		// The cause decides the words: a full disk, a damaged database or a failed write.
		p := store.WriteProblem(err, "the Web Connector session")
		s.fail(p.Message + " Nothing was sent to QuickBooks. " + p.Fix)
		m.log.Error().Err(err).Msg("request set not sent: session record could not be saved")
		return ""
	}
	return req
}

// pause answers "" so QBWC calls getLastError, which answers NoOp; s.mu is held.
func (m *Manager) pause(s *session) string {
	s.pauses++
	if s.pauses > m.cfg.MaxPauses {
		s.cause = fmt.Errorf("%w (waited %d times)", ErrPause, s.pauses-1)
		s.fail("Joblink waited too long for its data to be ready and stopped this update. The next scheduled update will try again.")
		m.saveOrLog(s)
		return ""
	}
	s.setState(statePaused)
	return ""
}

// ReceiveResponseXML passes QuickBooks' response to the engine and reports progress.
func (m *Manager) ReceiveResponseXML(ctx context.Context, ticket, response, hresult, message string) int {
	s, ok := m.lookup(ctx, ticket)
	if !ok {
		m.log.Info().Str("ticket", short(ticket)).Msg("receiveResponseXML with an unknown or expired ticket")
		return -1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.touch(m.cfg.Now())

	switch s.state {
	case stateClosed, stateFailed:
		return -1
	case stateDone:
		return 100
	case stateAwaiting:
	default:
		// A response without a request out: nothing to match it with. Report where we are,
		// so QBWC carries on with sendRequestXML.
		m.log.Warn().Str("ticket", short(ticket)).Str("state", s.state.String()).Msg("receiveResponseXML without a pending request set; ignored")
		return min(max(s.info.Progress, 0), 99)
	}

	s.pending = ""
	if hresult != "" {
		err := hresultError(hresult, message)
		m.log.Warn().Str("hresult", hresult).Str("message", message).Msg("QuickBooks could not process a request set")
		s.cause = err
		s.fail(wordsFor(err))
		m.saveOrLog(s)
		return -1
	}
	s.info.ResponsesReceived++
	progress, err := m.engine.Handle(ctx, &s.info, response)
	if err != nil {
		m.engineFailed(s, "Handle", err)
		return -1
	}
	if progress < 0 {
		m.engineFailed(s, "Handle", fmt.Errorf("the engine reported progress %d", progress))
		return -1
	}
	if progress < 100 {
		// QBWC closes cleanly only on 100, so find out now whether anything is left.
		next, err := m.engine.Next(ctx, &s.info)
		switch {
		case errors.Is(err, ErrPause):
		case err != nil:
			m.engineFailed(s, "Next", err)
			return -1
		case next == "":
			progress = 100
		default:
			s.queued = next
		}
	}
	if progress >= 100 {
		s.info.Progress = 100
		s.setState(stateDone)
	} else {
		s.info.Progress = progress
		s.setState(stateReady)
	}
	m.saveOrLog(s)
	return s.info.Progress
}

// engineFailed records an engine error; s.mu is held.
func (m *Manager) engineFailed(s *session, step string, err error) {
	m.log.Error().Err(err).Str("step", step).Str("ticket", short(s.ticket)).Msg("sync engine failed during a Web Connector session")
	s.cause = err
	s.fail(wordsFor(err))
	m.saveOrLog(s)
}

// saveOrLog saves a state change whose loss is harmless (the session ends anyway).
func (m *Manager) saveOrLog(s *session) {
	if err := m.save(s); err != nil {
		m.log.Warn().Err(err).Msg("saving the Web Connector session state")
	}
}
