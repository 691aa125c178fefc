package mapping_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// pagedRig is the messy company with 230 more directory companies, every third of them also a
// QuickBooks vendor (of two vendor types): several pages of rows and of QuickBooks-only records.
func pagedRig(t *testing.T) *synctest.Rig {
	t.Helper()
	pc := procoresim.NewCompany(4245, "Paging Builders")
	messyCompany(t, pc)
	qb, err := qbsim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	for i := range 230 {
		name := fmt.Sprintf("Paging Supply %03d", i)
		if err := pc.AddVendor(&procoresim.Vendor{ID: int64(7000 + i), Name: name, IsActive: true,
			CreatedAt: "2030-01-01T00:00:00Z", UpdatedAt: "2030-01-01T00:00:00Z"}); err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			if _, err := qb.AddVendor(qbsim.Vendor{Name: name, VendorType: []string{"Supplier", "Subcontractor"}[i%2]}); err != nil {
				t.Fatal(err)
			}
		}
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000})
	r := synctest.New(t, synctest.Options{Lists: true, QB: qb, ProcoreURL: synctest.Serve(t, sim), ProcoreCompanyID: pc.ID})
	r.RunWebConnector(t)
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	return r
}

func page(t *testing.T, r *synctest.Rig, q mapping.Query) *mapping.View {
	t.Helper()
	v, err := r.Mapping.View("vendors", q)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Walking the pages of every filter, with and without a search, meets every row once, in the
// order of the whole list; totals and counts agree. The QuickBooks-only list pages the same way.
func TestViewPages(t *testing.T) {
	r := pagedRig(t)
	whole := page(t, r, mapping.Query{Limit: mapping.MaxLimit, QBLimit: mapping.MaxLimit})
	if whole.Total < 235 || whole.Counts["all"] != whole.Total || len(whole.Rows) != whole.Total {
		t.Fatalf("whole list: total %d, counts %v, %d rows", whole.Total, whole.Counts, len(whole.Rows))
	}
	addsUp(t, "whole list", whole.Counts)

	for _, search := range []string{"", "paging supply 1", "SUPPLY", "café"} {
		for _, filter := range mapping.Filters {
			var want []string
			for _, row := range page(t, r, mapping.Query{Filter: filter, Search: search, Limit: mapping.MaxLimit}).Rows {
				want = append(want, row.ID)
			}
			var got []string
			total := -1
			for offset := 0; total < 0 || offset < total; offset += 37 {
				v := page(t, r, mapping.Query{Filter: filter, Search: search, Offset: offset, Limit: 37})
				if total >= 0 && v.Total != total {
					t.Fatalf("%s %q: total moved from %d to %d", filter, search, total, v.Total)
				}
				total = v.Total
				if len(v.Rows) > 37 || v.Offset != offset || v.Limit != 37 {
					t.Fatalf("%s %q at %d: %d rows, offset %d, limit %d", filter, search, offset, len(v.Rows), v.Offset, v.Limit)
				}
				for _, row := range v.Rows {
					got = append(got, row.ID)
				}
				if total == 0 {
					break
				}
			}
			if !slices.Equal(got, want) || len(got) != total {
				t.Errorf("%s %q: pages hold %d rows, the whole list %d, total %d", filter, search, len(got), len(want), total)
			}
			searched := page(t, r, mapping.Query{Search: search, Limit: -1})
			if total != searched.Counts[filter] {
				t.Errorf("%s %q: total %d, count %d", filter, search, total, searched.Counts[filter])
			}
			addsUp(t, search, searched.Counts)
		}
	}
	// Every word, anywhere: 012, 112, 120–129 and 212. The counts follow the search.
	if v := page(t, r, mapping.Query{Search: "Supply, 12"}); v.Total != 13 || v.Counts["all"] != 13 || v.Records != whole.Total {
		t.Errorf("search: %d rows (want 13), counts %v, records %d", v.Total, v.Counts, v.Records)
	}

	// The QuickBooks-only list, whole, by vendor type, and in pages.
	only := whole.QuickBooksOnly
	if whole.QuickBooksOnlyTotal != len(only) || whole.Counts["quickbooksOnly"] != len(only) || len(only) < 10 {
		t.Fatalf("QuickBooks only: total %d, count %d, %d records", whole.QuickBooksOnlyTotal, whole.Counts["quickbooksOnly"], len(only))
	}
	var got []string
	for offset := 0; offset < len(only); offset += 7 {
		for _, e := range page(t, r, mapping.Query{QBOffset: offset, QBLimit: 7, Limit: -1}).QuickBooksOnly {
			got = append(got, e.ListID)
		}
	}
	var want []string
	for _, e := range only {
		want = append(want, e.ListID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("QuickBooks-only pages hold %d records, the whole list %d", len(got), len(want))
	}
	typed := page(t, r, mapping.Query{VendorType: "Supplier", QBLimit: mapping.MaxLimit})
	for _, e := range typed.QuickBooksOnly {
		if e.VendorType != "Supplier" {
			t.Fatalf("vendor type filter let %+v through", e)
		}
	}
	if typed.QuickBooksOnlyTotal == 0 || typed.QuickBooksOnlyTotal >= len(only) || !slices.Contains(typed.VendorTypes, "Supplier") {
		t.Errorf("vendor type: %d of %d, types %v", typed.QuickBooksOnlyTotal, len(only), typed.VendorTypes)
	}
	// The tab's count follows the search (not the vendor type, which narrows inside the tab);
	// a search matching nothing says 0, not every record.
	for _, search := range []string{"paging supply 1", "supply", "no such record anywhere"} {
		v := page(t, r, mapping.Query{Search: search, QBLimit: mapping.MaxLimit, VendorType: "Supplier"})
		all := page(t, r, mapping.Query{Search: search, QBLimit: mapping.MaxLimit})
		if all.Counts["quickbooksOnly"] != all.QuickBooksOnlyTotal || v.Counts["quickbooksOnly"] != all.QuickBooksOnlyTotal || all.QuickBooksOnlyTotal > len(only) {
			t.Errorf("%q: tab count %d (with a vendor type %d), records that match %d of %d", search, all.Counts["quickbooksOnly"], v.Counts["quickbooksOnly"], all.QuickBooksOnlyTotal, len(only))
		}
		if search == "no such record anywhere" && all.Counts["quickbooksOnly"] != 0 {
			t.Errorf("a search matching nothing counts %d QuickBooks-only records", all.Counts["quickbooksOnly"])
		}
	}
	last := only[len(only)-1].ListID
	if v := page(t, r, mapping.Query{Prefer: last, QBLimit: 3}); v.QuickBooksOnly[0].ListID != last || v.QuickBooksOnlyTotal != len(only) {
		t.Errorf("preferred record not first: %+v", v.QuickBooksOnly[0])
	}

	// Limits: none, the default, at most MaxLimit; no negative offsets.
	if v := page(t, r, mapping.Query{Limit: -1, QBLimit: -1}); len(v.Rows) != 0 || len(v.QuickBooksOnly) != 0 || v.Total != whole.Total {
		t.Errorf("no rows asked: %d rows, total %d", len(v.Rows), v.Total)
	}
	if v := page(t, r, mapping.Query{}); len(v.Rows) != mapping.DefaultLimit || v.Limit != mapping.DefaultLimit {
		t.Errorf("default page: %d rows", len(v.Rows))
	}
	if v := page(t, r, mapping.Query{Limit: 10_000}); v.Limit != mapping.MaxLimit {
		t.Errorf("limit 10,000 answered as %d", v.Limit)
	}
	if _, err := r.Mapping.View("vendors", mapping.Query{Offset: -1}); err == nil {
		t.Error("a negative offset was taken")
	}
}

// The service's own actions show in the next page at once, with the suggestions they free or
// take; a QuickBooks refresh shows within seconds, without anyone asking.
// addsUp fails unless the counts of the filters but "all" add up to "all".
func addsUp(t *testing.T, what string, counts map[string]int) {
	t.Helper()
	sum := 0
	for _, f := range mapping.Filters[1:] {
		sum += counts[f]
	}
	if sum != counts["all"] {
		t.Errorf("%s: counts %v do not add up to all", what, counts)
	}
}

// A skipped record counts under Skipped, with the reason on its row; reopened, it leaves it.
func TestViewSkipped(t *testing.T) {
	r := pagedRig(t)
	before := page(t, r, mapping.Query{Limit: -1})
	ids := []string{"vendor/7001", "vendor/7002"}
	if n, err := r.Mapping.Skip("vendors", ids, "Not a subcontractor of ours", engine.ByBookkeeper); err != nil || n != 2 {
		t.Fatalf("skip: %d %v", n, err)
	}
	v := page(t, r, mapping.Query{Filter: "skipped", Limit: mapping.MaxLimit})
	if v.Total != before.Counts["skipped"]+2 || v.Counts["skipped"] != v.Total {
		t.Fatalf("skipped: total %d, counts %v, before %v", v.Total, v.Counts, before.Counts)
	}
	addsUp(t, "after skipping", v.Counts)
	for _, id := range ids {
		if got := rowOf(t, v, id); got.Status != mapping.StatusSkipped || got.SkipReason != "Not a subcontractor of ours" {
			t.Errorf("%s: status %s, reason %q", id, got.Status, got.SkipReason)
		}
	}
	if s := page(t, r, mapping.Query{Filter: "skipped", Search: "paging supply 001"}); s.Total != 1 || s.Counts["skipped"] != 1 || s.Counts["all"] != 1 {
		t.Errorf("skipped and searched: total %d, counts %v", s.Total, s.Counts)
	}
	if _, err := r.Mapping.Reopen("vendors", ids[:1], engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	v = page(t, r, mapping.Query{Filter: "all", Limit: mapping.MaxLimit})
	if got := rowOf(t, v, ids[0]); got.Status == mapping.StatusSkipped || got.SkipReason != "" {
		t.Errorf("reopened: status %s, reason %q", got.Status, got.SkipReason)
	}
	if v.Counts["skipped"] != before.Counts["skipped"]+1 {
		t.Errorf("after reopening: counts %v", v.Counts)
	}
}

func TestViewFollowsChanges(t *testing.T) {
	r := pagedRig(t)
	row := func(id string) mapping.Row {
		t.Helper()
		v := page(t, r, mapping.Query{Limit: mapping.MaxLimit, QBLimit: mapping.MaxLimit})
		return rowOf(t, v, id)
	}
	before := page(t, r, mapping.Query{Limit: -1})
	exact := row("vendor/7000")
	if exact.Status != mapping.StatusSuggested || exact.Suggestion == nil {
		t.Fatalf("Paging Supply 000: %+v", exact)
	}
	listID := exact.Suggestion.ListID

	res, err := r.Mapping.Link("vendors", []mapping.LinkRequest{{ID: exact.ID, ListID: listID}}, engine.ByBookkeeper)
	if err != nil || len(res.Linked) != 1 {
		t.Fatalf("link: %+v %v", res, err)
	}
	v := page(t, r, mapping.Query{Limit: mapping.MaxLimit, QBLimit: mapping.MaxLimit})
	if got := rowOf(t, v, exact.ID); got.Status != mapping.StatusLinked || got.QuickBooks == nil || got.QuickBooks.ListID != listID {
		t.Fatalf("after the link: %+v", got)
	}
	if v.Counts["linked"] != before.Counts["linked"]+1 || v.Counts["suggested"] != before.Counts["suggested"]-1 {
		t.Errorf("counts %v, before %v", v.Counts, before.Counts)
	}
	for _, e := range v.QuickBooksOnly {
		if e.ListID == listID {
			t.Error("the linked vendor is still offered as QuickBooks only")
		}
	}

	if res, err := r.Mapping.Unlink("vendors", []string{exact.ID}, engine.ByBookkeeper); err != nil || len(res.Unlinked) != 1 {
		t.Fatalf("unlink: %+v %v", res, err)
	}
	if got := row(exact.ID); got.Status != mapping.StatusSuggested || got.Suggestion == nil || got.Suggestion.ListID != listID {
		t.Fatalf("after the unlink: %+v %+v", got, got.Suggestion)
	}
	if n, err := r.Mapping.Skip("vendors", []string{exact.ID}, "Not ours", engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("skip: %d %v", n, err)
	}
	if got := row(exact.ID); got.Status != mapping.StatusSkipped || got.Suggestion != nil {
		t.Fatalf("after skipping: %+v", got)
	}
	if n, err := r.Mapping.Reopen("vendors", []string{exact.ID}, engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("reopen: %d %v", n, err)
	}
	if got := row(exact.ID); got.Status != mapping.StatusSuggested {
		t.Fatalf("after reopening: %+v", got)
	}

	// Paging Supply 001 is not in QuickBooks; once it is, the next Web Connector run brings it
	// into the mirror, and the view finds it by itself.
	if s := row("vendor/7001").Suggestion; s != nil && s.Confidence == "exact" {
		t.Fatalf("Paging Supply 001 already has an exact match: %+v", s)
	}
	if _, err := r.QB.AddVendor(qbsim.Vendor{Name: "Paging Supply 001"}); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := row("vendor/7001").Suggestion
		if s != nil && s.Confidence == "exact" && s.FullName == "Paging Supply 001" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new QuickBooks vendor is not suggested: %+v", s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
