package procore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// Defaults for Config's zero values.
const (
	DefaultRequestTimeout   = 60 * time.Second
	DefaultMaxAttempts      = 5
	DefaultMaxResponseBytes = 64 << 20
	// DefaultPerPage stays under the 2,000 DOCS recommend (§3.1) while keeping the number of
	// calls for a whole company low.
	DefaultPerPage = 1000
)

// TokenSource hands out the bearer token for API calls. *OAuth implements it.
type TokenSource interface {
	// AccessToken returns a token that is valid now, refreshing first if it is about to expire.
	AccessToken(ctx context.Context) (string, error)
	// Refresh is called after Procore answered 401 to rejected; it returns a new token (or the
	// one another caller already refreshed to).
	Refresh(ctx context.Context, rejected string) (string, error)
}

// Config sets up a Client. Environment and Tokens are required.
type Config struct {
	Environment Environment
	Tokens      TokenSource
	// CompanyID is sent as Procore-Company-Id (§1.3); WithCompany makes a copy for another.
	CompanyID int64
	// ServiceAccount marks client-credentials (DMSA) tokens, which need Procore-Company-Id even
	// on /me and /companies.
	ServiceAccount bool

	HTTPClient       *http.Client    // nil: a client with sensible connection timeouts
	Logger           *zerolog.Logger // nil: no logging
	Clock            Clock           // nil: SystemClock
	RequestTimeout   time.Duration   // per attempt, including reading the body
	MaxAttempts      int             // attempts per call, including the first
	MaxResponseBytes int64           // answers larger than this fail with TooLarge
	PerPage          int             // page size for list calls
	UserAgent        string
	// CallShare is the share of Procore's hourly limit steady polling may use (see CallMeter);
	// zero means DefaultCallShare.
	CallShare float64
}

// Client calls Procore's REST API for one company. It is safe for concurrent use.
type Client struct {
	cfg   Config
	http  *http.Client
	log   zerolog.Logger
	clock Clock
	pacer *pacer // shared by copies: Procore's limits are per app and user, not per company
	meter *CallMeter
	// server is Procore's clock as its answers tell it, shared by copies.
	server *serverClock
}

// New checks cfg and returns a Client.
func New(cfg Config) (*Client, error) {
	if err := cfg.Environment.validate(); err != nil {
		return nil, err
	}
	if cfg.Tokens == nil {
		return nil, errors.New("procore: Config.Tokens is required")
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.MaxResponseBytes <= 0 {
		cfg.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if cfg.PerPage <= 0 {
		cfg.PerPage = DefaultPerPage
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "Joblink (QuickBooks Desktop connector)"
	}
	c := &Client{cfg: cfg, http: cfg.HTTPClient, clock: cfg.Clock, pacer: &pacer{}, meter: newCallMeter(cfg.CallShare),
		server: &serverClock{}}
	if c.http == nil {
		c.http = defaultHTTPClient()
	}
	if c.clock == nil {
		c.clock = SystemClock{}
	}
	if cfg.Logger != nil {
		c.log = cfg.Logger.With().Str("component", "procore").Logger()
	} else {
		c.log = zerolog.Nop()
	}
	c.cfg.Environment.APIBase = strings.TrimRight(cfg.Environment.APIBase, "/")
	return c, nil
}

// WithCompany returns a client for another company sharing this one's connections, tokens and
// rate-limit budget.
func (c *Client) WithCompany(companyID int64) *Client {
	cp := *c
	cp.cfg.CompanyID = companyID
	return &cp
}

// Now is Procore's clock, which stamps its records' updated_at: the client's clock (the PC's,
// unless a test gave another) moved by how far Procore's was from it at the last answer (its
// Date header); the client's alone before any answer. Cursors are never past it, and
// open-ended filters[updated_at] ranges run a day past it.
func (c *Client) Now() time.Time { return c.server.now(c.clock.Now()) }

// CompanyID is the company this client works in.
func (c *Client) CompanyID() int64 { return c.cfg.CompanyID }

// Environment is the Procore deployment this client talks to.
func (c *Client) Environment() Environment { return c.cfg.Environment }

// defaultHTTPClient bounds every phase of a connection; the whole-call deadline comes from the
// per-attempt context instead of http.Client.Timeout so that it also covers reading the body.
func defaultHTTPClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   15 * time.Second,
			ResponseHeaderTimeout: 90 * time.Second,
			IdleConnTimeout:       90 * time.Second,
			MaxIdleConnsPerHost:   8,
			ForceAttemptHTTP2:     true,
		},
		// Procore's API does not redirect; following one could carry the bearer token elsewhere.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func (c *Client) errNoCompany(path string) error {
	return fmt.Errorf("procore: %s needs a Procore company: choose the company in Joblink's settings first", path)
}
