package soap

import (
	"bytes"
	"io"
	"net/http"
	"slices"
	"testing"
	"time"
)

// BenchmarkRoundTrip measures one sendRequestXML call (the captured later-call envelope)
// through the handler over loopback HTTP, with a Service that answers at once: the transport's
// own share of the 2 ms budget. qbwc/session has the same benchmark with sessions and Badger.
func BenchmarkRoundTrip(b *testing.B) {
	svc := &recordingService{sendResult: `<?xml version="1.0"?><?qbxml version="16.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"><VendorQueryRq requestID="1"><MaxReturned>100</MaxReturned></VendorQueryRq></QBXMLMsgsRq></QBXML>`}
	srv := newTestServer(b, svc, Options{})
	body := readFixture(b, "consolibyte2008__67_sendRequestXML__qbwc_request.xml")
	client := srv.Client()
	durations := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+EndpointPath, bytes.NewReader(body))
		req.Header.Set("Content-Type", "text/xml; charset=utf-8")
		req.Header.Set("SOAPAction", `"http://developer.intuit.com/sendRequestXML"`)
		resp, err := client.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("status %d", resp.StatusCode)
		}
		durations = append(durations, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, durations)
}

// reportPercentiles adds p50 and p99 in milliseconds to the benchmark output.
func reportPercentiles(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(d[len(d)*99/100].Microseconds())/1000, "p99-ms")
}
