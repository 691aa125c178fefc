// Package problem holds the one error type that carries words for the bookkeeper — what went
// wrong and what to do about it — so that every layer (the engines, the Web Connector sessions,
// the API) can pass such an error along without translating it.
package problem

// Problem is an error with words for the bookkeeper.
type Problem struct {
	Message string // what went wrong, a full sentence
	Fix     string // what to do about it, a full sentence; may be empty
	Err     error  // the technical cause, for the log
}

func (p *Problem) Error() string {
	s := p.Words()
	if p.Err != nil {
		s += " (" + p.Err.Error() + ")"
	}
	return s
}

func (p *Problem) Unwrap() error { return p.Err }

// Words is the message and the fix, without the technical cause: what a person is shown.
func (p *Problem) Words() string {
	if p.Fix == "" {
		return p.Message
	}
	return p.Message + " " + p.Fix
}
