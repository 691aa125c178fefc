package qbwc

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/localserver"
	"joblink/backend/store"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qbxml"
	"joblink/qbwc/qwc"
	"joblink/qbwc/session"
)

// addItemsEngine adds n service items in message sets of batch requests, the way the cost-code
// export (a later issue) will: it exists to measure what the Web Connector path carries per
// round trip, through the real codec, SOAP server, sessions and simulated QuickBooks.
type addItemsEngine struct {
	mu           sync.Mutex
	n, batch     int
	sent, failed int
	prefix       string
}

func (e *addItemsEngine) HasWork(context.Context) bool { return true }

func (e *addItemsEngine) Begin(context.Context, *session.Info) error { return nil }

func (e *addItemsEngine) Next(context.Context, *session.Info) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.sent >= e.n {
		return "", nil
	}
	set := qbxml.MessageSet{OnError: qbxml.ContinueOnError}
	for i := 0; i < e.batch && e.sent < e.n; i++ {
		e.sent++
		set.Add(qbxml.ItemServiceAdd{ItemService: qbxml.ItemService{
			Name: fmt.Sprintf("%s-%04d", e.prefix, e.sent),
			SalesAndPurchase: &qbxml.SalesAndPurchase{
				SalesDesc: "Cost code " + fmt.Sprint(e.sent), IncomeAccountRef: qbxml.RefByName("Construction Income"),
				PurchaseDesc: "Cost code " + fmt.Sprint(e.sent), ExpenseAccountRef: qbxml.RefByName("Job Costs"),
			},
		}})
	}
	doc, _, err := set.Build()
	return string(doc), err
}

func (e *addItemsEngine) Handle(_ context.Context, _ *session.Info, response string) (int, error) {
	failed := 0
	err := qbxml.ParseResponses(strings.NewReader(response), func(r *qbxml.Response) error {
		if r.Status.IsError() {
			failed++
		}
		return nil
	})
	e.mu.Lock()
	defer e.mu.Unlock()
	e.failed += failed
	return min(100*e.sent/e.n, 99), err
}

func (e *addItemsEngine) End(context.Context, *session.Info, error) string { return "done" }

// BenchmarkAdd1000ServiceItems reports the Web Connector round trips (request sets) needed to
// add 1,000 service items over HTTP with 200 requests per set (issue target: ≤ 10).
func BenchmarkAdd1000ServiceItems(b *testing.B) {
	const items, batch, password = 1000, 200, "bench password"
	var roundTrips int
	for i := 0; i < b.N; i++ {
		st, err := store.Open(store.Options{Dir: b.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
		if err != nil {
			b.Fatal(err)
		}
		l, err := localserver.Listen("127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		engine := &addItemsEngine{n: items, batch: batch, prefix: "BENCH"}
		conn, err := New(context.Background(), Options{Store: st, Engine: engine, Port: l.Port, Log: zerolog.Nop()})
		if err != nil {
			b.Fatal(err)
		}
		if err := conn.SetPassword(password); err != nil {
			b.Fatal(err)
		}
		srv := localserver.Serve(l, (&localserver.Guard{Port: l.Port, Token: "unused-token-unused-token-unused!"}).Handler(
			localserver.Routes{API: http.NotFoundHandler(), Public: conn.Routes()}), nil)
		company, err := qbsim.NewReferenceCompany()
		if err != nil {
			b.Fatal(err)
		}
		before := company.ListCount(qbsim.KindItemService)
		client := webconnector.New(webconnector.Config{AppName: "Joblink", AppURL: conn.URL(), UserName: UserName,
			Password: password, OwnerID: qwc.OwnerID, CompanyFile: company.Info().FilePath, CallTimeout: time.Minute,
			Logger: zerolog.Nop()}, company, &http.Client{Timeout: time.Minute})

		report := client.RunOnce(context.Background())
		if report.Err != nil || engine.failed != 0 || company.ListCount(qbsim.KindItemService)-before != items {
			b.Fatalf("run: %v, %d failed, %d items added; last error %q", report.Err, engine.failed,
				company.ListCount(qbsim.KindItemService)-before, report.LastError)
		}
		roundTrips = report.RequestSets
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		srv.Shutdown(ctx)
		cancel()
		conn.Close(context.Background())
		st.Close()
	}
	b.ReportMetric(float64(roundTrips), "roundtrips")
	result := "meets the target"
	if roundTrips > 10 {
		result = "MISSES the target"
	}
	fmt.Printf("Web Connector round trips to add 1,000 service items: %d (target ≤ 10) — %s\n", roundTrips, result)
}
