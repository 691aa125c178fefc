package procoresim

import (
	"crypto/rand"
	"encoding/hex"
	"time"
)

// accessToken is one issued bearer token. Refresh tokens point back at the grant they continue.
type accessToken struct {
	value          string
	userID         int64
	serviceAccount bool // client_credentials: Procore-Company-Id is required even on /me (reference §1.3)
	createdAt      time.Time
	expiresAt      time.Time
	revoked        bool
}

type refreshToken struct {
	value  string
	userID int64
	access string // the access token issued with it, revoked together by /oauth/revoke
	used   bool   // single use: rotation invalidates it the moment it is exchanged (reference §2.2)
}

type authCode struct {
	code        string
	userID      int64
	redirectURI string
	expiresAt   time.Time
	used        bool
	// challenge and challengeMethod are the PKCE code challenge given at authorize, if any.
	challenge, challengeMethod string
}

// tokenStore is guarded by Server.mu.
type tokenStore struct {
	access  map[string]*accessToken
	refresh map[string]*refreshToken
	codes   map[string]*authCode
}

func newTokenStore() tokenStore {
	return tokenStore{access: map[string]*accessToken{}, refresh: map[string]*refreshToken{}, codes: map[string]*authCode{}}
}

func randomToken(bytes int) string {
	buffer := make([]byte, bytes)
	_, _ = rand.Read(buffer) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(buffer)
}

// issue creates an access token, and a refresh token unless the grant is client_credentials.
func (t *tokenStore) issue(userID int64, serviceAccount bool, now time.Time, ttl time.Duration) (*accessToken, *refreshToken) {
	access := &accessToken{value: randomToken(32), userID: userID, serviceAccount: serviceAccount, createdAt: now, expiresAt: now.Add(ttl)}
	t.access[access.value] = access
	if serviceAccount {
		return access, nil
	}
	refresh := &refreshToken{value: randomToken(32), userID: userID, access: access.value}
	t.refresh[refresh.value] = refresh
	return access, refresh
}

// expireAll makes every access token already expired: the "token expiry mid-run" fault.
func (t *tokenStore) expireAll(now time.Time) {
	for _, token := range t.access {
		if token.expiresAt.After(now) {
			token.expiresAt = now.Add(-time.Second)
		}
	}
}
