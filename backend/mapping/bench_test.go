package mapping_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
	procorefixtures "joblink/testdata/procore"
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

// Issue 9 targets: one page of the Vendors view at 30,000 companies.
const (
	targetPageMs = 50
	targetPageKB = 200
)

// BenchmarkVendorsPage answers pages of the Vendors view at 3,000 and 30,000 Procore companies
// beside as many QuickBooks vendors: the first (cold) build, then pages as the page asks for
// them (filters, search, further pages), and a link followed by the page that shows it.
func BenchmarkVendorsPage(b *testing.B) {
	for _, n := range []int{3000, 30000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchVendorsPage(b, n) })
	}
}

func benchVendorsPage(b *testing.B, n int) {
	r := scaleRig(b, n)
	// Read both lists once, so that the store's own caches are warm in both heap readings.
	if _, err := r.Engine.Items(vendors.Kind); err != nil {
		b.Fatal(err)
	}
	if err := r.Mirror.List(qbmirror.Vendors, func(qbmirror.Record) error { return nil }); err != nil {
		b.Fatal(err)
	}
	before := heapInUse()
	start := time.Now()
	if _, err := r.Mapping.View("vendors", mapping.Query{}); err != nil {
		b.Fatal(err)
	}
	cold := time.Since(start)
	kept := heapInUse() - before

	queries := []mapping.Query{{}, {Offset: 100}, {Filter: "suggested"}, {Filter: "unlinked", Offset: 200},
		{Search: "plumbing"}, {Search: "north elec"}, {Filter: "linked"}, {Offset: n - 100}, {QBOffset: 300}}
	var spent time.Duration
	pages, most := 0, 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range queries {
			t := time.Now()
			body := pageJSON(b, r, q)
			spent += time.Since(t)
			pages, most = pages+1, max(most, len(body))
		}
	}
	b.StopTimer()

	// A link through the service, and the page after it, which shows it.
	v, err := r.Mapping.View("vendors", mapping.Query{Filter: "suggested", Limit: 1})
	if err != nil || len(v.Rows) == 0 {
		b.Fatalf("no suggestion to link: %v", err)
	}
	row := v.Rows[0]
	start = time.Now()
	if res, err := r.Mapping.Link("vendors", []mapping.LinkRequest{{ID: row.ID, ListID: row.Suggestion.ListID}}, engine.ByBookkeeper); err != nil || len(res.Linked) != 1 {
		b.Fatalf("link: %+v %v", res, err)
	}
	after, err := r.Mapping.View("vendors", mapping.Query{Search: row.Procore.Name, Filter: "linked"})
	link := time.Since(start)
	if err != nil || after.Total == 0 {
		b.Fatalf("the link is not in the view: %v", err)
	}

	ms, kb := float64(spent.Microseconds())/1000/float64(pages), float64(most)/1024
	b.ReportMetric(ms, "ms/page")
	b.ReportMetric(kb, "KB/page")
	b.ReportMetric(cold.Seconds(), "s/first-view")
	b.ReportMetric(float64(kept)/(1<<20), "MB-kept")
	b.ReportMetric(float64(link.Microseconds())/1000, "ms/link+page")
	fmt.Printf("\nVendors view, %d companies: first view %.2f s, keeping %.0f MB; a page %.1f ms and at most %.0f KB (targets ≤ %d ms, ≤ %d KB: %s); a link and the page showing it %.0f ms\n",
		n, cold.Seconds(), float64(kept)/(1<<20), ms, kb, targetPageMs, targetPageKB, verdict(ms <= targetPageMs && kb <= targetPageKB), float64(link.Microseconds())/1000)
}

// pageJSON answers one page as the API does.
func pageJSON(b *testing.B, r *synctest.Rig, q mapping.Query) []byte {
	v, err := r.Mapping.View("vendors", q)
	if err != nil {
		b.Fatal(err)
	}
	body, err := json.Marshal(v)
	if err != nil {
		b.Fatal(err)
	}
	return body
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// scaleRig is a Procore company of n directory companies (the reference company's 3,000 names,
// then the same again by region: "ABC Plumbing Inc North") detected by the engine, and a
// QuickBooks vendor list that has four in ten of them as they are, two in ten messier, and a
// tenth as many vendors Procore does not have.
func scaleRig(b *testing.B, n int) *synctest.Rig {
	b.Helper()
	raw, err := procorefixtures.Files.ReadFile("vendors.json")
	if err != nil {
		b.Fatal(err)
	}
	var base []procoresim.Vendor
	if err := json.Unmarshal(raw, &base); err != nil {
		b.Fatal(err)
	}
	regions := []string{"", " North", " South", " East", " West", " Central", " Coastal", " Valley", " Mountain", " Metro"}
	pc := procoresim.NewCompany(4244, "Scale Builders")
	rnd := rand.New(rand.NewPCG(9, uint64(n)))
	var qb []qbmirror.Record
	vendor := func(i int, name, city string) {
		qb = append(qb, qbmirror.Record{Kind: qbmirror.Vendors, ListID: fmt.Sprintf("8%07X-1700000000", i), Name: name, FullName: name,
			EditSequence: "1", Active: true, Fields: map[string]string{"BillCity": city}})
	}
	for i := range n {
		src := base[i%len(base)]
		name, city := src.Name+regions[i/len(base)%len(regions)], deref(src.City)
		if err := pc.AddVendor(&procoresim.Vendor{ID: int64(5_000_000 + i), Name: name, City: src.City, IsActive: true,
			CreatedAt: "2030-01-01T00:00:00Z", UpdatedAt: "2030-01-01T00:00:00Z"}); err != nil {
			b.Fatal(err)
		}
		switch x := rnd.IntN(10); {
		case x < 4:
			vendor(i, name, city)
		case x < 6:
			vendor(i, strings.ToUpper(strings.NewReplacer(",", "", ".", "", " Inc", "").Replace(name)), city)
		}
		if i%10 == 0 {
			vendor(n+i, "Only In QuickBooks "+name, city)
		}
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 1_000_000})
	r := synctest.New(b, synctest.Options{Lists: true, JoblinkOnly: true, ProcoreURL: synctest.Serve(b, sim), ProcoreCompanyID: pc.ID, Log: zerolog.Nop()})
	now := time.Now()
	if err := r.Mirror.Upsert(qb); err != nil {
		b.Fatal(err)
	}
	if err := r.Mirror.CompleteRefresh(qbmirror.Vendors, now, now); err != nil {
		b.Fatal(err)
	}
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		b.Fatal(err)
	}
	return r
}
