// Package problem holds the one error type that carries words for the bookkeeper — what went
// wrong, what it means and what to do about it — so that every layer (the engines, the Web
// Connector sessions, the mapping pages, the API) can pass such an error along, and keep it on
// a work item, without translating it.
package problem

import "time"

// Class says what handling a problem needs, where that matters.
type Class string

const (
	FixData    Class = "fix_data"    // waits for the bookkeeper to change the data
	RetryLater Class = "retry_later" // transient; retried by itself after a while
	Reread     Class = "reread"      // QuickBooks' copy moved on (stale EditSequence): read it again
	Refused    Class = "refused"     // a request a person made cannot be carried out as asked
)

// Problem is an error with words for the bookkeeper. Work items keep it as their failure.
type Problem struct {
	Class   Class     `json:"class,omitempty"`
	Code    int       `json:"code,omitempty"` // QuickBooks' status code or Procore's HTTP status; 0 for Joblink's own
	Message string    `json:"message"`        // what went wrong, a full sentence (QuickBooks' or Procore's own words where they exist)
	Meaning string    `json:"meaning,omitempty"`
	Fix     string    `json:"fix,omitempty"` // what to do about it, a full sentence
	At      time.Time `json:"at,omitzero"`
	Err     error     `json:"-"` // the technical cause, for the log
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
