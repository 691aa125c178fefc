package soap

import "fmt"

// SOAP 1.1 fault codes (SOAP 1.1 §4.4.1).
const (
	FaultClient          = "Client"          // the request was wrong; sending it again will not help
	FaultServer          = "Server"          // Joblink failed; the same request may work later
	FaultVersionMismatch = "VersionMismatch" // not a SOAP 1.1 envelope
)

// Fault is a SOAP 1.1 Fault. It is also the error type of envelope parsing.
type Fault struct {
	Code   string // one of the Fault* constants, written with the envelope prefix
	String string // faultstring: what went wrong, in words
}

func (f *Fault) Error() string { return "soap " + f.Code + " fault: " + f.String }

func clientFault(format string, args ...any) *Fault {
	return &Fault{Code: FaultClient, String: fmt.Sprintf(format, args...)}
}
