package synctest

import (
	"context"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"joblink/qbwc/session"
)

// JoblinkTime is the time Joblink's side of the rig has spent answering the Web Connector,
// measured where Joblink's code is entered, so neither simulator's share is in it. The
// figures are wall time inside Joblink's calls; with the Web Connector waiting for each
// answer, nothing else of Joblink runs meanwhile, so they stand for Joblink's own work.
type JoblinkTime struct {
	// Refresh and Export are the time inside the list refresh's and the export engine's
	// session calls (HasWork, Begin, Next, Handle, End), through the session adapters.
	Refresh, Export time.Duration
	// RefreshCPU and ExportCPU are the CPU time of the goroutine making those calls (locked to
	// its thread meanwhile), which other processes' load does not inflate. They leave out the
	// work Badger does on its own goroutines (committing, compacting) and the background
	// garbage collector. Zero where the thread's CPU time cannot be read (not Linux).
	RefreshCPU, ExportCPU time.Duration
	// SOAP is the time inside Joblink's Web Connector HTTP handler, from the request's arrival
	// to the last byte of the answer: the SOAP parsing, the session manager, the password
	// check and both phases above. PerMethod splits it by SOAP operation.
	SOAP      time.Duration
	PerMethod map[string]time.Duration
	// SOAPCalls is how many SOAP requests the handler answered.
	SOAPCalls int
}

// Sub returns t minus an earlier reading.
func (t JoblinkTime) Sub(earlier JoblinkTime) JoblinkTime {
	out := JoblinkTime{Refresh: t.Refresh - earlier.Refresh, Export: t.Export - earlier.Export,
		RefreshCPU: t.RefreshCPU - earlier.RefreshCPU, ExportCPU: t.ExportCPU - earlier.ExportCPU,
		SOAP: t.SOAP - earlier.SOAP, SOAPCalls: t.SOAPCalls - earlier.SOAPCalls, PerMethod: map[string]time.Duration{}}
	for m, d := range t.PerMethod {
		if d -= earlier.PerMethod[m]; d != 0 {
			out.PerMethod[m] = d
		}
	}
	return out
}

// timing accumulates JoblinkTime.
type timing struct {
	refresh, export       atomic.Int64
	refreshCPU, exportCPU atomic.Int64
	mu                    sync.Mutex
	soap                  time.Duration
	calls                 int
	perMethod             map[string]time.Duration
}

func (t *timing) read() JoblinkTime {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := JoblinkTime{Refresh: time.Duration(t.refresh.Load()), Export: time.Duration(t.export.Load()),
		RefreshCPU: time.Duration(t.refreshCPU.Load()), ExportCPU: time.Duration(t.exportCPU.Load()),
		SOAP: t.soap, SOAPCalls: t.calls, PerMethod: make(map[string]time.Duration, len(t.perMethod))}
	for m, d := range t.perMethod {
		out.PerMethod[m] = d
	}
	return out
}

// JoblinkTime reads the time Joblink's side has spent so far; subtract two readings to get a
// session's share.
func (r *Rig) JoblinkTime() JoblinkTime { return r.timing.read() }

// timedPhase measures every call into one session phase: its wall time and the CPU time of
// the goroutine making it.
type timedPhase struct {
	session.Engine
	total, cpu *atomic.Int64
}

// start locks the goroutine to its thread and returns what done needs.
func (p timedPhase) start() (time.Time, time.Duration) {
	runtime.LockOSThread()
	return time.Now(), threadCPU()
}

func (p timedPhase) done(start time.Time, cpu0 time.Duration) {
	p.cpu.Add(int64(threadCPU() - cpu0))
	p.total.Add(int64(time.Since(start)))
	runtime.UnlockOSThread()
}

func (p timedPhase) HasWork(ctx context.Context) bool {
	defer p.done(p.start())
	return p.Engine.HasWork(ctx)
}

func (p timedPhase) Begin(ctx context.Context, s *session.Info) error {
	defer p.done(p.start())
	return p.Engine.Begin(ctx, s)
}

func (p timedPhase) Next(ctx context.Context, s *session.Info) (string, error) {
	defer p.done(p.start())
	return p.Engine.Next(ctx, s)
}

func (p timedPhase) Handle(ctx context.Context, s *session.Info, responseXML string) (int, error) {
	defer p.done(p.start())
	return p.Engine.Handle(ctx, s, responseXML)
}

func (p timedPhase) End(ctx context.Context, s *session.Info, err error) string {
	defer p.done(p.start())
	return p.Engine.End(ctx, s, err)
}

// timedHandler measures Joblink's Web Connector HTTP handler, by SOAP operation.
type timedHandler struct {
	h http.Handler
	t *timing
}

func (th timedHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	start := time.Now()
	th.h.ServeHTTP(w, req)
	d := time.Since(start)
	method := strings.Trim(req.Header.Get("SOAPAction"), `"`)
	if i := strings.LastIndex(method, "/"); i >= 0 {
		method = method[i+1:]
	}
	if method == "" {
		method = req.Method + " " + req.URL.Path
	}
	th.t.mu.Lock()
	defer th.t.mu.Unlock()
	if th.t.perMethod == nil {
		th.t.perMethod = map[string]time.Duration{}
	}
	th.t.soap += d
	th.t.calls++
	th.t.perMethod[method] += d
}

// requestCounter counts the requests a Procore simulator answers, by method and path.
type requestCounter struct {
	h  http.Handler
	mu sync.Mutex
	n  map[string]int
}

func (c *requestCounter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	c.mu.Lock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[req.Method+" "+req.URL.Path]++
	c.mu.Unlock()
	c.h.ServeHTTP(w, req)
}

// ProcoreRequests is how many requests the rig's own Procore simulator has answered whose path
// ends with suffix (any method), e.g. "/standard_cost_codes/sync". It is 0 when the rig uses a
// Procore running elsewhere (Options.ProcoreURL).
func (r *Rig) ProcoreRequests(suffix string) int {
	c := r.procoreCounter
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	total := 0
	for key, n := range c.n {
		if strings.HasSuffix(key, suffix) {
			total += n
		}
	}
	return total
}
