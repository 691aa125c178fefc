package procore

import (
	"context"
	"errors"
)

// refreshCall is one refresh in progress; every caller that needs a new token waits for it.
type refreshCall struct {
	done chan struct{}
	tok  Token
	err  error
}

// AccessToken returns the current access token, renewing it first when it expires soon.
func (o *OAuth) AccessToken(ctx context.Context) (string, error) {
	o.mu.Lock()
	tok, err := o.currentLocked()
	now := o.clock.Now()
	o.mu.Unlock()
	if err != nil {
		return "", err
	}
	if tok.ValidAt(now) {
		return tok.AccessToken, nil
	}
	return o.Refresh(ctx, tok.AccessToken)
}

// Refresh obtains a new access token because rejected was refused or is about to expire.
//
// Refresh tokens are single-use and rotate (§2.2), so refreshes are serialised: the first
// caller starts one, later callers wait for its result instead of spending the same refresh
// token again (which Procore would answer with invalid_grant). A caller whose token was
// already replaced gets the replacement without any call.
func (o *OAuth) Refresh(ctx context.Context, rejected string) (string, error) {
	o.mu.Lock()
	tok, err := o.currentLocked()
	if err != nil {
		o.mu.Unlock()
		return "", err
	}
	if tok.AccessToken != rejected && tok.ValidAt(o.clock.Now()) {
		o.mu.Unlock()
		return tok.AccessToken, nil
	}
	call := o.inflight
	if call == nil {
		call = &refreshCall{done: make(chan struct{})}
		o.inflight = call
		go o.runRefresh(call, tok)
	}
	o.mu.Unlock()
	select {
	case <-call.done:
		return call.tok.AccessToken, call.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// currentLocked loads the saved token on first use and makes sure a rotated pair is saved
// before it is handed out. o.mu must be held.
func (o *OAuth) currentLocked() (Token, error) {
	if o.signedOut != nil {
		return Token{}, o.signedOut
	}
	if !o.loaded {
		tok, err := o.cfg.Store.Load()
		if errors.Is(err, ErrNoToken) {
			if o.cfg.ServiceAccount {
				// A service account signs itself in: an empty token makes Refresh ask for one.
				o.loaded = true
				return Token{ServiceAccount: true}, nil
			}
			return Token{}, &SignInAgainError{Reason: "no saved sign-in", Err: err}
		}
		if err != nil {
			return Token{}, err
		}
		tok.registerSecrets()
		o.tok, o.loaded = tok, true
	}
	if o.unsaved {
		if err := o.cfg.Store.Save(o.tok); err != nil {
			return Token{}, saveProblem(err)
		}
		o.unsaved = false
	}
	return o.tok, nil
}

// runRefresh performs the refresh. It runs on its own context, detached from the caller that
// started it: once the old refresh token is sent it is spent, so abandoning the call halfway
// (because that one caller gave up) would lose the new pair and force a new sign-in.
func (o *OAuth) runRefresh(call *refreshCall, old Token) {
	ctx, cancel := context.WithTimeout(context.Background(), tokenTimeout)
	defer cancel()
	var (
		tok Token
		err error
	)
	switch {
	case old.ServiceAccount || o.cfg.ServiceAccount:
		tok, err = o.clientCredentials(ctx)
	case old.RefreshToken == "":
		err = &SignInAgainError{Reason: "the saved sign-in has no refresh token"}
	default:
		form := map[string][]string{"grant_type": {"refresh_token"}, "refresh_token": {old.RefreshToken}}
		if old.RedirectURI != "" {
			form["redirect_uri"] = []string{old.RedirectURI}
		}
		tok, err = o.tokenRequest(ctx, form)
		tok.RedirectURI = old.RedirectURI
	}

	o.mu.Lock()
	switch {
	case err == nil:
		// Persist before use (§2.2): the old refresh token is already void, so the new pair
		// exists only in memory until Save returns.
		o.tok, o.unsaved = tok, true
		if serr := o.cfg.Store.Save(tok); serr != nil {
			err = saveProblem(serr)
			tok = Token{}
		} else {
			o.unsaved = false
		}
	case errors.Is(err, ErrSignInAgain):
		o.signedOut = err
		o.log.Warn().Err(err).Msg("procore refresh refused; the user must sign in again")
	}
	o.inflight = nil
	o.mu.Unlock()

	call.tok, call.err = tok, err
	close(call.done)
}
