package qbsim

import "fmt"

// Status codes QuickBooks returns in the statusCode attribute of a *Rs
// (qbxml.md §8). Exported so tests can assert on them by name.
const (
	StatusOK              = 0
	StatusNoMatch         = 1
	StatusPartialMatch    = 500
	StatusTooLong         = 3070
	StatusInvalidName     = 3090
	StatusNameInUse       = 3100
	StatusNotFound        = 3120
	StatusInvalidRef      = 3140
	StatusLockModify      = 3170
	StatusLockInternals   = 3175
	StatusLockAcquire     = 3176
	StatusLockListInUse   = 3180
	StatusStaleEditSeq    = 3200
	StatusNotProcessed    = 3231
	StatusNotSupported    = 3250
	StatusInvalidIterator = 3391
)

// status is the outcome of one request: the three attributes every *Rs has.
type status struct {
	code     int
	severity string
	message  string
}

func (s status) isError() bool { return s.severity == "Error" }

var statusOK = status{StatusOK, "Info", "Status OK"}

var statusNoMatch = status{StatusNoMatch, "Info", "A query request did not find a matching object in QuickBooks"}

var statusNotProcessed = status{StatusNotProcessed, "Error", "The request has not been processed."}

// statusRolledBack replaces the answer of a request whose changes
// rollbackOnError undid (the wording is the simulator's; QuickBooks' own
// is not documented).
var statusRolledBack = status{StatusNotProcessed, "Error", "The request has not been processed. Its changes were rolled back because a later request in the message set failed (rollbackOnError)."}

// Messages follow the wording in captured QuickBooks responses where one
// exists (captures/qbxml), so client code that pattern-matches them works.

func errNameInUse(name string) status {
	return status{StatusNameInUse, "Error", fmt.Sprintf("The name %q of the list element is already in use.", name)}
}

func errColonInName(name, field string) status {
	return status{StatusInvalidName, "Error", fmt.Sprintf("There was an error when storing %q in the %q field.QuickBooks error message: Names in this list cannot contain a colon.The colon is a special character used to indicate a parent/child relationship.", name, field)}
}

func errObjectNotFound(id string) status {
	return status{StatusNotFound, "Error", fmt.Sprintf("Object %q specified in the request cannot be found.  QuickBooks error message: Invalid argument.  The specified record does not exist in the list.", id)}
}

// errInvalidRef: what is "Customer", "Item", ...; where is "SalesOrder" or
// "SalesOrder line" in QuickBooks' wording.
func errInvalidRef(what, value, where string) status {
	return status{StatusInvalidRef, "Error", fmt.Sprintf("There is an invalid reference to QuickBooks %s %q in the %s.  QuickBooks error message: Invalid argument.  The specified record does not exist in the list.", what, value, where)}
}

func errTooLong(value, field string) status {
	return status{StatusTooLong, "Error", fmt.Sprintf("The string %q in the field %q is too long.", value, field)}
}

func errStaleEditSequence(sent string) status {
	return status{StatusStaleEditSeq, "Error", fmt.Sprintf("The provided edit sequence %q is out-of-date. ", sent)}
}

func errPartialMatch(missing string) status {
	return status{StatusPartialMatch, "Warn", fmt.Sprintf("The query request has not been fully completed. There was a required element (%q) that could not be found in QuickBooks.", missing)}
}

func errInvalidIterator(id string) status {
	return status{StatusInvalidIterator, "Error", fmt.Sprintf("The iteratorID %q is not valid.", id)}
}

func errNotSupported(request string) status {
	return status{StatusNotSupported, "Error", fmt.Sprintf("This feature is not enabled or not available in this version of QuickBooks. (The simulator does not implement %s.)", request)}
}

func errInvalidValue(field, value, why string) status {
	return status{3210, "Error", fmt.Sprintf("The %q field has an invalid value %q.  QuickBooks error message: %s", field, value, why)}
}

// lockStatus reproduces the multi-user lock messages clients key on
// (qbxml.md §8: CPHP treats these as "send the request again").
func lockStatus(code int, object string) status {
	switch code {
	case StatusLockModify:
		return status{code, "Error", fmt.Sprintf("There was an error when modifying a %s.  QuickBooks error message: This list has been modified by another user.", object)}
	case StatusLockInternals:
		return status{code, "Error", fmt.Sprintf("There was an error when saving a %s.  QuickBooks error message: The internals could not be locked.", object)}
	case StatusLockAcquire:
		return status{code, "Error", fmt.Sprintf("There was an error when saving a %s.  QuickBooks error message: Failed to acquire the lock.", object)}
	default:
		return status{code, "Error", fmt.Sprintf("There was an error when saving a %s.  QuickBooks error message: This list has been modified by another user.", object)}
	}
}
