package procoresim

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"mime"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

const oobRedirectURI = "urn:ietf:wg:oauth:2.0:oob"

// oauthError is the standard OAuth 2.0 error body. The reference leaves Procore's exact OAuth error
// bodies unverified (§2.2); Procore's login service is Doorkeeper, which sends this shape.
type oauthError struct {
	Error       string `json:"error"`
	Description string `json:"error_description"`
}

var (
	errInvalidClient = oauthError{"invalid_client", "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."}
	errCodeGrant     = oauthError{"invalid_grant", "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}
	errRefreshGrant  = oauthError{"invalid_grant", "The refresh token is invalid. It has been used, revoked or was never issued; sign in again."}
)

var consentPage = template.Must(template.New("consent").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>Procore simulator – authorize</title></head>
<body style="font-family:sans-serif;max-width:32em;margin:3em auto">
<h1>Authorize application</h1>
<p>The application <b>{{.ClientID}}</b> asks to access your Procore account.</p>
<form method="post" action="/oauth/authorize">
<input type="hidden" name="client_id" value="{{.ClientID}}">
<input type="hidden" name="redirect_uri" value="{{.RedirectURI}}">
<input type="hidden" name="state" value="{{.State}}">
<input type="hidden" name="response_type" value="code">
<input type="hidden" name="code_challenge" value="{{.Challenge}}">
<input type="hidden" name="code_challenge_method" value="{{.ChallengeMethod}}">
<label>Sign in as <select name="user_id">{{range .Users}}<option value="{{.ID}}">{{.Name}} ({{.Login}})</option>{{end}}</select></label>
<p><button type="submit" name="decision" value="approve">Authorize</button>
<button type="submit" name="decision" value="deny">Deny</button></p>
</form></body></html>`))

var codePage = template.Must(template.New("code").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>Procore simulator – authorization code</title></head>
<body style="font-family:sans-serif;max-width:32em;margin:3em auto">
<h1>Authorization code</h1><p>Copy this code into the application:</p>
<pre id="code">{{.}}</pre></body></html>`))

// handleAuthorizePage shows the consent page (or, with AutoApprove, skips it).
func (s *Server) handleAuthorizePage(w http.ResponseWriter, r *http.Request) {
	query := r.URL.Query()
	if !s.checkAuthorizeRequest(w, query) {
		return
	}
	if s.opts.AutoApprove {
		s.approve(w, r, query, s.opts.Users[0].ID)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = consentPage.Execute(w, map[string]any{
		"ClientID": query.Get("client_id"), "RedirectURI": query.Get("redirect_uri"),
		"State": query.Get("state"), "Users": s.opts.Users,
		"Challenge": query.Get("code_challenge"), "ChallengeMethod": query.Get("code_challenge_method"),
	})
}

// handleAuthorizeDecision receives the consent form and redirects back to the app (302, reference §2.1).
func (s *Server) handleAuthorizeDecision(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form: "+err.Error(), http.StatusBadRequest)
		return
	}
	if !s.checkAuthorizeRequest(w, r.PostForm) {
		return
	}
	redirectURI, state := r.PostForm.Get("redirect_uri"), r.PostForm.Get("state")
	if r.PostForm.Get("decision") == "deny" {
		redirectWith(w, r, redirectURI, url.Values{"error": {"access_denied"}}, state)
		return
	}
	userID, err := strconv.ParseInt(r.PostForm.Get("user_id"), 10, 64)
	if err != nil || s.user(userID) == nil {
		userID = s.opts.Users[0].ID
	}
	s.approve(w, r, r.PostForm, userID)
}

// approve issues a code for the authorize request's parameters, bound to its PKCE challenge.
func (s *Server) approve(w http.ResponseWriter, r *http.Request, params url.Values, userID int64) {
	redirectURI, state := params.Get("redirect_uri"), params.Get("state")
	s.mu.Lock()
	code := &authCode{code: randomToken(20), userID: userID, redirectURI: redirectURI, expiresAt: s.opts.Now().Add(authCodeTTL),
		challenge: params.Get("code_challenge"), challengeMethod: challengeMethod(params)}
	s.tokens.codes[code.code] = code
	s.mu.Unlock()
	if redirectURI == oobRedirectURI {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_ = codePage.Execute(w, code.code)
		return
	}
	redirectWith(w, r, redirectURI, url.Values{"code": {code.code}}, state)
}

func redirectWith(w http.ResponseWriter, r *http.Request, redirectURI string, values url.Values, state string) {
	if state != "" {
		values.Set("state", state)
	}
	target, _ := url.Parse(redirectURI) // already validated by checkAuthorizeRequest
	query := target.Query()
	for key, value := range values {
		query[key] = value
	}
	target.RawQuery = query.Encode()
	http.Redirect(w, r, target.String(), http.StatusFound)
}

// checkAuthorizeRequest validates client and redirect URI. Failures are shown, never redirected:
// sending a user to an unregistered URI is exactly what the check exists to prevent.
func (s *Server) checkAuthorizeRequest(w http.ResponseWriter, params url.Values) bool {
	switch {
	case params.Get("response_type") != "code":
		http.Error(w, "unsupported_response_type: response_type must be code", http.StatusBadRequest)
	case params.Get("client_id") != s.opts.ClientID:
		http.Error(w, "invalid_client: unknown client_id", http.StatusBadRequest)
	case !s.redirectURIAllowed(params.Get("redirect_uri")):
		http.Error(w, "invalid_redirect_uri: the redirect uri is not registered for this application", http.StatusBadRequest)
	case params.Get("code_challenge") == "" && params.Get("code_challenge_method") != "":
		http.Error(w, "invalid_request: code_challenge_method was given without a code_challenge", http.StatusBadRequest)
	case params.Get("code_challenge") != "" && !supportedChallengeMethod(challengeMethod(params)):
		http.Error(w, "invalid_request: the code_challenge_method is not supported (S256 or plain)", http.StatusBadRequest)
	default:
		return true
	}
	return false
}

func (s *Server) redirectURIAllowed(uri string) bool {
	if len(s.opts.RedirectURIs) > 0 {
		for _, registered := range s.opts.RedirectURIs {
			if uri == registered { // exact, trailing slash included (reference §2.1)
				return true
			}
		}
		return false
	}
	if uri == oobRedirectURI {
		return true
	}
	parsed, err := url.Parse(uri)
	if err != nil || parsed.Scheme != "http" {
		return false
	}
	host := parsed.Hostname()
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// tokenParams reads /oauth/token and /oauth/revoke parameters from a JSON, urlencoded or multipart
// body: the sources conflict on the encoding (reference §2.2), so all three are accepted, plus HTTP
// Basic client authentication which standard OAuth libraries default to.
func tokenParams(r *http.Request) (url.Values, error) {
	params := url.Values{}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType == "application/json" {
		var body map[string]any
		if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20)).Decode(&body); err != nil {
			return nil, fmt.Errorf("read JSON token request: %w", err)
		}
		for key, value := range body {
			params.Set(key, fmt.Sprint(value))
		}
	} else {
		if err := r.ParseMultipartForm(1 << 20); err != nil && err != http.ErrNotMultipart {
			return nil, fmt.Errorf("read form token request: %w", err)
		}
		for key, values := range r.Form {
			params[key] = values
		}
	}
	if id, secret, ok := r.BasicAuth(); ok && params.Get("client_id") == "" {
		params.Set("client_id", id)
		params.Set("client_secret", secret)
	}
	return params, nil
}

// handleToken implements the three grants of POST /oauth/token (reference §2.2).
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	params, err := tokenParams(r)
	// Faults apply after the body is read (so a client hanging up is noticed) and before any code
	// or refresh token is looked at.
	if s.injectTokenFault(w, r) {
		return
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, oauthError{"invalid_request", err.Error()})
		return
	}
	if params.Get("client_id") != s.opts.ClientID || params.Get("client_secret") != s.opts.ClientSecret {
		writeJSON(w, http.StatusUnauthorized, errInvalidClient)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Now()
	var userID int64
	serviceAccount := false
	switch params.Get("grant_type") {
	case "authorization_code":
		code := s.tokens.codes[params.Get("code")]
		if code == nil || code.used || now.After(code.expiresAt) ||
			(params.Get("redirect_uri") != "" && params.Get("redirect_uri") != code.redirectURI) ||
			!code.verifies(params.Get("code_verifier")) {
			writeJSON(w, http.StatusBadRequest, errCodeGrant)
			return
		}
		code.used = true
		userID = code.userID
	case "refresh_token":
		refresh := s.tokens.refresh[params.Get("refresh_token")]
		if refresh == nil || refresh.used {
			writeJSON(w, http.StatusBadRequest, errRefreshGrant)
			return
		}
		refresh.used = true
		userID = refresh.userID
	case "client_credentials":
		userID, serviceAccount = DefaultServiceAccountID, true
	case "":
		writeJSON(w, http.StatusBadRequest, oauthError{"invalid_request", "The request is missing a required parameter: grant_type."})
		return
	default:
		writeJSON(w, http.StatusBadRequest, oauthError{"unsupported_grant_type", "The authorization grant type is not supported by the authorization server."})
		return
	}
	access, refresh := s.tokens.issue(userID, serviceAccount, now, s.opts.AccessTokenTTL)
	body := map[string]any{
		"access_token": access.value, "token_type": "bearer",
		"expires_in": int64(s.opts.AccessTokenTTL / time.Second), "created_at": now.Unix(),
	}
	if refresh != nil { // client_credentials responses carry no refresh_token (reference §2.2)
		body["refresh_token"] = refresh.value
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, body)
}

// handleTokenInfo is GET /oauth/token/info (reference §2.3).
func (s *Server) handleTokenInfo(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	token, problem := s.lookupAccessToken(r)
	s.mu.Unlock()
	if problem != "" {
		writeUnauthorized(w, problem)
		return
	}
	remaining := int64(token.expiresAt.Sub(s.opts.Now()).Seconds())
	writeJSON(w, http.StatusOK, map[string]any{
		"resource_owner_id": token.userID, "scopes": []string{},
		"expires_in_seconds": remaining, "application": map[string]string{"uid": s.opts.ClientID},
		"created_at": token.createdAt.Unix(),
	})
}

// handleRevoke is POST /oauth/revoke: both tokens of the grant die, and the answer is 200 even for
// an unknown token (reference §2.4) so revocation can never be used to probe for valid tokens.
func (s *Server) handleRevoke(w http.ResponseWriter, r *http.Request) {
	params, err := tokenParams(r)
	if err != nil {
		writeJSON(w, http.StatusOK, map[string]any{})
		return
	}
	value := params.Get("token")
	s.mu.Lock()
	defer s.mu.Unlock()
	if access := s.tokens.access[value]; access != nil {
		access.revoked = true
		for _, refresh := range s.tokens.refresh {
			if refresh.access == value {
				refresh.used = true
			}
		}
	}
	if refresh := s.tokens.refresh[value]; refresh != nil {
		refresh.used = true
		if access := s.tokens.access[refresh.access]; access != nil {
			access.revoked = true
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{})
}

// bearerToken extracts the token from "Authorization: Bearer x" (scheme is case-insensitive).
func bearerToken(r *http.Request) string {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}

// PKCE (RFC 7636) as Doorkeeper, Procore's login service, checks it: a code issued with a
// code_challenge is traded only with the code_verifier it was made from (S256: the base64url
// SHA-256 of the verifier; plain: the verifier itself, the default method); a missing or wrong
// verifier is invalid_grant, like any other unusable code. A code issued without a challenge
// refuses a verifier, so a client cannot believe it is protected when it is not. (The reference
// does not document PKCE for Procore: this follows Doorkeeper and the RFC.)

func challengeMethod(params url.Values) string {
	if m := params.Get("code_challenge_method"); m != "" {
		return m
	}
	return "plain"
}

func supportedChallengeMethod(m string) bool { return m == "S256" || m == "plain" }

// verifierGrammar is RFC 7636 §4.1: 43 to 128 unreserved characters.
var verifierGrammar = regexp.MustCompile(`^[A-Za-z0-9._~-]{43,128}$`)

func (c *authCode) verifies(verifier string) bool {
	if c.challenge == "" {
		return verifier == ""
	}
	if !verifierGrammar.MatchString(verifier) {
		return false
	}
	want := verifier
	if c.challengeMethod == "S256" {
		sum := sha256.Sum256([]byte(verifier))
		want = base64.RawURLEncoding.EncodeToString(sum[:])
	}
	return subtle.ConstantTimeCompare([]byte(want), []byte(c.challenge)) == 1
}
