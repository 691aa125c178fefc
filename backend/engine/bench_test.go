//go:build !windows

package engine

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"joblink/qbwc/qbsim"
)

// benchDataEnv names the data folder BenchmarkEngineAt100k seeds for the process it starts;
// benchQBEnv the address of the simulated QuickBooks it serves to that process.
const (
	benchDataEnv = "JOBLINK_ENGINE_BENCH_DATA"
	benchQBEnv   = "JOBLINK_ENGINE_BENCH_QB"
)

const benchPerKind, benchQueued = 50000, 30000

// BenchmarkEngineAt100k stores 100,000 items (two kinds of 50,000, mostly synced, 30,000 of
// one accepted for export) through the engine's own paths, closes the store, and starts a new
// process on that data folder — a Joblink started on a database that size — which runs
// BenchmarkEngineAt100kMeasure (so the figures, memory above all, are that process's, not the
// seeding's). The simulated QuickBooks stays in this process and answers the measuring one
// over loopback HTTP, as QuickBooks answers Joblink from its own process on the PC: the
// measured memory and CPU are Joblink's alone.
func BenchmarkEngineAt100k(b *testing.B) {
	if os.Getenv(benchDataEnv) != "" {
		b.Skip("the measuring process")
	}
	dir := b.TempDir()
	vendors, others := newTestFlowOf(testKind), newTestFlowOf("testother")
	r := openTestRig(b, dir, []*testFlow{vendors, others})
	ctx := context.Background()
	start := time.Now()
	r.addTo(b, vendors, 0, benchPerKind)
	r.addTo(b, others, 0, benchPerKind)
	linkAll := func(f *testFlow, from, to int) {
		links := make([]LinkSpec, 0, to-from)
		for i := from; i < to; i++ {
			links = append(links, LinkSpec{ID: ItemID(f.kind, fmt.Sprintf("%07d", i)), Ref: QBRef{ListID: fmt.Sprintf("%s-%d", f.kind, i)}})
		}
		if _, err := r.e.LinkAll(links, ByBookkeeper); err != nil {
			b.Fatal(err)
		}
	}
	linkAll(vendors, 0, benchPerKind)
	linkAll(others, 0, benchPerKind-benchQueued)
	if err := r.e.WriteBack(ctx); err != nil {
		b.Fatal(err)
	}
	r.close()
	b.Logf("100,000 items stored in %s", time.Since(start).Round(time.Second))
	qbURL := serveQuickBooks(b, qbsim.New())
	cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^BenchmarkEngineAt100kMeasure$", "-test.benchtime=1x")
	cmd.Env = append(os.Environ(), benchDataEnv+"="+dir, benchQBEnv+"="+qbURL)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("the measuring process: %v", err)
	}
}

// BenchmarkEngineAt100kMeasure is the measuring half of BenchmarkEngineAt100k: "is there
// work?" when idle (≤ 1 ms), the engine's share of /api/status (p95 ≤ 10 ms), a page of 200
// items of a kind holding 50,000 (≤ 20 ms), building one message set with 30,000 queued
// (≤ 50 ms), and the export of those 30,000 to the simulated QuickBooks: round trips
// (≤ 30,000 / set size + 2), Joblink's time per item, peak memory (≤ 150 MB) and the data
// folder's size. QuickBooks is the simulator in the process that started this one.
func BenchmarkEngineAt100kMeasure(b *testing.B) {
	dir := os.Getenv(benchDataEnv)
	if dir == "" {
		b.Skip("run by BenchmarkEngineAt100k")
	}
	const perKind, queued = benchPerKind, benchQueued
	if keep := os.Getenv("JOBLINK_ENGINE_BENCH_KEEP"); keep != "" {
		_ = os.CopyFS(keep, os.DirFS(dir)) // a copy to measure again (profiling)
	}
	r := openTestRig(b, dir, []*testFlow{newTestFlowOf(testKind), newTestFlowOf("testother")})
	ctx := context.Background()
	qb := quickBooksAt(os.Getenv(benchQBEnv))

	b.Run("idle-has-work", func(b *testing.B) {
		const n = 2000
		t0 := time.Now()
		for range n {
			if r.e.HasWork(ctx) {
				b.Fatal("work while idle")
			}
		}
		b.ReportMetric(ms(time.Since(t0))/n, "ms/check")
	})
	b.Run("status", func(b *testing.B) {
		d := make([]time.Duration, 500)
		for i := range d {
			t0 := time.Now()
			if _, _, err := r.e.Pending(); err != nil {
				b.Fatal(err)
			}
			_, _, _, _ = r.e.PollStatus(), r.e.Run(), r.e.LastRun(), r.e.Paused()
			d[i] = time.Since(t0)
		}
		slices.Sort(d)
		b.ReportMetric(ms(d[len(d)*95/100]), "ms-p95")
	})
	b.Run("page-of-200", func(b *testing.B) {
		// The pages a person reads: the first, then each one after the last item shown (the
		// Cost codes page's Next), through the whole kind; the worst is reported.
		var worst time.Duration
		after, seen := "", 0
		for {
			t0 := time.Now()
			page, err := r.e.List(testKind, Query{After: after, Limit: 200})
			if err != nil || page.Total != perKind {
				b.Fatalf("page after %q: %d of %d, %v", after, len(page.Items), page.Total, err)
			}
			worst = max(worst, time.Since(t0))
			seen += len(page.Items)
			if len(page.Items) < 200 {
				break
			}
			after = page.Items[len(page.Items)-1].ID
		}
		if seen != perKind {
			b.Fatalf("the pages held %d items, want %d", seen, perKind)
		}
		b.ReportMetric(ms(worst), "ms-worst")
	})
	// The bookkeeper accepts 30,000 for export.
	if n, err := r.e.Export("testother", Selection{All: true}, ByBookkeeper); err != nil || n != queued {
		b.Fatalf("queued %d, %v", n, err)
	}
	b.Run("export-30000", func(b *testing.B) {
		if err := r.e.BeginRun(ctx); err != nil {
			b.Fatal(err)
		}
		busy0, cpu0 := r.e.Busy(), processCPU()
		t0 := time.Now()
		req, err := r.e.NextRequest(ctx)
		if err != nil || req == "" {
			b.Fatalf("first set: %v", err)
		}
		firstSet := time.Since(t0)
		trips := 0
		for req != "" {
			resp, err := qb.ProcessRequest(ctx, req)
			if err != nil {
				b.Fatal(err)
			}
			trips++
			if pct, err := r.e.HandleResponse(ctx, resp); err != nil || pct == 100 {
				if err != nil {
					b.Fatal(err)
				}
				break
			}
			if req, err = r.e.NextRequest(ctx); err != nil {
				b.Fatal(err)
			}
		}
		r.e.EndRun(ctx, nil)
		if got := qb.vendors(b); got != queued {
			b.Fatalf("QuickBooks has %d vendors, want %d", got, queued)
		}
		b.ReportMetric(ms(firstSet), "ms-first-set")
		b.ReportMetric(float64(trips), "round-trips")
		b.ReportMetric(ms(r.e.Busy()-busy0)/queued, "engine-ms/item")
		b.ReportMetric(ms(processCPU()-cpu0)/queued, "cpu-ms/item")
		b.ReportMetric(peakRSSMB(), "peak-MB")
		// The Go memory limit it was measured under (none unless GOMEMLIMIT sets one; store.Open sets GOGC 30: store/options.go).
		b.Logf("Go memory limit %d MB", debug.SetMemoryLimit(-1)>>20)
	})
	b.Run("footprint", func(b *testing.B) { b.ReportMetric(dirMB(r.st.Path()), "data-MB") })
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// processCPU is the CPU time this process has used (the simulated QuickBooks runs in the
// process that started it).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSSMB is the process's peak resident memory (VmHWM).
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}

func dirMB(dir string) float64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return float64(n) / (1 << 20)
}
