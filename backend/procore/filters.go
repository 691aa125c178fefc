package procore

import (
	"net/url"
	"time"
)

// TimeRange selects records by created_at/updated_at for incremental reads (§1.4). A zero To
// means "until now": a day past the later of now and From, now being Procore's clock as its
// answers' Date headers tell it (Client.Now), so that neither a PC clock running behind
// Procore's (whose timestamps From usually comes from) nor the first call, made before
// Procore's clock is known, hides the newest changes.
type TimeRange struct {
	From, To time.Time
}

func (r TimeRange) isZero() bool { return r.From.IsZero() && r.To.IsZero() }

// filterValue renders "2016-09-23T16:30:00Z...2016-09-23T17:00:00Z".
func (r TimeRange) filterValue(now time.Time) string {
	to := r.To
	if to.IsZero() {
		to = now
		if r.From.After(to) {
			to = r.From
		}
		to = to.Add(24 * time.Hour)
	}
	from := r.From
	if from.IsZero() {
		from = time.Unix(0, 0)
	}
	return from.UTC().Format(time.RFC3339) + "..." + to.UTC().Format(time.RFC3339)
}

func setRange(q url.Values, filter string, r TimeRange, now time.Time) {
	if !r.isZero() {
		q.Set("filters["+filter+"]", r.filterValue(now))
	}
}

func setIf(q url.Values, key, value string) {
	if value != "" {
		q.Set(key, value)
	}
}
