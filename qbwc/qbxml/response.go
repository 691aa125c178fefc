package qbxml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Response is one *Rs element of a response message set: the answer to one request.
type Response struct {
	Name      string // element name, e.g. "CustomerQueryRs"
	RequestID string
	Status    Status
	RetCount  int // retCount attribute, 0 if absent
	// IteratorID and IteratorRemainingCount are set on iterator queries; HasIterator tells a
	// remaining count of 0 from no iterator at all.
	IteratorID             string
	IteratorRemainingCount int
	HasIterator            bool
	// Rets holds the decoded records. ParseResponses fills it; ResponseDecoder leaves it empty
	// and hands records out one at a time through NextRet.
	Rets []Ret
}

// Request returns the request element name this response answers ("CustomerQueryRs" →
// "CustomerQuery").
func (r *Response) Request() string { return strings.TrimSuffix(r.Name, "Rs") }

// ParseResponses reads a QBXMLMsgsRs document and calls fn once per *Rs element, in document
// order, with its records decoded. Memory is bounded by the largest single *Rs element (keep it
// small with MaxReturned and iterators); use ResponseDecoder to stream records of an unbounded
// response one at a time. An error from fn stops parsing and is returned unchanged.
func ParseResponses(r io.Reader, fn func(*Response) error) error {
	_, err := ParseResponseSet(r, fn)
	return err
}

// ResponseDecoder streams a response message set: Next moves to the next *Rs element, NextRet
// decodes that element's records one at a time. Nothing but the current record is held, so a
// response of any size is read in bounded memory.
//
// It reads with a hand-written scanner (scan.go) that accepts exactly the documents encoding/xml
// accepts (except <!DOCTYPE> and other declarations, which it rejects), and decodes records with
// per-type plans (decode_fast.go) that give the same results as encoding/xml's DecodeElement.
type ResponseDecoder struct {
	s          scanner
	set        SetStatus
	inMsgsRs   bool // inside QBXMLMsgsRs
	sawMsgsRs  bool
	inResponse bool // inside an *Rs element whose records have not all been read
	current    string
	text       []byte            // character data of the leaf element being decoded
	names      map[string]string // interned element names
}

// NewResponseDecoder returns a decoder reading a qbXML response document from r. Documents
// declared as ISO-8859-1 or windows-1252 are accepted as well as UTF-8.
func NewResponseDecoder(r io.Reader) *ResponseDecoder {
	d := &ResponseDecoder{}
	d.s.init(r)
	return d
}

// Next returns the next *Rs element's header (status, requestID, iterator); io.EOF after the
// last one. Unread records of the previous element are skipped.
func (d *ResponseDecoder) Next() (*Response, error) {
	if d.inResponse {
		if err := d.s.skip(); err != nil {
			return nil, fmt.Errorf("qbxml: skipping rest of %s: %w", d.current, err)
		}
		d.inResponse = false
	}
	for {
		err := d.s.next()
		if errors.Is(err, io.EOF) {
			if !d.sawMsgsRs {
				return nil, errors.New("qbxml: response has no QBXMLMsgsRs element")
			}
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("qbxml: reading response: %w", err)
		}
		switch d.s.kind {
		case tokStart:
			name := d.s.local()
			switch {
			case string(name) == "QBXML" && !d.inMsgsRs:
				// the root; descend
			case string(name) == "QBXMLMsgsRs" && !d.inMsgsRs:
				d.inMsgsRs, d.sawMsgsRs = true, true
				d.set = setStatus(d.s.attrs)
			case d.inMsgsRs && bytes.HasSuffix(name, []byte("Rs")):
				resp, err := responseHeader(d.intern(name), d.s.attrs)
				if err != nil {
					return nil, err
				}
				d.inResponse, d.current = true, resp.Name
				return resp, nil
			default:
				// SignonMsgsRs and anything unexpected: not ours to interpret.
				n := string(name)
				if err := d.s.skip(); err != nil {
					return nil, fmt.Errorf("qbxml: skipping %s: %w", n, err)
				}
			}
		case tokEnd:
			if string(d.s.local()) == "QBXMLMsgsRs" {
				d.inMsgsRs = false
			}
		}
	}
}

// NextRet decodes the next record of the current *Rs element; io.EOF when it has no more.
// Records without a Go type are returned as *UnknownRet, their content skipped.
func (d *ResponseDecoder) NextRet() (Ret, error) {
	if !d.inResponse {
		return nil, io.EOF
	}
	for {
		err := d.s.next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("qbxml: reading %s: %w", d.current, err)
		}
		switch d.s.kind {
		case tokStart:
			name := d.intern(d.s.local())
			ret := newRet(name)
			if ret == nil {
				if err := d.s.skip(); err != nil {
					return nil, fmt.Errorf("qbxml: skipping %s in %s: %w", name, d.current, err)
				}
				return &UnknownRet{Element: name}, nil
			}
			if err := d.decodeRet(ret); err != nil {
				return nil, fmt.Errorf("qbxml: decoding %s in %s: %w", name, d.current, err)
			}
			return ret, nil
		case tokEnd:
			d.inResponse = false
			return nil, io.EOF
		}
	}
}

// intern returns name as a string, sharing the strings of element names seen before (they
// repeat for every record).
func (d *ResponseDecoder) intern(name []byte) string {
	if s, ok := d.names[string(name)]; ok {
		return s
	}
	s := string(name)
	if d.names == nil {
		d.names = map[string]string{}
	}
	if len(d.names) < 1024 && len(s) <= 64 {
		d.names[s] = s
	}
	return s
}

// SetStatus is what QBXMLMsgsRs says about error recovery (qbxml.md §9): the set's
// newMessageSetID and messageSetStatusCode, present when the request carried recovery
// attributes. StatusCode "0" with a status check means the stored answer follows; "600" means
// QuickBooks has no record of that set.
type SetStatus struct {
	MessageSetID string
	StatusCode   string
}

// Recovered reports whether a status check found the set: its stored answer is the response.
func (s SetStatus) Recovered() bool { return s.MessageSetID != "" && s.StatusCode == "0" }

// SetStatus returns the recovery attributes of the response read so far.
func (d *ResponseDecoder) SetStatus() SetStatus { return d.set }

func setStatus(attrs []scanAttr) SetStatus {
	var out SetStatus
	for i := range attrs {
		switch string(attrs[i].local()) {
		case "newMessageSetID":
			out.MessageSetID = string(attrs[i].value)
		case "messageSetStatusCode":
			out.StatusCode = string(bytes.TrimSpace(attrs[i].value))
		}
	}
	return out
}

// ParseResponseSet is ParseResponses that also returns the set's recovery attributes.
func ParseResponseSet(r io.Reader, fn func(*Response) error) (SetStatus, error) {
	d := NewResponseDecoder(r)
	for {
		resp, err := d.Next()
		if errors.Is(err, io.EOF) {
			return d.SetStatus(), nil
		}
		if err != nil {
			return d.SetStatus(), err
		}
		for {
			ret, err := d.NextRet()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return d.SetStatus(), err
			}
			resp.Rets = append(resp.Rets, ret)
		}
		if err := fn(resp); err != nil {
			return d.SetStatus(), err
		}
	}
}

func responseHeader(name string, attrs []scanAttr) (*Response, error) {
	resp := &Response{Name: name}
	sawCode := false
	for i := range attrs {
		a := &attrs[i]
		var err error
		switch string(a.local()) {
		case "requestID":
			resp.RequestID = string(a.value)
		case "statusCode":
			resp.Status.Code, err = strconv.Atoi(string(bytes.TrimSpace(a.value)))
			sawCode = true
		case "statusSeverity":
			resp.Status.Severity = string(a.value)
		case "statusMessage":
			resp.Status.Message = string(a.value)
		case "retCount":
			resp.RetCount, err = strconv.Atoi(string(bytes.TrimSpace(a.value)))
		case "iteratorRemainingCount":
			resp.IteratorRemainingCount, err = strconv.Atoi(string(bytes.TrimSpace(a.value)))
			resp.HasIterator = true
		case "iteratorID":
			resp.IteratorID = string(a.value)
			resp.HasIterator = true
		}
		if err != nil {
			return nil, fmt.Errorf("qbxml: %s attribute %s=%q is not a number", name, a.local(), a.value)
		}
	}
	if !sawCode {
		return nil, fmt.Errorf("qbxml: %s has no statusCode", name)
	}
	return resp, nil
}
