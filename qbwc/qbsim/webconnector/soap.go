package webconnector

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"strings"
)

const (
	intuitNS     = "http://developer.intuit.com/"
	soapEnvNS    = "http://schemas.xmlsoap.org/soap/envelope/"
	envelopeHead = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>`
	envelopeTail = `</soap:Body></soap:Envelope>`
	// userAgent is what QBWC's .NET SOAP stack sends (captured headers).
	userAgent = "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 2.0.50727.1433)"
)

// param is one SOAP parameter, in the order the WSDL declares it.
type param struct{ name, value string }

// textEscaper matches .NET XmlSerializer: only &, < and > are escaped in
// element text (captures show `version="1.0"` with literal quotes).
var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// envelope renders a request exactly as QBWC does: no whitespace, the
// operation element carrying the default Intuit namespace, and empty
// parameters self-closed as `<name />`.
func envelope(method string, params ...param) []byte {
	var b bytes.Buffer
	b.WriteString(envelopeHead)
	if len(params) == 0 {
		fmt.Fprintf(&b, `<%s xmlns="%s" />`, method, intuitNS)
	} else {
		fmt.Fprintf(&b, `<%s xmlns="%s">`, method, intuitNS)
		for _, p := range params {
			if p.value == "" {
				fmt.Fprintf(&b, "<%s />", p.name)
				continue
			}
			fmt.Fprintf(&b, "<%s>%s</%s>", p.name, textEscaper.Replace(p.value), p.name)
		}
		fmt.Fprintf(&b, "</%s>", method)
	}
	b.WriteString(envelopeTail)
	return b.Bytes()
}

// call posts one SOAP request and returns the text of <method>Result, or
// the <string> items of an ArrayOfString result.
func (c *Client) call(ctx context.Context, method string, params ...param) (result string, items []string, err error) {
	if c.cfg.CallTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.CallTimeout)
		defer cancel()
	}
	body := envelope(method, params...)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.AppURL, bytes.NewReader(body))
	if err != nil {
		return "", nil, fmt.Errorf("%s: build request: %w", method, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	req.Header.Set("SOAPAction", `"`+intuitNS+method+`"`)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", method, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", nil, fmt.Errorf("%s: read response: %w", method, err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", nil, fmt.Errorf("%s: HTTP %d: %s", method, resp.StatusCode, truncate(string(data), 200))
	}
	result, items, err = parseResult(data, method)
	if err != nil {
		// QBWC1041/1042-style: the service answered with something QBWC
		// cannot deserialize.
		return "", nil, fmt.Errorf("%s: %w", method, err)
	}
	return result, items, nil
}

// parseResult finds <methodResponse><methodResult> in the Intuit namespace.
// A result in another namespace is an error, as it is for QBWC's .NET
// deserializer (qbwc-protocol.md §5, "wrong response namespace").
func parseResult(data []byte, method string) (string, []string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var path []xml.Name
	var result strings.Builder
	var items []string
	var item *strings.Builder
	found, inResult := false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", nil, fmt.Errorf("response is not well-formed XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, t.Name)
			switch {
			case len(path) == 3 && t.Name.Space == soapEnvNS && t.Name.Local == "Fault":
				return "", nil, fmt.Errorf("SOAP fault: %s", truncate(string(data), 300))
			case len(path) == 3 && t.Name.Local == method+"Response" && t.Name.Space != intuitNS:
				return "", nil, fmt.Errorf("%sResponse in namespace %q, want %q", method, t.Name.Space, intuitNS)
			case len(path) == 4 && t.Name.Local == method+"Result" && path[2].Local == method+"Response":
				if t.Name.Space != intuitNS {
					return "", nil, fmt.Errorf("%sResult in namespace %q, want %q", method, t.Name.Space, intuitNS)
				}
				found, inResult = true, true
			case len(path) == 5 && inResult && t.Name.Local == "string":
				if t.Name.Space != intuitNS {
					return "", nil, fmt.Errorf("string item in namespace %q, want %q", t.Name.Space, intuitNS)
				}
				item = &strings.Builder{}
			}
		case xml.CharData:
			switch {
			case item != nil:
				item.Write(t)
			case inResult && len(path) == 4:
				result.Write(t)
			}
		case xml.EndElement:
			if len(path) == 5 && item != nil {
				items = append(items, item.String())
				item = nil
			}
			if len(path) == 4 && inResult {
				inResult = false
			}
			path = path[:len(path)-1]
		}
	}
	if !found {
		return "", nil, fmt.Errorf("no %sResult in response: %s", method, truncate(string(data), 200))
	}
	return result.String(), items, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
