package procore

import (
	"context"
	"time"
)

// Clock is the time source for pacing and retries; tests inject a fake one so that waiting an
// hour for a rate-limit reset takes no time.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx ends, whichever is first, and returns ctx.Err() in the
	// latter case.
	Sleep(ctx context.Context, d time.Duration) error
}

// SystemClock is the real clock.
type SystemClock struct{}

func (SystemClock) Now() time.Time { return time.Now() }

func (SystemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// sleepWithin sleeps unless the wait would outlast ctx's deadline; then it returns at once with
// errWouldOutlast, so a caller with five minutes left does not sit out an hour-long reset only
// to fail at the end.
func sleepWithin(ctx context.Context, clock Clock, d time.Duration) error {
	if deadline, ok := ctx.Deadline(); ok && clock.Now().Add(d).After(deadline) {
		return errWouldOutlast
	}
	return clock.Sleep(ctx, d)
}
