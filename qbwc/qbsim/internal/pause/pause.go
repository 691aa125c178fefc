// Package pause holds the one wait the simulators make: the simulated QuickBooks taking its
// time over a request, and the simulated Web Connector waiting between NoOp polls. Both must
// end as soon as their context does (a test or a bench shutting the session down), not run
// out the delay. It sits under qbsim/internal so that qbsim and qbsim/webconnector (which
// imports qbsim) share it without a cycle and without adding a non-QuickBooks call to qbsim's
// own API.
package pause

import (
	"context"
	"time"
)

// For waits d, or until ctx is done, whichever comes first; it returns ctx's error in the
// second case.
func For(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
