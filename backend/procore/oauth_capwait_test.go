package procore

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// A token endpoint that asks for a wait beyond Procore's longest rate-limit window (a Retry-After
// of two days, or a reset two days away on Procore's clock) is reported as a wait of an hour, and
// the log says why the wait it asked for was not kept; a wait within the hour says nothing.
func TestTokenWaitCappedAtAnHourIsLogged(t *testing.T) {
	for _, tc := range []struct {
		name       string
		headers    map[string]string
		want       time.Duration
		wantWarned bool
	}{
		{"Retry-After of two days", map[string]string{"Retry-After": strconv.Itoa(48 * 3600)}, time.Hour, true},
		{"reset two days away", map[string]string{"X-Rate-Limit-Limit": "600", "X-Rate-Limit-Remaining": "0",
			"X-Rate-Limit-Reset": strconv.FormatInt(time.Now().Add(48*time.Hour).Unix(), 10)}, time.Hour, true},
		{"Retry-After of ten minutes", map[string]string{"Retry-After": "600"}, 10 * time.Minute, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
				for k, v := range tc.headers {
					w.Header().Set(k, v)
				}
				writeJSON(w, http.StatusTooManyRequests, `{"message":"Too many requests"}`)
			}))
			t.Cleanup(srv.Close)
			var buf bytes.Buffer
			logger := zerolog.New(&buf)
			o := newOAuth(t, srv, &MemoryTokenStore{}, func(c *OAuthConfig) { c.Logger = &logger })
			_, err := o.ExchangeCode(context.Background(), "the-code-123456", "x")
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.Status != http.StatusTooManyRequests {
				t.Fatalf("err = %v; want a 429 APIError", err)
			}
			if d := apiErr.RetryAfter - tc.want; d < -2*time.Second || d > 2*time.Second {
				t.Fatalf("RetryAfter = %v, want about %v", apiErr.RetryAfter, tc.want)
			}
			warned := strings.Contains(buf.String(), "longer than its longest rate-limit window (an hour); waiting an hour at most")
			if warned != tc.wantWarned || warned && !strings.Contains(buf.String(), `"level":"warn"`) {
				t.Fatalf("warned %v, want %v; log:\n%s", warned, tc.wantWarned, buf.String())
			}
		})
	}
}
