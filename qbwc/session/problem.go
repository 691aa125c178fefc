package session

import "errors"

// Problem is an error with words for the bookkeeper. The engine may return one from Begin,
// Next or Handle to control what the Web Connector shows; any other error is shown as
// "Joblink's sync stopped: <error>".
type Problem struct {
	Message string // what went wrong, a full sentence
	Fix     string // what to do about it, a full sentence; may be empty
	Err     error  // the technical cause, for the log
}

func (p *Problem) Error() string {
	s := p.Message
	if p.Fix != "" {
		s += " " + p.Fix
	}
	if p.Err != nil {
		s += " (" + p.Err.Error() + ")"
	}
	return s
}

func (p *Problem) Unwrap() error { return p.Err }

// Words returns the text shown in the Web Connector: message and fix, without the cause.
func (p *Problem) Words() string {
	if p.Fix == "" {
		return p.Message
	}
	return p.Message + " " + p.Fix
}

// wordsFor turns an error into the text getLastError returns.
func wordsFor(err error) string {
	var p *Problem
	if errors.As(err, &p) {
		return p.Words()
	}
	return "Joblink's sync stopped: " + err.Error() + ". The next scheduled update will try again; if this keeps happening, send Joblink's log files to support."
}

// unknownTicketWords explains a ticket Joblink does not know (Intuit: sendRequestXML answers
// "" and getLastError says why).
const unknownTicketWords = "Joblink does not recognise this Web Connector session: it was idle for too long, it was replaced by a newer one, or Joblink was restarted. Nothing is lost; the next scheduled update starts a new session."
