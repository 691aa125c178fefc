package soap

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// LargeBodyAdmitter is implemented by a Service that can tell from the ticket alone whether
// a call may carry a large body. The handler reads at most Options.MaxSmallBody of a request
// before it knows who sent it; only if the admitter agrees does it read on, up to MaxBody.
// That way a caller without a valid ticket cannot make Joblink buffer tens of megabytes.
// A Service that does not implement it gets every call admitted (within MaxBody).
type LargeBodyAdmitter interface {
	// AdmitLargeBody reports whether op with this ticket may be larger than MaxSmallBody:
	// receiveResponseXML of a session with a request outstanding, sendRequestXML (its HCP
	// response) of a live session.
	AdmitLargeBody(op, ticket string) bool
}

// largeBodyOps are the only operations whose bodies legitimately outgrow MaxSmallBody: they
// carry QuickBooks' answers. authenticate, serverVersion, clientVersion and the rest are a
// few hundred bytes.
var largeBodyOps = map[string]bool{"receiveResponseXML": true, "sendRequestXML": true}

// peekCall finds the operation and its ticket parameter in the first bytes of an envelope.
// The ticket is the first parameter of every ticketed call, so it sits well inside the
// prefix; a truncated document is expected and only ends the search.
func peekCall(prefix []byte) (op, ticket string) {
	dec := xml.NewDecoder(bytes.NewReader(prefix))
	root, err := nextStart(dec)
	if err != nil || root.Name.Local != "Envelope" || root.Name.Space != envelopeNS {
		return "", ""
	}
	if findBody(dec) != nil {
		return "", ""
	}
	el, err := nextStart(dec)
	if err != nil || el.Name.Space != IntuitNS {
		return "", ""
	}
	op = el.Name.Local
	for {
		p, err := nextStart(dec)
		if err != nil {
			return op, ""
		}
		if p.Name.Local != "ticket" || (p.Name.Space != IntuitNS && p.Name.Space != "") {
			if dec.Skip() != nil {
				return op, ""
			}
			continue
		}
		var text strings.Builder
		for {
			tok, err := dec.Token()
			if err != nil {
				return op, ""
			}
			switch t := tok.(type) {
			case xml.CharData:
				text.Write(t)
			case xml.StartElement:
				return op, ""
			case xml.EndElement:
				return op, strings.TrimSpace(text.String())
			}
		}
	}
}
