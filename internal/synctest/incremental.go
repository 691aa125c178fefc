package synctest

import (
	"strings"
	"testing"
	"time"

	"joblink/backend/procore"
)

// IncrementalRead describes a company-wide flow read by filters[updated_at] for
// TestIncrementalRead: how to make its rig, how to put one of its records in the simulated
// Procore (created_at and updated_at = stamp; "" leaves the simulator's default), and the calls
// a poll whose count disagrees spends before a full read.
type IncrementalRead struct {
	NewRig func(t *testing.T) *FlowRig
	Add    func(t testing.TB, fr *FlowRig, id int64, name, stamp string)
	// CallsBeforeFullRead: the read of what changed, the count and the list of every id.
	CallsBeforeFullRead int
}

// TestIncrementalRead holds the cases every flow read incrementally must pass, so that jobs
// and vendors keep the same guarantees:
//
//   - a record created after a poll is found by the next poll's incremental read (from the
//     newest updated_at seen, less a margin), whether stamped later than that, in the same
//     second (updated_at has whole seconds) or a little before it — saved while the previous
//     read was under way, or by a Procore server whose clock runs a little behind another's;
//   - a record stamped far in the future (a fixture's "2030-01-01", a Procore clock wrong by
//     more than the read's day of slack) is past the end of the range, as in Procore, but not
//     lost: Procore's count then exceeds Joblink's and the same poll reads everything when the
//     hour's call budget allows;
//   - with that budget spent, the record waits for the next poll, which reads everything
//     first, and the poll status says why reading waits.
func TestIncrementalRead(t *testing.T, f IncrementalRead) {
	t.Run("added after a poll", func(t *testing.T) {
		newest := time.Now().UTC().Truncate(time.Second)
		for _, tc := range []struct {
			name    string
			updated time.Time
		}{
			{"later", newest.Add(time.Minute)},
			{"same second as the newest seen", newest},
			{"a minute before the newest seen", newest.Add(-time.Minute)},
		} {
			t.Run(tc.name, func(t *testing.T) {
				fr := f.NewRig(t)
				f.Add(t, fr, 501, "First", newest.Format(time.RFC3339))
				fr.Poll(t)
				fr.Item(t, 501)
				f.Add(t, fr, 502, "Added Later", tc.updated.Format(time.RFC3339))
				fr.Poll(t)
				if _, err := fr.Engine.Get(fr.ID(502)); err != nil {
					t.Fatalf("the record added after the first poll, on the next: %v", err)
				}
			})
		}
	})
	stampedInTheFuture := func(t *testing.T) *FlowRig {
		fr := f.NewRig(t)
		f.Add(t, fr, 501, "First", "")
		fr.Poll(t)
		f.Add(t, fr, 502, "Stamped In 2030", "2030-01-01T00:00:00Z")
		return fr
	}
	t.Run("stamped in the future, found by the count", func(t *testing.T) {
		fr := stampedInTheFuture(t)
		fr.Poll(t)
		if _, err := fr.Engine.Get(fr.ID(502)); err != nil {
			t.Fatalf("the poll whose count disagreed: %v", err)
		}
	})
	t.Run("stamped in the future, waits for the budget", func(t *testing.T) {
		fr := stampedInTheFuture(t)
		fr.LeaveCalls(t, f.CallsBeforeFullRead)
		fr.Poll(t)
		if _, err := fr.Engine.Get(fr.ID(502)); err == nil {
			t.Fatal("found with the budget spent: the incremental read's range no longer leaves it out, or the budget was not kept")
		}
		calls := fr.Engine.PollStatus().Calls
		if calls == nil || !calls.Waiting || !strings.Contains(calls.Says, "reads them all in full first") {
			t.Fatalf("the poll status: %+v; want waiting, saying that a full read is owed", calls)
		}
		fr.Client.Calls().SetShare(procore.DefaultCallShare)
		fr.Poll(t)
		if _, err := fr.Engine.Get(fr.ID(502)); err != nil {
			t.Fatalf("the poll after the budget freed: %v", err)
		}
		if calls := fr.Engine.PollStatus().Calls; calls == nil || strings.Contains(calls.Says, "in full") {
			t.Fatalf("the poll status after the full read: %+v", calls)
		}
	})
}
