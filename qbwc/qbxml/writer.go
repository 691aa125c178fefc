package qbxml

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// TextChange records a value that Latin-1 reduction altered, so the caller can tell the user
// that "Łódź Office" went to QuickBooks as "Lodz Office".
type TextChange struct {
	RequestID string
	Request   string // e.g. "CustomerAdd"
	Field     string // element path inside the request
	Original  string
	Sent      string
}

// xmlWriter writes qbXML elements strictly in the order its methods are called; each request's
// writeBody calls them in schema order. It keeps the first error and turns later calls into
// no-ops, so a request body reads as a flat list of fields without error checks on every line.
type xmlWriter struct {
	buf       *bytes.Buffer
	requestID string
	request   string   // element name of the request currently written, for error context
	path      []string // open elements below the request element
	err       error
	changes   []TextChange
}

// field is the path of name below the request, without the Add/Mod wrapper element that
// repeats the request's name ("BillAddress/Addr1", not "CustomerAdd/BillAddress/Addr1").
func (w *xmlWriter) field(name string) string {
	path := w.path
	if len(path) > 0 && path[0] == w.request {
		path = path[1:]
	}
	return strings.Join(append(slices.Clone(path), name), "/")
}

func (w *xmlWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *xmlWriter) invalid(name, value, reason string) {
	w.fail(&InvalidFieldError{Request: w.request, Field: w.field(name), Value: value, Reason: reason})
}

func (w *xmlWriter) open(name string) {
	w.buf.WriteByte('<')
	w.buf.WriteString(name)
	w.buf.WriteByte('>')
	w.path = append(w.path, name)
}

func (w *xmlWriter) close() {
	name := w.path[len(w.path)-1]
	w.path = w.path[:len(w.path)-1]
	w.buf.WriteString("</")
	w.buf.WriteString(name)
	w.buf.WriteByte('>')
}

// raw writes an element whose value is already known to be XML-safe (numbers, enums, dates).
func (w *xmlWriter) raw(name, value string) {
	w.buf.WriteByte('<')
	w.buf.WriteString(name)
	w.buf.WriteByte('>')
	w.buf.WriteString(value)
	w.buf.WriteString("</")
	w.buf.WriteString(name)
	w.buf.WriteByte('>')
}

// text writes a free-text element if value is non-empty: Latin-1 reduction, then the schema
// maxLength check on what would be sent (max 0 = the schema has no limit), then escaping.
func (w *xmlWriter) text(name, value string, max int) {
	if value == "" || w.err != nil {
		return
	}
	sent, changed := Latin1(value)
	if changed {
		w.changes = append(w.changes, TextChange{
			RequestID: w.requestID, Request: w.request, Field: w.field(name), Original: value, Sent: sent,
		})
	}
	if n := utf8.RuneCountInString(sent); max > 0 && n > max {
		w.fail(&FieldTooLongError{Request: w.request, Field: w.field(name), Max: max, Len: n, Value: sent})
		return
	}
	w.raw(name, escapeText(sent))
}

func (w *xmlWriter) requiredText(name, value string, max int) {
	if value == "" {
		w.invalid(name, "", "is required")
		return
	}
	w.text(name, value, max)
}

// id writes a ListID/TxnID/EditSequence: opaque tokens QuickBooks generated, so they are never
// transliterated (changing one would silently point at nothing) but must be short and ASCII.
func (w *xmlWriter) id(name, value string, max int) {
	if value == "" || w.err != nil {
		return
	}
	if len(value) > max {
		w.fail(&FieldTooLongError{Request: w.request, Field: w.field(name), Max: max, Len: len(value), Value: value})
		return
	}
	for _, r := range value {
		if r < 0x20 || r > 0x7E {
			w.invalid(name, value, "identifiers from QuickBooks are printable ASCII")
			return
		}
	}
	w.raw(name, escapeText(value))
}

func (w *xmlWriter) requiredID(name, value string, max int) {
	if value == "" {
		w.invalid(name, "", "is required")
		return
	}
	w.id(name, value, max)
}

var guidPattern = regexp.MustCompile(`^(0|\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\})$`)

// guid writes a GUIDTYPE value: "0" or a braced GUID such as an OwnerID or ExternalGUID.
func (w *xmlWriter) guid(name, value string) {
	if value == "" || w.err != nil {
		return
	}
	if !guidPattern.MatchString(value) {
		w.invalid(name, value, `must be "0" or a GUID in braces like {6B063959-81B0-4B9B-B9E2-E1D4A1D6A9C1}`)
		return
	}
	w.raw(name, value)
}

func (w *xmlWriter) boolean(name string, value *bool) {
	if value == nil || w.err != nil {
		return
	}
	w.raw(name, strconv.FormatBool(*value))
}

func (w *xmlWriter) integer(name string, value int) {
	if value == 0 || w.err != nil {
		return
	}
	if value < 0 {
		w.invalid(name, strconv.Itoa(value), "must be positive")
		return
	}
	w.raw(name, strconv.Itoa(value))
}

// amount writes an AMTTYPE: at most 13 digits and exactly 0 or 2 decimals.
func (w *xmlWriter) amount(name string, value Decimal) {
	w.decimal(name, value, amountPattern, "must be an amount like 1250 or 1250.00 (two decimals)")
}

// quantity writes a PRICETYPE/QUANTYPE/PERCENTTYPE: up to 10 digits and 5 decimals.
func (w *xmlWriter) quantity(name string, value Decimal) {
	w.decimal(name, value, quantityPattern, "must be a number with at most 5 decimals")
}

func (w *xmlWriter) decimal(name string, value Decimal, pattern *regexp.Regexp, reason string) {
	if value == "" || w.err != nil {
		return
	}
	if !pattern.MatchString(string(value)) {
		w.invalid(name, string(value), reason)
		return
	}
	w.raw(name, string(value))
}

// date writes a DATETYPE (calendar date; QuickBooks has no time zone for transaction dates).
func (w *xmlWriter) date(name string, value time.Time) {
	if value.IsZero() || w.err != nil {
		return
	}
	w.raw(name, value.Format(time.DateOnly))
}

// dateTime writes a DATETIMETYPE with an explicit UTC offset, so a modified-since filter means
// the same instant whatever time zone the QuickBooks machine is set to. The schema pattern has
// no "Z", hence "-07:00" rather than RFC 3339.
func (w *xmlWriter) dateTime(name string, value time.Time) {
	if value.IsZero() || w.err != nil {
		return
	}
	w.raw(name, value.Format("2006-01-02T15:04:05-07:00"))
}

// enum writes a value from a schema enumeration, refusing anything else: QuickBooks answers an
// unknown value with a parse error for the whole message set.
func (w *xmlWriter) enum(name, value string, allowed ...string) {
	if value == "" || w.err != nil {
		return
	}
	if !slices.Contains(allowed, value) {
		w.invalid(name, value, "must be one of "+strings.Join(allowed, ", "))
		return
	}
	w.raw(name, value)
}

// ref writes a list reference {ListID, FullName}; fullNameMax is the FullName facet of that
// reference type (0 for GenericListRef, which has none).
func (w *xmlWriter) ref(name string, r *Ref, fullNameMax int) {
	if r == nil || (r.ListID == "" && r.FullName == "") || w.err != nil {
		return
	}
	w.open(name)
	w.id("ListID", r.ListID, 36)
	w.text("FullName", r.FullName, fullNameMax)
	w.close()
}

func (w *xmlWriter) requiredRef(name string, r *Ref, fullNameMax int) {
	if r == nil || (r.ListID == "" && r.FullName == "") {
		w.invalid(name, "", "is required (ListID or FullName)")
		return
	}
	w.ref(name, r, fullNameMax)
}
