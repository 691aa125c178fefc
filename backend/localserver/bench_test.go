package localserver

import "testing"

// BenchmarkConnectionFlood makes 20,000 connection attempts that never send a request (4,000
// held open at a time) while the API is asked every few milliseconds, and reports whether the
// API answered throughout, its slowest answer, and the most connections the server held.
func BenchmarkConnectionFlood(b *testing.B) {
	const attempts = 20000
	hold := 4000
	if lim := openFileLimit(); lim > 0 && lim < 2*uint64(hold) {
		hold = int(lim / 4)
	}
	var res floodResult
	for range b.N {
		srv, addr := guardedServer(b, 0, nil)
		r, held := flood(srv, addr, attempts, hold, 16)
		closeAll(held)
		res = r
	}
	if res.firstFailure != nil {
		b.Logf("first API failure: %v", res.firstFailure)
	}
	b.ReportMetric(float64(res.failed), "api-failures")
	b.ReportMetric(float64(res.asked), "api-asked")
	b.ReportMetric(float64(res.slowest.Milliseconds()), "api-slowest-ms")
	b.ReportMetric(float64(res.mostOpen), "conns-most-open")
	b.ReportMetric(float64(res.opened), "conns-opened")
}
