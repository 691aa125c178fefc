package qbrefresh

import (
	"errors"

	"joblink/backend/problem"
	"joblink/backend/store"
)

// Problem is an error with words for the bookkeeper, the type every layer shares.
type Problem = problem.Problem

// ErrNoRun is returned by NextRequest and HandleResponse outside a run.
var ErrNoRun = errors.New("qbrefresh: no refresh run is active")

// ErrSuperseded ends a run that a newer BeginRun replaced.
var ErrSuperseded = errors.New("a new Web Connector session started before this one finished")

// storeProblem explains a failed read or save of the mirrored lists by its cause (a damaged
// database, a full disk, a record too large to store, ...), see store.WriteProblem.
func storeProblem(err error) *Problem {
	return store.WriteProblem(err, "the QuickBooks lists")
}
