package txntest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/backend/store"
	"joblink/internal/crashtest"
	"joblink/internal/synctest"
	"joblink/internal/txntest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
	"joblink/qbwc/qwc"
)

const crashChildEnv = "JOBLINK_TXNTEST_CRASH_CHILD"

// batchSize is the requests per message set: a tenth of the product's 250, so a run has many
// sets for a kill to fall between.
const batchSize = 25

// detectEvery is how often the child reads "Procore" again: an item that was in QuickBooks'
// hands when a change appeared takes the change once its outcome is known.
const detectEvery = 200 * time.Millisecond

// TestTxnCrashChild is the Joblink side of the campaign, run as a child process the campaign
// kills with SIGKILL; on its own it is skipped.
func TestTxnCrashChild(t *testing.T) {
	if os.Getenv(crashChildEnv) == "" {
		t.Skip("run by TestTxnCrashCampaign as a child process")
	}
	var spec txntest.Spec
	if err := json.Unmarshal([]byte(os.Getenv("CRASH_SPEC")), &spec); err != nil {
		t.Fatal(err)
	}
	changes, _ := strconv.Atoi(os.Getenv("CRASH_CHANGES"))
	companyID, _ := strconv.ParseInt(os.Getenv("CRASH_COMPANY"), 10, 64)
	flow := txntest.New(spec)
	flow.SetChanges(changes)
	r := synctest.New(t, synctest.Options{DataDir: os.Getenv("CRASH_DIR"), ProcoreURL: os.Getenv("CRASH_PROCORE"),
		ProcoreCompanyID: companyID, JoblinkOnly: true, DirectExport: true, Log: zerolog.Nop(), Flows: []engine.Flow{flow},
		BatchSize: batchSize})
	flow.Keep(r.Store)
	if _, err := r.Engine.Detect(context.Background(), txntest.Kind); err != nil {
		t.Fatal(err)
	}
	fileID, err := qwc.EnsureFileID(r.Store)
	if err != nil {
		t.Fatal(err)
	}
	crashtest.Ready(r.Connector.URL(), fileID)
	for { // until killed
		time.Sleep(detectEvery)
		if _, err := r.Engine.Detect(context.Background(), txntest.Kind); err != nil {
			fmt.Fprintln(os.Stderr, "detect:", err)
		}
	}
}

// campaignSize is the campaign's size without the race detector: 1,000 purchase orders, 300
// of them changed, and the kills of each phase.
type campaignSize struct {
	count, modified int
	addKills        int
	changeKills     int
	maxDelay        time.Duration // the latest moment a random kill comes after the run starts
}

// TestTxnCrashCampaign kills the process running the engine with SIGKILL while it adds
// purchase orders to QuickBooks, restarts it on the same data folder and repeats; then, with
// every purchase order in QuickBooks, switches on a change (one appended line) for some of
// them and kills it again while it sends the changes; then lets it finish. Some kills come at
// random moments, some exactly as an answer to a write set is on its way back (QuickBooks did
// the work, Joblink never hears of it) or as a write set is on its way out (Joblink marked it
// sent, QuickBooks never sees it); after some, QuickBooks forgets the answers it kept, so the
// restarted engine must find its purchase orders by look-up (RefNumber, ExternalGUID and the
// change markers in the lines) instead of reading the kept answer.
//
// QuickBooks must end with exactly the spec's purchase orders, each once, with its own GUID,
// its original lines and one appended line per change; every item synced to its purchase
// order; and no request QuickBooks refused other than stale EditSequences (3200), which the
// engine answers by re-reading.
func TestTxnCrashCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash campaign takes a while")
	}
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("child process")
	}
	size := campaignSize{count: 1000, modified: 300, addKills: 16, changeKills: 10, maxDelay: 2 * time.Second}
	if raceEnabled {
		// The race detector makes the whole campaign about five times slower (1,000 take
		// over 100 s): fewer purchase orders and kills, every kind of kill still.
		size = campaignSize{count: 400, modified: 120, addKills: 10, changeKills: 8, maxDelay: 3 * time.Second}
	}
	seed := crashtest.Seed("TXNTEST_SEED")
	t.Logf("seed %d (TXNTEST_SEED=%d reruns it): %d purchase orders, %d changed", seed, seed, size.count, size.modified)
	rng := rand.New(rand.NewPCG(seed, 11))
	spec := txntest.Spec{Seed: seed, Count: size.count, Modified: size.modified}
	specJSON, _ := json.Marshal(spec)

	qb := qbsim.New()
	if err := txntest.Seed(qb); err != nil {
		t.Fatal(err)
	}
	const companyID = 4_200_001
	psim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{procoresim.NewCompany(companyID, "Txntest Builders")},
		HourlyLimit: -1, SpikeLimit: -1})
	procoreURL := synctest.Serve(t, psim)
	dir := t.TempDir()

	c := crashtest.New(t, crashtest.Config{QB: qb, ChildTest: "TestTxnCrashChild",
		ChildEnv: []string{crashChildEnv + "=1", "CRASH_DIR=" + dir, "CRASH_PROCORE=" + procoreURL,
			"CRASH_COMPANY=" + strconv.Itoa(companyID), "CRASH_SPEC=" + string(specJSON)},
		Writes: []string{"PurchaseOrderAdd", "PurchaseOrderMod"}, Lookup: "PurchaseOrderQuery"})
	// changes switches the appended lines on in the children: "CRASH_CHANGES=n".
	rounds := func(changes, kills int) {
		c.Rounds(rng, kills, crashtest.RoundOptions{Label: fmt.Sprintf("changes %d", changes),
			Env: []string{"CRASH_CHANGES=" + strconv.Itoa(changes)}, MaxNth: 4, FirstWrites: true, MaxDelay: size.maxDelay})
		// Every session refreshes the lists, so the Web Connector never hears "nothing to do";
		// a session is idle when the engine asked QuickBooks nothing. A change may appear only
		// once an item's outcome is known: the child detects again between sessions.
		c.Finish(crashtest.FinishOptions{Env: []string{"CRASH_CHANGES=" + strconv.Itoa(changes)},
			Idle: 2, Pause: 3 * detectEvery, Quiet: crashtest.NothingAsked})
	}
	start := time.Now()

	// Phase 1: add every purchase order, with kills; then finish and check QuickBooks.
	rounds(0, size.addKills)
	checkQuickBooks(t, qb, spec, 0)
	added := time.Since(start)

	// Phase 2: the changes, with kills; then finish.
	rounds(1, size.changeKills)
	checkQuickBooks(t, qb, spec, 1)
	checkItems(t, qb, dir, spec, 1)

	// Both ways of settling a lost answer ran: the answer QuickBooks kept, and — when it kept
	// none — the look-ups.
	w := c.Wire
	if w.Kept == 0 || w.NotKept == 0 || w.Lookups == 0 {
		t.Errorf("lost answers settled: %d from a kept answer, %d status checks QuickBooks had no answer for, %d look-ups; "+
			"the campaign must exercise every path", w.Kept, w.NotKept, w.Lookups)
	}

	codes := c.Refusals("PurchaseOrderModRs 3200")
	t.Logf("seed %d: %d kills (%s), QuickBooks forgot its kept answers %d times; %d write sets, "+
		"%d status checks (%d kept answers, %d none kept), %d look-ups; refusals: %v; adding took %v, all %v; "+
		"QuickBooks and every item exactly right", seed, c.Kills, c.KillKinds(), c.Forgot, w.WriteSets, w.Checks, w.Kept, w.NotKept, w.Lookups, codes, added.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// checkQuickBooks: the spec's purchase orders with the lines of changes, each once.
func checkQuickBooks(t *testing.T, qb *qbsim.Company, spec txntest.Spec, changes int) {
	t.Helper()
	pos, err := txntest.PurchaseOrders(context.Background(), qb)
	if err != nil {
		t.Fatal(err)
	}
	problems := txntest.Check(spec, changes, pos)
	for _, p := range problems {
		t.Error(p)
	}
	if len(problems) > 0 {
		t.FailNow()
	}
}

// checkItems opens the killed child's data folder: every item must be synced, with the
// data of the changes, to the purchase order QuickBooks has under its number and GUID.
func checkItems(t *testing.T, qb *qbsim.Company, dir string, spec txntest.Spec, changes int) {
	t.Helper()
	st, err := store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	eng, err := engine.New(st, zerolog.Nop(), []engine.Flow{txntest.New(spec)})
	if err != nil {
		t.Fatal(err)
	}
	pos, err := txntest.PurchaseOrders(context.Background(), qb)
	if err != nil {
		t.Fatal(err)
	}
	byRef := map[string]*qbxml.PurchaseOrderRet{}
	for _, p := range pos {
		byRef[p.RefNumber] = p
	}
	page, err := eng.List(txntest.Kind, engine.Query{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Counts["synced"] != spec.Count || page.Counts["all"] != spec.Count {
		t.Errorf("item states at the end: %v, want all %d synced", page.Counts, spec.Count)
	}
	want := spec.POs(changes)
	bad := 0
	for i, po := range want {
		it, err := eng.Get(engine.ItemID(txntest.Kind, po.Ref))
		if err != nil {
			t.Fatal(err)
		}
		wantData, _ := json.Marshal(want[i])
		p := byRef[po.Ref]
		if it.State != engine.Synced || it.QB == nil || p == nil || it.QB.TxnID != p.TxnID || it.Stamp != p.ExternalGUID ||
			!bytes.Equal(it.Data, wantData) {
			if bad++; bad <= 10 {
				t.Errorf("%s: %s %+v, linked to %+v, stamp %s; QuickBooks has %+v", po.Ref, it.State, it.Failure, it.QB, it.Stamp, p)
			}
		}
	}
	if bad > 10 {
		t.Errorf("… %d items wrong in all", bad)
	}
}
