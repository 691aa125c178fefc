package qbsim

import (
	"context"
	"crypto/rand"
	"fmt"
)

// Session is one QuickBooks request-processor session (OpenConnection +
// BeginSession ... EndSession). The Web Connector opens one per update run,
// so state that QuickBooks keeps per session - iterators above all - lives
// here and dies with it: an iteratorID from another session gets 3391.
type Session struct {
	company   *Company
	id        string
	iterators map[string]*iterator
	ended     bool
}

// ProcessorError is a failure of the request processor itself rather
// than a status inside a response: the Web Connector reports it as the
// hresult/message of receiveResponseXML (or of connectionError when the
// session could not be opened).
type ProcessorError struct {
	HResult string // e.g. "0x80040400"
	Message string
}

func (e *ProcessorError) Error() string { return e.HResult + ": " + e.Message }

// HRESULTs the QuickBooks request processor returns (qbwc-protocol.md §8).
const (
	HResultParseError     = "0x80040400"
	HResultCannotAccess   = "0x80040401"
	HResultUnexpected     = "0x80040402"
	HResultCannotStart    = "0x80040408"
	HResultInvalidTicket  = "0x8004040D"
	HResultNoCompanyFile  = "0x80040416"
	HResultAccessDenied   = "0x80040420"
	msgParseError         = "QuickBooks found an error when parsing the provided XML text stream."
	msgCannotAccess       = "Could not access QuickBooks."
	msgInvalidTicket      = "The ticket parameter is invalid."
	defaultConnectMessage = "Could not start QuickBooks."
)

// BeginSession opens a session, failing with a *ProcessorError when a
// connection fault is injected (QuickBooks not running, no company open).
func (c *Company) BeginSession() (*Session, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.faults.takeConnectionFault(); ok {
		return nil, &ProcessorError{HResult: f.HResult, Message: f.Message}
	}
	s := &Session{company: c, id: newGUID(), iterators: map[string]*iterator{}}
	c.sessions[s.id] = s
	return s, nil
}

// ID identifies the session (what QuickBooks calls the ticket).
func (s *Session) ID() string { return s.id }

// End closes the session; its iterators become invalid.
func (s *Session) End() {
	c := s.company
	c.mu.Lock()
	defer c.mu.Unlock()
	s.ended = true
	s.iterators = nil
	delete(c.sessions, s.id)
}

// ProcessRequest runs one qbXML request message set and returns the
// response document, or a *ProcessorError when QuickBooks would fail the
// whole call (unparsable or schema-invalid XML, ended session).
func (s *Session) ProcessRequest(ctx context.Context, request string) (string, error) {
	c := s.company
	c.mu.Lock()
	defer c.mu.Unlock()
	if s.ended {
		return "", &ProcessorError{HResult: HResultInvalidTicket, Message: msgInvalidTicket}
	}
	return s.processLocked(ctx, request)
}

// ProcessRequest is a convenience for tests: one message set in a session
// of its own (so iterators cannot be continued across calls).
func (c *Company) ProcessRequest(ctx context.Context, request string) (string, error) {
	s, err := c.BeginSession()
	if err != nil {
		return "", err
	}
	defer s.End()
	return s.ProcessRequest(ctx, request)
}

// newGUID returns a braced GUID like QuickBooks' iteratorIDs.
func newGUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("qbsim: crypto/rand failed: %v", err))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("{%x-%x-%x-%x-%x}", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
