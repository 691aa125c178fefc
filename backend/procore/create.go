package procore

import (
	"context"
	"errors"
	"fmt"
	"net/http"
)

// createOnce makes a create safe to repeat when its answer is lost. A create is not idempotent
// by itself: if the connection drops or Procore fails after doing the work, sending it again
// would make a second record. With an origin_id the record can be found: when the outcome is
// unknown (timeout, dropped connection, 5xx), or Procore answers that the origin_id is already
// taken (a lost earlier attempt), createOnce looks the record up by origin_id and returns it if
// it exists, and sends the create again only if it does not. Without an origin_id the create is
// sent once.
func createOnce[T any](ctx context.Context, c *Client, kind string, originID *string,
	create func() (T, error), byOriginID func(originID string) ([]T, error)) (T, error) {
	var zero T
	if originID == nil || *originID == "" {
		return create()
	}
	var lastErr error
	for attempt := 0; attempt < c.cfg.MaxAttempts; attempt++ {
		created, err := create()
		if err == nil {
			return created, nil
		}
		if !outcomeUnknown(err) && !originIDTaken(err) {
			return zero, err
		}
		lastErr = err
		found, lookErr := byOriginID(*originID)
		if lookErr != nil {
			return zero, fmt.Errorf("create %s: the answer was lost (%v) and looking it up by origin_id %q failed: %w", kind, err, *originID, lookErr)
		}
		switch len(found) {
		case 0:
			if originIDTaken(err) {
				return zero, err // taken, yet not visible: a record this user cannot see
			}
			continue // it was not created: send it again
		case 1:
			c.log.Info().Str("kind", kind).Msg("a create whose answer was lost had happened; using the record it made")
			return found[0], nil
		default:
			return zero, fmt.Errorf("create %s: %d records carry origin_id %q; Joblink will not guess which is its own", kind, len(found), *originID)
		}
	}
	return zero, lastErr
}

// outcomeUnknown reports whether a failed call may nevertheless have been carried out.
func outcomeUnknown(err error) bool {
	var te *TransportError
	if errors.As(err, &te) {
		return te.Kind == Timeout || te.Kind == Unreachable
	}
	var ae *APIError
	return errors.As(err, &ae) && ae.Status >= 500
}

// originIDTaken reports Procore refusing a create because the origin_id already exists (409 or
// 422 with an origin_id field error, reference §3.3).
func originIDTaken(err error) bool {
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusConflict && ae.Status != http.StatusUnprocessableEntity {
		return false
	}
	if _, ok := ae.FieldErrors["origin_id"]; ok {
		return true
	}
	return ae.Status == http.StatusConflict
}
