package soap

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

// FuzzParseEnvelope feeds arbitrary bytes to the parser and to the whole handler: neither
// may panic, and the handler must answer 200 or a fault status with an XML body.
func FuzzParseEnvelope(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.xml"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><q1:clientVersion xmlns:q1="http://developer.intuit.com/"><strVersion xsi:type="xsd:string">2.3.0.215</strVersion></q1:clientVersion></soap:Body></soap:Envelope>`))
	f.Add([]byte(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><sendRequestXML xmlns="http://developer.intuit.com/"><qbXMLMajorVers>99999999999999999999</qbXMLMajorVers></sendRequestXML></soap:Body></soap:Envelope>`))
	h := NewHandler(&recordingService{auth: AuthResult{Ticket: "t"}}, Options{MaxBody: 1 << 20, Logger: zerolog.Nop()})
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := parseEnvelope(body)
		if err == nil && c.Operation == "" {
			t.Fatalf("parsed without an operation: %q", body)
		}
		req := httptest.NewRequest(http.MethodPost, EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "text/xml; charset=utf-8")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK && rec.Code != http.StatusInternalServerError && rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d", rec.Code)
		}
		if !strings.HasPrefix(rec.Body.String(), `<?xml version="1.0" encoding="utf-8"?><soap:Envelope`) {
			t.Fatalf("reply is not an envelope: %q", rec.Body.String())
		}
	})
}
