package qbxml

import "fmt"

// FieldTooLongError reports a text field longer than the schema allows. QuickBooks would reject
// the whole request with status 3070, so the builder refuses it before anything is sent.
// Len and Value are measured after Latin-1 reduction, i.e. what would have been sent.
type FieldTooLongError struct {
	Request string // request element, e.g. "CustomerAdd"
	Field   string // element path inside the request, e.g. "BillAddress/Addr1"
	Max     int
	Len     int
	Value   string
}

func (e *FieldTooLongError) Error() string {
	return fmt.Sprintf("qbxml: %s %s is %d characters, QuickBooks allows at most %d: %q",
		e.Request, e.Field, e.Len, e.Max, e.Value)
}

// InvalidFieldError reports a value QuickBooks cannot accept for a field for a reason other
// than length: a malformed amount, a value outside an enumeration, a missing required field.
type InvalidFieldError struct {
	Request string
	Field   string
	Value   string
	Reason  string
}

func (e *InvalidFieldError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("qbxml: %s %s: %s", e.Request, e.Field, e.Reason)
	}
	return fmt.Sprintf("qbxml: %s %s %q: %s", e.Request, e.Field, e.Value, e.Reason)
}
