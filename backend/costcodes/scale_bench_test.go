//go:build !windows

package costcodes_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

// Scale-curve targets (engine issue).
const (
	targetScaleRatio      = 1.5 // Joblink's time per exported item at 50,000 over its time at 1,000
	targetQuietMs         = 20  // Joblink's time for a Web Connector session when nothing changed
	targetQuietRoundTrips = 1   // its round trips
	targetLinkCalls50k    = 50  // Procore calls to write 50,000 links
)

// refreshSettle is how long after a write to QuickBooks the list refresh stops reading it
// again: qbrefresh's clockMargin (5 s) and the second its cursor is truncated to.
const refreshSettle = 6 * time.Second

// scaleFlow is what BenchmarkExportScale exports: cost codes or directory companies.
type scaleFlow struct {
	name     string // "codes", "vendors"
	kind     engine.Kind
	syncPath string // Procore's sync endpoint for the kind's links
}

var (
	scaleCodes   = scaleFlow{name: "codes", kind: costcodes.Kind, syncPath: "/standard_cost_codes/sync"}
	scaleVendors = scaleFlow{name: "vendors", kind: vendors.Kind, syncPath: "/vendors/sync"}
)

// scaleResult is one size's figures, kept for the ratio against the smallest size.
type scaleResult struct {
	items            int
	roundTrips, runs int
	added, linked    int           // created in QuickBooks, linked to a record already there
	engine           time.Duration // inside the export engine's NextRequest/HandleResponse
	engineCPU        time.Duration // CPU of the goroutine in the export phase's session calls
	joblink          time.Duration // inside Joblink's Web Connector handler (SOAP, refresh, export)
	cpu              time.Duration // the whole process (both simulators included)
	wall             time.Duration
}

func (r scaleResult) perItem(d time.Duration) float64 {
	return float64(d.Microseconds()) / 1000 / float64(r.items)
}

// scaleResults keeps each sub-benchmark's figures for the ratios printed by the largest size;
// scaleBase every run of a smallest size, whose median is the ratios' base.
var (
	scaleResults = map[string]scaleResult{}
	scaleBase    = map[string][]scaleResult{}
)

// baseRuns is how many times the smallest sizes run: their time per item is the denominator
// of the scale ratios, and one export of 1,000 codes (5 message sets) varied from 0.075 to
// 0.16 ms of thread CPU per item between runs on a quiet machine with the code unchanged,
// enough alone to move the 50,000/1,000 ratio from 0.96 to 1.56.
const baseRuns = 3

// smallestOf names the size whose time per item a largest size is compared with.
var smallestOf = map[string]string{"codes-50000": "codes-1000", "vendors-30000": "vendors-3000"}

// isBase reports whether label is some size's comparison base.
func isBase(label string) bool {
	for _, base := range smallestOf {
		if base == label {
			return true
		}
	}
	return false
}

// medianPerItem is the median over runs of d's time per item.
func medianPerItem(runs []scaleResult, d func(scaleResult) time.Duration) float64 {
	v := make([]float64, len(runs))
	for i, r := range runs {
		v[i] = r.perItem(d(r))
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// BenchmarkExportScale exports generated Procore companies of growing size through the whole
// real path (Procore simulator over HTTP → engine → Web Connector endpoint over SOAP →
// simulated QuickBooks), with direct export on: 1,000, 5,000, 20,000 and 50,000 standard cost
// codes, and 3,000 and 30,000 directory companies created as QuickBooks vendors. For each size
// it reports the export's round trips and Joblink's time per item, the Procore calls writing
// every link back (and that none is left pending), and a quiet Web Connector session
// afterwards; the largest sizes print their time per item against the smallest's. ns/op is
// the whole scenario, set-up and a 6 s wait for the list refresh included (the smallest sizes,
// the ratios' base, run it baseRuns times and report the median time per item). Run it with
//
//	go test -run '^$' -bench ExportScale -benchtime 1x -timeout 60m ./backend/costcodes/
func BenchmarkExportScale(b *testing.B) {
	for _, n := range []int{1000, 5000, 20000, 50000} {
		b.Run(fmt.Sprintf("codes-%d", n), func(b *testing.B) { benchScale(b, scaleCodes, n) })
	}
	for _, n := range []int{3000, 30000} {
		b.Run(fmt.Sprintf("vendors-%d", n), func(b *testing.B) { benchScale(b, scaleVendors, n) })
	}
}

func benchScale(b *testing.B, f scaleFlow, n int) {
	ctx := context.Background()
	label := fmt.Sprintf("%s-%d", f.name, n)
	runs := b.N
	if isBase(label) {
		runs *= baseRuns
	}
	for i := 0; i < runs; i++ {
		codes, companies := n, 0
		if f.kind == vendors.Kind {
			codes, companies = 0, n
		}
		pc, err := synctest.ScaleCompany(codes, companies)
		if err != nil {
			b.Fatal(err)
		}
		r := synctest.New(b, synctest.Options{PCompany: pc, ProcoreSpikeLimit: -1, Log: zerolog.Nop(),
			DirectExport: f.kind == costcodes.Kind, Lists: f.kind == vendors.Kind, DirectLists: f.kind == vendors.Kind})
		r.RunWebConnector(b) // the lists, for the accounts and the vendor names
		r.ChooseAccounts(b)

		// Read Procore: direct export queues every item.
		t0, cpu0 := time.Now(), processCPU()
		if err := r.Engine.PollOnce(ctx); err != nil {
			b.Fatal(err)
		}
		pollWall, pollCPU := time.Since(t0), processCPU()-cpu0
		page, err := r.Engine.List(f.kind, engine.Query{Status: "queued", Limit: 1})
		if err != nil || page.Total != n {
			b.Fatalf("%d of %d queued after the poll (%v); counts %v", page.Total, n, err, page.Counts)
		}

		// Export: Web Connector sessions until nothing is left.
		res := scaleResult{items: n}
		busy0, jt0 := r.Engine.Busy(), r.JoblinkTime()
		t0, cpu0 = time.Now(), processCPU()
		for res.runs = 0; r.Engine.HasWork(ctx); res.runs++ {
			if res.runs >= 5 {
				b.Fatalf("still work after %d Web Connector sessions", res.runs)
			}
			res.roundTrips += r.RunWebConnector(b).RequestSets
			if last := r.Engine.LastRun(); last != nil {
				res.added, res.linked = res.added+last.Added, res.linked+last.Linked
			}
		}
		res.wall, res.cpu = time.Since(t0), processCPU()-cpu0
		exported := time.Now()
		spent := r.JoblinkTime().Sub(jt0)
		res.engine, res.joblink, res.engineCPU = r.Engine.Busy()-busy0, spent.SOAP, spent.ExportCPU
		if page, _ := r.Engine.List(f.kind, engine.Query{Status: "synced", Limit: 1}); page.Total != n {
			b.Fatalf("%d of %d synced; counts %v", page.Total, n, page.Counts)
		}

		// Links back to Procore.
		calls0 := r.ProcoreRequests(f.syncPath)
		t0, cpu0 = time.Now(), processCPU()
		if err := r.Engine.WriteBack(ctx); err != nil {
			b.Fatal(err)
		}
		linkWall, linkCPU := time.Since(t0), processCPU()-cpu0
		linkCalls := r.ProcoreRequests(f.syncPath) - calls0
		pending := linksPending(b, r, f.kind)

		// Procore again: the links written must not read as changes.
		t0 = time.Now()
		det, err := r.Engine.Detect(ctx, f.kind)
		if err != nil {
			b.Fatal(err)
		}
		redetect := time.Since(t0)
		if det.New+det.Changed != 0 {
			b.Errorf("reading Procore after the links were written: %d new, %d changed of %d", det.New, det.Changed, det.Seen)
		}

		// Web Connector sessions with nothing to export: the first after the export (its
		// refresh reads back once what the export created), then quiet ones. The list refresh
		// re-reads whatever QuickBooks may still have been writing when it asked (its cursor
		// stays clockMargin, 5 s, behind the time of asking), so the first one waits until the
		// export is that old, as the Web Connector's next scheduled run would. The quiet
		// figures are the median of quietRuns sessions (the store compacts in the background
		// after a large export, and shares the machine's cores).
		time.Sleep(time.Until(exported.Add(refreshSettle)))
		after := quietSession(b, r)
		var quiets []sessionFigures
		for range quietRuns {
			quiets = append(quiets, quietSession(b, r))
		}
		quiet := medianSession(quiets)

		// The engine's "is there work?" with nothing to do, as a Web Connector authenticate asks
		// it when the list refresh is not due (the engine's own benchmark holds it to 1 ms at
		// 100,000 items).
		t0 = time.Now()
		for range idleChecks {
			if r.Engine.HasWork(ctx) {
				b.Fatal("work after the export")
			}
		}
		idle := time.Since(t0) / idleChecks

		wait := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		b.ReportMetric(float64(n), "items")
		b.ReportMetric(float64(res.roundTrips), "roundtrips")
		b.ReportMetric(res.perItem(res.engine), "engine-ms/item")
		b.ReportMetric(res.perItem(res.engineCPU), "engine-thread-cpu-ms/item")
		b.ReportMetric(res.perItem(res.joblink), "joblink-soap-ms/item")
		b.ReportMetric(res.perItem(res.cpu), "process-cpu-ms/item")
		b.ReportMetric(res.wall.Seconds(), "export-s")
		b.ReportMetric(float64(linkCalls), "link-procore-calls")
		b.ReportMetric(float64(pending), "links-pending")
		b.ReportMetric(wait(quiet.joblink()), "quiet-joblink-ms")
		b.ReportMetric(wait(quiet.jt.RefreshCPU+quiet.jt.ExportCPU), "quiet-joblink-thread-cpu-ms")
		b.ReportMetric(wait(quiet.jt.SOAP), "quiet-soap-ms")
		b.ReportMetric(wait(quiet.jt.PerMethod["authenticate"]), "quiet-password-check-ms")
		b.ReportMetric(wait(quiet.cpu), "quiet-process-cpu-ms")
		b.ReportMetric(float64(quiet.roundTrips), "quiet-roundtrips")
		b.ReportMetric(wait(idle), "idle-has-work-ms")

		fmt.Printf("\n%s: poll queued %d items in %.1f s (process CPU %.1f s, Procore simulator included)\n",
			label, n, pollWall.Seconds(), pollCPU.Seconds())
		fmt.Printf("%s: export in %d Web Connector session(s), %d round trips, %.1f s, %d created and %d linked in QuickBooks: engine %.3f ms/item (wall time inside Joblink's NextRequest/HandleResponse), "+
			"%.3f ms/item of CPU on the calling thread in the export phase; Joblink's Web Connector handler %.3f ms/item (SOAP, list refresh and export); whole process CPU %.3f ms/item (both simulators included)\n",
			label, res.runs, res.roundTrips, res.wall.Seconds(), res.added, res.linked, res.perItem(res.engine), res.perItem(res.engineCPU), res.perItem(res.joblink), res.perItem(res.cpu))
		linkOK := pending == 0 && (n < 50000 || linkCalls <= targetLinkCalls50k)
		fmt.Printf("%s: %d links written to Procore in %d call(s) (%.1f s, process CPU %.1f s), %d left pending: %s; re-reading Procore took %.1f s and found nothing changed: %s\n",
			label, n, linkCalls, linkWall.Seconds(), linkCPU.Seconds(), pending, verdict(linkOK), redetect.Seconds(), verdict(det.New+det.Changed == 0))
		for _, s := range []struct {
			name string
			q    sessionFigures
		}{{"first session after the export", after}, {fmt.Sprintf("quiet session (median of %d)", quietRuns), quiet}} {
			fmt.Printf("%s: %s: %d round trip(s); Joblink %.1f ms (engine %.1f + refresh %.1f, inside the session calls; "+
				"their calling thread's CPU %.1f + %.1f); Joblink's SOAP handler %.1f ms over %d calls (%s); whole process CPU %.1f ms (both simulators included)\n",
				label, s.name, s.q.roundTrips, wait(s.q.joblink()), wait(s.q.jt.Export), wait(s.q.jt.Refresh),
				wait(s.q.jt.ExportCPU), wait(s.q.jt.RefreshCPU),
				wait(s.q.jt.SOAP), s.q.jt.SOAPCalls, s.q.perMethod(), wait(s.q.cpu))
		}
		var each []string
		for _, q := range quiets {
			each = append(each, fmt.Sprintf("%.1f/%.1f", wait(q.joblink()), wait(q.jt.SOAP)))
		}
		fmt.Printf("%s: each quiet session, Joblink's session calls/SOAP handler in ms: %s\n", label, strings.Join(each, ", "))
		fmt.Printf("%s: the engine's \"is there work?\" with nothing to do: %.2f ms\n", label, wait(idle))
		quietCPU := quiet.jt.RefreshCPU + quiet.jt.ExportCPU
		fmt.Printf("%s: quiet session targets (≤ %d ms of Joblink's time, %d round trip): %s by the session calls' thread CPU (%.1f ms), "+
			"%s by their wall time (%.1f ms), %s by the SOAP handler's wall time with the password check (%.1f ms), %s on round trips\n",
			label, targetQuietMs, targetQuietRoundTrips, verdict(wait(quietCPU) <= targetQuietMs), wait(quietCPU),
			verdict(wait(quiet.joblink()) <= targetQuietMs), wait(quiet.joblink()),
			verdict(wait(quiet.jt.SOAP) <= targetQuietMs), wait(quiet.jt.SOAP), verdict(quiet.roundTrips <= targetQuietRoundTrips))

		scaleResults[label] = res
		if isBase(label) {
			scaleBase[label] = append(scaleBase[label], res)
		}
		smallest := smallestOf[label]
		if base := scaleBase[smallest]; len(base) > 0 {
			ratio := res.perItem(res.engine) / medianPerItem(base, func(r scaleResult) time.Duration { return r.engine })
			cpuRatio := res.perItem(res.engineCPU) / medianPerItem(base, func(r scaleResult) time.Duration { return r.engineCPU })
			soapRatio := res.perItem(res.joblink) / medianPerItem(base, func(r scaleResult) time.Duration { return r.joblink })
			unit := "cpu-ratio-50k-vs-1k"
			if f.kind == vendors.Kind {
				unit = "cpu-ratio-30k-vs-3k"
			}
			b.ReportMetric(ratio, unit)
			b.ReportMetric(cpuRatio, "thread-"+unit)
			fmt.Printf("%s: engine time per item %.2f× that of %s (the median of its %d runs; target ≤ %.1f×: %s); the export phase's thread CPU per item %.2f× (%s); "+
				"Joblink's Web Connector handler time per item %.2f×\n",
				label, ratio, smallest, len(base), targetScaleRatio, verdict(ratio <= targetScaleRatio), cpuRatio, verdict(cpuRatio <= targetScaleRatio), soapRatio)
		} else if smallest != "" {
			fmt.Printf("%s: no ratio (%s did not run in this process)\n", label, smallest)
		}
	}
	if base := scaleBase[label]; len(base) > 1 {
		// The figures of the smallest sizes' time per item are the median of their runs, as
		// the ratios use them (each metric above was the last run's).
		engine := medianPerItem(base, func(r scaleResult) time.Duration { return r.engine })
		cpu := medianPerItem(base, func(r scaleResult) time.Duration { return r.engineCPU })
		b.ReportMetric(engine, "engine-ms/item")
		b.ReportMetric(cpu, "engine-thread-cpu-ms/item")
		var each []string
		for _, r := range base {
			each = append(each, fmt.Sprintf("%.3f", r.perItem(r.engineCPU)))
		}
		fmt.Printf("%s: the export phase's thread CPU per item in each of %d runs: %s ms (median %.3f; engine time median %.3f ms)\n",
			label, len(base), strings.Join(each, ", "), cpu, engine)
	}
}

// sessionFigures are one Web Connector session's costs.
type sessionFigures struct {
	roundTrips int
	jt         synctest.JoblinkTime
	cpu        time.Duration // the whole process
}

// joblink is the time inside Joblink's two session phases: the list refresh and the export.
func (s sessionFigures) joblink() time.Duration { return s.jt.Refresh + s.jt.Export }

func (s sessionFigures) perMethod() string {
	var parts []string
	for m, d := range s.jt.PerMethod {
		parts = append(parts, fmt.Sprintf("%s %.1f", m, float64(d.Microseconds())/1000))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// idleChecks is how many times the idle "is there work?" is timed.
const idleChecks = 20

// quietRuns is how many quiet sessions each size runs; the figures are their medians.
const quietRuns = 5

// medianSession takes each figure's median over runs (the round trips: the most of any run).
func medianSession(runs []sessionFigures) sessionFigures {
	median := func(of func(sessionFigures) time.Duration) time.Duration {
		d := make([]time.Duration, len(runs))
		for i, r := range runs {
			d[i] = of(r)
		}
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return d[len(d)/2]
	}
	out := sessionFigures{jt: synctest.JoblinkTime{PerMethod: map[string]time.Duration{}}}
	for _, r := range runs {
		out.roundTrips = max(out.roundTrips, r.roundTrips)
		for m := range r.jt.PerMethod {
			out.jt.PerMethod[m] = median(func(s sessionFigures) time.Duration { return s.jt.PerMethod[m] })
		}
	}
	out.jt.Refresh = median(func(s sessionFigures) time.Duration { return s.jt.Refresh })
	out.jt.Export = median(func(s sessionFigures) time.Duration { return s.jt.Export })
	out.jt.RefreshCPU = median(func(s sessionFigures) time.Duration { return s.jt.RefreshCPU })
	out.jt.ExportCPU = median(func(s sessionFigures) time.Duration { return s.jt.ExportCPU })
	out.jt.SOAP = median(func(s sessionFigures) time.Duration { return s.jt.SOAP })
	out.jt.SOAPCalls = runs[len(runs)/2].jt.SOAPCalls
	out.cpu = median(func(s sessionFigures) time.Duration { return s.cpu })
	return out
}

func quietSession(b *testing.B, r *synctest.Rig) sessionFigures {
	b.Helper()
	jt0, cpu0 := r.JoblinkTime(), processCPU()
	rep := r.RunWebConnector(b)
	return sessionFigures{roundTrips: rep.RequestSets, jt: r.JoblinkTime().Sub(jt0), cpu: processCPU() - cpu0}
}

// linksPending counts the synced items of kind whose link has not been recorded in Procore.
func linksPending(b *testing.B, r *synctest.Rig, kind engine.Kind) int {
	b.Helper()
	items, err := r.Engine.Items(kind)
	if err != nil {
		b.Fatal(err)
	}
	pending := 0
	for _, it := range items {
		if it.State != engine.Synced || !it.LinkedInSource || it.LinkProblem != "" {
			pending++
		}
	}
	return pending
}
