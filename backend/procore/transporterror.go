package procore

import (
	"errors"
	"fmt"

	"joblink/backend/problem"
)

// TransportKind says why a call produced no usable answer.
type TransportKind int

const (
	// Timeout: Procore did not answer within the per-call time limit.
	Timeout TransportKind = iota + 1
	// Unreachable: the connection failed or was reset.
	Unreachable
	// TooLarge: the answer was bigger than the client accepts.
	TooLarge
	// Unreadable: the answer was not the JSON the endpoint documents.
	Unreadable
)

func (k TransportKind) String() string {
	switch k {
	case Timeout:
		return "timeout"
	case Unreachable:
		return "unreachable"
	case TooLarge:
		return "response too large"
	case Unreadable:
		return "unreadable response"
	}
	return "unknown"
}

// TransportError is a call that failed without an error status from Procore.
type TransportError struct {
	Kind   TransportKind
	Method string
	Path   string
	Limit  int64 // the size cap, for TooLarge
	Err    error
}

func (e *TransportError) Error() string {
	s := fmt.Sprintf("procore: %s %s: %s", e.Method, e.Path, e.Kind)
	if e.Kind == TooLarge {
		s += fmt.Sprintf(" (over %d bytes)", e.Limit)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *TransportError) Unwrap() error { return e.Err }

// Words is the sentence a bookkeeper reads.
func (e *TransportError) Words() string { return e.Problem().Words() }

// Problem converts the error into the shared error-with-words type.
func (e *TransportError) Problem() *problem.Problem {
	p := &problem.Problem{Err: e}
	switch e.Kind {
	case Timeout:
		p.Message = "Procore did not answer in time."
		p.Fix = "Joblink will try again at the next sync; if it keeps happening, check the internet connection and status.procore.com."
	case Unreachable:
		p.Message = "Joblink could not reach Procore."
		p.Fix = "Check the internet connection; Joblink will try again at the next sync."
	case TooLarge:
		p.Message = fmt.Sprintf("Procore sent more data in one answer than Joblink accepts (%d MB).", e.Limit>>20)
		p.Fix = "Contact Joblink support with the log file."
	default:
		p.Message = "Procore sent an answer Joblink could not read."
		p.Fix = "Try again later; if it keeps happening, contact Joblink support with the log file."
	}
	return p
}

// errWouldOutlast is returned instead of sleeping when the wait would end after the caller's
// deadline.
var errWouldOutlast = errors.New("procore: the wait Procore asked for is longer than the time left for this call")
