package costcodes_test

import (
	"context"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/store"
	"joblink/internal/crashtest"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qwc"
)

const crashChildEnv = "JOBLINK_CRASH_CHILD"

// TestCrashChild is the Joblink side of the crash campaign, run as a child process the
// campaign kills with SIGKILL; on its own it is skipped.
func TestCrashChild(t *testing.T) {
	if os.Getenv(crashChildEnv) == "" {
		t.Skip("run by TestCrashCampaign as a child process")
	}
	companyID, _ := strconv.ParseInt(os.Getenv("CRASH_COMPANY"), 10, 64)
	r := synctest.New(t, synctest.Options{DataDir: os.Getenv("CRASH_DIR"), ProcoreURL: os.Getenv("CRASH_PROCORE"),
		ProcoreCompanyID: companyID, JoblinkOnly: true, DirectExport: true, Log: zerolog.Nop()})
	r.AccountsFromMirror()
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	fileID, err := qwc.EnsureFileID(r.Store)
	if err != nil {
		t.Fatal(err)
	}
	crashtest.Ready(r.Connector.URL(), fileID)
	for { // write links back to Procore as they come, until killed
		time.Sleep(50 * time.Millisecond)
		_ = r.Engine.WriteBack(context.Background())
	}
}

// TestCrashCampaign kills the process running the engine (a real SIGKILL) at random moments
// of a run exporting the reference company's 1,039 cost codes, restarts it on the same data
// folder, and repeats; then lets it finish. QuickBooks must end with exactly one service item
// per code, no name clash (3100) ever reported, and every item synced to the right ListID.
func TestCrashCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash campaign takes a while")
	}
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("child process")
	}
	company, err := procoresim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{company}, HourlyLimit: -1, SpikeLimit: -1})
	procoreURL := synctest.Serve(t, sim)
	qb, err := qbsim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	servicesBefore := qb.ListCount(qbsim.KindItemService)
	dir := t.TempDir()
	seed := crashtest.Seed("COSTCODES_CRASH_SEED")
	rng := rand.New(rand.NewPCG(seed, 7))
	t.Logf("seed %d (COSTCODES_CRASH_SEED=%d reruns it)", seed, seed)

	c := crashtest.New(t, crashtest.Config{QB: qb, ChildTest: "TestCrashChild",
		ChildEnv: []string{crashChildEnv + "=1", "CRASH_DIR=" + dir, "CRASH_PROCORE=" + procoreURL,
			"CRASH_COMPANY=" + strconv.FormatInt(company.ID, 10)}})

	clashes := 0
	rounds := 20
	for round := 0; round < rounds; round++ {
		ch := c.Start()
		wc := c.WebConnector(ch, crashtest.AtRandom, 0)
		done := make(chan []string, 1)
		go func() {
			rep := wc.RunOnce(context.Background())
			done <- rep.StatusErrors
		}()
		time.Sleep(time.Duration(rng.IntN(1500)) * time.Millisecond)
		ch.Kill()
		for _, e := range <-done {
			if strings.Contains(e, "3100") {
				clashes++
			}
		}
	}
	// Let it finish, links included.
	ch := c.Start()
	wc := c.WebConnector(ch, crashtest.AtRandom, 0)
	for i := 0; i < 5; i++ {
		rep := wc.RunOnce(context.Background())
		for _, e := range rep.StatusErrors {
			if strings.Contains(e, "3100") {
				clashes++
			}
		}
		if rep.AuthStatus == "none" {
			break
		}
	}
	time.Sleep(500 * time.Millisecond) // a few write-back passes
	ch.Kill()

	codes := 1039
	if added := qb.ListCount(qbsim.KindItemService) - servicesBefore; added != codes {
		t.Errorf("QuickBooks gained %d service items for %d codes", added, codes)
	}
	if clashes > 0 {
		t.Errorf("%d name clashes (3100): something was sent twice", clashes)
	}
	st, err := store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	eng, err := engine.New(st, zerolog.Nop(), []engine.Flow{costcodes.New(costcodes.Deps{})})
	if err != nil {
		t.Fatal(err)
	}
	page, err := eng.List(costcodes.Kind, engine.Query{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if page.Counts["synced"] != codes || page.Counts["all"] != codes {
		t.Fatalf("item states at the end: %v", page.Counts)
	}
	items := synctest.ServiceItems(t, qb)
	for offset := 0; offset < codes; offset += 1000 {
		page, _ := eng.List(costcodes.Kind, engine.Query{Offset: offset, Limit: 1000})
		for _, it := range page.Items {
			if qbItem, ok := items[strings.ToLower(it.Title)]; !ok || it.QB == nil || it.QB.ListID != qbItem.ListID {
				t.Errorf("%s: linked to %+v, QuickBooks has %+v", it.Title, it.QB, qbItem)
			}
		}
	}
	// Every code's link reached Procore: origin_id = the item's ListID.
	client := synctest.ProcoreClient(t, procoreURL, company.ID)
	pcodes, err := client.ListStandardCostCodes(5200000001, procore.ListStandardCostCodesOptions{}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	unlinked := 0
	for _, c := range pcodes {
		if c.OriginID == nil || items[strings.ToLower(*c.FullCode)].ListID != *c.OriginID {
			unlinked++
		}
	}
	if unlinked > 0 {
		t.Errorf("%d of %d codes lack their ListID as origin_id in Procore", unlinked, len(pcodes))
	}
	t.Logf("%d kills at random moments; QuickBooks and Procore both exactly right", rounds)
}
