package qbxml

import (
	"bytes"
	"fmt"
	"strconv"
)

// Version is the qbXML version a message set declares in its <?qbxml version?> instruction.
type Version string

const (
	// Version13 works on every QuickBooks Desktop 2014 and later and has every field Joblink
	// uses (qbxml.md §3), so it is the default.
	Version13 Version = "13.0"
	// Version16 is for QuickBooks 2023 R3 and later; select it only when the Web Connector
	// reports qbXMLMajorVers >= 16.
	Version16 Version = "16.0"
)

// OnError tells QuickBooks what to do with the rest of a message set when one request fails.
type OnError string

const (
	StopOnError     OnError = "stopOnError"
	ContinueOnError OnError = "continueOnError"
	RollbackOnError OnError = "rollbackOnError"
)

// Request is one qbXML request: a typed struct that writes its own body in schema order.
type Request interface {
	// rqName is the request element, e.g. "CustomerAddRq".
	rqName() string
	writeBody(w *xmlWriter)
}

// iterable is implemented by queries the schema gives iterator attributes.
type iterable interface {
	iteratorAttrs() Iterator
}

// IteratorMode is the iterator attribute of an iterator-capable query.
type IteratorMode string

const (
	IteratorStart    IteratorMode = "Start"
	IteratorContinue IteratorMode = "Continue"
	IteratorStop     IteratorMode = "Stop"
)

// Iterator pages a large query: send Start with MaxReturned, then Continue with the iteratorID
// from the response until its iteratorRemainingCount is 0. Iterators do not survive the end of
// a Web Connector session (status 3391), so a sync restarts with Start in each session.
type Iterator struct {
	Mode IteratorMode
	ID   string // iteratorID from the previous response; required for Continue and Stop
}

func (it Iterator) iteratorAttrs() Iterator { return it }

// maxRequestIDLen is QuickBooks' limit on requestID (status 1060 beyond it).
const maxRequestIDLen = 50

// MessageSet collects requests into one QBXMLMsgsRq, the unit the Web Connector hands to
// QuickBooks in one sendRequestXML round trip.
type MessageSet struct {
	Version Version // default Version13
	OnError OnError // default StopOnError
	// NewMessageSetID, when set, asks QuickBooks to remember the outcome of this set so a
	// later set with OldMessageSetID can ask whether it was processed (error recovery, §9).
	NewMessageSetID string
	OldMessageSetID string

	items  []queued
	nextID int
}

type queued struct {
	id  string
	req Request
}

// Add queues req with the next sequential requestID and returns that ID, which the matching
// response echoes.
func (m *MessageSet) Add(req Request) string {
	m.nextID++
	id := strconv.Itoa(m.nextID)
	m.items = append(m.items, queued{id: id, req: req})
	return id
}

// AddWithID queues req under a caller-chosen requestID, e.g. to keep the same requestID across
// iterator continuations. IDs longer than 50 characters fail at Build.
func (m *MessageSet) AddWithID(requestID string, req Request) {
	m.items = append(m.items, queued{id: requestID, req: req})
}

// Len returns the number of queued requests.
func (m *MessageSet) Len() int { return len(m.items) }

// Build writes the message set. It fails on the first field QuickBooks would reject (too long,
// malformed, missing) and reports every text value that Latin-1 reduction changed.
func (m *MessageSet) Build() ([]byte, []TextChange, error) {
	version := m.Version
	if version == "" {
		version = Version13
	}
	if version != Version13 && version != Version16 {
		return nil, nil, fmt.Errorf("qbxml: unsupported qbXML version %q (want 13.0 or 16.0)", version)
	}
	onError := m.OnError
	if onError == "" {
		onError = StopOnError
	}
	switch onError {
	case StopOnError, ContinueOnError, RollbackOnError:
	default:
		return nil, nil, fmt.Errorf("qbxml: unsupported onError %q", onError)
	}
	if len(m.items) == 0 && m.OldMessageSetID == "" {
		// Only a recovery status check (oldMessageSetID alone) is sent empty.
		return nil, nil, fmt.Errorf("qbxml: message set has no requests")
	}

	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0" encoding="utf-8"?><?qbxml version="`)
	buf.WriteString(string(version))
	buf.WriteString(`"?><QBXML><QBXMLMsgsRq onError="`)
	buf.WriteString(string(onError))
	buf.WriteByte('"')
	if err := writeAttr(&buf, "newMessageSetID", m.NewMessageSetID); err != nil {
		return nil, nil, err
	}
	if err := writeAttr(&buf, "oldMessageSetID", m.OldMessageSetID); err != nil {
		return nil, nil, err
	}
	buf.WriteByte('>')

	var changes []TextChange
	seen := make(map[string]bool, len(m.items))
	for _, q := range m.items {
		if q.id == "" {
			return nil, nil, fmt.Errorf("qbxml: %s has an empty requestID", q.req.rqName())
		}
		if len(q.id) > maxRequestIDLen {
			return nil, nil, fmt.Errorf("qbxml: requestID %q is longer than %d characters", q.id, maxRequestIDLen)
		}
		if seen[q.id] {
			// Responses are matched to requests by requestID; a duplicate would make that ambiguous.
			return nil, nil, fmt.Errorf("qbxml: requestID %q used twice in one message set", q.id)
		}
		seen[q.id] = true
		c, err := writeRequest(&buf, q.id, q.req)
		if err != nil {
			return nil, nil, err
		}
		changes = append(changes, c...)
	}
	buf.WriteString(`</QBXMLMsgsRq></QBXML>`)
	return buf.Bytes(), changes, nil
}

func writeRequest(buf *bytes.Buffer, requestID string, req Request) ([]TextChange, error) {
	name := req.rqName()
	w := &xmlWriter{buf: buf, requestID: requestID, request: name[:len(name)-2]}
	buf.WriteByte('<')
	buf.WriteString(name)
	if err := writeAttr(buf, "requestID", requestID); err != nil {
		return nil, err
	}
	if it, ok := req.(iterable); ok {
		a := it.iteratorAttrs()
		switch a.Mode {
		case "":
		case IteratorStart:
			buf.WriteString(` iterator="Start"`)
		case IteratorContinue, IteratorStop:
			if a.ID == "" {
				return nil, fmt.Errorf("qbxml: %s: iterator %s needs the iteratorID of the previous response", name, a.Mode)
			}
			buf.WriteString(` iterator="` + string(a.Mode) + `"`)
			if err := writeAttr(buf, "iteratorID", a.ID); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("qbxml: %s: unknown iterator mode %q", name, a.Mode)
		}
	}
	buf.WriteByte('>')
	req.writeBody(w)
	if w.err != nil {
		return nil, fmt.Errorf("qbxml: building request %s (requestID %s): %w", name, requestID, w.err)
	}
	buf.WriteString("</")
	buf.WriteString(name)
	buf.WriteByte('>')
	return w.changes, nil
}

// writeAttr writes an attribute whose value comes from QuickBooks or the caller (IDs); such
// values are ASCII, so they are checked rather than transliterated.
func writeAttr(buf *bytes.Buffer, name, value string) error {
	if value == "" {
		return nil
	}
	for _, r := range value {
		if r < 0x20 || r > 0x7E {
			return fmt.Errorf("qbxml: attribute %s=%q must be printable ASCII", name, value)
		}
	}
	buf.WriteString(" " + name + `="` + escapeText(value) + `"`)
	return nil
}
