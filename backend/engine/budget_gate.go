package engine

import (
	"fmt"
	"strconv"
	"time"
)

// Steady polling stays within a share of Procore's hourly call limit (the rest is kept for what
// the bookkeeper does by hand). The Procore client counts the calls and knows the limit; the
// poller asks it, before each read, what is left, and when nothing is, detection waits for
// the hour to free up and the poll status says so.

// Meter counts Procore calls against the hour's budget; the Procore client's call meter
// implements it.
type Meter interface {
	// CallsThisHour reports the calls made in the last hour, the budget steady polling may
	// spend in an hour, what it may still spend now, and when calls next age out of the hour.
	CallsThisHour(now time.Time) (used, budget, left int, frees time.Time)
}

// Metered is implemented by flows whose reads are Procore calls counted by a Meter. The
// poller spends the budget on them only; flows without it (kinds read from QuickBooks' mirror)
// are read on every pass.
type Metered interface {
	Meter() (Meter, error)
}

// Calls is Procore's call budget as the dashboard shows it.
type Calls struct {
	Used   int `json:"used"`   // calls in the last hour
	Budget int `json:"budget"` // what steady polling may spend in an hour
	// Waiting is set while detection waits for the hour's budget: ResumesAt says until when.
	Waiting   bool       `json:"waiting"`
	ResumesAt *time.Time `json:"resumesAt,omitempty"`
	// Deferred counts the project reads left for a later pass: over this pass's share of the
	// hour, or waiting for the budget.
	Deferred int    `json:"deferred,omitempty"`
	Says     string `json:"says,omitempty"`
}

// gate is one pass's view of the budget.
type gate struct {
	m     Meter
	now   func() time.Time
	start int // calls used when the pass began
	// waiting is set once a read was refused for want of budget; frees is when it frees.
	waiting bool
	frees   time.Time
	owed    []string // full reads the budget left for the next pass (detect_full.go)
}

// meter finds the flows' meter (they share one Procore client); nil when none says.
func (e *Engine) meter() Meter {
	for _, f := range e.flows {
		if mf, ok := f.(Metered); ok {
			if m, err := mf.Meter(); err == nil && m != nil {
				return m
			}
		}
	}
	return nil
}

func (e *Engine) newGate() *gate {
	g := &gate{m: e.meter(), now: e.now}
	if g.m != nil {
		g.start, _, _, _ = g.m.CallsThisHour(e.now())
	}
	return g
}

// allows reports whether a read of about need calls may go now.
func (g *gate) allows(need int) bool {
	if g == nil || g.m == nil {
		return true
	}
	_, _, left, frees := g.m.CallsThisHour(g.now())
	if left >= max(need, 1) {
		return true
	}
	g.waiting, g.frees = true, frees
	return false
}

// spent is what the pass has spent so far (every call of the hour since it began: reads,
// and whatever else went to Procore meanwhile).
func (g *gate) spent() int {
	if g == nil || g.m == nil {
		return 0
	}
	used, _, _, _ := g.m.CallsThisHour(g.now())
	return max(used-g.start, 0)
}

// budget is the hour's budget, or 0 when no meter says.
func (g *gate) budget() int {
	if g == nil || g.m == nil {
		return 0
	}
	_, budget, _, _ := g.m.CallsThisHour(g.now())
	return budget
}

// status is the budget for the dashboard after the pass; nil without a meter.
func (g *gate) status(deferred int) *Calls {
	if g.m == nil {
		return nil
	}
	used, budget, left, frees := g.m.CallsThisHour(g.now())
	c := &Calls{Used: used, Budget: budget, Deferred: deferred}
	if left <= 0 && !g.waiting {
		g.waiting, g.frees = true, frees // spent now, though nothing due was refused
	}
	if g.waiting {
		c.Waiting = true
		if !g.frees.IsZero() {
			at := g.frees
			c.ResumesAt = &at
		}
		c.Says = fmt.Sprintf("Joblink has used its share of Procore's requests for this hour (%s of %s): reading Procore waits", thousands(used), thousands(budget))
		if c.ResumesAt != nil {
			c.Says += " until " + at24(*c.ResumesAt)
		}
		c.Says += "."
	}
	if owed := g.owedSays(); owed != "" {
		c.Says += " " + owed
	}
	if deferred > 0 {
		if c.Says != "" {
			c.Says += " "
		}
		noun := "projects wait"
		if deferred == 1 {
			noun = "project waits"
		}
		c.Says += fmt.Sprintf("%s %s to be read in a later pass, so that reading stays spread over the hour.", thousands(deferred), noun)
	}
	return c
}

func at24(t time.Time) string { return t.Local().Format("15:04") }

// thousands writes n with thousands separators, as the pages do: 1,800.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
