package synctest

import (
	"testing"
	"time"
)

// LeaveCalls sets the Procore client's call meter so that polling may make only n more calls
// this hour (its share of Procore's limit is what it used plus n), as when the hour's budget
// is nearly spent. SetShare on fr.Client.Calls() gives the budget back.
func (r *Rig) LeaveCalls(t testing.TB, n int) {
	t.Helper()
	m := r.Client.Calls()
	u := m.Usage(time.Now())
	m.SetShare((float64(u.Used+n) + 0.5) / float64(u.Limit))
	if u = m.Usage(time.Now()); u.Left != n {
		t.Fatalf("the call meter leaves %d calls, want %d: %+v", u.Left, n, u)
	}
}
