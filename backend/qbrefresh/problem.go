package qbrefresh

import (
	"errors"

	"joblink/backend/problem"
)

// Problem is an error with words for the bookkeeper, the type every layer shares.
type Problem = problem.Problem

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
