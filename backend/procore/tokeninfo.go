package procore

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"joblink/backend/problem"
)

// TokenInfo describes the current access token (§2.3).
type TokenInfo struct {
	ResourceOwnerID  int64    `json:"resource_owner_id"`
	Scopes           []string `json:"scopes"`
	ExpiresInSeconds int64    `json:"expires_in_seconds"`
	Application      struct {
		UID string `json:"uid"`
	} `json:"application"`
	CreatedAt int64 `json:"created_at"`
}

// TokenInfo asks Procore about the current access token: a cheap check that the sign-in works.
func (o *OAuth) TokenInfo(ctx context.Context) (TokenInfo, error) {
	tok, err := o.AccessToken(ctx)
	if err != nil {
		return TokenInfo{}, err
	}
	status, _, body, err := o.roundTrip(ctx, http.MethodGet, "/oauth/token/info", nil, tok)
	if err != nil {
		return TokenInfo{}, err
	}
	if status >= 300 {
		eb := parseErrorBody(body)
		return TokenInfo{}, &APIError{Status: status, Code: eb.Code, Message: eb.Message,
			FieldErrors: eb.FieldErrors, Method: http.MethodGet, Path: "/oauth/token/info"}
	}
	var info TokenInfo
	if err := json.Unmarshal(body, &info); err != nil {
		return TokenInfo{}, &TransportError{Kind: Unreadable, Method: http.MethodGet, Path: "/oauth/token/info", Err: err}
	}
	return info, nil
}

// Disconnect revokes the sign-in at Procore (access and refresh token, §2.4) and forgets it
// locally. The local copy is deleted even when Procore cannot be reached, because the user
// asked Joblink to let go; the error then says Procore was not told.
func (o *OAuth) Disconnect(ctx context.Context) error {
	o.mu.Lock()
	tok, _ := o.currentLocked()
	o.mu.Unlock()

	var revokeErr error
	if tok.AccessToken != "" {
		form := url.Values{"token": {tok.AccessToken}, "client_id": {o.cfg.ClientID}, "client_secret": {o.cfg.ClientSecret}}
		status, _, body, err := o.post(ctx, "/oauth/revoke", form, "")
		switch {
		case err != nil:
			revokeErr = err
		case status >= 300:
			eb := parseErrorBody(body)
			revokeErr = &APIError{Status: status, Code: eb.Code, Message: eb.Message, Method: http.MethodPost, Path: "/oauth/revoke"}
		}
	}

	o.mu.Lock()
	o.tok, o.loaded, o.unsaved = Token{}, true, false
	o.signedOut = &SignInAgainError{Reason: "disconnected from Procore"}
	o.mu.Unlock()
	if err := o.cfg.Store.Delete(); err != nil {
		return &problem.Problem{
			Message: "Joblink could not remove the saved Procore sign-in from this computer.",
			Fix:     "Check that the data folder is writable, then disconnect again.",
			Err:     err,
		}
	}
	if revokeErr != nil {
		return &problem.Problem{
			Message: "Joblink forgot the Procore sign-in, but could not tell Procore to cancel it.",
			Fix:     "To be sure, remove Joblink from your Procore account's connected apps.",
			Err:     revokeErr,
		}
	}
	return nil
}
