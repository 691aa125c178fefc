package soap

import (
	"context"
	"fmt"
	"sync"
)

// recordingService remembers the last call and answers with canned values.
type recordingService struct {
	mu    sync.Mutex
	calls []string

	auth         AuthResult
	sendResult   string
	receiveValue int
	panicOn      string
}

func (s *recordingService) record(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	call := fmt.Sprintf(format, args...)
	s.calls = append(s.calls, call)
	if s.panicOn != "" && len(call) >= len(s.panicOn) && call[:len(s.panicOn)] == s.panicOn {
		panic("boom in " + call)
	}
}

func (s *recordingService) last() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.calls) == 0 {
		return ""
	}
	return s.calls[len(s.calls)-1]
}

func (s *recordingService) ServerVersion(context.Context) string {
	s.record("serverVersion()")
	return "Joblink test"
}
func (s *recordingService) ClientVersion(_ context.Context, v string) string {
	s.record("clientVersion(%q)", v)
	return ""
}
func (s *recordingService) Authenticate(_ context.Context, u, p string) AuthResult {
	s.record("authenticate(%q,%q)", u, p)
	return s.auth
}
func (s *recordingService) SendRequestXML(_ context.Context, t, hcp, cf, country string, major, minor int) string {
	s.record("sendRequestXML(%q,%d,%q,%q,%d,%d)", t, len(hcp), cf, country, major, minor)
	return s.sendResult
}
func (s *recordingService) ReceiveResponseXML(_ context.Context, t, resp, hr, msg string) int {
	s.record("receiveResponseXML(%q,%d,%q,%q)", t, len(resp), hr, msg)
	return s.receiveValue
}
func (s *recordingService) ConnectionError(_ context.Context, t, hr, msg string) string {
	s.record("connectionError(%q,%q,%q)", t, hr, msg)
	return "done"
}
func (s *recordingService) GetLastError(_ context.Context, t string) string {
	s.record("getLastError(%q)", t)
	return "last <error> & more"
}
func (s *recordingService) CloseConnection(_ context.Context, t string) string {
	s.record("closeConnection(%q)", t)
	return "OK"
}
func (s *recordingService) GetInteractiveURL(_ context.Context, t, sid string) string {
	s.record("getInteractiveURL(%q,%q)", t, sid)
	return ""
}
func (s *recordingService) InteractiveDone(_ context.Context, t string) string {
	s.record("interactiveDone(%q)", t)
	return "Done"
}
func (s *recordingService) InteractiveRejected(_ context.Context, t, reason string) string {
	s.record("interactiveRejected(%q,%q)", t, reason)
	return ""
}
