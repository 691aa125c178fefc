package session

import (
	"sync"
	"sync/atomic"
	"time"
)

// state is where a session is in Intuit's call sequence.
type state int

const (
	stateAuthenticated state = iota // authenticate answered; expecting sendRequestXML or connectionError
	stateAwaiting                   // a request set is out; expecting receiveResponseXML
	stateReady                      // a response was handled; expecting sendRequestXML
	statePaused                     // sendRequestXML answered "" for a NoOp pause
	stateDone                       // nothing more to send; expecting closeConnection
	stateFailed                     // refused or failed; getLastError explains; expecting closeConnection
	stateClosed                     // ended; the ticket is no longer valid
)

var stateNames = [...]string{"authenticated", "awaiting-response", "ready", "paused", "done", "failed", "closed"}

func (s state) String() string { return stateNames[s] }

// session is one ticket's state. mu serialises the calls of one ticket, so the engine never
// sees two calls for the same session at once.
type session struct {
	mu     sync.Mutex
	ticket string
	state  state
	info   Info

	begun        bool         // Engine.Begin succeeded, so Engine.End is owed
	pending      string       // the request set QBWC has, awaiting its response
	queued       string       // the next request set, fetched ahead to know when 100 % is reached
	lastError    string       // what getLastError says
	cause        error        // why the session failed, passed to Engine.End
	pauses       int          // consecutive NoOp pauses
	connRetries  int          // retries granted by connectionError
	summary      string       // what closeConnection says if the engine has nothing better
	seenUnixNano atomic.Int64 // last call, read without mu by the sweeper and by claim
	stateMirror  atomic.Int32 // state, readable without mu (claim must not wait for a slow engine call)
}

// setState changes the state; the caller holds mu.
func (s *session) setState(st state) {
	s.state = st
	s.stateMirror.Store(int32(st))
}

// working reports, without taking mu, whether the session still expects work calls.
func (s *session) working() bool {
	switch state(s.stateMirror.Load()) {
	case stateDone, stateFailed, stateClosed:
		return false
	}
	return true
}

// touch records a call; the caller holds mu (or owns s exclusively).
func (s *session) touch(now time.Time) {
	s.seenUnixNano.Store(now.UnixNano())
	s.info.LastSeen = now
}

func (s *session) lastSeen() time.Time { return time.Unix(0, s.seenUnixNano.Load()) }

// fail moves the session to stateFailed with a message for getLastError.
func (s *session) fail(message string) {
	s.setState(stateFailed)
	s.lastError = message
	s.pending, s.queued = "", ""
}
