package costcodes_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// oneCodeRig has a rig whose Procore company has a single extra code "99-900" to export,
// with the lists read and the accounts chosen.
func oneCodeRig(t *testing.T, clock *testClock) (*synctest.Rig, string) {
	t.Helper()
	o := synctest.Options{Log: zerolog.Nop()}
	if clock != nil {
		o.Clock = clock.Now
	}
	r := synctest.New(t, o)
	err := r.PCompany.AddStandardCostCode(&procoresim.StandardCostCode{ID: 5300900100, ListID: 5200000001, Code: "99-900", FullCode: "99-900", Name: "Winter Protection"})
	if err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	return r, engine.ItemID(costcodes.Kind, "5300900100")
}

func exportOne(t *testing.T, r *synctest.Rig, id string) {
	t.Helper()
	if n, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: []string{id}}, engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("export %s: %d %v", id, n, err)
	}
}

func mustGet(t *testing.T, r *synctest.Rig, id string) *engine.Item {
	t.Helper()
	it, err := r.Engine.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return it
}

// A record locked in QuickBooks (3175) is retried later, by itself, after a backoff.
func TestLockedRecordIsRetriedLater(t *testing.T) {
	clock := &testClock{now: time.Now()}
	r, id := oneCodeRig(t, clock)
	exportOne(t, r, id)
	r.QB.InjectLockError("ItemServiceAdd", 3175, 1)
	r.RunWebConnector(t)
	it := mustGet(t, r, id)
	if it.Status() != "retrying" || it.Failure == nil || it.Failure.Code != 3175 || it.Failure.Class != engine.RetryLater {
		t.Fatalf("after the lock: %s %+v", it.Status(), it.Failure)
	}
	if r.Engine.HasWork(context.Background()) {
		t.Fatal("retried before the backoff")
	}
	clock.Add(2 * time.Minute)
	if !r.Engine.HasWork(context.Background()) {
		t.Fatal("not retried after the backoff")
	}
	r.RunWebConnector(t)
	if it := mustGet(t, r, id); it.Status() != "synced" || it.QB == nil {
		t.Fatalf("after the retry: %s %+v", it.Status(), it)
	}
}

// An EditSequence gone stale between the list refresh and the export (someone edited the
// item in QuickBooks meanwhile) is re-read and the modification sent again: 3200 never
// reaches the bookkeeper.
func TestStaleEditSequenceIsReread(t *testing.T) {
	r, id := oneCodeRig(t, nil)
	ctx := context.Background()
	if _, err := r.QB.AddItem(qbsim.Item{Name: "99-900", Description: "Old", IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"}); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t) // the mirror learns the item and its EditSequence
	exportOne(t, r, id)

	s, err := r.QB.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	if err := r.Engine.BeginRun(ctx); err != nil {
		t.Fatal(err)
	}
	req, err := r.Engine.NextRequest(ctx)
	if err != nil || !strings.Contains(req, "ItemServiceModRq") {
		t.Fatalf("first request: %v\n%s", err, req)
	}
	// Someone edits the item in QuickBooks before Joblink's modification arrives.
	rec, err := r.Mirror.FindByName(qbmirror.Items, "99-900")
	if err != nil {
		t.Fatal(err)
	}
	process(t, s, qbxml.ItemServiceMod{ListID: rec.ListID, EditSequence: rec.EditSequence,
		ItemService: qbxml.ItemService{SalesAndPurchase: &qbxml.SalesAndPurchase{SalesDesc: "Edited by a person"}}})

	steps := []string{"ItemServiceModRq", "ItemQueryRq", "ItemServiceModRq"}
	for i, want := range steps {
		if i > 0 {
			if req, err = r.Engine.NextRequest(ctx); err != nil || !strings.Contains(req, want) {
				t.Fatalf("step %d: want %s, got %v\n%s", i, want, err, req)
			}
		}
		resp, err := s.ProcessRequest(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Engine.HandleResponse(ctx, resp); err != nil {
			t.Fatal(err)
		}
	}
	if req, _ := r.Engine.NextRequest(ctx); req != "" {
		t.Fatalf("more to send: %s", req)
	}
	r.Engine.EndRun(ctx, nil)
	it := mustGet(t, r, id)
	if it.Status() != "synced" {
		t.Fatalf("after the re-read: %s %+v", it.Status(), it.Failure)
	}
	if got := synctest.ServiceItems(t, r.QB)["99-900"]; got.SalesDesc != "Winter Protection" || got.PurchaseDesc != "Winter Protection" {
		t.Fatalf("QuickBooks has %+v", got)
	}
}

func process(t *testing.T, s *qbsim.Session, req qbxml.Request) {
	t.Helper()
	set := qbxml.MessageSet{}
	set.Add(req)
	doc, _, err := set.Build()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ProcessRequest(context.Background(), string(doc)); err != nil {
		t.Fatal(err)
	}
}

// A code renamed in Procore after export waits for a new decision, then travels as a
// modification; a rejected code stays out until reopened; pausing stops the exports.
func TestChangeRejectReopenPause(t *testing.T) {
	r, id := oneCodeRig(t, nil)
	ctx := context.Background()
	exportOne(t, r, id)
	r.RunWebConnector(t)
	if it := mustGet(t, r, id); it.Status() != "synced" {
		t.Fatalf("first export: %s", it.Status())
	}

	// Rename it in Procore through the API, as a person would in the UI.
	name := "Winter Protection & Heating"
	if _, err := r.Client.SyncStandardCostCodes(ctx, 5200000001, []procore.StandardCostCodeSyncItem{{ID: 5300900100, Name: &name}}); err != nil {
		t.Fatal(err)
	}
	if res, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil || res.Changed != 1 {
		t.Fatalf("detect the change: %+v %v", res, err)
	}
	if it := mustGet(t, r, id); it.Status() != "ready" || it.Detail != name {
		t.Fatalf("after the change: %s %q", it.Status(), it.Detail)
	}

	if n, err := r.Engine.Reject(costcodes.Kind, engine.Selection{IDs: []string{id}}, "Wait for the estimator", engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("reject: %d %v", n, err)
	}
	if it := mustGet(t, r, id); it.Status() != "rejected" || it.Comment != "Wait for the estimator" {
		t.Fatalf("after reject: %s %q", it.Status(), it.Comment)
	}
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{All: true}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if it := mustGet(t, r, id); it.Status() != "rejected" {
		t.Fatalf("export all took a rejected item: %s", it.Status())
	}
	if n, err := r.Engine.Reopen(costcodes.Kind, engine.Selection{IDs: []string{id}}, engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("reopen: %d %v", n, err)
	}

	if err := r.Engine.SetPaused(true); err != nil {
		t.Fatal(err)
	}
	exportOne(t, r, id)
	if r.Engine.HasWork(ctx) {
		t.Fatal("work while paused")
	}
	if err := r.Engine.SetPaused(false); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	if it := mustGet(t, r, id); it.Status() != "synced" {
		t.Fatalf("after resuming: %s %+v", it.Status(), it.Failure)
	}
	if got := synctest.ServiceItems(t, r.QB)["99-900"]; got.SalesDesc != name {
		t.Fatalf("QuickBooks has %+v", got)
	}
	// Unknown ids are refused with words, not ignored.
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: []string{"costcode/1"}}, engine.ByBookkeeper); err == nil || !strings.Contains(err.Error(), "reload the page") {
		t.Fatalf("unknown id: %v", err)
	}
}
