package txntest_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/backend/store"
	"joblink/internal/synctest"
	"joblink/internal/txntest"
	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
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
	fmt.Printf("CRASH-READY %s %s\n", r.Connector.URL(), fileID)
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

// kill says when a round kills the child.
type kill int

const (
	atRandom       kill = iota // at a random moment of the run
	answerLost                 // as QuickBooks' answer to a write set is on its way to Joblink
	neverDelivered             // as a write set marked sent is on its way to QuickBooks
)

func (k kill) String() string { return [...]string{"at random", "answer lost", "never delivered"}[k] }

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
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("TXNTEST_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
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

	c := &campaign{t: t, qb: qb, env: []string{crashChildEnv + "=1", "CRASH_DIR=" + dir, "CRASH_PROCORE=" + procoreURL,
		"CRASH_COMPANY=" + strconv.Itoa(companyID), "CRASH_SPEC=" + string(specJSON)}, statuses: map[string]int{}}
	start := time.Now()

	// Phase 1: add every purchase order, with kills; then finish and check QuickBooks.
	c.rounds(rng, 0, size.addKills, size.maxDelay)
	c.finish(0)
	c.checkQuickBooks(spec, 0)
	added := time.Since(start)

	// Phase 2: the changes, with kills; then finish.
	c.rounds(rng, 1, size.changeKills, size.maxDelay)
	c.finish(1)
	c.checkQuickBooks(spec, 1)
	c.checkItems(dir, spec, 1)

	// Both ways of settling a lost answer ran: the answer QuickBooks kept, and — when it kept
	// none — the look-ups.
	w := c.wire
	if w.kept == 0 || w.notKept == 0 || w.lookups == 0 {
		t.Errorf("lost answers settled: %d from a kept answer, %d status checks QuickBooks had no answer for, %d look-ups; "+
			"the campaign must exercise every path", w.kept, w.notKept, w.lookups)
	}

	var codes []string
	for code, n := range c.statuses {
		codes = append(codes, fmt.Sprintf("%s ×%d", code, n))
		if !strings.HasPrefix(code, "PurchaseOrderModRs 3200") {
			t.Errorf("QuickBooks refused %d request(s): %s", n, code)
		}
	}
	sort.Strings(codes)
	t.Logf("seed %d: %d kills (%s), QuickBooks forgot its kept answers %d times; %d write sets, "+
		"%d status checks (%d kept answers, %d none kept), %d look-ups; refusals: %v; adding took %v, all %v; "+
		"QuickBooks and every item exactly right", seed, c.kills, c.killKinds(), c.forgot, w.writeSets, w.checks, w.kept, w.notKept, w.lookups, codes, added.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// campaign is the parent's side: QuickBooks, the Web Connector and the child processes.
type campaign struct {
	t        *testing.T
	qb       *qbsim.Company
	env      []string
	statuses map[string]int // QuickBooks' refusals, "<response> <code>: <message>" → count
	kills    int
	byKind   [3]int
	forgot   int
	wire     wire
}

func (c *campaign) killKinds() string {
	var parts []string
	for k, n := range c.byKind {
		parts = append(parts, fmt.Sprintf("%d %s", n, kill(k)))
	}
	return strings.Join(parts, ", ")
}

// child is one Joblink process.
type child struct {
	cmd          *exec.Cmd
	url, fileID  string
	once         sync.Once
	waited       chan struct{}
	killedByWire atomic.Bool
}

func (c *campaign) start(changes int) *child {
	t := c.t
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestTxnCrashChild$", "-test.count=1")
	cmd.Env = append(append(os.Environ(), c.env...), "CRASH_CHANGES="+strconv.Itoa(changes))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ch := &child{cmd: cmd, waited: make(chan struct{})}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "CRASH-READY" {
			ch.url, ch.fileID = f[1], f[2]
			go func() {
				for sc.Scan() {
				}
				_ = cmd.Wait()
				close(ch.waited)
			}()
			return ch
		}
	}
	_ = cmd.Wait()
	t.Fatalf("the child stopped before it was ready: %v", sc.Err())
	return nil
}

// kill sends SIGKILL and waits until the process is gone.
func (ch *child) kill() {
	ch.once.Do(func() { _ = ch.cmd.Process.Kill() })
	<-ch.waited
}

// webConnector is the simulated Web Connector for ch. Its transport counts what the engine
// asks QuickBooks (c.wire) and, with a trap set, kills the child at that moment: as the nth
// receiveResponseXML carrying answers to writes leaves (answerLost: a write set's, or the kept
// answer a status check brought back), or as the nth sendRequestXML answer carrying a write set
// arrives (neverDelivered); the call then fails as it would with Joblink gone.
func (c *campaign) webConnector(ch *child, trap kill, nth int) *webconnector.Client {
	tr := &wireTransport{base: http.DefaultTransport, child: ch, trap: trap, nth: nth, wire: &c.wire}
	return webconnector.New(webconnector.Config{
		AppName: "Joblink", AppURL: ch.url, UserName: qbwc.UserName, Password: synctest.Password,
		OwnerID: qwc.OwnerID, FileID: ch.fileID, CompanyFile: c.qb.Info().FilePath,
		CallTimeout: time.Minute, NoOpPause: 10 * time.Millisecond, Logger: zerolog.Nop(),
	}, c.qb, &http.Client{Timeout: 2 * time.Minute, Transport: tr})
}

// wire counts, from the SOAP traffic, how the engines settled lost answers.
type wire struct {
	checks    int // status checks for a lost set (oldMessageSetID, no requests)
	kept      int // … answered with the answer QuickBooks kept
	notKept   int // … answered 600: QuickBooks kept none
	lookups   int // PurchaseOrderQuery requests (finding purchase orders after a lost answer)
	writeSets int
}

type wireTransport struct {
	base      http.RoundTripper
	child     *child
	trap      kill
	nth       int // the trap springs on the nth write (from 1)
	writes    int // writes the trap has seen
	wire      *wire
	lastCheck bool // the set out now is a status check
}

var (
	errKilled = errors.New("Joblink was killed")
	requestRe = regexp.MustCompile(`<[A-Za-z]+Rq[ >/]`)
)

// qbxmlOf is the SOAP body with the qbXML it carries unescaped.
func qbxmlOf(body []byte) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#34;", `"`, "&amp;", "&").Replace(string(body))
}

func isWrite(doc string) bool {
	return strings.Contains(doc, "<PurchaseOrderAddRq") || strings.Contains(doc, "<PurchaseOrderModRq") ||
		strings.Contains(doc, "<PurchaseOrderAddRs") || strings.Contains(doc, "<PurchaseOrderModRs")
}

// spring counts a write and says whether it is the one the trap waits for.
func (tr *wireTransport) spring() bool {
	tr.writes++
	return tr.writes == tr.nth
}

func (tr *wireTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
		if doc := qbxmlOf(body); strings.Contains(doc, "<receiveResponseXML") {
			if tr.lastCheck {
				switch {
				case strings.Contains(doc, `messageSetStatusCode="0"`):
					tr.wire.kept++
				case strings.Contains(doc, `messageSetStatusCode="600"`):
					tr.wire.notKept++
				}
			}
			if tr.trap == answerLost && isWrite(doc) && tr.spring() {
				tr.child.killedByWire.Store(true)
				tr.child.kill()
				return nil, errKilled
			}
		}
	}
	resp, err := tr.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, err
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if doc := qbxmlOf(body); strings.Contains(doc, "sendRequestXMLResponse") {
		tr.lastCheck = strings.Contains(doc, "oldMessageSetID=") && len(requestRe.FindAllString(doc, 2)) == 1 // QBXMLMsgsRq alone
		if tr.lastCheck {
			tr.wire.checks++
		}
		tr.wire.lookups += strings.Count(doc, "<PurchaseOrderQueryRq")
		if isWrite(doc) {
			tr.wire.writeSets++
			if tr.trap == neverDelivered && tr.spring() {
				tr.child.killedByWire.Store(true)
				tr.child.kill()
				return nil, errKilled
			}
		}
	}
	return resp, nil
}

// rounds runs n killed rounds with changes switched on. The first three are one of each kind
// of kill — the two on the wire followed by QuickBooks forgetting its kept answers, so the
// look-ups run for sure — and the rest are drawn at random, a third of them followed by a
// forgetting QuickBooks.
func (c *campaign) rounds(rng *rand.Rand, changes, n int, maxDelay time.Duration) {
	for round := range n {
		k, forget := kill(rng.IntN(3)), rng.IntN(3) == 0
		switch round {
		case 0:
			k, forget = answerLost, true
		case 1:
			k, forget = neverDelivered, true
		case 2:
			k, forget = answerLost, false // settled from the answer QuickBooks kept
		}
		ch := c.start(changes)
		nth := 1 + rng.IntN(4)
		if round < 3 {
			nth = 1 // the first write of the run: a set whose answer is certainly at stake
		}
		wc := c.webConnector(ch, k, nth)
		done := make(chan *webconnector.Report, 1)
		go func() { done <- wc.RunOnce(context.Background()) }()
		var rep *webconnector.Report
		if k == atRandom {
			time.Sleep(time.Duration(rng.Int64N(int64(maxDelay))))
			ch.kill()
			rep = <-done
		} else {
			rep = <-done // the trap kills it, or the run ends without a write set to trap
			ch.kill()
		}
		c.collect(rep)
		c.kills++
		c.byKind[k]++
		if forget {
			c.forget()
		}
		if testing.Verbose() {
			c.t.Logf("changes %d, round %d: killed %s (write %d; on the wire: %v), QuickBooks forgot: %v; %d sets, %d requests",
				changes, round+1, k, nth, ch.killedByWire.Load(), forget, rep.RequestSets, rep.Requests)
		}
	}
}

// finish runs sessions on a child left alone until two in a row, with detections between,
// export nothing (a change may appear only once an item's outcome is known). Every session
// refreshes the lists, so the Web Connector never hears "nothing to do"; the wire says whether
// the engine asked QuickBooks anything.
func (c *campaign) finish(changes int) {
	t := c.t
	ch := c.start(changes)
	defer ch.kill()
	wc := c.webConnector(ch, atRandom, 0) // no trap: nobody kills it
	idle := 0
	for i := 0; idle < 2; i++ {
		if i == 30 {
			t.Fatal("the engine still had work after 30 sessions")
		}
		before := c.wire
		rep := wc.RunOnce(context.Background())
		if rep.Err != nil {
			t.Fatalf("finishing run: %v (last error %q)", rep.Err, rep.LastError)
		}
		c.collect(rep)
		if c.wire == before {
			idle++
			time.Sleep(3 * detectEvery)
		} else {
			idle = 0
		}
	}
}

func (c *campaign) collect(rep *webconnector.Report) {
	for _, s := range rep.StatusErrors {
		c.statuses[s]++
	}
}

// forget makes QuickBooks drop every answer it kept (qbXML error recovery's
// ClearAllMessageSets): the next run finds the lost sets' records by look-up.
func (c *campaign) forget() {
	const doc = `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError" oldMessageSetID="ClearAllMessageSets"></QBXMLMsgsRq></QBXML>`
	if _, err := c.qb.ProcessRequest(context.Background(), doc); err != nil {
		c.t.Fatal(err)
	}
	c.forgot++
}

func (c *campaign) checkQuickBooks(spec txntest.Spec, changes int) {
	t := c.t
	t.Helper()
	pos, err := txntest.PurchaseOrders(context.Background(), c.qb)
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
func (c *campaign) checkItems(dir string, spec txntest.Spec, changes int) {
	t := c.t
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
	pos, err := txntest.PurchaseOrders(context.Background(), c.qb)
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
