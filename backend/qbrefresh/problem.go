package qbrefresh

import "errors"

// Problem is an error with words for the bookkeeper. It has the shape of session.Problem so
// the adapter can hand it on unchanged (this package may not import session).
type Problem struct {
	Message string // what went wrong, a full sentence
	Fix     string // what to do about it; may be empty
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

// ErrNoRun is returned by NextRequest and HandleResponse outside a run.
var ErrNoRun = errors.New("qbrefresh: no refresh run is active")

// ErrSuperseded ends a run that a newer BeginRun replaced.
var ErrSuperseded = errors.New("a new Web Connector session started before this one finished")

func storeProblem(err error) *Problem {
	return &Problem{
		Message: "Joblink could not save the QuickBooks lists to its database.",
		Fix:     "Check that the disk is not full, then run the update again.",
		Err:     err,
	}
}
