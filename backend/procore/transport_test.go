package procore

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPaginationFollowsLinkAcrossManyPages(t *testing.T) {
	const total, perPage = 2345, 100
	var calls atomic.Int32
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Header.Get("Authorization") != "Bearer access-token-for-tests" ||
			r.Header.Get("Procore-Company-Id") != strconv.FormatInt(testCompany, 10) ||
			r.URL.Query().Get("company_id") != strconv.FormatInt(testCompany, 10) {
			writeJSON(w, 400, `{"message":"Missing Procore-Company-Id header!"}`)
			return
		}
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		pp, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
		last := (total + pp - 1) / pp
		link := func(p int, rel string) string {
			return fmt.Sprintf(`<https://api.procore.com/rest/v1.0/projects?page=%d&per_page=%d>; rel="%s"`, p, pp, rel)
		}
		var rels []string
		if page > 1 {
			rels = append(rels, link(1, "first"), link(page-1, "prev"))
		}
		if page < last {
			rels = append(rels, link(page+1, "next"), link(last, "last"))
		}
		w.Header().Set("Link", strings.Join(rels, ", "))
		w.Header().Set("Total", strconv.Itoa(total))
		w.Header().Set("Per-Page", strconv.Itoa(pp))
		var items []string
		for i := (page - 1) * pp; i < min(page*pp, total); i++ {
			items = append(items, fmt.Sprintf(`{"id":%d,"name":"Job %d","origin_id":null,"total_value":"12.50"}`, int64(1)<<40+int64(i), i))
		}
		writeJSON(w, 200, "["+strings.Join(items, ",")+"]")
	}, func(c *Config) { c.PerPage = perPage })

	pager := c.ListProjects(ListProjectsOptions{Updated: TimeRange{From: time.Unix(0, 0)}})
	seen := 0
	for p, err := range pager.All(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if p.ID != int64(1)<<40+int64(seen) || p.OriginID != nil || p.TotalValue != "12.50" {
			t.Fatalf("item %d = %+v", seen, p)
		}
		seen++
	}
	if seen != total || pager.Total() != total || calls.Load() != 24 {
		t.Fatalf("read %d items in %d calls, Total %d", seen, calls.Load(), pager.Total())
	}
}

func TestPaginationWithoutLinkUsesTotalAndStopsOnEmptyPage(t *testing.T) {
	var calls atomic.Int32
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Total", "150")
		if r.URL.Query().Get("page") == "2" {
			writeJSON(w, 200, `[]`) // claims 150 but runs dry: must stop, not loop
			return
		}
		writeJSON(w, 200, `[{"id":1}]`)
	})
	items, err := c.ListVendors(ListVendorsOptions{}).Collect(context.Background())
	if err != nil || len(items) != 1 || calls.Load() != 2 {
		t.Fatalf("items %d, calls %d, err %v", len(items), calls.Load(), err)
	}
}

func TestNonPaginatedAnswerIsOnePage(t *testing.T) {
	var calls atomic.Int32
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		writeJSON(w, 200, `[{"id":1},{"id":2}]`)
	})
	items, err := c.ListStandardCostCodeLists().Collect(context.Background())
	if err != nil || len(items) != 2 || calls.Load() != 1 {
		t.Fatalf("items %d, calls %d, err %v", len(items), calls.Load(), err)
	}
}

func TestRetryAfterOn429ThenSuccess(t *testing.T) {
	var calls atomic.Int32
	c, clock := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "7")
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(429)
			_, _ = w.Write([]byte("You have surpassed the max number of requests for an hour. Please wait until your limit resets."))
			return
		}
		writeJSON(w, 200, `{"id":9,"login":"b@example.com","name":null}`)
	})
	me, err := c.Me(context.Background())
	if err != nil || me.ID != 9 || me.Name != nil {
		t.Fatalf("Me = %+v, %v", me, err)
	}
	if s := clock.slept(); len(s) != 1 || s[0] != 7*time.Second {
		t.Fatalf("slept %v, want [7s]", s)
	}
}

func Test429WithResetHeaderWaitsUntilReset(t *testing.T) {
	var calls atomic.Int32
	var c *Client
	var clock *fakeClock
	c, clock = newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("X-Rate-Limit-Limit", "600")
			w.Header().Set("X-Rate-Limit-Remaining", "0")
			w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(clock.Now().Add(42*time.Second).Unix(), 10))
			writeJSON(w, 429, `{"message":"slow down"}`)
			return
		}
		writeJSON(w, 200, `{"id":1,"login":"x"}`)
	})
	if _, err := c.Me(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := clock.slept(); len(s) != 1 || s[0] != 42*time.Second {
		t.Fatalf("slept %v, want [42s]", s)
	}
}

func Test503RetriedForGetButNotForCreate(t *testing.T) {
	var calls atomic.Int32
	c, clock := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1)%2 == 1 {
			w.Header().Set("Retry-After", "3")
			writeJSON(w, 503, `<html>busy</html>`)
			return
		}
		writeJSON(w, 200, `{"id":1,"name":"P"}`)
	})
	if _, err := c.Project(context.Background(), 1); err != nil {
		t.Fatalf("GET after 503: %v", err)
	}
	if s := clock.slept(); len(s) != 1 || s[0] != 3*time.Second {
		t.Fatalf("slept %v", s)
	}
	_, err := c.CreateProject(context.Background(), ProjectFields{Name: new("New")})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 503 || apiErr.RetryAfter != 3*time.Second {
		t.Fatalf("POST after 503: %v", err)
	}
	if calls.Load() != 3 {
		t.Fatalf("calls %d, want 3 (the POST must not be repeated)", calls.Load())
	}
}

func TestPacingWaitsForResetWhenRemainingIsZero(t *testing.T) {
	var clock *fakeClock
	var c *Client
	c, clock = newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Rate-Limit-Limit", "25")
		w.Header().Set("X-Rate-Limit-Remaining", "0")
		w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(clock.Now().Add(10*time.Second).Unix(), 10))
		writeJSON(w, 200, `{"id":1,"login":"x"}`)
	})
	ctx := context.Background()
	if _, err := c.Me(ctx); err != nil {
		t.Fatal(err)
	}
	if len(clock.slept()) != 0 {
		t.Fatal("first call must not wait")
	}
	if _, err := c.Me(ctx); err != nil {
		t.Fatal(err)
	}
	if s := clock.slept(); len(s) != 1 || s[0] != 10*time.Second {
		t.Fatalf("slept %v, want [10s] (until the reset)", s)
	}
}

func TestPacingSlowsDownAsRemainingNearsZero(t *testing.T) {
	p := &pacer{}
	now := time.Unix(1_700_000_000, 0)
	h := http.Header{}
	h.Set("X-Rate-Limit-Limit", "600")
	h.Set("X-Rate-Limit-Remaining", "300")
	h.Set("X-Rate-Limit-Reset", strconv.FormatInt(now.Add(time.Hour).Unix(), 10))
	p.observe(mustRateReport(t, h, now), now)
	if d := p.reserve(now); d != 0 {
		t.Fatalf("plenty left but waited %v", d)
	}
	h.Set("X-Rate-Limit-Remaining", "5")
	p.observe(mustRateReport(t, h, now), now)
	if d := p.reserve(now); d < 5*time.Minute || d > 15*time.Minute {
		t.Fatalf("5 of 600 left for an hour: wait %v, want the hour spread over the rest", d)
	}
}

func TestWaitLongerThanDeadlineFailsFast(t *testing.T) {
	c, clock := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		writeJSON(w, 429, `{"message":"hourly limit"}`)
	})
	ctx, cancel := context.WithDeadline(context.Background(), clock.Now().Add(time.Minute))
	defer cancel()
	_, err := c.Me(ctx)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 429 || apiErr.RetryAfter != time.Hour {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(apiErr.Words(), "slow down") || !strings.Contains(apiErr.Words(), "1h0m0s") {
		t.Fatalf("words: %q", apiErr.Words())
	}
}

func TestHangingServerEndsInTimeout(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}, func(c *Config) { c.RequestTimeout = 100 * time.Millisecond; c.MaxAttempts = 2 })
	_, err := c.Project(context.Background(), 1)
	var te *TransportError
	if !errors.As(err, &te) || te.Kind != Timeout {
		t.Fatalf("err = %v, want a Timeout TransportError", err)
	}
	if !strings.Contains(te.Words(), "did not answer in time") {
		t.Fatalf("words %q", te.Words())
	}
}

func TestConnectionResetIsRetriedForGet(t *testing.T) {
	var calls atomic.Int32
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close() // drop the connection without an answer
			return
		}
		writeJSON(w, 200, `{"id":3,"name":"V"}`)
	})
	v, err := c.Vendor(context.Background(), 3)
	if err != nil || v.ID != 3 || calls.Load() != 2 {
		t.Fatalf("vendor %+v, calls %d, err %v", v, calls.Load(), err)
	}
}

func TestMalformedJSONIsUnreadable(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `[{"id": 1,`)
	})
	_, err := c.ListProjects(ListProjectsOptions{}).Next(context.Background())
	var te *TransportError
	if !errors.As(err, &te) || te.Kind != Unreadable {
		t.Fatalf("err = %v", err)
	}
}

func TestUnexpectedNullsAndBigIDs(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, `{"id":9007199254740993,"name":null,"display_name":null,"active":null,
			"address":null,"total_value":null,"latitude":null,"company":null,"created_at":null,
			"standard_cost_code_list_id":3000000000,"origin_id":"QB-1"}`)
	})
	p, err := c.Project(context.Background(), 9007199254740993)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != 9007199254740993 || p.Name != "" || p.Address != nil || p.TotalValue.IsSet() ||
		*p.StandardCostCodeListID != 3000000000 || *p.OriginID != "QB-1" {
		t.Fatalf("project %+v", p)
	}
}

func TestHugePageHitsTheSizeCap(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, "["+strings.Repeat(`{"id":1},`, 1000)+`{"id":1}]`)
	}, func(c *Config) { c.MaxResponseBytes = 4096 })
	_, err := c.ListVendors(ListVendorsOptions{}).Next(context.Background())
	var te *TransportError
	if !errors.As(err, &te) || te.Kind != TooLarge || te.Limit != 4096 {
		t.Fatalf("err = %v", err)
	}
}

func TestCancelMidPagination(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int32
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		if n == 2 {
			cancel() // the user stops the sync while page 2 is being served
		}
		// Each page names a new next page, so whether or not the client notices the cancel
		// during page 2, it must stop before asking for page 3.
		w.Header().Set("Link", fmt.Sprintf(`<https://api.procore.com/rest/v1.0/vendors?page=%d>; rel="next"`, n+1))
		writeJSON(w, 200, `[{"id":1}]`)
	})
	n := 0
	var lastErr error
	for _, err := range c.ListVendors(ListVendorsOptions{}).All(ctx) {
		if err != nil {
			lastErr = err
			break
		}
		n++
	}
	if !errors.Is(lastErr, context.Canceled) || n > 2 || calls.Load() > 2 {
		t.Fatalf("items %d, calls %d, err %v", n, calls.Load(), lastErr)
	}
}

func TestCompanyIsRequired(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Procore-Company-Id") != "" {
			t.Error("sent a company header without a company")
		}
		writeJSON(w, 200, `[]`)
	}, func(c *Config) { c.CompanyID = 0 })
	if _, err := c.ListProjects(ListProjectsOptions{}).Next(context.Background()); err == nil {
		t.Fatal("listing projects without a company must fail before calling")
	}
	if _, err := c.ListCompanies(ListCompaniesOptions{}).Next(context.Background()); err != nil {
		t.Fatalf("companies need no company for a user token: %v", err)
	}
	dmsa := c.WithCompany(0)
	dmsa.cfg.ServiceAccount = true
	if _, err := dmsa.ListCompanies(ListCompaniesOptions{}).Next(context.Background()); err == nil {
		t.Fatal("service accounts need Procore-Company-Id on /companies (§1.3)")
	}
}
