package soap

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// replyEnvelope decodes a reply by namespace, the way QBWC's .NET client does.
type replyEnvelope struct {
	XMLName xml.Name `xml:"http://schemas.xmlsoap.org/soap/envelope/ Envelope"`
	Body    struct {
		Inner []byte `xml:",innerxml"`
		Fault *struct {
			Code   string `xml:"faultcode"`
			String string `xml:"faultstring"`
		} `xml:"http://schemas.xmlsoap.org/soap/envelope/ Fault"`
	} `xml:"http://schemas.xmlsoap.org/soap/envelope/ Body"`
}

// resultOf returns the text of <opResponse><opResult> (both in the Intuit namespace) and,
// for ArrayOfString results, the <string> items. It walks the whole document so namespace
// prefixes declared on the Envelope (the PHP server's ns1:) resolve.
func resultOf(t testing.TB, body []byte, op string) (text string, items []string) {
	t.Helper()
	var env replyEnvelope
	if err := xml.Unmarshal(body, &env); err != nil {
		t.Fatalf("reply is not a SOAP envelope: %v\n%s", err, body)
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	var path []xml.Name // elements below soap:Body
	inBody := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("reply body: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if !inBody {
				inBody = el.Name.Space == envelopeNS && el.Name.Local == "Body"
				continue
			}
			if el.Name.Space != IntuitNS {
				t.Fatalf("element %s is in namespace %q, want %q", el.Name.Local, el.Name.Space, IntuitNS)
			}
			path = append(path, el.Name)
			if el.Name.Local == "string" {
				items = append(items, "")
			}
		case xml.EndElement:
			if len(path) == 0 {
				inBody = false
				continue
			}
			path = path[:len(path)-1]
		case xml.CharData:
			switch {
			case len(path) == 2 && path[0].Local == op+"Response" && path[1].Local == op+"Result":
				text += string(el)
			case len(path) == 3 && path[2].Local == "string":
				items[len(items)-1] += string(el)
			}
		}
	}
	return text, items
}

func newTestServer(t testing.TB, svc Service, opts Options) *httptest.Server {
	opts.Logger = zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
	mux := http.NewServeMux()
	h := NewHandler(svc, opts)
	mux.Handle(EndpointPath, h)
	mux.Handle(EndpointPath+"/", h)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func post(t testing.TB, srv *httptest.Server, body []byte, action string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, srv.URL+EndpointPath, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	if action != "" {
		req.Header.Set("SOAPAction", `"http://developer.intuit.com/`+action+`"`)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, out
}

func TestHandlerAnswersCapturedCalls(t *testing.T) {
	svc := &recordingService{
		auth:         AuthResult{Ticket: "c94c84b3d59fe7a1603b765dd734e481", Status: ""},
		sendResult:   "<?xml version=\"1.0\"?>\r\n<?qbxml version=\"16.0\"?><QBXML><QBXMLMsgsRq onError=\"stopOnError\"><CustomerQueryRq requestID=\"1\"><FullName>A &amp; B</FullName></CustomerQueryRq></QBXMLMsgsRq></QBXML>",
		receiveValue: 42,
	}
	srv := newTestServer(t, svc, Options{})

	tests := []struct {
		file, op, wantCall, wantText string
	}{
		{"consolibyte2008__02_serverVersion__qbwc_request.xml", "serverVersion", `serverVersion()`, "Joblink test"},
		{"consolibyte2008__07_clientVersion__qbwc_request.xml", "clientVersion", `clientVersion("2.0.0.116")`, ""},
		{"consolibyte2008__18_sendRequestXML__qbwc_request.xml", "sendRequestXML", `sendRequestXML("c94c84b3d59fe7a1603b765dd734e481",4172,"C:\\KPALMER\\QBW\\Test Company.QBW","US",5,0)`, svc.sendResult},
		{"consolibyte2008__60_receiveResponseXML__qbwc_request.xml", "receiveResponseXML", `receiveResponseXML("ea0bf596246b623664adb465cc8662a2",1070,"","")`, "42"},
		{"consolibyte2008__27_getLastError__qbwc_request.xml", "getLastError", `getLastError("c94c84b3d59fe7a1603b765dd734e481")`, "last <error> & more"},
		{"consolibyte2008__32_closeConnection__qbwc_request.xml", "closeConnection", `closeConnection("c94c84b3d59fe7a1603b765dd734e481")`, "OK"},
	}
	for _, tt := range tests {
		t.Run(tt.op, func(t *testing.T) {
			resp, body := post(t, srv, readFixture(t, tt.file), tt.op)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "text/xml; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if got := svc.last(); got != tt.wantCall {
				t.Errorf("service saw %s, want %s", got, tt.wantCall)
			}
			text, _ := resultOf(t, body, tt.op)
			if text != tt.wantText {
				t.Errorf("result %q, want %q", text, tt.wantText)
			}
		})
	}
}

func TestAuthenticateReplyShape(t *testing.T) {
	tests := []struct {
		auth AuthResult
		want []string
	}{
		{AuthResult{Ticket: "T1", Status: ""}, []string{"T1", ""}},
		{AuthResult{Ticket: "T2", Status: "none", PostponeSeconds: 600}, []string{"T2", "none", "600"}},
		{AuthResult{Ticket: "T3", Status: "busy", MinRunEverySeconds: 60}, []string{"T3", "busy", "0", "60"}},
		{AuthResult{Ticket: "T4", Status: `C:\Books\A&B <Co>.QBW`}, []string{"T4", `C:\Books\A&B <Co>.QBW`}},
	}
	for _, tt := range tests {
		svc := &recordingService{auth: tt.auth}
		srv := newTestServer(t, svc, Options{})
		resp, body := post(t, srv, readFixture(t, "consolibyte2008__12_authenticate__qbwc_request.xml"), "")
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		_, items := resultOf(t, body, "authenticate")
		if strings.Join(items, "|") != strings.Join(tt.want, "|") || len(items) != len(tt.want) {
			t.Errorf("items %q, want %q", items, tt.want)
		}
		if got := svc.last(); got != `authenticate("api","password")` {
			t.Errorf("service saw %s", got)
		}
	}
	// The empty second item must be present as an element (PR #28 in quickbooks-js).
	svc := &recordingService{auth: AuthResult{Ticket: "T"}}
	_, body := post(t, newTestServer(t, svc, Options{}), readFixture(t, "consolibyte2008__12_authenticate__qbwc_request.xml"), "")
	if !bytes.Contains(body, []byte(`<authenticateResult><string>T</string><string></string></authenticateResult>`)) {
		t.Errorf("authenticate reply lacks the empty second <string>: %s", body)
	}
}

// The reply decodes to the same values as the PHP server's replies that QBWC accepted.
func TestRepliesMatchAcceptedCaptures(t *testing.T) {
	for _, tt := range []struct{ file, op string }{
		{"consolibyte2008__16_authenticate__server_response.xml", "authenticate"},
		{"consolibyte2008__58_sendRequestXML__server_response.xml", "sendRequestXML"},
		{"consolibyte2008__65_receiveResponseXML__server_response.xml", "receiveResponseXML"},
	} {
		text, items := resultOf(t, readFixture(t, tt.file), tt.op)
		var ours []byte
		switch tt.op {
		case "authenticate":
			ours = authResult(AuthResult{Ticket: items[0], Status: items[1]})
		case "sendRequestXML":
			ours = stringResult(tt.op, text)
		case "receiveResponseXML":
			ours = intResult(tt.op, 0)
		}
		gotText, gotItems := resultOf(t, ours, tt.op)
		if gotText != text || strings.Join(gotItems, "|") != strings.Join(items, "|") {
			t.Errorf("%s: ours decodes to %q %q, capture to %q %q", tt.op, gotText, gotItems, text, items)
		}
	}
}

func TestEscapeText(t *testing.T) {
	in := "a&b<c>d\"e'f\r\ng\th\x00i\x1fj\xffk\uFFFEl ü 😀"
	var buf bytes.Buffer
	escapeText(&buf, in)
	want := "a&amp;b&lt;c&gt;d\"e'f&#xD;\ng\th\uFFFDi\uFFFDj\uFFFDk\uFFFDl ü 😀"
	if buf.String() != want {
		t.Fatalf("escapeText = %q, want %q", buf.String(), want)
	}
	text, _ := resultOf(t, stringResult("getLastError", in), "getLastError")
	if text != "a&b<c>d\"e'f\r\ng\th\uFFFDi\uFFFDj\uFFFDk\uFFFDl ü 😀" {
		t.Fatalf("round trip = %q", text)
	}
}

func TestHandlerFaults(t *testing.T) {
	svc := &recordingService{panicOn: "closeConnection"}
	srv := newTestServer(t, svc, Options{MaxBody: 4096})
	big := append([]byte(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><getLastError xmlns="http://developer.intuit.com/"><ticket>`), bytes.Repeat([]byte("x"), 5000)...)

	tests := []struct {
		name        string
		contentType string
		body        []byte
		status      int
		code        string
	}{
		{"malformed", "text/xml", []byte("<soap:Envelope"), 500, "soap:Client"},
		{"unknown operation (synthetic)", "text/xml", []byte(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><dropTables xmlns="http://developer.intuit.com/"/></soap:Body></soap:Envelope>`), 500, "soap:Client"},
		{"json content", "application/json", []byte(`{"op":"authenticate"}`), 500, "soap:Client"},
		{"empty body", "text/xml", nil, 500, "soap:Client"},
		{"bad int", "text/xml", []byte(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><sendRequestXML xmlns="http://developer.intuit.com/"><qbXMLMajorVers>sixteen</qbXMLMajorVers></sendRequestXML></soap:Body></soap:Envelope>`), 500, "soap:Client"},
		{"service panic", "text/xml", readFixture(t, "consolibyte2008__32_closeConnection__qbwc_request.xml"), 500, "soap:Server"},
		{"too large", "text/xml", big, 413, "soap:Client"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := srv.Client().Post(srv.URL+EndpointPath, tt.contentType, bytes.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, body)
			}
			var env replyEnvelope
			if err := xml.Unmarshal(body, &env); err != nil || env.Body.Fault == nil {
				t.Fatalf("no SOAP fault in %s (%v)", body, err)
			}
			if env.Body.Fault.Code != tt.code || env.Body.Fault.String == "" {
				t.Fatalf("fault %q %q, want code %s", env.Body.Fault.Code, env.Body.Fault.String, tt.code)
			}
		})
	}

	// A chunked body (no Content-Length) over the limit is cut off by the reader, also 413.
	pr, pw := io.Pipe()
	go func() { _, _ = pw.Write(big); _ = pw.Close() }()
	req, _ := http.NewRequest(http.MethodPost, srv.URL+EndpointPath, pr)
	req.Header.Set("Content-Type", "text/xml")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("chunked oversize: status %d", resp.StatusCode)
	}
}

func TestHandlerPagesAndMethods(t *testing.T) {
	srv := newTestServer(t, &recordingService{}, Options{AppName: "Joblink <Test>"})
	for _, tt := range []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, SupportPath, 200},
		{http.MethodHead, SupportPath, 200},
		{http.MethodGet, EndpointPath, 200},
		{http.MethodPut, EndpointPath, 405},
		{http.MethodDelete, SupportPath, 405},
		{http.MethodGet, EndpointPath + "/other", 404},
	} {
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, resp.StatusCode, tt.status)
		}
		if tt.status == 200 && tt.method == http.MethodGet {
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") || !bytes.Contains(body, []byte("Joblink &lt;Test&gt;")) {
				t.Errorf("%s: page %q with %q", tt.path, body, resp.Header.Get("Content-Type"))
			}
		}
		if tt.status == 405 && resp.Header.Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tt.method, tt.path)
		}
	}
}
