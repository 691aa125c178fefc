package procore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// companyHeader says when a call carries Procore-Company-Id (§1.3).
type companyHeader int

const (
	companyRequired companyHeader = iota // every company-scoped call
	companyIfKnown                       // /me and /companies: sent when set, required for DMSA
)

// request is one logical API call; do may send it several times.
type request struct {
	method     string
	path       string // /rest/v1.0/…
	query      url.Values
	body       any
	company    companyHeader
	idempotent bool // safe to send again after a timeout or 5xx; see retry.go
}

// response is a complete, size-checked answer.
type response struct {
	status int
	header http.Header
	body   []byte
}

// Get calls any GET endpoint and decodes the JSON answer into out: the way to reach endpoints
// that have no typed method yet.
func (c *Client) Get(ctx context.Context, path string, query url.Values, out any) error {
	return c.call(ctx, &request{method: http.MethodGet, path: path, query: query, idempotent: true}, out)
}

// Send calls any endpoint with a JSON body. It is not retried after timeouts or 5xx answers,
// because Procore may already have acted on it; 429s, which Procore rejects before acting,
// are retried.
func (c *Client) Send(ctx context.Context, method, path string, query url.Values, body, out any) error {
	return c.call(ctx, &request{method: method, path: path, query: query, body: body}, out)
}

// call sends req and decodes the answer into out (when out is not nil).
func (c *Client) call(ctx context.Context, req *request, out any) error {
	resp, err := c.do(ctx, req)
	if err != nil {
		return err
	}
	return c.decode(req, resp, out)
}

func (c *Client) decode(req *request, resp *response, out any) error {
	if out == nil || len(bytes.TrimSpace(resp.body)) == 0 && resp.status == http.StatusNoContent {
		return nil
	}
	if err := json.Unmarshal(resp.body, out); err != nil {
		return &TransportError{Kind: Unreadable, Method: req.method, Path: req.path, Err: fmt.Errorf("decode JSON: %w", err)}
	}
	return nil
}

// do sends req until it succeeds, fails for good, or runs out of attempts: pacing before each
// attempt, one token refresh after a 401, and the retries retry.go allows.
func (c *Client) do(ctx context.Context, req *request) (*response, error) {
	if req.company == companyRequired && c.cfg.CompanyID == 0 ||
		req.company == companyIfKnown && c.cfg.ServiceAccount && c.cfg.CompanyID == 0 {
		return nil, c.errNoCompany(req.path)
	}
	var body []byte
	if req.body != nil {
		var err error
		if body, err = json.Marshal(req.body); err != nil {
			return nil, fmt.Errorf("procore: %s %s: encode body: %w", req.method, req.path, err)
		}
	}
	refreshed := false
	for attempt := 1; ; attempt++ {
		if err := c.pace(ctx, req); err != nil {
			return nil, err
		}
		token, err := c.cfg.Tokens.AccessToken(ctx)
		if err != nil {
			return nil, err
		}
		started := c.clock.Now()
		c.meter.count(started) // every attempt counts against Procore's limit, answered or not
		resp, err := c.send(ctx, req, body, token)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("procore: %s %s: %w", req.method, req.path, ctx.Err())
			}
			var te *TransportError
			if errors.As(err, &te) && te.Kind != TooLarge && req.idempotent && attempt < c.cfg.MaxAttempts {
				wait := backoff(attempt)
				c.log.Warn().Str("method", req.method).Str("path", req.path).Int("attempt", attempt).
					Dur("wait", wait).Err(err).Msg("procore call failed; retrying")
				if serr := sleepWithin(ctx, c.clock, wait); serr != nil {
					return nil, err
				}
				continue
			}
			return nil, err
		}
		// Procore's clock first: its rate-limit reset is a time on that clock.
		received := c.clock.Now()
		c.server.observe(resp.header, received)
		c.observeRateLimit(req, resp.header, received)
		c.log.Debug().Str("method", req.method).Str("path", req.path).Int("status", resp.status).
			Dur("took", c.clock.Now().Sub(started)).Int("attempt", attempt).Msg("procore call")
		if resp.status < 300 {
			return resp, nil
		}
		if resp.status == http.StatusUnauthorized && !refreshed {
			// One refresh and one more try: the token may have expired between the check and the
			// call. A second 401 is final, so a revoked sign-in never loops.
			refreshed = true
			if _, err := c.cfg.Tokens.Refresh(ctx, token); err != nil {
				return nil, err
			}
			attempt--
			continue
		}
		apiErr := c.apiError(req, resp)
		wait, retry := c.retryWait(req, resp, apiErr, attempt)
		if !retry {
			return nil, apiErr
		}
		c.log.Warn().Str("method", req.method).Str("path", req.path).Int("status", resp.status).
			Int("attempt", attempt).Dur("wait", wait).Msg("procore asked to wait; retrying")
		if err := sleepWithin(ctx, c.clock, wait); err != nil {
			if errors.Is(err, errWouldOutlast) {
				return nil, apiErr
			}
			return nil, fmt.Errorf("procore: %s %s: %w", req.method, req.path, err)
		}
	}
}

// observeRateLimit gives the pacer and the call meter an answer's rate-limit headers, received
// at local, measured on Procore's clock (c.Now, just learnt from the same answer's Date).
func (c *Client) observeRateLimit(req *request, h http.Header, local time.Time) {
	procoreNow := c.server.now(local)
	report, ok := readRateReport(h, procoreNow)
	if !ok {
		return
	}
	if report.capped {
		c.log.Warn().Str("method", req.method).Str("path", req.path).Str("reset", h.Get("X-Rate-Limit-Reset")).
			Time("procore_now", procoreNow).
			Msg("procore's rate-limit reset is more than an hour away on its own clock; pacing as if it were an hour")
	}
	c.pacer.observe(report, local)
	c.meter.observe(report, local)
}

// pace waits as the rate-limit headers advise before the next call.
func (c *Client) pace(ctx context.Context, req *request) error {
	wait := c.pacer.reserve(c.clock.Now())
	if wait <= 0 {
		return nil
	}
	c.log.Info().Dur("wait", wait).Msg("procore rate limit nearly used up; pacing calls")
	if err := sleepWithin(ctx, c.clock, wait); err != nil {
		if errors.Is(err, errWouldOutlast) {
			return &APIError{Status: http.StatusTooManyRequests, Message: "rate limit used up until the reset",
				Method: req.method, Path: req.path, RetryAfter: wait}
		}
		return fmt.Errorf("procore: waiting for the rate limit: %w", err)
	}
	return nil
}

// send makes one attempt under its own deadline and reads the whole (capped) body.
func (c *Client) send(ctx context.Context, req *request, body []byte, token string) (*response, error) {
	attemptCtx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout)
	defer cancel()
	u := c.cfg.Environment.APIBase + req.path
	if len(req.query) > 0 {
		u += "?" + req.query.Encode()
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	hreq, err := http.NewRequestWithContext(attemptCtx, req.method, u, rd)
	if err != nil {
		return nil, fmt.Errorf("procore: build %s %s: %w", req.method, req.path, err)
	}
	hreq.Header.Set("Authorization", "Bearer "+token)
	hreq.Header.Set("Accept", "application/json")
	hreq.Header.Set("User-Agent", c.cfg.UserAgent)
	if body != nil {
		hreq.Header.Set("Content-Type", "application/json")
	}
	if c.cfg.CompanyID != 0 {
		hreq.Header.Set("Procore-Company-Id", strconv.FormatInt(c.cfg.CompanyID, 10))
	}
	hresp, err := c.http.Do(hreq)
	if err != nil {
		return nil, c.transportError(ctx, attemptCtx, req, err)
	}
	defer hresp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(hresp.Body, c.cfg.MaxResponseBytes+1))
	if err != nil {
		return nil, c.transportError(ctx, attemptCtx, req, err)
	}
	if int64(len(data)) > c.cfg.MaxResponseBytes {
		return nil, &TransportError{Kind: TooLarge, Method: req.method, Path: req.path, Limit: c.cfg.MaxResponseBytes}
	}
	return &response{status: hresp.StatusCode, header: hresp.Header, body: data}, nil
}

func (c *Client) transportError(ctx, attemptCtx context.Context, req *request, err error) error {
	kind := Unreachable
	if ctx.Err() == nil && errors.Is(attemptCtx.Err(), context.DeadlineExceeded) || isTimeout(err) {
		kind = Timeout
	}
	return &TransportError{Kind: kind, Method: req.method, Path: req.path, Err: err}
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

func (c *Client) apiError(req *request, resp *response) *APIError {
	eb := parseErrorBody(resp.body)
	e := &APIError{
		Status: resp.status, Code: eb.Code, Message: eb.Message, FieldErrors: eb.FieldErrors,
		Method: req.method, Path: req.path,
	}
	if resp.status == http.StatusTooManyRequests || resp.status == http.StatusServiceUnavailable {
		var capped bool
		e.RetryAfter, capped = askedWait(resp.header, c.Now())
		if capped {
			c.log.Warn().Str("method", req.method).Str("path", req.path).Dur("wait", e.RetryAfter).
				Str("retry_after", resp.header.Get("Retry-After")).Str("reset", resp.header.Get("X-Rate-Limit-Reset")).
				Msg("procore asked to wait longer than its longest rate-limit window (an hour); waiting an hour at most")
		}
	}
	if allow := resp.header.Get("Allow"); resp.status == http.StatusMethodNotAllowed && allow != "" && e.Message == "" {
		e.Message = "only " + allow + " is allowed"
	}
	return e
}
