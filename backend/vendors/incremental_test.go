package vendors_test

import (
	"strings"
	"testing"
	"time"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// A company added to the Procore directory after a poll is found by the next poll's incremental read
// (filters[updated_at] from the newest updated_at seen, less a margin), whether it was stamped
// later than that, in the same second (updated_at has whole seconds), or a little before it: a
// company saved while the previous read was under way, or by a Procore server whose clock runs
// a little behind another's.
func TestCompanyAddedAfterAPollFound(t *testing.T) {
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
			fr := newRig(t)
			stamp := newest.Format(time.RFC3339)
			fr.AddVendor(t, &procoresim.Vendor{ID: 501, Name: "First Supply Co", CreatedAt: stamp, UpdatedAt: stamp})
			fr.Poll(t)
			fr.Item(t, 501)
			stamp = tc.updated.Format(time.RFC3339)
			fr.AddVendor(t, &procoresim.Vendor{ID: 502, Name: "Added Later Electric", CreatedAt: stamp, UpdatedAt: stamp})
			fr.Poll(t)
			if _, err := fr.Engine.Get(fr.ID(502)); err != nil {
				t.Fatalf("the company added after the first poll, on the next: %v", err)
			}
		})
	}
}

// A company stamped far in the future (a test fixture's "2030-01-01", or a Procore clock gone
// wrong by more than the read's day of slack) is past the end of the incremental read's range,
// as it would be in Procore. It is not lost: Procore's count then exceeds Joblink's, and the
// same poll reads every companies (both lists) when the hour's call budget allows — the company does
// not wait a poll interval. (TestCompanyStampedInTheFutureWaitsForTheBudget shows that the
// incremental read alone does not find it.)
func TestCompanyStampedInTheFutureFoundByTheCount(t *testing.T) {
	fr := newRig(t)
	fr.AddVendor(t, &procoresim.Vendor{ID: 501, Name: "First Supply Co"})
	fr.Poll(t)
	future := "2030-01-01T00:00:00Z"
	fr.AddVendor(t, &procoresim.Vendor{ID: 502, Name: "Stamped In 2030 Glass", CreatedAt: future, UpdatedAt: future})
	fr.Poll(t)
	if _, err := fr.Engine.Get(fr.ID(502)); err != nil {
		t.Fatalf("the poll whose count disagreed: %v", err)
	}
}

// With the hour's call budget spent by the read of what changed, the count and the list of
// every id, the full read is not made: the company waits for the next poll, which reads
// everything first, and the poll status says why reading waits.
func TestCompanyStampedInTheFutureWaitsForTheBudget(t *testing.T) {
	fr := newRig(t)
	fr.AddVendor(t, &procoresim.Vendor{ID: 501, Name: "First Supply Co"})
	fr.Poll(t)
	future := "2030-01-01T00:00:00Z"
	fr.AddVendor(t, &procoresim.Vendor{ID: 502, Name: "Stamped In 2030 Glass", CreatedAt: future, UpdatedAt: future})
	fr.LeaveCalls(t, incrementalCalls)
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
}

// incrementalCalls is what a poll whose count disagrees spends before a full read: the read of what changed and the count, then the list of every id: the main list compact and the inactive list, one call each.
const incrementalCalls = 4
