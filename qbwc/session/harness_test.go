package session

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/store"
	"joblink/qbwc/soap"
)

const (
	testUser     = "joblink"
	testPassword = "correct horse battery"
	// testOwnerID is the OwnerID under which the captured 2006 HCP response carries a FileID.
	testOwnerID  = "{68b5925b-4347-4784-e58d-35a2d190962f}"
	testFileID   = "{ee032e95-47f7-2564-096f-2d4545fcb021}"
	testCompany  = `C:\KPALMER\QBW\Test Company.QBW`
	request1     = `<?xml version="1.0"?><?qbxml version="16.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><VendorQueryRq requestID="1"/></QBXMLMsgsRq></QBXML>`
	request2     = `<?xml version="1.0"?><?qbxml version="16.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><BillAddRq requestID="2"><BillAdd><VendorRef><FullName>A &amp; B</FullName></VendorRef></BillAdd></BillAddRq></QBXMLMsgsRq></QBXML>`
	hcpModern    = "derived__hcp_response_enterprise24_from_qbpro2006.xml"
	hcpQB2006    = "consolibyte2008__hcp_response_qbpro2006.xml"
	hcpQB2013    = "apotema__str_hcp_response.xml"
	hcpCorrupted = "qbwcgem__hcp_response_qbpro2014.xml"
)

func init() {
	// Cheap hashes keep the suite fast; the format and the code path are the same.
	defaultHashParams = hashParams{MemoryKiB: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}
}

func fixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fakeClock is an injectable clock.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func openStore(t testing.TB, dir string) *store.Store {
	t.Helper()
	st, err := store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// rig is a Manager on a real Badger store behind the real SOAP handler on a loopback server.
type rig struct {
	t      testing.TB
	m      *Manager
	engine *memoryEngine
	clock  *fakeClock
	store  *store.Store
	dir    string
	srv    *httptest.Server
}

func newRig(t testing.TB, engine *memoryEngine, tweak func(*Config)) *rig {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	st := openStore(t, dir)
	r := &rig{t: t, engine: engine, clock: &fakeClock{now: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}, store: st, dir: dir}
	cfg := Config{UserName: testUser, OwnerID: testOwnerID, ServerVersion: "Joblink test", Now: r.clock.Now}
	if tweak != nil {
		tweak(&cfg)
	}
	m, err := New(context.Background(), cfg, st, engine, parseHCPForTest, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.SetPassword(testPassword); err != nil {
		t.Fatal(err)
	}
	r.m = m
	mux := http.NewServeMux()
	mux.Handle(soap.EndpointPath, soap.NewHandler(m, soap.Options{Logger: zerolog.Nop()}))
	r.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		r.srv.Close()
		_ = st.Close()
	})
	return r
}

// param is one SOAP parameter in order.
type param struct{ name, value string }

// envelope writes a request exactly as QBWC 2.x does (see the captured envelopes: one line,
// default Intuit namespace on the operation, "<x />" for empty values, only & < > escaped).
func envelope(op string, params ...param) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>`)
	if len(params) == 0 {
		b.WriteString("<" + op + ` xmlns="http://developer.intuit.com/" />`)
	} else {
		b.WriteString("<" + op + ` xmlns="http://developer.intuit.com/">`)
		for _, p := range params {
			if p.value == "" {
				b.WriteString("<" + p.name + " />")
				continue
			}
			b.WriteString("<" + p.name + ">")
			b.WriteString(strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(p.value))
			b.WriteString("</" + p.name + ">")
		}
		b.WriteString("</" + op + ">")
	}
	b.WriteString(`</soap:Body></soap:Envelope>`)
	return b.Bytes()
}

// call posts an envelope and returns the result text and <string> items.
func (r *rig) call(op string, params ...param) (string, []string) {
	r.t.Helper()
	req, err := http.NewRequest(http.MethodPost, r.srv.URL+soap.EndpointPath, bytes.NewReader(envelope(op, params...)))
	if err != nil {
		r.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	req.Header.Set("SOAPAction", `"http://developer.intuit.com/`+op+`"`)
	resp, err := r.srv.Client().Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		r.t.Fatalf("%s: HTTP %d: %s", op, resp.StatusCode, body)
	}
	return decodeResult(r.t, body, op)
}

func decodeResult(t testing.TB, body []byte, op string) (text string, items []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(body))
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text, items
		}
		if err != nil {
			t.Fatalf("%s reply: %v", op, err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			stack = append(stack, el.Name.Local)
			if el.Name.Local == "string" && el.Name.Space == soap.IntuitNS {
				items = append(items, "")
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if n := len(stack); n > 0 {
				switch stack[n-1] {
				case op + "Result":
					text += string(el)
				case "string":
					items[len(items)-1] += string(el)
				}
			}
		}
	}
}

func (r *rig) authenticate(user, password string) []string {
	_, items := r.call("authenticate", param{"strUserName", user}, param{"strPassword", password})
	if len(items) < 2 {
		r.t.Fatalf("authenticate returned %d items", len(items))
	}
	return items
}

func (r *rig) send(ticket, hcp, company string) string {
	text, _ := r.call("sendRequestXML", param{"ticket", ticket}, param{"strHCPResponse", hcp}, param{"strCompanyFileName", company},
		param{"qbXMLCountry", "US"}, param{"qbXMLMajorVers", "16"}, param{"qbXMLMinorVers", "0"})
	return text
}

func (r *rig) receive(ticket, response, hresult, message string) string {
	text, _ := r.call("receiveResponseXML", param{"ticket", ticket}, param{"response", response}, param{"hresult", hresult}, param{"message", message})
	return text
}

func (r *rig) lastError(ticket string) string {
	text, _ := r.call("getLastError", param{"ticket", ticket})
	return text
}

func (r *rig) close(ticket string) string {
	text, _ := r.call("closeConnection", param{"ticket", ticket})
	return text
}

// customerAddRs is the real CustomerAddRs of the captured receiveResponseXML (row 60).
func customerAddRs(t testing.TB) string {
	env := fixture(t, "consolibyte2008__60_receiveResponseXML__qbwc_request.xml")
	var doc struct {
		Response string `xml:"Body>receiveResponseXML>response"`
	}
	if err := xml.Unmarshal([]byte(env), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Response
}
