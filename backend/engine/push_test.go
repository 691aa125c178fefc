package engine

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"sync"
	"testing"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// Kinds going from QuickBooks to Procore are tested against the Procore simulator over HTTP:
// the test flow pushes QuickBooks costs as direct costs through Procore's sync endpoint, keyed
// by origin_id, and finds them again by it.

const costKind Kind = "testcost"
const costProject = int64(7001)

type costFlow struct {
	*testFlow
	client *procore.Client
	mu     sync.Mutex
	// loseAnswers makes the next Push reach Procore and then fail as if the answer was lost.
	loseAnswers bool
	pushes      int
}

func (f *costFlow) Push(ctx context.Context, items []*Item) (map[string]PushResult, error) {
	f.mu.Lock()
	lose := f.loseAnswers
	f.loseAnswers = false
	f.pushes++
	f.mu.Unlock()
	batch := make([]procore.DirectCostSyncItem, len(items))
	for i, it := range items {
		desc, kind, status, origin := f.name(it), "expense", "approved", it.ID
		batch[i] = procore.DirectCostSyncItem{DirectCostFields: procore.DirectCostFields{DirectCostType: &kind,
			Description: &desc, Status: &status, OriginID: &origin}}
	}
	res, err := f.client.SyncDirectCosts(ctx, costProject, batch)
	if err != nil {
		return nil, err
	}
	if lose {
		return nil, errors.New("the connection dropped before Procore's answer arrived")
	}
	out := map[string]PushResult{}
	for _, d := range res.Entities {
		if d.OriginID != nil {
			out[*d.OriginID] = PushResult{Ref: &ProcoreRef{ID: d.ID, Label: deref(d.Description)}}
		}
	}
	for _, e := range res.Errors {
		out[e.OriginID] = PushResult{Failure: &Failure{Class: FixData, Message: e.Error(), Meaning: "Procore refused it.", Fix: "Correct it in QuickBooks."}}
	}
	return out, nil
}

func (f *costFlow) FindInProcore(ctx context.Context, items []*Item) (map[string]*ProcoreRef, error) {
	out := map[string]*ProcoreRef{}
	for _, it := range items {
		found, err := f.client.ListDirectCosts(costProject, procore.ListDirectCostsOptions{OriginID: it.ID}).Collect(ctx)
		if err != nil {
			return nil, err
		}
		if len(found) > 0 {
			out[it.ID] = &ProcoreRef{ID: found[0].ID, Label: deref(found[0].Description)}
		}
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func newCostRig(t *testing.T) (*testRig, *costFlow) {
	company := procoresim.NewCompany(4100, "Push Test Builders")
	if err := company.AddProject(&procoresim.Project{ID: costProject, Name: "Cost Project", DisplayName: "Cost Project", Active: true}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(procoresim.New(procoresim.Options{Companies: []*procoresim.Company{company}}))
	t.Cleanup(srv.Close)
	env := procore.CustomEnvironment(srv.URL)
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: &procore.MemoryTokenStore{}, ServiceAccount: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := oauth.SignInServiceAccount(context.Background()); err != nil {
		t.Fatal(err)
	}
	client, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: company.ID, ServiceAccount: true, PerPage: 1000})
	if err != nil {
		t.Fatal(err)
	}
	vendors := newTestFlow()
	costs := &costFlow{testFlow: newTestFlowOf(costKind), client: client}
	costs.prefix, costs.rank = "QuickBooks costs", 5
	r := newTestRigWith(t, []*testFlow{vendors})
	e, err := New(r.st, r.e.log, []Flow{vendors, costs})
	if err != nil {
		t.Fatal(err)
	}
	r.e = e
	return r, costs
}

func (f *costFlow) inProcore(t *testing.T) map[string]int {
	t.Helper()
	all, err := f.client.ListDirectCosts(costProject, procore.ListDirectCostsOptions{}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, d := range all {
		n[deref(d.OriginID)]++
	}
	return n
}

// QuickBooks → Procore: approved items are pushed by the poll, synced with their Procore
// record; a lost answer is settled by looking in Procore, never by sending twice; the Web
// Connector run has nothing to do with them.
func TestItemsGoToProcoreExactlyOnce(t *testing.T) {
	r, costs := newCostRig(t)
	ctx := context.Background()
	r.addTo(t, costs.testFlow, 0, 30)
	if r.e.HasWork(ctx) {
		t.Fatal("the Web Connector was given work for Procore")
	}
	var ids []string
	for i := range 10 {
		ids = append(ids, ItemID(costKind, fmt.Sprintf("%07d", i)))
	}
	if _, err := r.e.Export(costKind, Selection{IDs: ids}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	costs.loseAnswers = true
	if err := r.e.PushAll(ctx); err == nil {
		t.Fatal("a lost answer went unreported")
	}
	if page, _ := r.e.List(costKind, Query{Status: "sending"}); page.Total != 10 {
		t.Fatalf("%d sending after the lost answer, want 10", page.Total)
	}
	if r.e.HasWork(ctx) {
		t.Fatal("the Web Connector was given Procore's unknown outcomes")
	}
	// The next pass finds them in Procore and sends the next ten only once.
	if _, err := r.e.Export(costKind, Selection{IDs: idsOf(10, 20)}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if err := r.e.PushAll(ctx); err != nil {
		t.Fatal(err)
	}
	counts := costs.inProcore(t)
	if len(counts) != 20 {
		t.Fatalf("%d direct costs in Procore, want 20", len(counts))
	}
	for origin, n := range counts {
		if n != 1 {
			t.Errorf("%s is in Procore %d times", origin, n)
		}
	}
	page, err := r.e.List(costKind, Query{Status: "synced"})
	if err != nil || page.Total != 20 {
		t.Fatalf("%d synced, %v", page.Total, err)
	}
	it, _ := r.e.Get(ids[0])
	if it.Procore == nil || it.Procore.ID == 0 {
		t.Fatalf("no Procore record on %+v", it)
	}
	if acts, _ := r.e.Activity(costKind, 200); !hasMessage(acts, "Found in Procore after an interruption") {
		t.Error("the audit log does not say the lost answer was settled by a look-up")
	}
	if pending, _ := r.e.itemsIn(bucketLink, costKind, "", 0); len(pending) != 0 {
		t.Errorf("%d pushed items wait for a link write-back", len(pending))
	}
	checkIndex(t, r.e)
}

func idsOf(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, ItemID(costKind, fmt.Sprintf("%07d", i)))
	}
	return out
}

func hasMessage(entries []Entry, prefix string) bool {
	for _, e := range entries {
		if len(e.Message) >= len(prefix) && e.Message[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}
