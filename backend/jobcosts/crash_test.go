package jobcosts_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// The crash campaign on the Procore writes: QuickBooks' actuals of a dozen linked jobs are read
// once (in the parent, into a store folder), then a child Joblink that only sends job costs to
// Procore is SIGKILLed at random moments of its pushes, and before some rounds Procore loses the
// answers to the next few requests (the write done, the answer never arriving). A last child is
// left alone until every project is synced. Every budget line must then show its cost code's
// QuickBooks actual (0 where QuickBooks has none, over a stale figure Procore showed before),
// every cost code with actuals and no line must have exactly one line added, and no cost code
// more than one line: each pass reads the budget before it writes, so a write or an added line
// whose answer was lost is found, never made twice.

const jobCostCrashChildEnv = "JOBLINK_JOBCOSTS_CRASH_CHILD"

// jobCostCrashSpec sizes the campaign: small enough to finish well under a minute with -race
// on a busy two-core machine.
type jobCostCrashSpec struct {
	Seed     uint64
	Projects int
	Rounds   int
}

const (
	crashProject0 = int64(4_890_000_000)
	crashLatency  = 8 * time.Millisecond
)

// crashPlan is one project: its budget lines (code index → stale direct costs, -1: none) and
// QuickBooks' actual per code index, in cents.
type crashPlan struct {
	lines   map[int]float64
	actuals map[int]int64
}

func crashPlanOf(seed uint64, i int) crashPlan {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	p := crashPlan{lines: map[int]float64{}, actuals: map[int]int64{}}
	for c := range 4 { // not the retainage code
		if c < 2 || rng.IntN(2) == 0 {
			p.lines[c] = -1
			if rng.IntN(3) == 0 {
				p.lines[c] = float64(rng.IntN(100000)) / 100 // a stale figure to be replaced
			}
		}
		if c == 0 || rng.IntN(4) > 0 {
			p.actuals[c] = int64(100 + rng.IntN(2_000_000))
		}
	}
	return p
}

func crashProjectName(i int) string { return fmt.Sprintf("Crash Job %02d", i) }

// TestJobCostsCrashChild is the Joblink side, run as a child process the campaign kills: it
// only sends job costs to Procore, pass after pass, until killed.
func TestJobCostsCrashChild(t *testing.T) {
	if os.Getenv(jobCostCrashChildEnv) == "" {
		t.Skip("run by TestJobCostsCrashCampaign as a child process")
	}
	var client *procore.Client
	svc := jobcosts.New(jobcosts.Deps{
		Procore:       func() (*procore.Client, error) { return client, nil },
		Settings:      func() jobcosts.Settings { return jobcosts.Settings{AddNewCostCodes: true}.Normal() },
		RetainageItem: func() string { return "99-RET" },
		Log:           zerolog.Nop(),
	})
	r := synctest.New(t, synctest.Options{DataDir: os.Getenv("CRASH_DIR"), ProcoreURL: os.Getenv("CRASH_PROCORE"),
		ProcoreCompanyID: companyID, JoblinkOnly: true, Lists: true, DirectExport: true, Log: zerolog.Nop(),
		Flows: []engine.Flow{svc.Flow()}})
	client = r.Client
	svc.Keep(r.Store)
	fmt.Println("CRASH-READY")
	ctx := context.Background()
	said := false
	for { // until killed
		if err := r.Engine.PushAll(ctx); err != nil && os.Getenv("CRASH_DEBUG") != "" {
			fmt.Fprintln(os.Stderr, "push:", err)
		}
		items, err := r.Engine.Items(jobcosts.Kind)
		if err != nil {
			t.Fatal(err)
		}
		synced := 0
		for _, it := range items {
			if it.State == engine.Synced {
				synced++
			}
		}
		if synced == len(items) && len(items) > 0 && !said {
			fmt.Println("CRASH-SYNCED")
			said = true
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestJobCostsCrashCampaign: see the comment at the top of the file.
func TestJobCostsCrashCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash campaign takes a while")
	}
	if os.Getenv(jobCostCrashChildEnv) != "" {
		t.Skip("child process")
	}
	spec := jobCostCrashSpec{Seed: uint64(time.Now().UnixNano()), Projects: 24, Rounds: 10}
	if s := os.Getenv("JOBCOSTS_CRASH_SEED"); s != "" {
		spec.Seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (JOBCOSTS_CRASH_SEED=%d reruns it)", spec.Seed, spec.Seed)
	start := time.Now()
	pc := newProcoreCompany(t, codes)
	srv := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc.Company}, HourlyLimit: -1, SpikeLimit: -1})
	// Procore answers each request after a few milliseconds, as over a network, so a project's
	// push takes long enough to be killed in the middle of.
	seen := &counter{h: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		time.Sleep(crashLatency)
		srv.ServeHTTP(w, req)
	})}
	url := synctest.Serve(t, seen)
	dir := t.TempDir()
	plans := make([]crashPlan, spec.Projects)
	nextLine := int64(4_891_000_000)
	for i := range spec.Projects {
		plans[i] = crashPlanOf(spec.Seed, i)
		p := crashProject0 + int64(i)
		pc.AddBudgetProject(t, p, crashProjectName(i))
		for c, stale := range plans[i].lines {
			nextLine++
			item := pc.BudgetLine(nextLine, p, c, 10_000)
			if stale >= 0 {
				item.DirectCosts = &stale
			}
			pc.AddBudgetLine(t, item)
		}
	}

	// QuickBooks' side, read once into the store the children open: the jobs linked, one bill
	// per job with its actuals, read and detected (every project queued for Procore).
	t.Run("setup", func(t *testing.T) {
		r := newRigOpts(t, rigOptions{dir: dir, pc: pc, procoreURL: url})
		r.set(func(s *jobcosts.Settings) { s.AddNewCostCodes = true })
		for i := range spec.Projects {
			_, err := r.QB.AddCustomer(qbsim.Customer{Name: crashProjectName(i), Parent: customer})
			must(t, err)
		}
		r.exportCodes(t)
		r.linkJobs(t)
		for i, p := range plans {
			job := jobName(crashProjectName(i))
			var lines []qbsim.ItemLine
			for c := range 4 {
				if a, ok := p.actuals[c]; ok {
					lines = append(lines, qbsim.ItemLine{Item: codes[c].Code, Amount: fmt.Sprintf("%d.%02d", a/100, a%100), Job: job})
				}
			}
			r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: fmt.Sprintf("C-%d", i), ItemLines: lines})
		}
		r.read(t)
		if _, err := r.Engine.Detect(context.Background(), jobcosts.Kind); err != nil {
			t.Fatal(err)
		}
	})
	if t.Failed() {
		return
	}

	rng := rand.New(rand.NewPCG(spec.Seed, 17))
	lost := 0
	seen.reset()
	for round := range spec.Rounds {
		ch := startJobCostChild(t, dir, url)
		if round%2 == 1 {
			n := 1 + rng.IntN(3)
			srv.LoseResponses(n) // the next requests do their work, their answers are lost
			lost += n
		}
		time.Sleep(100*time.Millisecond + time.Duration(rng.Int64N(int64(800*time.Millisecond))))
		ch.kill()
		if testing.Verbose() {
			t.Logf("round %d: %d line writes and %d lines added so far", round+1, seen.count("PATCH", "budget_line_items"), seen.count("POST", "budget_line_items"))
		}
	}
	srv.LoseResponses(0)
	killedWrites := seen.count("PATCH", "budget_line_items") + seen.count("POST", "budget_line_items")
	ch := startJobCostChild(t, dir, url)
	synced := ch.waitFor("CRASH-SYNCED", 40*time.Second)
	ch.kill()
	if !synced {
		t.Fatal("the last child never had every project synced")
	}

	ctx := context.Background()
	client := synctest.ProcoreClient(t, url, companyID)
	for i, p := range plans {
		project := crashProject0 + int64(i)
		rows, err := client.ListBudgetDetailRows(project, budgetView+project%1000, procore.BudgetDetailRowsOptions{}).Collect(ctx)
		must(t, err)
		perCode := map[string]int{}
		for _, row := range rows {
			if row.ID == 0 {
				continue
			}
			code, _ := splitCode(row.CostCode)
			perCode[code]++
			want := "0"
			for c := range 4 {
				if codes[c].Code == code {
					a := p.actuals[c]
					want = fmt.Sprintf("%d.%02d", a/100, a%100)
				}
			}
			if d, _, _ := row.Amount(procore.ColumnDirectCosts); !sameAmount(string(d), want) {
				t.Errorf("%s %s shows %q, want %s", crashProjectName(i), code, d, want)
			}
		}
		for c := range 4 {
			_, hasActual := p.actuals[c]
			_, hadLine := p.lines[c]
			n := perCode[codes[c].Code]
			switch {
			case n > 1:
				t.Errorf("%s has %d budget lines for %s, want one", crashProjectName(i), n, codes[c].Code)
			case n == 0 && (hasActual || hadLine):
				t.Errorf("%s has no budget line for %s (actual %v, line before %v)", crashProjectName(i), codes[c].Code, hasActual, hadLine)
			}
		}
	}
	t.Logf("%d kills, %d answers lost, %d writes before the last child and %d by it, in %v", spec.Rounds, lost,
		killedWrites, seen.count("PATCH", "budget_line_items")+seen.count("POST", "budget_line_items")-killedWrites, time.Since(start).Round(time.Millisecond))
}

// jobCostChild is a running child Joblink.
type jobCostChild struct {
	cmd   *exec.Cmd
	lines chan string
	done  chan struct{}
}

func startJobCostChild(t *testing.T, dir, url string) *jobCostChild {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestJobCostsCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), jobCostCrashChildEnv+"=1", "CRASH_DIR="+dir, "CRASH_PROCORE="+url)
	out, err := cmd.StdoutPipe()
	must(t, err)
	cmd.Stderr = os.Stderr
	must(t, cmd.Start())
	ch := &jobCostChild{cmd: cmd, lines: make(chan string, 16), done: make(chan struct{})}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		sent := false
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if !sent && line == "CRASH-READY" {
				ready <- true
				sent = true
				continue
			}
			select {
			case ch.lines <- line:
			default:
			}
		}
		if !sent {
			ready <- false
		}
		_ = cmd.Wait()
		close(ch.done)
	}()
	if !<-ready {
		<-ch.done
		t.Fatal("the child stopped before it was ready")
	}
	return ch
}

// waitFor reports whether the child printed want within d.
func (ch *jobCostChild) waitFor(want string, d time.Duration) bool {
	deadline := time.After(d)
	for {
		select {
		case line := <-ch.lines:
			if line == want {
				return true
			}
		case <-ch.done:
			return false
		case <-deadline:
			return false
		}
	}
}

// kill SIGKILLs the child and waits for it.
func (ch *jobCostChild) kill() {
	_ = ch.cmd.Process.Kill()
	<-ch.done
}
