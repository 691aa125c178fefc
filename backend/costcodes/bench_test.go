//go:build !windows

package costcodes_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/internal/synctest"
)

// Issue 5 targets.
const (
	targetRoundTrips = 10 // Web Connector round trips for 1,000 cost codes
	targetRuns       = 1  // runs from "accept" to the item existing in QuickBooks
	targetRSSMB      = 150
)

// peakRSSMB is the process's peak resident memory (VmHWM).
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}

// BenchmarkExportReferenceCostCodes exports the reference company's 1,039 cost codes through
// the whole path: Procore simulator → engine → Web Connector endpoint → simulated QuickBooks.
// It reports the export's round trips, the engine's time per item (the time spent inside the
// engine's Next/Handle, i.e. Joblink's own work, not QuickBooks'), the whole process's CPU per
// item (an upper bound: it includes both simulators), and the runs from accept to QuickBooks.
func BenchmarkExportReferenceCostCodes(b *testing.B) {
	var roundTrips, runs, items int
	var engineTime time.Duration
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		r := synctest.New(b, synctest.Options{Log: zerolog.Nop()})
		r.RunWebConnector(b)
		r.ChooseAccounts(b)
		if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
			b.Fatal(err)
		}
		n, err := r.Engine.Export(costcodes.Kind, engine.Selection{All: true}, engine.ByBookkeeper)
		if err != nil {
			b.Fatal(err)
		}
		items += n
		timer := timeEngine(r.Engine)
		cpu0 := processCPU()
		b.StartTimer()
		for runs = 0; r.Engine.HasWork(context.Background()); runs++ {
			if runs > 5 {
				b.Fatal("still work after 5 runs")
			}
			timer.runOnce(b, r)
		}
		b.StopTimer()
		cpu += processCPU() - cpu0
		engineTime += timer.total()
		last := r.Engine.LastRun()
		roundTrips = last.RoundTrips
		page, _ := r.Engine.List(costcodes.Kind, engine.Query{Status: "synced", Limit: 1})
		if page.Total != n {
			b.Fatalf("%d of %d synced", page.Total, n)
		}
	}
	perItem := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(items) }
	b.ReportMetric(float64(roundTrips), "roundtrips")
	b.ReportMetric(perItem(engineTime), "engine-µs/item")
	b.ReportMetric(perItem(cpu), "process-cpu-µs/item")
	b.ReportMetric(float64(runs), "runs-to-quickbooks")
	peak := peakRSSMB()
	b.ReportMetric(peak, "peak-rss-MB")
	fmt.Printf("\n1,039 cost codes: %d export round trips (target ≤ %d: %s); synced %d run(s) after accept (target: the next run, %s);\n"+
		"engine %.0f µs per item (Joblink's own work); whole process CPU %.0f µs per item (both simulators included)\n",
		roundTrips, targetRoundTrips, verdict(roundTrips <= targetRoundTrips), runs, verdict(runs <= targetRuns), perItem(engineTime), perItem(cpu))
	fmt.Printf("peak resident memory of the whole test process (Joblink's side and both simulators) %.0f MB (target for Joblink ≤ %d MB: %s)\n",
		peak, targetRSSMB, verdict(peak <= targetRSSMB))
}

func verdict(ok bool) string {
	if ok {
		return "meets"
	}
	return "MISSES"
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// engineTimer measures the time spent in the engine's run calls.
type engineTimer struct {
	e  *engine.Engine
	mu sync.Mutex
	d  time.Duration
}

func timeEngine(e *engine.Engine) *engineTimer { return &engineTimer{e: e} }

func (t *engineTimer) total() time.Duration { t.mu.Lock(); defer t.mu.Unlock(); return t.d }

// runOnce runs one Web Connector session and adds the engine's share, read from the log-free
// counters the engine keeps.
func (t *engineTimer) runOnce(b *testing.B, r *synctest.Rig) {
	before := t.e.Busy()
	r.RunWebConnector(b)
	t.mu.Lock()
	t.d += t.e.Busy() - before
	t.mu.Unlock()
}
