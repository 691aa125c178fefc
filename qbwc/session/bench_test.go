package session

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"

	"joblink/qbwc/soap"
)

// endlessEngine always has another request set.
type endlessEngine struct{ memoryEngine }

func (e *endlessEngine) Next(context.Context, *Info) (string, error)        { return request2, nil }
func (e *endlessEngine) Handle(context.Context, *Info, string) (int, error) { return 50, nil }

// BenchmarkRoundTrip times sendRequestXML through the SOAP handler over loopback HTTP with
// the session layer and a real Badger store (synchronous writes, as Joblink opens it) behind
// it: each call writes the session record before answering. The receiveResponseXML that
// follows each send (also a durable write) is timed separately. Target: p50 ≤ 2 ms.
func BenchmarkRoundTrip(b *testing.B) {
	e := &endlessEngine{memoryEngine: *newMemoryEngine()}
	r := newRig(b, &e.memoryEngine, nil)
	// Swap in the endless engine behind the same Manager.
	r.m.engine = e
	ticket := r.authenticate(testUser, testPassword)[0]
	if got := r.send(ticket, fixture(b, hcpModern), testCompany); got == "" {
		b.Fatal(r.lastError(ticket))
	}
	response := customerAddRs(b)
	r.receive(ticket, response, "", "")

	sendBody := envelope("sendRequestXML", param{"ticket", ticket}, param{"strHCPResponse", ""}, param{"strCompanyFileName", testCompany},
		param{"qbXMLCountry", "US"}, param{"qbXMLMajorVers", "16"}, param{"qbXMLMinorVers", "0"})
	receiveBody := envelope("receiveResponseXML", param{"ticket", ticket}, param{"response", response}, param{"hresult", ""}, param{"message", ""})
	client := r.srv.Client()
	post := func(op string, body []byte) time.Duration {
		start := time.Now()
		req, _ := http.NewRequest(http.MethodPost, r.srv.URL+soap.EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "text/xml; charset=utf-8")
		req.Header.Set("SOAPAction", `"http://developer.intuit.com/`+op+`"`)
		resp, err := client.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("%s: %d", op, resp.StatusCode)
		}
		return time.Since(start)
	}
	sends := make([]time.Duration, 0, b.N)
	receives := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sends = append(sends, post("sendRequestXML", sendBody))
		b.StopTimer()
		receives = append(receives, post("receiveResponseXML", receiveBody))
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(sends)
	slices.Sort(receives)
	b.ReportMetric(ms(sends[len(sends)/2]), "send-p50-ms")
	b.ReportMetric(ms(sends[len(sends)*99/100]), "send-p99-ms")
	b.ReportMetric(ms(receives[len(receives)/2]), "receive-p50-ms")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
