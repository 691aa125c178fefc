package setup

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"joblink/backend/logging"
	"joblink/backend/procore"
	"joblink/backend/setup/wire"
)

// SignInExpiry is how long a browser sign-in may take, matching Procore's code lifetime.
const SignInExpiry = 10 * time.Minute

// MaxPendingSignIns bounds the browser sign-ins waiting for Procore's answer (issue 12: 300
// were kept). A person has one, perhaps a few after reopening the page; starting one more
// forgets the oldest, so the newest attempt — the one in front of the bookkeeper — always works.
const MaxPendingSignIns = 5

// pendingSignIn is a browser sign-in waiting for Procore to send the browser back. The client
// secret stays in memory only; a restart simply means starting the sign-in again.
type pendingSignIn struct {
	state       string
	creds       wire.Credentials
	builtIn     bool
	environment procoreState // the environment it was started for
	redirect    string
	expires     time.Time
	// verifier is the PKCE code verifier: its S256 challenge went to Procore with the sign-in,
	// so only the code Procore issued for this attempt can complete it.
	verifier string
}

// browserAvailability says whether browser sign-in can work for the chosen environment.
func (s *Service) browserAvailability(env string) wire.Availability {
	if env == envCustom || (s.opts.AppClientID != "" && s.opts.AppClientSecret != "") {
		return wire.Availability{Available: true}
	}
	msg, fix := noAppWords(env)
	return wire.Availability{Reason: msg + " " + fix}
}

// noAppWords explains why a development build cannot sign in through the browser.
func noAppWords(env string) (message, fix string) {
	return "This copy of Joblink has no Procore app registration, so it cannot sign in through the browser to Procore's " +
			strings.ReplaceAll(env, "_", " ") + " environment.",
		"Sign in with a Developer Managed Service Account (client id and secret from your Procore administrator), " +
			"or install a released copy of Joblink, which has one."
}

// appCredentials picks the client id and secret for a user sign-in: the ones given, else
// Joblink's registered app (production and sandboxes), else in demo mode the simulator's.
func (s *Service) appCredentials(ps procoreState, given wire.Credentials) (wire.Credentials, bool, error) {
	given.ClientID, given.ClientSecret = strings.TrimSpace(given.ClientID), strings.TrimSpace(given.ClientSecret)
	switch {
	case given.ClientID != "" && given.ClientSecret != "":
		logging.RegisterSecret(given.ClientSecret)
		return given, false, nil
	case given.ClientID != "" || given.ClientSecret != "":
		return given, false, refuse(http.StatusBadRequest, "missing_field",
			"Procore sign-in needs both the client id and the client secret of the app.",
			"Give both, as shown on the app's page in Procore's Developer Portal.")
	case ps.Environment != envCustom:
		if a := s.browserAvailability(ps.Environment); !a.Available {
			msg, fix := noAppWords(ps.Environment)
			return given, false, refuse(http.StatusConflict, "browser_sign_in_unavailable", msg, fix)
		}
		return wire.Credentials{ClientID: s.opts.AppClientID, ClientSecret: s.opts.AppClientSecret}, true, nil
	case s.opts.Demo && s.opts.Prefill != nil && s.opts.Prefill.ClientID != "":
		return wire.Credentials{ClientID: s.opts.Prefill.ClientID, ClientSecret: s.opts.Prefill.ClientSecret}, false, nil
	}
	return given, false, refuse(http.StatusBadRequest, "missing_field",
		"Signing in to a custom Procore environment needs the client id and client secret of your Procore app.",
		"Copy both from the app's page in Procore's Developer Portal (or your simulator's settings) and try again.")
}

// authorizeURL is the Procore page that asks the user to approve Joblink (with the PKCE
// challenge of verifier, when one is given).
func authorizeURL(env procore.Environment, clientID, redirect, state, verifier string) (string, error) {
	// Only the client id goes into the URL; the placeholder secret and memory store are never used.
	o, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: clientID, ClientSecret: "unused-for-the-url",
		Store: &procore.MemoryTokenStore{}})
	if err != nil {
		return "", err
	}
	return o.AuthorizeURLWithPKCE(redirect, state, verifier), nil
}

// StartBrowserSignIn begins a browser sign-in: it returns Procore's page, which sends the
// browser back to /oauth/callback on Joblink's listener. In tray mode Joblink opens the page
// itself.
func (s *Service) StartBrowserSignIn(ctx context.Context, given wire.Credentials) (wire.BrowserStart, error) {
	sv, _, _ := s.snapshot()
	creds, builtIn, err := s.appCredentials(sv.procore, given)
	if err != nil {
		return wire.BrowserStart{}, err
	}
	env, err := environmentOf(sv.procore)
	if err != nil {
		return wire.BrowserStart{}, internal("use the chosen Procore environment", err)
	}
	state, err := procore.NewState()
	if err != nil {
		return wire.BrowserStart{}, internal("start the sign-in", err)
	}
	redirect := procore.LoopbackRedirectURI(s.opts.Port)
	verifier := procore.NewVerifier()
	link, err := authorizeURL(env, creds.ClientID, redirect, state, verifier)
	if err != nil {
		return wire.BrowserStart{}, internal("start the sign-in", err)
	}
	now := s.now()
	s.mu.Lock()
	s.forgetStaleSignIns(now)
	s.pending[state] = &pendingSignIn{state: state, creds: creds, builtIn: builtIn, environment: sv.procore,
		redirect: redirect, expires: now.Add(SignInExpiry), verifier: verifier}
	s.problem = nil
	s.mu.Unlock()

	out := wire.BrowserStart{AuthorizeURL: link}
	if s.opts.OpenBrowser != nil {
		if err := s.opts.OpenBrowser(link); err != nil {
			s.log.Warn().Err(err).Msg("could not open the browser for the Procore sign-in")
		} else {
			out.Opened = true
		}
	}
	s.log.Info().Str("environment", sv.procore.Environment).Bool("opened", out.Opened).Msg("Procore browser sign-in started")
	return out, nil
}

// CodeSignInURL is the Procore page for the out-of-band flow: Procore shows a code for the
// bookkeeper to paste into Joblink (SignInWithCode). clientID is needed for custom apps only.
func (s *Service) CodeSignInURL(clientID string) (wire.BrowserStart, error) {
	sv, _, _ := s.snapshot()
	id := strings.TrimSpace(clientID)
	if id == "" {
		creds, _, err := s.appCredentials(sv.procore, wire.Credentials{})
		if err != nil {
			var we *wire.Error
			if errors.As(err, &we) && we.Code == "missing_field" {
				we.Message = "Signing in to a custom Procore environment with a code needs the client id of your Procore app."
				we.Fix = "Add clientId to the address (…/browser?oob=1&clientId=…) and try again."
			}
			return wire.BrowserStart{}, err
		}
		id = creds.ClientID
	}
	env, err := environmentOf(sv.procore)
	if err != nil {
		return wire.BrowserStart{}, internal("use the chosen Procore environment", err)
	}
	link, err := authorizeURL(env, id, procore.OutOfBandRedirectURI, "", "")
	if err != nil {
		return wire.BrowserStart{}, internal("make the sign-in address", err)
	}
	return wire.BrowserStart{AuthorizeURL: link}, nil
}

// CompleteBrowserSignIn handles Procore's redirect to /oauth/callback: it checks the state
// (known, unused, not expired), trades the code for tokens and connects. The error, if any,
// has words for the page the browser shows.
func (s *Service) CompleteBrowserSignIn(ctx context.Context, query url.Values) error {
	ours, err := s.completeBrowserSignIn(ctx, query)
	if err != nil {
		// Only a failure of a sign-in this Joblink started is shown on the Procore step; a
		// stray or replayed answer is explained on its page alone, and changes nothing here.
		if ours {
			s.mu.Lock()
			s.problem = wordsOf(err)
			s.mu.Unlock()
		}
		s.log.Warn().Err(err).Bool("ours", ours).Msg("Procore browser sign-in failed")
	}
	return err
}

func (s *Service) completeBrowserSignIn(ctx context.Context, query url.Values) (ours bool, err error) {
	state := query.Get("state")
	s.mu.Lock()
	p := s.pending[state]
	delete(s.pending, state) // single use, whatever happens next
	replay := s.used[state]
	if p != nil {
		if len(s.used) > 1000 {
			clear(s.used)
		}
		s.used[state] = true
	}
	s.mu.Unlock()
	again := "Go back to Joblink and choose Sign in with Procore again."
	switch {
	case state == "" && query.Get("error") == "":
		return false, refuse(http.StatusBadRequest, "sign_in_unknown",
			"This page was opened without the sign-in details Procore adds, so it cannot finish a sign-in.", again)
	case replay:
		return false, refuse(http.StatusBadRequest, "sign_in_used",
			"This Procore sign-in answer was already used; each one works only once.",
			"If Joblink shows it is connected, nothing more is needed. Otherwise: "+strings.ToLower(again[:1])+again[1:])
	case p == nil:
		return false, refuse(http.StatusBadRequest, "sign_in_unknown",
			"This Procore sign-in answer does not belong to a sign-in started by this Joblink (it may have been restarted since).", again)
	case s.now().After(p.expires):
		return true, refuse(http.StatusBadRequest, "sign_in_expired",
			"The Procore sign-in took longer than 10 minutes and has expired.", again)
	}
	code, err := procore.CheckCallback(query, p.state)
	if err != nil {
		return true, procoreFailure(err)
	}
	s.ops.Lock()
	defer s.ops.Unlock()
	if cur, _, _ := s.snapshot(); cur.procore.Environment != p.environment.Environment || cur.procore.BaseURL != p.environment.BaseURL {
		return true, refuse(http.StatusConflict, "environment_changed",
			"The Procore environment was changed after this sign-in started.", again)
	}
	return true, s.signIn(ctx, methodBrowser, p.creds, p.builtIn, func(o *procore.OAuth) error {
		_, err := o.ExchangeCodeWithVerifier(ctx, code, p.redirect, p.verifier)
		return codeRefused(err, again)
	})
}

// SignInWithCode finishes the out-of-band flow with the code the bookkeeper pasted.
func (s *Service) SignInWithCode(ctx context.Context, req wire.CodeRequest) (wire.State, error) {
	code := strings.TrimSpace(req.Code)
	if code == "" {
		return wire.State{}, refuse(http.StatusBadRequest, "missing_field", "The sign-in code is empty.",
			"Copy the code Procore showed after you approved Joblink, paste it, and try again.")
	}
	logging.RegisterSecret(code)
	s.ops.Lock()
	defer s.ops.Unlock()
	sv, _, _ := s.snapshot()
	creds, builtIn, err := s.appCredentials(sv.procore, wire.Credentials{ClientID: req.ClientID, ClientSecret: req.ClientSecret})
	if err != nil {
		return wire.State{}, err
	}
	err = s.signIn(ctx, methodCode, creds, builtIn, func(o *procore.OAuth) error {
		_, err := o.ExchangeCode(ctx, code, procore.OutOfBandRedirectURI)
		if errors.Is(err, procore.ErrCodeRefused) {
			return refuse(http.StatusBadRequest, "code_refused",
				"Procore did not accept the sign-in code: it may be mistyped, already used, or older than 10 minutes. "+unchanged,
				"Open the sign-in page again, approve Joblink, and paste the new code straight away.")
		}
		return err
	})
	if err != nil {
		return wire.State{}, s.failed(err)
	}
	return s.State(), nil
}

// SignInServiceAccount connects with a Developer Managed Service Account's client credentials.
func (s *Service) SignInServiceAccount(ctx context.Context, given wire.Credentials) (wire.State, error) {
	given.ClientID, given.ClientSecret = strings.TrimSpace(given.ClientID), strings.TrimSpace(given.ClientSecret)
	if given.ClientID == "" || given.ClientSecret == "" {
		return wire.State{}, refuse(http.StatusBadRequest, "missing_field",
			"A service account sign-in needs both its client id and its client secret.",
			"Your Procore administrator finds both under Company Admin → App Management for the service account.")
	}
	logging.RegisterSecret(given.ClientSecret)
	s.ops.Lock()
	defer s.ops.Unlock()
	err := s.signIn(ctx, methodServiceAccount, given, false, func(o *procore.OAuth) error {
		_, err := o.SignInServiceAccount(ctx)
		return err
	})
	if err != nil {
		return wire.State{}, s.failed(err)
	}
	return s.State(), nil
}

// failed records a sign-in failure for the Procore step and returns it for the API.
func (s *Service) failed(err error) error {
	we := procoreFailure(err)
	s.mu.Lock()
	s.problem = &wire.Problem{Message: we.Message, Fix: we.Fix}
	s.mu.Unlock()
	s.log.Warn().Err(err).Msg("Procore sign-in failed")
	return we
}

// signIn makes a new connection, lets obtain get its first token, learns who signed in, saves
// the app credentials and the state, and makes it current. The caller holds s.ops.
func (s *Service) signIn(ctx context.Context, method string, creds wire.Credentials, builtIn bool, obtain func(*procore.OAuth) error) error {
	sv, old, _ := s.snapshot()
	env, err := environmentOf(sv.procore)
	if err != nil {
		return internal("use the chosen Procore environment", err)
	}
	conn, err := s.newConnection(env, creds, method == methodServiceAccount)
	if err != nil {
		return internal("prepare the Procore sign-in", err)
	}
	if err := obtain(conn.oauth); err != nil {
		return procoreFailure(err)
	}
	var user *wire.User
	if !conn.serviceAccount { // a service account can say who it is only within a company
		if me, err := conn.client.Me(ctx); err != nil {
			s.log.Warn().Err(err).Msg("read the signed-in Procore user")
		} else {
			user = userOf(me)
		}
	}
	if builtIn {
		if err := s.appFile.Remove(); err != nil {
			s.log.Warn().Err(err).Msg("remove old Procore app credentials")
		}
	} else if err := s.saveApp(creds); err != nil {
		return internal("save the Procore app credentials on this computer", err)
	}
	prev := sv.procore
	keep := prev.Company != nil && prev.Method == method && prev.ClientID == creds.ClientID &&
		(prev.User == nil || user == nil || prev.User.ID == user.ID)
	if err := update(s, keyProcore, procoreField, func(p *procoreState) error {
		next := procoreState{Environment: p.Environment, BaseURL: p.BaseURL, Method: method, ClientID: creds.ClientID,
			BuiltInApp: builtIn, User: user, ConnectedAt: s.now().UTC()}
		if keep {
			next.Company = p.Company
			if user == nil {
				next.User = p.User
			}
		}
		*p = next
		return nil
	}); err != nil {
		return err
	}
	s.use(conn)
	s.mu.Lock()
	s.problem = nil
	s.mu.Unlock()
	if old != nil && old != conn {
		s.log.Info().Msg("an earlier Procore sign-in was replaced")
	}
	ev := s.log.Info().Str("method", method).Str("environment", sv.procore.Environment)
	if user != nil {
		ev = ev.Int64("user", user.ID)
	}
	ev.Msg("connected to Procore")
	s.notify()
	return nil
}

func userOf(me procore.Me) *wire.User {
	u := &wire.User{ID: me.ID, Login: me.Login}
	if me.Name != nil {
		u.Name = *me.Name
	}
	return u
}

// unchanged says what a refused sign-in leaves as it was (issue 12: a replayed code was
// explained as "no longer signed in to Procore" while Joblink stayed connected).
const unchanged = "Nothing changed: if Joblink was connected to Procore, it still is."

// codeRefused words a code Procore refused at the end of a browser sign-in: already used,
// expired, or issued to another sign-in attempt (PKCE).
func codeRefused(err error, again string) error {
	if !errors.Is(err, procore.ErrCodeRefused) {
		return err
	}
	return refuse(http.StatusBadRequest, "code_refused",
		"Procore did not accept the sign-in answer: it was already used, is older than 10 minutes, or belongs to another sign-in attempt. "+unchanged,
		again)
}

// forgetStaleSignIns drops expired browser sign-ins and, at the limit, the oldest ones, making
// room for one more. The caller holds s.mu.
func (s *Service) forgetStaleSignIns(now time.Time) {
	for k, p := range s.pending {
		if now.After(p.expires) {
			delete(s.pending, k)
		}
	}
	for len(s.pending) >= MaxPendingSignIns {
		var oldest *pendingSignIn
		for _, p := range s.pending {
			if oldest == nil || p.expires.Before(oldest.expires) {
				oldest = p
			}
		}
		delete(s.pending, oldest.state)
	}
}
