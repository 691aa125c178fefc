package mapping_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

// Issue 6 targets.
const (
	targetVendorRoundTrips = 10 // Web Connector round trips to create 1,000 vendors
	targetLinkCalls        = 2  // Procore calls to write 1,000 links
)

// callCounter counts the Procore requests whose path ends with suffix.
type callCounter struct {
	h      http.Handler
	suffix string
	n      atomic.Int64
}

func (c *callCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, c.suffix) {
		c.n.Add(1)
	}
	c.h.ServeHTTP(w, r)
}

// BenchmarkCreate1000Vendors creates 1,000 Procore companies as QuickBooks vendors through the
// whole path (bookkeeper's choice → engine → Web Connector → simulated QuickBooks) and writes
// the 1,000 links back to Procore, counting the Web Connector round trips and the Procore
// calls the links take.
func BenchmarkCreate1000Vendors(b *testing.B) {
	var roundTrips, linkCalls int
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		pc := procoresim.NewCompany(4243, "Benchmark Builders")
		var ids []mapping.CreateRequest
		for n := range 1000 {
			id := int64(9_000_000 + n)
			if err := pc.AddVendor(&procoresim.Vendor{ID: id, Name: fmt.Sprintf("Benchmark Supply %04d", n), IsActive: true,
				CreatedAt: "2030-01-01T00:00:00Z", UpdatedAt: "2030-01-01T00:00:00Z"}); err != nil {
				b.Fatal(err)
			}
			ids = append(ids, mapping.CreateRequest{ID: fmt.Sprintf("vendor/%d", id)})
		}
		counter := &callCounter{h: procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000}), suffix: "/vendors/sync"}
		r := synctest.New(b, synctest.Options{Lists: true, ProcoreURL: synctest.Serve(b, counter), ProcoreCompanyID: pc.ID, Log: zerolog.Nop()})
		ctx := context.Background()
		r.RunWebConnector(b)
		if err := r.Engine.PollOnce(ctx); err != nil {
			b.Fatal(err)
		}
		res, err := r.Mapping.Create("vendors", ids, engine.ByBookkeeper)
		if err != nil || len(res.Queued) != 1000 {
			b.Fatalf("queued %d: %v %+v", len(res.Queued), err, res.Failed)
		}
		b.StartTimer()
		roundTrips = 0
		for runs := 0; r.Engine.HasWork(ctx); runs++ {
			if runs > 3 {
				b.Fatal("still work after 3 runs")
			}
			// Every sendRequestXML of the session counts, the list refresh's included.
			roundTrips += r.RunWebConnector(b).RequestSets
		}
		before := counter.n.Load()
		if err := r.Engine.WriteBack(ctx); err != nil {
			b.Fatal(err)
		}
		linkCalls = int(counter.n.Load() - before)
		b.StopTimer()
		items, _ := r.Engine.Items(vendors.Kind)
		linked := 0
		for _, it := range items {
			if it.State == engine.Synced && it.LinkedInSource && strings.HasPrefix(it.Title, "Benchmark Supply") {
				linked++
			}
		}
		if linked != 1000 {
			b.Fatalf("%d of 1,000 vendors created and linked in Procore", linked)
		}
	}
	b.ReportMetric(float64(roundTrips), "roundtrips")
	b.ReportMetric(float64(linkCalls), "procore-calls/1000-links")
	fmt.Printf("\n1,000 vendors: %d Web Connector round trips (target ≤ %d: %s); 1,000 links written to Procore in %d call(s) (target ≤ %d: %s)\n",
		roundTrips, targetVendorRoundTrips, verdict(roundTrips <= targetVendorRoundTrips), linkCalls, targetLinkCalls, verdict(linkCalls <= targetLinkCalls))
}

func verdict(ok bool) string {
	if ok {
		return "meets"
	}
	return "MISSES"
}
