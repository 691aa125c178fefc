package qbrefresh_test

import (
	"testing"
	"time"

	"joblink/backend/qbmirror"
)

// BenchmarkRefreshRoundTrips is a first refresh of the reference company with 1,000 extra
// cost codes into an empty database; round trips per refresh is the figure that matters on a
// real Web Connector, where each costs QuickBooks' own processing and a SOAP exchange.
func BenchmarkRefreshRoundTrips(b *testing.B) {
	h := newHarness(b)
	h.validate = false
	h.addServiceItems(1000)
	records := 0
	for _, k := range qbmirror.Kinds {
		records += h.companyCount(k)
	}
	trips := 0
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		h.openStore() // an empty database: a first refresh
		b.StartTimer()
		trips += h.run().roundTrips()
		b.StopTimer()
		if err := h.st.Close(); err != nil { // keep one Badger open at a time
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/op")
	b.ReportMetric(float64(records), "records/op")
}

// BenchmarkQuietRefreshAfterBulkSecond is a quiet refresh after 15,000 vendors were created in
// one second and read by an earlier refresh: request sets per refresh (target 1; each costs
// QuickBooks 0.5–3 s on a real Web Connector) and records QuickBooks had to send (target 0).
func BenchmarkQuietRefreshAfterBulkSecond(b *testing.B) {
	h := newHarness(b)
	h.validate, h.maxRoundTrips = false, 100
	h.run()
	h.clock.Advance(time.Minute)
	h.addVendors(15000, "Bulk Vendor")
	h.clock.Advance(time.Minute)
	h.run() // reads the import
	h.clock.Advance(time.Minute)
	sets, read := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		rep := h.run()
		sets += rep.roundTrips()
		read += rep.recordsRead()
	}
	b.ReportMetric(float64(sets)/float64(b.N), "requestsets/op")
	b.ReportMetric(float64(read)/float64(b.N), "recordsread/op")
}
