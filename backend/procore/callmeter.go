package procore

import (
	"sync"
	"time"
)

// CallMeter counts the calls a client (and every copy made by WithCompany) sends to Procore
// over the last hour, and knows Procore's hourly limit from the X-Rate-Limit-* headers (§3.2).
// The poller asks it how many calls reading Procore may still make this hour: a share of the
// limit (DefaultCallShare), so that what the bookkeeper does by hand — linking, creating,
// sending links back — always finds calls left. A "Sync now" is a read too: it goes first,
// but within the same share.
//
// Procore reports whichever window is closest to running out: the hourly one, or the 10-second
// spike window with a far smaller limit. A report whose reset is more than a minute away is
// the hourly window; a smaller limit with a reset a few seconds away is the spike window and
// does not change the hourly figures.
type CallMeter struct {
	mu    sync.Mutex
	share float64
	// minutes counts calls per minute over the last hour; slot i holds minute m with m%60 == i.
	minutes [60]minuteCount
	// What Procore last said about the hourly window.
	limit     int
	remaining int
	reset     time.Time
}

type minuteCount struct {
	minute int64 // Unix minutes
	n      int
}

// DefaultCallShare is the share of Procore's hourly limit steady polling may use.
const DefaultCallShare = 0.5

// DefaultHourlyLimit is what Joblink assumes before Procore has said: the documented 3,600
// requests an hour per company (§3.2, historic).
const DefaultHourlyLimit = 3600

// spikeHorizon separates the spike window's reports (reset within seconds) from the hourly ones.
const spikeHorizon = time.Minute

func newCallMeter(share float64) *CallMeter {
	m := &CallMeter{}
	m.SetShare(share)
	return m
}

// SetShare sets the share of the hourly limit steady polling may use (0 < share ≤ 1; anything
// else means DefaultCallShare).
func (m *CallMeter) SetShare(share float64) {
	if share <= 0 || share > 1 {
		share = DefaultCallShare
	}
	m.mu.Lock()
	m.share = share
	m.mu.Unlock()
}

// count records one call sent at now.
func (m *CallMeter) count(now time.Time) {
	minute := now.Unix() / 60
	m.mu.Lock()
	defer m.mu.Unlock()
	slot := &m.minutes[minute%60]
	if slot.minute != minute {
		*slot = minuteCount{minute: minute}
	}
	slot.n++
}

// observe takes the rate-limit report (readRateReport) of an answer received at local (the
// client's clock, the one Usage is asked with).
func (m *CallMeter) observe(report rateReport, local time.Time) {
	if report.limit <= 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if report.untilReset <= spikeHorizon && (m.limit == 0 || report.limit < m.limit) {
		return // the spike window (or too close to the hour's end to tell): keep the hourly figures
	}
	m.limit, m.remaining, m.reset = report.limit, report.remaining, local.Add(report.untilReset)
}

// Usage is the hour as the meter sees it.
type Usage struct {
	Used   int // calls this client sent in the last 60 minutes
	Limit  int // Procore's hourly limit (DefaultHourlyLimit until Procore says)
	Budget int // the calls steady polling may make in an hour: Share of Limit
	// Left is what polling may still spend now: the budget less what was used, and never more
	// than Procore says remains beyond the part of the limit kept for the bookkeeper.
	Left int
	// Frees is when calls next age out of the hour (zero when none were made): when Left is
	// 0, polling can go on then.
	Frees time.Time
}

// Usage reports the last hour at now.
func (m *CallMeter) Usage(now time.Time) Usage {
	m.mu.Lock()
	defer m.mu.Unlock()
	u := Usage{Limit: m.limit}
	if u.Limit == 0 {
		u.Limit = DefaultHourlyLimit
	}
	u.Budget = int(float64(u.Limit) * m.share)
	current := now.Unix() / 60
	oldest := int64(0)
	for _, slot := range m.minutes {
		if slot.n == 0 || slot.minute <= current-60 || slot.minute > current {
			continue
		}
		u.Used += slot.n
		if oldest == 0 || slot.minute < oldest {
			oldest = slot.minute
		}
	}
	u.Left = max(u.Budget-u.Used, 0)
	if m.limit > 0 && now.Before(m.reset) {
		// Procore's own count also holds calls made elsewhere with the same sign-in.
		u.Left = min(u.Left, max(m.remaining-(u.Limit-u.Budget), 0))
	}
	if oldest != 0 {
		u.Frees = time.Unix((oldest+60)*60, 0)
	}
	return u
}

// CallsThisHour is Usage as the sync engine's poller reads it.
func (m *CallMeter) CallsThisHour(now time.Time) (used, budget, left int, frees time.Time) {
	u := m.Usage(now)
	return u.Used, u.Budget, u.Left, u.Frees
}

// Calls is the client's call meter, shared by every copy WithCompany makes (Procore's limits are
// per app and user, not per company).
func (c *Client) Calls() *CallMeter { return c.meter }
