package session

import "context"

// done is the connectionError answer that stops QBWC from retrying.
const done = "done"

// ConnectionError answers QBWC's report that it could not open QuickBooks. Errors a retry can
// cure get at most MaxConnectionRetries retries: with the linked company file's path when
// QuickBooks needs one, otherwise with whatever file is open (""). Then, or for errors a
// retry cannot cure, "done"; getLastError and closeConnection explain.
func (m *Manager) ConnectionError(ctx context.Context, ticket, hresult, message string) string {
	info, code, known := lookupHRESULT(hresult)
	m.log.Warn().Str("hresult", code).Str("message", message).Msg("the Web Connector could not connect to QuickBooks")
	s, ok := m.lookup(ctx, ticket)
	if !ok {
		return done
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.touch(m.cfg.Now())
	if s.state == stateClosed {
		return done
	}
	s.cause = hresultError(hresult, message)
	s.lastError = wordsFor(s.cause)
	if !known || !info.retry || s.connRetries >= m.cfg.MaxConnectionRetries {
		s.fail(s.lastError)
		m.outcomes.record(m.cfg.Now(), s.lastError)
		m.saveOrLog(s)
		return done
	}
	s.connRetries++
	retryWith := ""
	if info.wantsPath {
		if pin, found, err := m.PinnedCompany(); err == nil && found {
			retryWith = pin.Path
		}
	}
	m.log.Info().Int("retry", s.connRetries).Str("company_file", retryWith).Msg("asking the Web Connector to connect again")
	return retryWith
}
