package soap

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseCapturedRequests(t *testing.T) {
	tests := []struct {
		file   string
		op     string
		params map[string]string // expected exact values; "len>N" checks a long value's size
	}{
		{"consolibyte2008__02_serverVersion__qbwc_request.xml", "serverVersion", map[string]string{}},
		{"consolibyte2008__07_clientVersion__qbwc_request.xml", "clientVersion", map[string]string{"strVersion": "2.0.0.116"}},
		{"consolibyte2008__12_authenticate__qbwc_request.xml", "authenticate", map[string]string{"strUserName": "api", "strPassword": "password"}},
		{"consolibyte2008__67_sendRequestXML__qbwc_request.xml", "sendRequestXML", map[string]string{
			"ticket": "ea0bf596246b623664adb465cc8662a2", "strHCPResponse": "", "strCompanyFileName": `C:\KPALMER\QBW\Test Company.QBW`,
			"qbXMLCountry": "US", "qbXMLMajorVers": "5", "qbXMLMinorVers": "0"}},
		{"consolibyte2008__27_getLastError__qbwc_request.xml", "getLastError", map[string]string{"ticket": "c94c84b3d59fe7a1603b765dd734e481"}},
		{"consolibyte2008__32_closeConnection__qbwc_request.xml", "closeConnection", map[string]string{"ticket": "c94c84b3d59fe7a1603b765dd734e481"}},
		{"consolibyte2008__60_receiveResponseXML__qbwc_request.xml", "receiveResponseXML", map[string]string{"ticket": "ea0bf596246b623664adb465cc8662a2", "hresult": "", "message": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.op, func(t *testing.T) {
			c, err := parseEnvelope(readFixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if c.Operation != tt.op {
				t.Fatalf("operation %q, want %q", c.Operation, tt.op)
			}
			for k, want := range tt.params {
				got, ok := c.Params[k]
				if !ok || got != want {
					t.Errorf("param %s = %q (present %v), want %q", k, got, ok, want)
				}
			}
		})
	}
}

func TestParseUnescapesQBXML(t *testing.T) {
	c, err := parseEnvelope(readFixture(t, "consolibyte2008__18_sendRequestXML__qbwc_request.xml"))
	if err != nil {
		t.Fatal(err)
	}
	hcp := c.Params["strHCPResponse"]
	if !strings.HasPrefix(hcp, `<?xml version="1.0" ?>`) || !strings.Contains(hcp, "<ProductName>QuickBooks Pro 2006</ProductName>") {
		t.Fatalf("HCP not unescaped: %.120q", hcp)
	}
	c, err = parseEnvelope(readFixture(t, "consolibyte__receiveResponseXML_ItemServiceAddRs_3100.xml"))
	if err != nil {
		t.Fatal(err)
	}
	// &amp;quot; in the envelope is &quot; in the qbXML: one level of unescaping only.
	if !strings.Contains(c.Params["response"], `statusMessage="The name &quot;Shipping Item`) {
		t.Fatalf("response unescaped wrongly: %q", c.Params["response"])
	}
}

// Synthetic envelopes covering the shapes QBWC may send depending on the .qwc Style.
func TestParseOtherShapes(t *testing.T) {
	tests := []struct {
		name, body string
		op         string
		want       map[string]string
	}{
		{"rpc style, prefixed operation, unqualified typed params (synthetic, per reference §1)",
			`<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><q1:clientVersion xmlns:q1="http://developer.intuit.com/"><strVersion xsi:type="xsd:string">2.3.0.215</strVersion></q1:clientVersion></soap:Body></soap:Envelope>`,
			"clientVersion", map[string]string{"strVersion": "2.3.0.215"}},
		{"prefixed everything, with a Header (synthetic)",
			`<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:i="http://developer.intuit.com/"><S:Header><x:Trace xmlns:x="urn:x">1</x:Trace></S:Header><S:Body><i:authenticate><i:strUserName>joblink</i:strUserName><i:strPassword>p&amp;w&lt;d</i:strPassword></i:authenticate></S:Body></S:Envelope>`,
			"authenticate", map[string]string{"strUserName": "joblink", "strPassword": "p&w<d"}},
		{"unescaped qbXML markup inside a parameter is kept raw (synthetic)",
			`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><receiveResponseXML xmlns="http://developer.intuit.com/"><ticket>t</ticket><response><QBXML><QBXMLMsgsRs/></QBXML></response><hresult/><message/></receiveResponseXML></soap:Body></soap:Envelope>`,
			"receiveResponseXML", map[string]string{"ticket": "t", "response": "<QBXML><QBXMLMsgsRs/></QBXML>", "hresult": ""}},
		{"CDATA parameter (synthetic)",
			`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><getLastError xmlns="http://developer.intuit.com/"><ticket><![CDATA[a<b]]></ticket></getLastError></soap:Body></soap:Envelope>`,
			"getLastError", map[string]string{"ticket": "a<b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseEnvelope([]byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.Operation != tt.op {
				t.Fatalf("operation %q, want %q", c.Operation, tt.op)
			}
			for k, want := range tt.want {
				if got := c.Params[k]; got != want {
					t.Errorf("param %s = %q, want %q", k, got, want)
				}
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ name, body, code, contains string }{
		{"empty", "", FaultClient, "not an XML document"},
		{"not xml", "hello", FaultClient, "not an XML document"},
		{"truncated", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><authenticate xmlns="http://developer.intuit.com/"><strUserName>x`, FaultClient, "malformed parameter"},
		{"not an envelope", `<authenticate xmlns="http://developer.intuit.com/"/>`, FaultClient, "expected a SOAP Envelope"},
		{"soap 1.2", `<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body/></e:Envelope>`, FaultVersionMismatch, "SOAP 1.2"},
		{"no body", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"></soap:Envelope>`, FaultClient, "no Body"},
		{"empty body", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body></soap:Body></soap:Envelope>`, FaultClient, "no operation"},
		{"wrong namespace", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><serverVersion xmlns="http://localhost:8000//"/></soap:Body></soap:Envelope>`, FaultClient, "namespace"},
		{"latin1", `<?xml version="1.0" encoding="ISO-8859-1"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"/>`, FaultClient, "character set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseEnvelope([]byte(tt.body))
			f, ok := err.(*Fault)
			if !ok {
				t.Fatalf("error %v (%T), want *Fault", err, err)
			}
			if f.Code != tt.code || !strings.Contains(f.String, tt.contains) {
				t.Fatalf("fault %s %q, want %s containing %q", f.Code, f.String, tt.code, tt.contains)
			}
		})
	}
}
