package wire

// Error is a refusal or failure the API passes on as it is: the HTTP status, the error code,
// and the words for the bookkeeper.
type Error struct {
	Status  int    // HTTP status
	Code    string // machine-readable, e.g. "setup_incomplete"
	Message string // what happened, a full sentence
	Fix     string // what to do about it
	Err     error  // the technical cause, for the log
}

func (e *Error) Error() string {
	s := e.Message
	if e.Fix != "" {
		s += " " + e.Fix
	}
	if e.Err != nil {
		s += " (" + e.Err.Error() + ")"
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }
