package qbrefresh_test

import (
	"testing"

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
