package procore

import (
	"errors"

	"joblink/backend/problem"
)

// ErrSignInAgain is matched (errors.Is) by every error that only a new sign-in can fix: the
// refresh token was already used or revoked, or there is no sign-in at all.
var ErrSignInAgain = errors.New("procore: sign in to Procore again")

// SignInAgainError says the saved sign-in can no longer be used. The client never retries
// after it: refresh tokens are single-use, so trying the same one again cannot succeed.
type SignInAgainError struct {
	Reason string // technical reason, for the log
	Err    error
}

func (e *SignInAgainError) Error() string {
	s := "procore: sign in to Procore again: " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *SignInAgainError) Unwrap() error { return e.Err }

func (e *SignInAgainError) Is(target error) bool { return target == ErrSignInAgain }

// Words is the sentence a bookkeeper reads.
func (e *SignInAgainError) Words() string { return e.Problem().Words() }

// Problem converts the error into the shared error-with-words type.
func (e *SignInAgainError) Problem() *problem.Problem {
	return &problem.Problem{
		Message: "Joblink is no longer signed in to Procore.",
		Fix:     "Open Joblink's settings and choose Connect to Procore to sign in again; nothing was lost.",
		Err:     e,
	}
}
