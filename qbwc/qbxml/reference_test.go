package qbxml

// This is the encoding/xml-based response parser Joblink shipped before the hand-written
// scanner (scan.go, decode_fast.go). It is kept, unchanged but for its names, as the reference
// the differential tests compare the fast parser against.

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// refParseResponses reads a QBXMLMsgsRs document and calls fn once per *Rs element, in document
// order, with its records decoded. Memory is bounded by the largest single *Rs element (keep it
// small with MaxReturned and iterators); use refResponseDecoder to stream records of an unbounded
// response one at a time. An error from fn stops parsing and is returned unchanged.
func refParseResponses(r io.Reader, fn func(*Response) error) error {
	d := newRefResponseDecoder(r)
	for {
		resp, err := d.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		for {
			ret, err := d.NextRet()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err
			}
			resp.Rets = append(resp.Rets, ret)
		}
		if err := fn(resp); err != nil {
			return err
		}
	}
}

// refResponseDecoder streams a response message set: Next moves to the next *Rs element, NextRet
// decodes that element's records one at a time. Nothing but the current record is held, so a
// response of any size is read in bounded memory.
type refResponseDecoder struct {
	dec        *xml.Decoder
	inMsgsRs   bool // inside QBXMLMsgsRs
	sawMsgsRs  bool
	inResponse bool // inside an *Rs element whose records have not all been read
	current    string
}

// newRefResponseDecoder returns a decoder reading a qbXML response document from r. Documents
// declared as ISO-8859-1 or windows-1252 are accepted as well as UTF-8.
func newRefResponseDecoder(r io.Reader) *refResponseDecoder {
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charsetReader
	return &refResponseDecoder{dec: dec}
}

// Next returns the next *Rs element's header (status, requestID, iterator); io.EOF after the
// last one. Unread records of the previous element are skipped.
func (d *refResponseDecoder) Next() (*Response, error) {
	if d.inResponse {
		if err := d.dec.Skip(); err != nil {
			return nil, fmt.Errorf("qbxml: skipping rest of %s: %w", d.current, err)
		}
		d.inResponse = false
	}
	for {
		tok, err := d.dec.Token()
		if errors.Is(err, io.EOF) {
			if !d.sawMsgsRs {
				return nil, errors.New("qbxml: response has no QBXMLMsgsRs element")
			}
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("qbxml: reading response: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			switch {
			case name == "QBXML" && !d.inMsgsRs:
				// the root; descend
			case name == "QBXMLMsgsRs" && !d.inMsgsRs:
				d.inMsgsRs, d.sawMsgsRs = true, true
			case d.inMsgsRs && strings.HasSuffix(name, "Rs"):
				resp, err := refResponseHeader(t)
				if err != nil {
					return nil, err
				}
				d.inResponse, d.current = true, name
				return resp, nil
			default:
				// SignonMsgsRs and anything unexpected: not ours to interpret.
				if err := d.dec.Skip(); err != nil {
					return nil, fmt.Errorf("qbxml: skipping %s: %w", name, err)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "QBXMLMsgsRs" {
				d.inMsgsRs = false
			}
		}
	}
}

// NextRet decodes the next record of the current *Rs element; io.EOF when it has no more.
// Records without a Go type are returned as *UnknownRet, their content skipped.
func (d *refResponseDecoder) NextRet() (Ret, error) {
	if !d.inResponse {
		return nil, io.EOF
	}
	for {
		tok, err := d.dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("qbxml: reading %s: %w", d.current, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			ret := newRet(t.Name.Local)
			if ret == nil {
				if err := d.dec.Skip(); err != nil {
					return nil, fmt.Errorf("qbxml: skipping %s in %s: %w", t.Name.Local, d.current, err)
				}
				return &UnknownRet{Element: t.Name.Local}, nil
			}
			if err := d.dec.DecodeElement(ret, &t); err != nil {
				return nil, fmt.Errorf("qbxml: decoding %s in %s: %w", t.Name.Local, d.current, err)
			}
			return ret, nil
		case xml.EndElement:
			d.inResponse = false
			return nil, io.EOF
		}
	}
}

func refResponseHeader(se xml.StartElement) (*Response, error) {
	resp := &Response{Name: se.Name.Local}
	sawCode := false
	for _, a := range se.Attr {
		var err error
		switch a.Name.Local {
		case "requestID":
			resp.RequestID = a.Value
		case "statusCode":
			resp.Status.Code, err = strconv.Atoi(strings.TrimSpace(a.Value))
			sawCode = true
		case "statusSeverity":
			resp.Status.Severity = a.Value
		case "statusMessage":
			resp.Status.Message = a.Value
		case "retCount":
			resp.RetCount, err = strconv.Atoi(strings.TrimSpace(a.Value))
		case "iteratorRemainingCount":
			resp.IteratorRemainingCount, err = strconv.Atoi(strings.TrimSpace(a.Value))
			resp.HasIterator = true
		case "iteratorID":
			resp.IteratorID = a.Value
			resp.HasIterator = true
		}
		if err != nil {
			return nil, fmt.Errorf("qbxml: %s attribute %s=%q is not a number", se.Name.Local, a.Name.Local, a.Value)
		}
	}
	if !sawCode {
		return nil, fmt.Errorf("qbxml: %s has no statusCode", se.Name.Local)
	}
	return resp, nil
}
