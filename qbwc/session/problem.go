package session

import (
	"errors"

	"joblink/backend/problem"
	"joblink/backend/store"
)

// Problem is an error with words for the bookkeeper. The engine may return one from Begin,
// Next or Handle to control what the Web Connector shows; any other error is shown as
// "Joblink's sync stopped: <error>". It is the type every layer shares.
type Problem = problem.Problem

// wordsFor turns an error into the text getLastError returns.
func wordsFor(err error) string {
	var p *Problem
	if errors.As(err, &p) {
		return p.Words()
	}
	// The store's refusals (damaged database, full disk) carry their own words and fix.
	var refused *store.OpenError
	if errors.As(err, &refused) {
		return refused.Message + " " + refused.Fix
	}
	return "Joblink's sync stopped: " + err.Error() + ". The next scheduled update will try again; if this keeps happening, send Joblink's log files to support."
}

// unknownTicketWords explains a ticket Joblink does not know (Intuit: sendRequestXML answers
// "" and getLastError says why).
const unknownTicketWords = "Joblink does not recognise this Web Connector session: it was idle for too long, it was replaced by a newer one, or Joblink was restarted. Nothing is lost; the next scheduled update starts a new session."
