package procore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"golang.org/x/oauth2"

	"joblink/backend/logging"
	"joblink/backend/problem"
)

// OutOfBandRedirectURI makes Procore show the sign-in code on a page for the user to paste
// into Joblink instead of redirecting the browser (§2.1).
const OutOfBandRedirectURI = "urn:ietf:wg:oauth:2.0:oob"

// LoopbackRedirectURI is the redirect registered for Joblink's browser sign-in. The port is
// fixed at registration time because Procore does not accept dynamic redirect URIs (§2.1).
func LoopbackRedirectURI(port int) string {
	return "http://localhost:" + strconv.Itoa(port) + "/oauth/callback"
}

// OAuthConfig sets up OAuth. Environment, ClientID, ClientSecret and Store are required.
type OAuthConfig struct {
	Environment  Environment
	ClientID     string
	ClientSecret string
	Store        TokenStore
	HTTPClient   *http.Client
	Clock        Clock
	Logger       *zerolog.Logger
	// ServiceAccount: sign in with client credentials (DMSA) and renew by asking again.
	ServiceAccount bool
}

// OAuth signs Joblink in to Procore and keeps the access token fresh. It implements
// TokenSource and is safe for concurrent use.
type OAuth struct {
	cfg   OAuthConfig
	http  *http.Client
	clock Clock
	log   zerolog.Logger

	mu        sync.Mutex
	loaded    bool
	tok       Token
	unsaved   bool         // tok came from a refresh but Save failed; it must be saved before use
	signedOut error        // sticky ErrSignInAgain: no refresh is attempted until a new sign-in
	inflight  *refreshCall // the one refresh in progress, if any
}

// ErrCodeRefused is in the chain of the error ExchangeCode returns when Procore refuses the
// authorization code (invalid_grant): used, expired, or not this sign-in's (PKCE).
var ErrCodeRefused = errors.New("procore: the sign-in code was refused")

// tokenTimeout bounds a call to the token endpoint.
const tokenTimeout = 60 * time.Second

// NewOAuth checks cfg and returns an OAuth.
func NewOAuth(cfg OAuthConfig) (*OAuth, error) {
	if err := cfg.Environment.validate(); err != nil {
		return nil, err
	}
	if cfg.ClientID == "" || cfg.ClientSecret == "" {
		return nil, errors.New("procore: OAuth needs the app's client id and client secret")
	}
	if cfg.Store == nil {
		return nil, errors.New("procore: OAuth needs a TokenStore")
	}
	logging.RegisterSecret(cfg.ClientSecret)
	o := &OAuth{cfg: cfg, http: cfg.HTTPClient, clock: cfg.Clock}
	if o.http == nil {
		o.http = defaultHTTPClient()
	}
	if o.clock == nil {
		o.clock = SystemClock{}
	}
	if cfg.Logger != nil {
		o.log = cfg.Logger.With().Str("component", "procore-oauth").Logger()
	} else {
		o.log = zerolog.Nop()
	}
	o.cfg.Environment.OAuthBase = strings.TrimRight(cfg.Environment.OAuthBase, "/")
	return o, nil
}

// NewState returns a random alphanumeric state value for AuthorizeURL; the callback must
// echo it (CheckCallback) so that a forged redirect cannot sign Joblink in to another account.
func NewState() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("procore: make OAuth state: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// AuthorizeURL is the page to open in the user's browser (§2.1).
func (o *OAuth) AuthorizeURL(redirectURI, state string) string {
	return o.AuthorizeURLWithPKCE(redirectURI, state, "")
}

// NewVerifier returns a PKCE code verifier (RFC 7636: 32 random bytes, base64url) for one
// browser sign-in. It stays in Joblink's memory; only its S256 challenge goes to the browser.
func NewVerifier() string { return oauth2.GenerateVerifier() }

// AuthorizeURLWithPKCE is AuthorizeURL with the S256 code challenge of verifier (none when
// verifier is empty). The code Procore then issues is bound to this sign-in: it can be traded
// only with the same verifier, so a code from another sign-in (or one read from a browser's
// history) cannot complete this one. Procore's login service is Doorkeeper, which checks the
// challenge when one was given and ignores the parameters where PKCE is off; the reference
// does not document PKCE for Procore (UNVERIFIED there).
func (o *OAuth) AuthorizeURLWithPKCE(redirectURI, state, verifier string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", o.cfg.ClientID)
	q.Set("redirect_uri", redirectURI)
	if state != "" {
		q.Set("state", state)
	}
	if verifier != "" {
		q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
		q.Set("code_challenge_method", "S256")
	}
	return o.cfg.Environment.OAuthBase + "/oauth/authorize?" + q.Encode()
}

// CheckCallback reads the query of the redirect to /oauth/callback: it checks state and
// returns the code, or an error with words when the user declined or the state is wrong.
func CheckCallback(query url.Values, wantState string) (string, error) {
	if e := query.Get("error"); e != "" {
		return "", &problem.Problem{
			Message: "Procore did not give Joblink access (" + clip(e+" "+query.Get("error_description")) + ").",
			Fix:     "Choose Connect to Procore again and approve Joblink's access.",
		}
	}
	if wantState == "" || query.Get("state") != wantState {
		return "", &problem.Problem{
			Message: "The Procore sign-in answer did not belong to this sign-in attempt.",
			Fix:     "Choose Connect to Procore again from Joblink's settings.",
			Err:     errors.New("procore: OAuth state mismatch"),
		}
	}
	code := query.Get("code")
	if code == "" {
		return "", &problem.Problem{Message: "Procore's sign-in answer held no code.", Fix: "Choose Connect to Procore again."}
	}
	logging.RegisterSecret(code)
	return code, nil
}

// ExchangeCode trades the code from the browser (or pasted, for the out-of-band flow) for a
// token pair and saves it. redirectURI must be the one given to AuthorizeURL.
func (o *OAuth) ExchangeCode(ctx context.Context, code, redirectURI string) (Token, error) {
	return o.ExchangeCodeWithVerifier(ctx, code, redirectURI, "")
}

// ExchangeCodeWithVerifier is ExchangeCode for a sign-in started with AuthorizeURLWithPKCE:
// verifier is the one its challenge was made from.
func (o *OAuth) ExchangeCodeWithVerifier(ctx context.Context, code, redirectURI, verifier string) (Token, error) {
	logging.RegisterSecret(code)
	form := url.Values{"grant_type": {"authorization_code"}, "code": {strings.TrimSpace(code)}, "redirect_uri": {redirectURI}}
	if verifier != "" {
		logging.RegisterSecret(verifier)
		form.Set("code_verifier", verifier)
	}
	tok, err := o.tokenRequest(ctx, form)
	if err != nil {
		return Token{}, err
	}
	tok.RedirectURI = redirectURI
	return tok, o.adopt(tok)
}

// SignInServiceAccount gets a token with client credentials (a Developer Managed Service
// Account, §2.2). There is no refresh token: the same grant is repeated when it expires.
func (o *OAuth) SignInServiceAccount(ctx context.Context) (Token, error) {
	tok, err := o.clientCredentials(ctx)
	if err != nil {
		return Token{}, err
	}
	return tok, o.adopt(tok)
}

func (o *OAuth) clientCredentials(ctx context.Context) (Token, error) {
	tok, err := o.tokenRequest(ctx, url.Values{"grant_type": {"client_credentials"}})
	if err != nil {
		return Token{}, err
	}
	tok.ServiceAccount = true
	tok.RefreshToken = ""
	return tok, nil
}

// adopt makes a fresh sign-in current: saved first, then used.
func (o *OAuth) adopt(tok Token) error {
	if err := o.cfg.Store.Save(tok); err != nil {
		return saveProblem(err)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.tok, o.loaded, o.unsaved, o.signedOut = tok, true, false, nil
	return nil
}

// tokenResponse is the token endpoint's JSON (§2.2).
type tokenResponse struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int64  `json:"expires_in"`
	RefreshToken string `json:"refresh_token"`
	CreatedAt    int64  `json:"created_at"`
}

// tokenRequest posts to /oauth/token.
//
// Body encoding: sources conflict (§2.2: multipart in DOCS examples, urlencoded in DOCS
// troubleshooting, JSON in the OpenAPI entry). We send application/x-www-form-urlencoded, which
// is what OAuth 2.0 (RFC 6749 §4.1.3) specifies, what Procore's own Ruby SDK sends through the
// oauth2 gem, and what Doorkeeper-style servers parse; the client id and secret go in the body
// because no source shows HTTP Basic. Answers are read as JSON.
//
// An answer of 503 or 429 with Retry-After is sent again, at most tokenAttempts times in all and
// only for waits up to tokenMaxWait (see tokenRetryWait); anything else ends the request.
func (o *OAuth) tokenRequest(ctx context.Context, form url.Values) (Token, error) {
	form.Set("client_id", o.cfg.ClientID)
	form.Set("client_secret", o.cfg.ClientSecret)
	var body []byte
	for attempt := 1; ; attempt++ {
		status, header, answer, err := o.post(ctx, "/oauth/token", form, "")
		if err != nil {
			return Token{}, err
		}
		if status < 300 {
			body = answer
			break
		}
		wait, again := tokenRetryWait(status, header, o.clock.Now(), attempt)
		if !again {
			return Token{}, o.tokenError(form.Get("grant_type"), status, header, answer)
		}
		o.log.Warn().Str("grant", form.Get("grant_type")).Int("status", status).Int("attempt", attempt).
			Dur("wait", wait).Msg("procore sign-in service busy; retrying")
		if err := o.clock.Sleep(ctx, wait); err != nil {
			return Token{}, o.tokenError(form.Get("grant_type"), status, header, answer)
		}
	}
	var tr tokenResponse
	if err := json.Unmarshal(body, &tr); err != nil || tr.AccessToken == "" {
		if err == nil {
			err = errors.New("no access_token in the answer")
		}
		return Token{}, &TransportError{Kind: Unreadable, Method: http.MethodPost, Path: "/oauth/token", Err: err}
	}
	tok := Token{AccessToken: tr.AccessToken, RefreshToken: tr.RefreshToken, TokenType: tr.TokenType}
	// Expiry is counted from our clock, not created_at, so a PC whose clock is off does not
	// treat a fresh token as expired.
	expiresIn := time.Duration(tr.ExpiresIn) * time.Second
	if expiresIn <= 0 {
		expiresIn = 90 * time.Minute // the documented lifetime (§2.2)
	}
	tok.ExpiresAt = o.clock.Now().Add(expiresIn)
	tok.registerSecrets()
	o.log.Info().Str("grant", form.Get("grant_type")).Time("expires", tok.ExpiresAt).Msg("procore sign-in renewed")
	return tok, nil
}

// tokenError turns a failed token request into an error with words. invalid_grant on a
// refresh means the single-use refresh token was already used (or revoked): only signing in
// again helps, so it becomes a SignInAgainError and is never retried.
func (o *OAuth) tokenError(grant string, status int, header http.Header, body []byte) error {
	eb := parseErrorBody(body)
	apiErr := &APIError{Status: status, Code: eb.Code, Message: eb.Message, FieldErrors: eb.FieldErrors,
		Method: http.MethodPost, Path: "/oauth/token"}
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		var capped bool
		apiErr.RetryAfter, capped = askedWait(header, o.clock.Now())
		if capped {
			// As request.go says of the API: only a clock or a header gone wrong asks for more.
			o.log.Warn().Str("grant", grant).Int("status", status).Dur("wait", apiErr.RetryAfter).
				Str("retry_after", header.Get("Retry-After")).Str("reset", header.Get("X-Rate-Limit-Reset")).
				Msg("procore's sign-in service asked to wait longer than its longest rate-limit window (an hour); waiting an hour at most")
		}
	}
	lower := strings.ToLower(eb.Code + " " + eb.Message)
	switch {
	case grant == "authorization_code" && strings.Contains(lower, "invalid_grant"):
		// A refused code is not a lost sign-in: the connection Joblink has (if any) is untouched.
		return &problem.Problem{
			Message: "Procore did not accept the sign-in code: it was already used, is older than 10 minutes, or belongs to another sign-in attempt. Nothing changed: if Joblink was connected to Procore, it still is.",
			Fix:     "To sign in, start the Procore sign-in again from Joblink and finish it in the same browser window.",
			Err:     fmt.Errorf("%w: %w", ErrCodeRefused, apiErr),
		}
	case strings.Contains(lower, "invalid_grant") || strings.Contains(lower, "refresh token is invalid"):
		return &SignInAgainError{Reason: grant + " was refused (invalid_grant)", Err: apiErr}
	case strings.Contains(lower, "invalid_client") || strings.Contains(lower, "unauthorized_client"):
		return &problem.Problem{
			Message: "Procore did not recognise Joblink's app credentials (client id or secret) for the " + o.cfg.Environment.Name + " environment.",
			Fix:     "Check the Procore environment and the client id and secret in Joblink's settings; sandbox and production credentials differ.",
			Err:     apiErr,
		}
	}
	return apiErr
}

// post sends a form to the OAuth host, with a bearer token when one is given.
func (o *OAuth) post(ctx context.Context, path string, form url.Values, bearer string) (int, http.Header, []byte, error) {
	return o.roundTrip(ctx, http.MethodPost, path, strings.NewReader(form.Encode()), bearer)
}

func (o *OAuth) roundTrip(ctx context.Context, method, path string, body io.Reader, bearer string) (int, http.Header, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, tokenTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, o.cfg.Environment.OAuthBase+path, body)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("procore: build %s %s: %w", method, path, err)
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	resp, err := o.http.Do(req)
	if err != nil {
		kind := Unreachable
		if isTimeout(err) || errors.Is(err, context.DeadlineExceeded) {
			kind = Timeout
		}
		return 0, nil, nil, &TransportError{Kind: kind, Method: method, Path: path, Err: err}
	}
	defer resp.Body.Close()
	const limit = 1 << 20 // token answers are tiny
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return 0, nil, nil, &TransportError{Kind: Unreachable, Method: method, Path: path, Err: err}
	}
	if len(data) > limit {
		return 0, nil, nil, &TransportError{Kind: TooLarge, Method: method, Path: path, Limit: limit}
	}
	return resp.StatusCode, resp.Header, data, nil
}

func saveProblem(err error) error {
	return &problem.Problem{
		Message: "Joblink could not save the Procore sign-in on this computer.",
		Fix:     "Check that the data folder is writable and the disk is not full; Joblink keeps the sign-in in memory and saves it again before the next Procore call.",
		Err:     err,
	}
}
