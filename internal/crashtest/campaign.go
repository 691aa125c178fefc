// Package crashtest runs SIGKILL crash campaigns against Joblink's QuickBooks writes. The
// test binary is run again as a child process holding the Joblink side (store, engine, Web
// Connector endpoint); the parent holds the simulated QuickBooks and drives the simulated
// Web Connector at the child, killing it at random moments or exactly as an answer to a write
// set is on its way back (QuickBooks did the work, Joblink never hears of it) or as a write
// set marked sent is on its way out (QuickBooks never sees it). After some kills QuickBooks
// forgets the answers it kept, so the restarted child must find its records by look-up.
//
// A package's campaign says what it writes and checks what QuickBooks and the store hold at
// the end; the processes, the kills and the counting of the wire are here.
package crashtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/internal/synctest"
	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qwc"
)

// Kill says when a round kills the child.
type Kill int

const (
	AtRandom       Kill = iota // at a random moment of the run
	AnswerLost                 // as QuickBooks' answer to a write set is on its way to Joblink
	NeverDelivered             // as a write set marked sent is on its way to QuickBooks
	kinds
)

func (k Kill) String() string { return [...]string{"at random", "answer lost", "never delivered"}[k] }

// Config is what a campaign needs to know of the package it tests.
type Config struct {
	QB *qbsim.Company
	// ChildTest is the test function the child process runs ("TestTxnCrashChild"); it calls
	// Ready once its endpoint listens and then works until killed.
	ChildTest string
	// ChildEnv is added to the parent's environment for every child: the variable that tells
	// the child test it is the child, and whatever it needs to build its side.
	ChildEnv []string
	// Writes are the qbXML writes the campaign traps, named without Rq or Rs
	// ("PurchaseOrderAdd", "PurchaseOrderMod"); none: a campaign that kills at random only.
	Writes []string
	// Lookup is the query the engine finds its records with after a lost answer
	// ("PurchaseOrderQuery"); Wire.Lookups counts its requests. Empty: none counted.
	Lookup string
}

// Campaign is the parent's side: QuickBooks, the Web Connector and the child processes, and
// what happened to them.
type Campaign struct {
	t        *testing.T
	cfg      Config
	isWrite  func(doc string) bool
	statuses map[string]int // QuickBooks' refusals, "<response> <code>: <message>" → count

	Kills  int        // children killed by the rounds
	ByKind [kinds]int // … by kind of kill
	Forgot int        // times QuickBooks forgot the answers it kept
	Wire   Wire       // the traffic of every session so far
}

// New starts a campaign; its children are killed by the end of each call that starts one.
func New(t *testing.T, cfg Config) *Campaign {
	return &Campaign{t: t, cfg: cfg, isWrite: writeDetector(cfg.Writes), statuses: map[string]int{}}
}

// Seed is the campaign's seed: the value of the environment variable name when set (to rerun
// a failed campaign), a new one otherwise.
func Seed(name string) uint64 {
	if s := os.Getenv(name); s != "" {
		seed, _ := strconv.ParseUint(s, 10, 64)
		return seed
	}
	return uint64(time.Now().UnixNano())
}

// Start runs a child with env added to Config.ChildEnv and returns once it is ready.
func (c *Campaign) Start(env ...string) *Child {
	c.t.Helper()
	return start(c.t, c.cfg.ChildTest, append(append([]string(nil), c.cfg.ChildEnv...), env...))
}

// WebConnector is the simulated Web Connector for ch. Its transport counts what the engine
// asks QuickBooks (c.Wire) and, with a trap set, kills the child at that moment: as the nth
// receiveResponseXML carrying answers to writes leaves (AnswerLost: a write set's, or the kept
// answer a status check brought back), or as the nth sendRequestXML answer carrying a write
// set arrives (NeverDelivered); the call then fails as it would with Joblink gone. AtRandom
// sets no trap.
func (c *Campaign) WebConnector(ch *Child, trap Kill, nth int) *webconnector.Client {
	tr := &wireTransport{base: http.DefaultTransport, child: ch, trap: trap, nth: nth, wire: &c.Wire, isWrite: c.isWrite}
	if c.cfg.Lookup != "" {
		tr.lookup = "<" + c.cfg.Lookup + "Rq"
	}
	return webconnector.New(webconnector.Config{
		AppName: "Joblink", AppURL: ch.url, UserName: qbwc.UserName, Password: synctest.Password,
		OwnerID: qwc.OwnerID, FileID: ch.fileID, CompanyFile: c.cfg.QB.Info().FilePath,
		CallTimeout: time.Minute, NoOpPause: 10 * time.Millisecond, Logger: zerolog.Nop(),
	}, c.cfg.QB, &http.Client{Timeout: 2 * time.Minute, Transport: tr})
}

// RoundOptions tune Campaign.Rounds.
type RoundOptions struct {
	Label string   // names the phase in verbose logs
	Env   []string // added to the children's environment
	// MaxNth: a trap on the wire springs on a write drawn from 1 to MaxNth.
	MaxNth int
	// FirstWrites makes the first three rounds trap the first write of the run: a set whose
	// answer is certainly at stake.
	FirstWrites bool
	// Settle is how long a child runs before the session starts (to read Procore, say, so
	// the session it is killed in carries writes).
	Settle time.Duration
	// MaxDelay is the latest moment a random kill comes after the session starts.
	MaxDelay time.Duration
}

// Rounds runs n killed rounds. The first three are one of each kind of kill on the wire — an
// answer lost and a set never delivered, each followed by QuickBooks forgetting its kept
// answers so the look-ups run for sure, and an answer lost that QuickBooks keeps — and the
// rest are drawn at random, a third of them followed by a forgetting QuickBooks.
func (c *Campaign) Rounds(rng *rand.Rand, n int, o RoundOptions) {
	c.t.Helper()
	for round := range n {
		k, forget := Kill(rng.IntN(3)), rng.IntN(3) == 0
		switch round {
		case 0:
			k, forget = AnswerLost, true
		case 1:
			k, forget = NeverDelivered, true
		case 2:
			k, forget = AnswerLost, false // settled from the answer QuickBooks kept
		}
		ch := c.Start(o.Env...)
		time.Sleep(o.Settle)
		nth := 1 + rng.IntN(o.MaxNth)
		if o.FirstWrites && round < 3 {
			nth = 1
		}
		wc := c.WebConnector(ch, k, nth)
		done := make(chan *webconnector.Report, 1)
		go func() { done <- wc.RunOnce(context.Background()) }()
		var rep *webconnector.Report
		if k == AtRandom {
			time.Sleep(time.Duration(rng.Int64N(int64(o.MaxDelay))))
			ch.Kill()
			rep = <-done
		} else {
			rep = <-done // the trap kills it, or the run ends without a write set to trap
			ch.Kill()
		}
		c.Collect(rep)
		c.Kills++
		c.ByKind[k]++
		if forget {
			c.Forget()
		}
		if testing.Verbose() {
			c.t.Logf("%s, round %d: killed %s (write %d; on the wire: %v), QuickBooks forgot: %v; %d sets, %d requests; wire %+v",
				o.Label, round+1, k, nth, ch.KilledByWire(), forget, rep.RequestSets, rep.Requests, c.Wire)
		}
	}
}

// FinishOptions tune Campaign.Finish.
type FinishOptions struct {
	Env []string // added to the child's environment
	// Idle is how many idle sessions in a row end the work, Pause the wait after each (the
	// child detects what the session made possible), and Quiet the rule that says a session
	// was idle (NothingAsked, NothingWritten).
	Idle  int
	Pause time.Duration
	Quiet func(before, after Wire) bool
}

// Finish runs sessions on a child left alone until o.Idle in a row are idle, and fails the
// test when a session fails or the engine still has work after 30.
func (c *Campaign) Finish(o FinishOptions) {
	c.t.Helper()
	t := c.t
	ch := c.Start(o.Env...)
	defer ch.Kill()
	wc := c.WebConnector(ch, AtRandom, 0) // no trap: nobody kills it
	idle := 0
	for i := 0; idle < o.Idle; i++ {
		if i == 30 {
			t.Fatal("the engine still had work after 30 sessions")
		}
		before := c.Wire
		rep := wc.RunOnce(context.Background())
		if rep.Err != nil {
			t.Fatalf("finishing run: %v (last error %q)", rep.Err, rep.LastError)
		}
		c.Collect(rep)
		if o.Quiet(before, c.Wire) {
			idle++
			time.Sleep(o.Pause)
		} else {
			idle = 0
		}
	}
}

// Collect keeps the refusals of a session's report.
func (c *Campaign) Collect(rep *webconnector.Report) {
	for _, s := range rep.StatusErrors {
		c.statuses[s]++
	}
}

// Forget makes QuickBooks drop every answer it kept (qbXML error recovery's
// ClearAllMessageSets): the next run finds the lost sets' records by look-up.
func (c *Campaign) Forget() {
	const doc = `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError" oldMessageSetID="ClearAllMessageSets"></QBXMLMsgsRq></QBXML>`
	if _, err := c.cfg.QB.ProcessRequest(context.Background(), doc); err != nil {
		c.t.Fatal(err)
	}
	c.Forgot++
}

// Refusals fails the test for every refusal QuickBooks gave that does not start with allowed
// (stale EditSequences, "PurchaseOrderModRs 3200", which the engine answers by re-reading),
// and lists them all, "<refusal> ×<count>", sorted.
func (c *Campaign) Refusals(allowed string) []string {
	var codes []string
	for code, n := range c.statuses {
		codes = append(codes, fmt.Sprintf("%s ×%d", code, n))
		if !strings.HasPrefix(code, allowed) {
			c.t.Errorf("QuickBooks refused %d request(s): %s", n, code)
		}
	}
	sort.Strings(codes)
	return codes
}

// KillKinds says how many kills of each kind the rounds made.
func (c *Campaign) KillKinds() string {
	var parts []string
	for k, n := range c.ByKind {
		parts = append(parts, fmt.Sprintf("%d %s", n, Kill(k)))
	}
	return strings.Join(parts, ", ")
}
