package qbsim

import "time"

// Fault injection lets tests reproduce what a live QuickBooks does to a
// sync: records locked by a user (3170-3180), a request the parser rejects,
// QuickBooks not reachable at all, and slowness.

type lockFault struct {
	code      int
	remaining int
}

// ConnectionFault is what BeginSession fails with; the Web Connector
// reports it through connectionError.
type ConnectionFault struct {
	HResult string
	Message string
}

type faults struct {
	locks       map[string]*lockFault // by request name without "Rq", e.g. "CustomerAdd"
	parseErrors int
	connections []ConnectionFault
	perRequest  time.Duration
	perRecord   time.Duration
}

// InjectLockError makes the next `times` requests named request (e.g.
// "CustomerAdd" or "CustomerAddRq") fail with a lock status: 3170, 3175,
// 3176 or 3180. Nothing is changed by a failed request.
func (c *Company) InjectLockError(request string, code, times int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.faults.locks == nil {
		c.faults.locks = map[string]*lockFault{}
	}
	c.faults.locks[trimRq(request)] = &lockFault{code: code, remaining: times}
}

// InjectParseError makes the next `times` message sets fail as if the XML
// could not be parsed (HRESULT 0x80040400, empty response).
func (c *Company) InjectParseError(times int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.faults.parseErrors = times
}

// InjectConnectionError makes the next `times` BeginSession calls fail. An
// empty HResult means 0x80040408 "Could not start QuickBooks.".
func (c *Company) InjectConnectionError(f ConnectionFault, times int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f.HResult == "" {
		f.HResult, f.Message = HResultCannotStart, defaultConnectMessage
	}
	for range times {
		c.faults.connections = append(c.faults.connections, f)
	}
}

// SetLatency slows every request by perRequest plus perRecord for each
// record returned, to exercise client time-outs and pacing.
func (c *Company) SetLatency(perRequest, perRecord time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.faults.perRequest, c.faults.perRecord = perRequest, perRecord
}

func (f *faults) takeLock(request string) (int, bool) {
	l := f.locks[request]
	if l == nil || l.remaining <= 0 {
		return 0, false
	}
	l.remaining--
	return l.code, true
}

func (f *faults) takeParseError() bool {
	if f.parseErrors <= 0 {
		return false
	}
	f.parseErrors--
	return true
}

func (f *faults) takeConnectionFault() (ConnectionFault, bool) {
	if len(f.connections) == 0 {
		return ConnectionFault{}, false
	}
	cf := f.connections[0]
	f.connections = f.connections[1:]
	return cf, true
}
