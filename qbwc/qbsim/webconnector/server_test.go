package webconnector

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testService is a throwaway QBWC web service written from the protocol
// reference (not the project's qbwc/soap server): it answers in the
// default-namespace ASMX shape and runs a queue of qbXML request sets,
// following iterators until iteratorRemainingCount is 0.
type testService struct {
	t           *testing.T
	mu          sync.Mutex
	authStatus  string   // authenticate [1]
	queue       []string // qbXML request sets still to send
	lastError   string
	noOpsFirst  int // answer "" + NoOp this many times first
	connErrors  []string
	progressNeg bool // answer -1 to the next receiveResponseXML
	delay       time.Duration
	bodies      map[string][]string // raw request envelopes by method
	methods     []string
	sentQBXML   []string
	received    []string
}

func newTestService(t *testing.T, queue ...string) (*testService, *httptest.Server) {
	s := &testService{t: t, queue: queue, bodies: map[string][]string{}}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv
}

// soapParams reads the operation's parameters from a document/literal body.
func soapParams(body []byte) (method string, params map[string]string, err error) {
	var env struct {
		Body struct {
			Op struct {
				XMLName xml.Name
				Params  []struct {
					XMLName xml.Name
					Value   string `xml:",chardata"`
				} `xml:",any"`
			} `xml:",any"`
		} `xml:"Body"`
	}
	if err := xml.Unmarshal(body, &env); err != nil {
		return "", nil, err
	}
	params = map[string]string{}
	for _, p := range env.Body.Op.Params {
		params[p.XMLName.Local] = p.Value
	}
	return env.Body.Op.XMLName.Local, params, nil
}

func (s *testService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	method, p, err := soapParams(body)
	if err != nil || r.Header.Get("SOAPAction") != `"http://developer.intuit.com/`+method+`"` {
		http.Error(w, "bad SOAP request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.methods = append(s.methods, method)
	s.bodies[method] = append(s.bodies[method], string(body))
	time.Sleep(s.delay)
	var result string
	var items []string
	switch method {
	case "serverVersion":
		result = "throwaway 1.0"
	case "clientVersion":
		result = ""
	case "authenticate":
		items = []string{"{ticket-1}", s.authStatus}
		if p["strUserName"] != "joblink" || p["strPassword"] != "secret" {
			items[1] = "nvu"
		}
	case "sendRequestXML":
		switch {
		case s.noOpsFirst > 0:
			s.noOpsFirst--
			s.lastError = "NoOp"
		case len(s.queue) > 0:
			result = s.queue[0]
			s.queue = s.queue[1:]
			s.sentQBXML = append(s.sentQBXML, result)
		}
	case "receiveResponseXML":
		s.received = append(s.received, p["response"])
		progress := 100
		if p["hresult"] != "" {
			s.lastError = p["hresult"] + ": " + p["message"]
			progress = -1
		} else if next := continueIterator(p["response"]); next != "" {
			s.queue = append([]string{next}, s.queue...)
		}
		if progress > 0 && len(s.queue) > 0 {
			progress = 50
		}
		result = strconv.Itoa(progress)
	case "getLastError":
		result = s.lastError
	case "connectionError":
		s.connErrors = append(s.connErrors, p["hresult"])
		result = "done"
	case "closeConnection":
		result = "OK"
	}
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><%sResponse xmlns="http://developer.intuit.com/"><%sResult>`, method, method)
	if items != nil {
		for _, it := range items {
			fmt.Fprintf(w, "<string>%s</string>", textEscaper.Replace(it))
		}
	} else {
		io.WriteString(w, textEscaper.Replace(result))
	}
	fmt.Fprintf(w, "</%sResult></%sResponse></soap:Body></soap:Envelope>", method, method)
}

// continueIterator returns the Continue request for a CustomerQuery page
// with iteratorRemainingCount > 0 (what qbwc gem and django-quickbooks do).
func continueIterator(response string) string {
	var doc struct {
		Rs []struct {
			XMLName   xml.Name
			RequestID string `xml:"requestID,attr"`
			Remaining string `xml:"iteratorRemainingCount,attr"`
			ID        string `xml:"iteratorID,attr"`
		} `xml:"QBXMLMsgsRs>CustomerQueryRs"`
	}
	if xml.Unmarshal([]byte(response), &doc) != nil {
		return ""
	}
	for _, rs := range doc.Rs {
		if rs.Remaining != "" && rs.Remaining != "0" {
			return qbxmlSet(`<CustomerQueryRq requestID="` + rs.RequestID + `" iterator="Continue" iteratorID="` + rs.ID + `"><MaxReturned>10</MaxReturned></CustomerQueryRq>`)
		}
	}
	return ""
}

func qbxmlSet(requests ...string) string {
	return `<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<?qbxml version="13.0"?>` + "\n" +
		`<QBXML><QBXMLMsgsRq onError="stopOnError">` + strings.Join(requests, "") + `</QBXMLMsgsRq></QBXML>`
}

// validateQBXML checks qbXML documents against Intuit's schema with one
// xmllint run (skipped locally, fatal under CI, when unavailable).
func validateQBXML(t *testing.T, docs []string) {
	t.Helper()
	xsd := ""
	for dir, _ := os.Getwd(); ; dir = filepath.Dir(dir) {
		if p := filepath.Join(dir, "shared", "qbxml-schema", "13.0", "qbxmlops130.xsd"); fileExists(p) {
			xsd = p
			break
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	xmllint, err := exec.LookPath("xmllint")
	if xsd == "" || err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("xmllint or schema missing")
		}
		t.Log("xmllint or schema missing: qbXML not validated")
		return
	}
	tmp := t.TempDir()
	args := []string{"--noout", "--schema", xsd}
	for i, d := range docs {
		f := filepath.Join(tmp, strconv.Itoa(i)+".xml")
		if err := os.WriteFile(f, []byte(d), 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, f)
	}
	if out, err := exec.Command(xmllint, args...).CombinedOutput(); err != nil {
		t.Errorf("qbXML schema validation: %v\n%s", err, out)
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
