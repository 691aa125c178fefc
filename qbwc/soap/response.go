package soap

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// The envelope around every reply, in the form ASP.NET (and so Intuit's own samples) emits:
// the operation's response element carries the Intuit namespace as its default namespace, so
// the result and <string> items inherit it. QBWC fails with QBWC1012 when the items are in
// another namespace (protocol reference §5).
const (
	envelopeOpen  = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>`
	envelopeClose = `</soap:Body></soap:Envelope>`
)

// reply builds one response envelope.
type reply struct{ buf bytes.Buffer }

func newReply(sizeHint int) *reply {
	r := &reply{}
	r.buf.Grow(len(envelopeOpen) + len(envelopeClose) + 128 + sizeHint + sizeHint/8)
	r.buf.WriteString(envelopeOpen)
	return r
}

// stringResult writes <opResponse xmlns="…"><opResult>value</opResult></opResponse>.
func stringResult(op, value string) []byte {
	r := newReply(len(value))
	r.open(op)
	r.element(op+"Result", value)
	return r.close(op)
}

// intResult writes an int result, e.g. receiveResponseXMLResult (minOccurs=1, s:int).
func intResult(op string, value int) []byte {
	return stringResult(op, strconv.Itoa(value))
}

// authResult writes authenticateResult as an ArrayOfString. The first two items are always
// present, the second even when empty: a missing empty item made QBWC report "Authentication
// failed" (RappidDevelopment/quickbooks-js PR #28).
func authResult(a AuthResult) []byte {
	r := newReply(len(a.Ticket) + len(a.Status))
	r.open("authenticate")
	r.buf.WriteString("<authenticateResult>")
	r.element("string", a.Ticket)
	r.element("string", a.Status)
	if a.PostponeSeconds > 0 || a.MinRunEverySeconds > 0 {
		r.element("string", strconv.Itoa(max(a.PostponeSeconds, 0)))
	}
	if a.MinRunEverySeconds > 0 {
		r.element("string", strconv.Itoa(a.MinRunEverySeconds))
	}
	r.buf.WriteString("</authenticateResult>")
	return r.close("authenticate")
}

// faultBody writes a SOAP 1.1 Fault.
func faultBody(f *Fault) []byte {
	r := newReply(len(f.String))
	r.buf.WriteString("<soap:Fault><faultcode>soap:")
	r.buf.WriteString(f.Code)
	r.buf.WriteString("</faultcode>")
	r.element("faultstring", f.String)
	r.buf.WriteString("</soap:Fault>")
	r.buf.WriteString(envelopeClose)
	return r.buf.Bytes()
}

func (r *reply) open(op string) {
	r.buf.WriteString("<")
	r.buf.WriteString(op)
	r.buf.WriteString(`Response xmlns="` + IntuitNS + `">`)
}

func (r *reply) close(op string) []byte {
	r.buf.WriteString("</")
	r.buf.WriteString(op)
	r.buf.WriteString("Response>")
	r.buf.WriteString(envelopeClose)
	return r.buf.Bytes()
}

func (r *reply) element(name, text string) {
	r.buf.WriteString("<")
	r.buf.WriteString(name)
	r.buf.WriteString(">")
	escapeText(&r.buf, text)
	r.buf.WriteString("</")
	r.buf.WriteString(name)
	r.buf.WriteString(">")
}

// escapeText writes s as XML character data. Besides & < >, it escapes carriage returns
// (an XML parser would otherwise turn CR LF into LF inside the qbXML) and replaces characters
// XML 1.0 cannot carry, so a stray control character in data never makes the whole reply
// not well-formed (QBWC1042). Newlines, tabs and quotes are kept as they are for readable logs.
func escapeText(buf *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			var esc string
			switch {
			case c == '&':
				esc = "&amp;"
			case c == '<':
				esc = "&lt;"
			case c == '>':
				esc = "&gt;"
			case c == '\r':
				esc = "&#xD;"
			case c == '\n' || c == '\t' || c >= 0x20:
				i++
				continue
			default: // other C0 controls are not allowed in XML 1.0
				esc = "\uFFFD"
			}
			buf.WriteString(s[last:i])
			buf.WriteString(esc)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			buf.WriteString(s[last:i])
			buf.WriteString("\uFFFD")
			i += size
			last = i
			continue
		}
		i += size
	}
	buf.WriteString(s[last:])
}
