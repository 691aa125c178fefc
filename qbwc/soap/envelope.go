package soap

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Namespaces that matter on the wire.
const (
	IntuitNS   = "http://developer.intuit.com/"
	envelopeNS = "http://schemas.xmlsoap.org/soap/envelope/"
	// soap12NS is recognised only to give SOAP 1.2 clients a precise VersionMismatch fault.
	soap12NS = "http://www.w3.org/2003/05/soap-envelope"
)

// call is one parsed request: the operation (local name of the Body's first element) and its
// parameters by local name.
type call struct {
	Operation string
	Params    map[string]string
}

// parseEnvelope reads a SOAP 1.1 envelope. It matches elements by namespace and local name
// only, so any prefix works, and it accepts both shapes QBWC can send depending on the .qwc
// Style: document/literal (parameters in the Intuit namespace) and RPC (parameters
// unqualified, with xsi:type attributes, which are ignored). Errors are *Fault values.
func parseEnvelope(body []byte) (call, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	// QBWC always sends UTF-8; the decoder handles that and US-ASCII itself. Anything else is
	// refused rather than guessed.
	dec.CharsetReader = func(charset string, input io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("unsupported character set %q (send UTF-8)", charset)
	}

	root, err := nextStart(dec)
	if err != nil {
		return call{}, clientFault("the request is not an XML document: %v", err)
	}
	if root.Name.Local != "Envelope" || root.Name.Space != envelopeNS {
		if root.Name.Local == "Envelope" && root.Name.Space == soap12NS {
			return call{}, &Fault{Code: FaultVersionMismatch, String: "SOAP 1.2 envelopes are not supported; the Web Connector speaks SOAP 1.1"}
		}
		if root.Name.Local == "Envelope" {
			return call{}, &Fault{Code: FaultVersionMismatch, String: fmt.Sprintf("the Envelope is in namespace %q, expected %q", root.Name.Space, envelopeNS)}
		}
		return call{}, clientFault("the document element is <%s>, expected a SOAP Envelope", root.Name.Local)
	}

	if err := findBody(dec); err != nil {
		return call{}, err
	}
	op, err := nextStart(dec)
	if err != nil {
		return call{}, clientFault("the SOAP Body holds no operation element: %v", err)
	}
	if op.Name.Space != IntuitNS {
		return call{}, clientFault("the operation <%s> is in namespace %q; every Web Connector element must be in %q", op.Name.Local, op.Name.Space, IntuitNS)
	}
	params, err := readParams(dec, body)
	if err != nil {
		return call{}, err
	}
	return call{Operation: op.Name.Local, Params: params}, nil
}

// nextStart returns the next start element at the current level, skipping text, comments and
// processing instructions. It fails on an end element (the level ended) or EOF.
func nextStart(dec *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return xml.StartElement{}, errors.New("unexpected end of document")
			}
			return xml.StartElement{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return t, nil
		case xml.EndElement:
			return xml.StartElement{}, fmt.Errorf("unexpected </%s>", t.Name.Local)
		}
	}
}

// findBody skips an optional soap:Header and stops just inside soap:Body.
func findBody(dec *xml.Decoder) error {
	for {
		el, err := nextStart(dec)
		if err != nil {
			return clientFault("the SOAP Envelope has no Body: %v", err)
		}
		if el.Name.Space == envelopeNS && el.Name.Local == "Body" {
			return nil
		}
		if el.Name.Space == envelopeNS && el.Name.Local == "Header" {
			if err := dec.Skip(); err != nil {
				return clientFault("the SOAP Header is malformed: %v", err)
			}
			continue
		}
		return clientFault("unexpected <%s> in the SOAP Envelope, expected Header or Body", el.Name.Local)
	}
}

// readParams reads the children of the operation element up to its end tag. A parameter in
// the Intuit namespace (document style) or in no namespace (RPC style) is kept; others are
// skipped. A parameter's value is its text; if it holds markup instead of escaped text (a
// client that forgot to escape qbXML), the raw inner XML is taken so nothing is lost.
func readParams(dec *xml.Decoder, body []byte) (map[string]string, error) {
	params := make(map[string]string, 6)
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, clientFault("the operation element is not closed: %v", err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return params, nil
		case xml.StartElement:
			if t.Name.Space != IntuitNS && t.Name.Space != "" {
				if err := dec.Skip(); err != nil {
					return nil, clientFault("malformed element <%s>: %v", t.Name.Local, err)
				}
				continue
			}
			value, err := paramValue(dec, body)
			if err != nil {
				return nil, clientFault("malformed parameter <%s>: %v", t.Name.Local, err)
			}
			params[t.Name.Local] = value
		}
	}
}

// paramValue reads one parameter element's content, the decoder being just past its start
// tag, and consumes its end tag.
func paramValue(dec *xml.Decoder, body []byte) (string, error) {
	start := dec.InputOffset()
	var text strings.Builder
	depth, markup := 0, false
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			text.Write(t)
		case xml.StartElement:
			depth++
			markup = true
		case xml.EndElement:
			if depth == 0 {
				if markup {
					return string(body[start:before]), nil
				}
				return text.String(), nil
			}
			depth--
		}
	}
}
