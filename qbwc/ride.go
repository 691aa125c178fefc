package qbwc

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Riding: a later phase's first message set travels inside the first phase's first message set,
// so a quiet session (the list refresh finds nothing, the job-cost change signal finds nothing)
// is one round trip instead of two. Only a phase that says its next set may ride (Rider) does,
// and only when both sets are built alike (same qbXML version and onError, distinct request
// ids): QuickBooks then answers them in one response, which is split back by request id, each
// phase reading only the answers to what it asked.

// Rider is a phase whose next message set may ride in the session's first one.
type Rider interface {
	// MayRide reports, before Begin, whether the phase ever rides (then it begins with the
	// first phase).
	MayRide() bool
	// Rides reports, after Begin, whether the phase's next message set is small and read apart
	// from the phases before it (it depends on nothing they read in this session).
	Rides(ctx context.Context) bool
}

// MayRide is true for a phase that can tell whether its next set rides.
func (a PhaseAdapter) MayRide() bool {
	_, ok := a.Phase.(interface{ Rides() bool })
	return ok
}

// Rides is true when the phase says so (the job-cost change signal).
func (a PhaseAdapter) Rides(ctx context.Context) bool {
	r, ok := a.Phase.(interface{ Rides() bool })
	return ok && r.Rides()
}

var requestIDAttr = regexp.MustCompile(`\srequestID="([^"]*)"`)

// mergeSets puts the requests of set b inside set a. ok is false when they cannot share one
// message set: another header (version, onError), or a request id in both.
func mergeSets(a, b string) (merged string, ids map[string]bool, ok bool) {
	const tail = "</QBXMLMsgsRq></QBXML>"
	ha, bodyA, okA := splitSet(a)
	hb, bodyB, okB := splitSet(b)
	if !okA || !okB || ha != hb {
		return "", nil, false
	}
	ids = map[string]bool{}
	for _, m := range requestIDAttr.FindAllStringSubmatch(bodyB, -1) {
		ids[m[1]] = true
	}
	if len(ids) == 0 {
		return "", nil, false
	}
	for _, m := range requestIDAttr.FindAllStringSubmatch(bodyA, -1) {
		if ids[m[1]] {
			return "", nil, false
		}
	}
	return ha + bodyA + bodyB + tail, ids, true
}

// splitSet cuts a built message set into its header (through the QBXMLMsgsRq start tag) and
// its requests.
func splitSet(doc string) (head, body string, ok bool) {
	const tail = "</QBXMLMsgsRq></QBXML>"
	doc = strings.TrimSpace(doc)
	i := strings.Index(doc, "<QBXMLMsgsRq")
	if i < 0 || !strings.HasSuffix(doc, tail) {
		return "", "", false
	}
	j := strings.IndexByte(doc[i:], '>')
	if j < 0 || doc[i+j-1] == '/' {
		return "", "", false
	}
	return doc[:i+j+1], doc[i+j+1 : len(doc)-len(tail)], true
}

// splitResponse splits QuickBooks' response to a merged set: rest holds the answers to every
// request not in ids, ride the answers to those in ids, each in the response's own envelope.
// It cuts the text at the answers' own bounds (nothing is re-encoded), so each phase parses
// exactly what QuickBooks sent for it.
func splitResponse(doc string, ids map[string]bool) (rest, ride string, err error) {
	d := xml.NewDecoder(strings.NewReader(doc))
	// Only bounds and request ids (ASCII) are read here: any declared charset passes through.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	headEnd, tailStart := -1, -1
	var keep, riders strings.Builder
	depth, start := 0, 0
	id := ""
	for {
		off := int(d.InputOffset())
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", "", fmt.Errorf("qbwc: split QuickBooks' answer: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case depth == 2 && t.Name.Local == "QBXMLMsgsRs":
				headEnd = int(d.InputOffset())
			case depth == 3 && headEnd >= 0:
				start, id = off, ""
				for _, a := range t.Attr {
					if a.Name.Local == "requestID" {
						id = a.Value
					}
				}
			}
		case xml.EndElement:
			switch {
			case depth == 3 && headEnd >= 0:
				answer := doc[start:int(d.InputOffset())]
				if ids[id] {
					riders.WriteString(answer)
				} else {
					keep.WriteString(answer)
				}
			case depth == 2 && t.Name.Local == "QBXMLMsgsRs":
				tailStart = off
			}
			depth--
		}
	}
	if headEnd < 0 || tailStart < 0 {
		return "", "", errors.New("qbwc: split QuickBooks' answer: no QBXMLMsgsRs in it")
	}
	head, tail := doc[:headEnd], doc[tailStart:]
	return head + keep.String() + tail, head + riders.String() + tail, nil
}
