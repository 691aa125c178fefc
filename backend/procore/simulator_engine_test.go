package procore_test

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/vendors"
)

// idleCost is what an idle poll of the three built kinds costs, in Procore calls: cost codes
// one (the whole list, up to 2,000 codes a page: they have no updated_at to filter on),
// projects two (what changed, and Procore's count), companies two (the same), and one more
// when Procore's company list leaves inactive companies out (the inactive list, read whole).
// Every fourth cost code read checks the code lists too.
func idleCost(hides bool) int {
	if hides {
		return 6
	}
	return 5
}

// quietCompany is a rig whose first full read is done and whose links are written back, so
// the next polls find nothing new: what a quiet company looks like.
func quietCompany(t testing.TB, hides bool) (*engineRig, map[engine.Kind][]string) {
	t.Helper()
	r := newEngineRig(t, engineRigOptions{sim: procoresim.Options{VendorListHidesInactive: hides}})
	r.pollAt(t, 0)
	for kind, want := range map[engine.Kind]int{costcodes.Kind: 1039, jobs.Kind: 300, vendors.Kind: 3000} {
		if n := r.count(t, kind); n != want {
			t.Fatalf("first read: %d %s items, want %d", n, kind, want)
		}
	}
	keys := map[engine.Kind][]string{}
	for _, kind := range []engine.Kind{costcodes.Kind, jobs.Kind, vendors.Kind} {
		items, err := r.e.Items(kind)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			keys[kind] = append(keys[kind], it.Key)
		}
		slices.Sort(keys[kind])
	}
	// Some of each kind reach QuickBooks (linked by the bookkeeper); the links go to Procore.
	var links []engine.LinkSpec
	for kind, ks := range keys {
		linked := ks[:3]
		if kind == costcodes.Kind {
			linked = ks[len(ks)-3:] // the last codes have no sub-codes: they can be deleted
		}
		for i, key := range linked {
			links = append(links, engine.LinkSpec{ID: engine.ItemID(kind, key), Ref: engine.QBRef{ListID: string(kind) + "-QB-" + strconv.Itoa(i), FullName: key}})
		}
	}
	if errs, err := r.e.LinkAll(links, engine.ByBookkeeper); err != nil || slices.ContainsFunc(errs, func(e error) bool { return e != nil }) {
		t.Fatalf("link: %v %v", errs, err)
	}
	r.pollAt(t, 15*time.Minute) // writes the links back, and reads them back
	return r, keys
}

func TestAnIdlePollCostsWhatTheBudgetSays(t *testing.T) {
	for _, hides := range []bool{false, true} {
		r, _ := quietCompany(t, hides)
		// Polls 3 and 4 of the cost codes use the list they know; poll 5 checks the lists.
		for i, want := range []int{idleCost(hides), idleCost(hides), idleCost(hides) + 1, idleCost(hides)} {
			if calls := r.pollAt(t, time.Duration(30+15*i)*time.Minute); calls != want {
				t.Fatalf("hides=%v: idle poll %d cost %d Procore calls, want %d", hides, i+3, calls, want)
			}
		}
		st := r.e.PollStatus().Calls
		if st == nil || st.Budget != procoresim.DefaultHourlyLimit/2 || st.Used == 0 || st.Waiting {
			t.Fatalf("hides=%v: the status' calls: %+v", hides, st)
		}
	}
}

func TestAChangeADeletionAndAnInactivationAreSeenInTheNextPoll(t *testing.T) {
	for _, hides := range []bool{false, true} {
		r, keys := quietCompany(t, hides)
		ctx := context.Background()
		// Someone works in Procore: renames a code, deletes a code that reached QuickBooks and
		// one that did not, makes a company inactive, and takes two projects from Joblink's
		// user (Procore cannot delete a project): one linked to a QuickBooks job, one not.
		leaves := leafCodes(t, r)
		renamed, deletedNew := leaves[len(leaves)/2], leaves[len(leaves)/2+1]
		deletedSynced := keys[costcodes.Kind][len(keys[costcodes.Kind])-1]
		if !slices.Contains(leaves, deletedSynced) {
			t.Fatalf("code %s, linked by the test, has sub-codes: pick another", deletedSynced)
		}
		name := "Renamed in Procore"
		id, _ := strconv.ParseInt(renamed, 10, 64)
		if res, err := r.user.SyncStandardCostCodes(ctx, listOf(t, r), []procore.StandardCostCodeSyncItem{{ID: id, Name: &name}}); err != nil || len(res.Errors) > 0 {
			t.Fatalf("rename: %+v %v", res.Errors, err)
		}
		for _, code := range []string{deletedSynced, deletedNew} {
			q := url.Values{"company_id": {strconv.FormatInt(r.company.ID, 10)}}
			if err := r.user.Send(ctx, "DELETE", "/rest/v1.0/standard_cost_codes/"+code, q, nil, nil); err != nil {
				t.Fatalf("delete code %s: %v", code, err)
			}
		}
		vendor := activeVendor(t, r, keys[vendors.Kind][10:])
		inactive := false
		vid, _ := strconv.ParseInt(vendor, 10, 64)
		if _, err := r.user.UpdateVendor(ctx, vid, procore.VendorFields{IsActive: &inactive}); err != nil {
			t.Fatalf("inactivate: %v", err)
		}
		hiddenSynced, hiddenNew := keys[jobs.Kind][0], keys[jobs.Kind][10]
		var visible []int64
		for _, k := range keys[jobs.Kind] {
			if k != hiddenSynced && k != hiddenNew {
				n, _ := strconv.ParseInt(k, 10, 64)
				visible = append(visible, n)
			}
		}
		r.sim.SetVisibleProjects(procoresim.DefaultServiceAccountID, visible)

		calls := r.pollAt(t, 30*time.Minute)

		if it := r.item(t, costcodes.Kind, renamed); it.Detail != name || it.State != engine.Waiting {
			t.Fatalf("hides=%v: renamed code: %q %s", hides, it.Detail, it.State)
		}
		it := r.item(t, costcodes.Kind, deletedSynced)
		if it.State != engine.Failed || it.Failure == nil || it.Failure.Class != engine.FixData ||
			it.Failure.Message != "Deleted from Procore's standard cost code list." || !strings.Contains(it.Failure.Fix, "inactive in QuickBooks") {
			t.Fatalf("hides=%v: deleted code that reached QuickBooks: %s %+v", hides, it.State, it.Failure)
		}
		if it := r.item(t, costcodes.Kind, deletedNew); it.State != engine.Rejected ||
			it.Comment != "Deleted from Procore's standard cost code list before it was exported; nothing was sent." {
			t.Fatalf("hides=%v: deleted code never exported: %s %q", hides, it.State, it.Comment)
		}
		if it := r.item(t, vendors.Kind, vendor); !strings.Contains(string(it.Data), `"active":false`) {
			t.Fatalf("hides=%v: inactivated company: %s", hides, it.Data)
		}
		if it := r.item(t, jobs.Kind, hiddenSynced); it.State != engine.Failed || it.Failure == nil ||
			it.Failure.Message != "No longer in Procore." || !strings.Contains(it.Failure.Fix, "permitted projects") {
			t.Fatalf("hides=%v: project linked to a job, gone from Procore: %s %+v", hides, it.State, it.Failure)
		}
		if it := r.item(t, jobs.Kind, hiddenNew); it.State != engine.Rejected {
			t.Fatalf("hides=%v: project never exported, gone from Procore: %s", hides, it.State)
		}
		// The projects' count differed: every project id was listed once, in one call.
		if want := idleCost(hides) + 1; calls != want {
			t.Errorf("hides=%v: the poll that saw it all cost %d calls, want %d", hides, calls, want)
		}
		// The project comes back: the linked job is linked again, nothing to decide.
		r.sim.SetVisibleProjects(procoresim.DefaultServiceAccountID, nil)
		r.pollAt(t, 45*time.Minute) // its id is listed again: the next read is a full one
		r.pollAt(t, 60*time.Minute)
		if it := r.item(t, jobs.Kind, hiddenSynced); it.State != engine.Synced {
			t.Fatalf("hides=%v: project back in Procore: %s", hides, it.State)
		}
	}
}

func TestTheCursorSurvivesARestartAndACrashRereadsNothingTwice(t *testing.T) {
	r, keys := quietCompany(t, false)
	r.restart(t)
	if calls := r.pollAt(t, 30*time.Minute); calls != idleCost(false) {
		t.Fatalf("after a restart the poll cost %d calls, want an idle poll's %d (not a full read)", calls, idleCost(false))
	}
	// A project changes; the poll saves the change, then "crashes" before its cursor: the
	// next Joblink reads the same change again and records nothing twice.
	before := cursors(t, r)
	p, _ := strconv.ParseInt(keys[jobs.Kind][5], 10, 64)
	name := "Changed Before The Crash"
	if _, err := r.user.UpdateProject(context.Background(), p, procore.ProjectFields{Name: &name}); err != nil {
		t.Fatal(err)
	}
	r.pollAt(t, 45*time.Minute)
	entries := activity(t, r, jobs.Kind)
	restoreCursors(t, r, before)
	r.restart(t)
	r.pollAt(t, 50*time.Minute)
	if after := activity(t, r, jobs.Kind); after != entries {
		t.Fatalf("the re-read after the crash wrote %d audit entries", after-entries)
	}
	if it := r.item(t, jobs.Kind, keys[jobs.Kind][5]); it.Title != name {
		t.Fatalf("the change: %q", it.Title)
	}
	if n := r.count(t, jobs.Kind); n != 300 {
		t.Fatalf("%d projects after the re-read", n)
	}
}

func leafCodes(t *testing.T, r *engineRig) []string {
	t.Helper()
	codes, err := r.user.ListStandardCostCodes(listOf(t, r), procore.ListStandardCostCodesOptions{}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	parents := map[int64]bool{}
	for _, c := range codes {
		if c.ParentID != nil {
			parents[*c.ParentID] = true
		}
	}
	var out []string
	for _, c := range codes {
		if !parents[c.ID] {
			out = append(out, strconv.FormatInt(c.ID, 10))
		}
	}
	slices.Sort(out)
	return out
}

func listOf(t *testing.T, r *engineRig) int64 {
	t.Helper()
	lists, err := r.user.ListStandardCostCodeLists().Collect(context.Background())
	if err != nil || len(lists) == 0 {
		t.Fatalf("lists: %v", err)
	}
	return lists[0].ID
}

func activeVendor(t *testing.T, r *engineRig, keys []string) string {
	t.Helper()
	for _, k := range keys {
		if strings.Contains(string(r.item(t, vendors.Kind, k).Data), `"active":true`) {
			return k
		}
	}
	t.Fatal("no active company")
	return ""
}

func activity(t *testing.T, r *engineRig, kind engine.Kind) int {
	t.Helper()
	entries, err := r.e.Activity(kind, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

// cursors reads the engine's saved read positions (work/cursor/…), as a crash would leave them.
func cursors(t *testing.T, r *engineRig) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := r.st.View(func(txn *badger.Txn) error {
		for _, kind := range []engine.Kind{costcodes.Kind, jobs.Kind, vendors.Kind} {
			entry, err := txn.Get([]byte("work/cursor/" + string(kind)))
			if err != nil {
				return err
			}
			if out[string(kind)], err = entry.ValueCopy(nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("cursors: %v", err)
	}
	return out
}

func restoreCursors(t *testing.T, r *engineRig, saved map[string][]byte) {
	t.Helper()
	err := r.st.Update(func(txn *badger.Txn) error {
		for kind, v := range saved {
			if err := txn.Set([]byte("work/cursor/"+kind), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
