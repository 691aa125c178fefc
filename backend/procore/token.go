package procore

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"joblink/backend/logging"
	"joblink/backend/procore/secrets"
)

// Token is one sign-in: the access token used on API calls and, for a user sign-in, the
// single-use refresh token that obtains the next pair (§2.2).
type Token struct {
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	TokenType    string    `json:"token_type,omitempty"`
	ExpiresAt    time.Time `json:"expires_at"`
	// RedirectURI is the one used at sign-in; DOCS send it again on refresh.
	RedirectURI string `json:"redirect_uri,omitempty"`
	// ServiceAccount marks a client-credentials (DMSA) token: it has no refresh token and is
	// renewed by asking for a new one.
	ServiceAccount bool `json:"service_account,omitempty"`
}

// expirySkew renews a token this long before Procore would reject it, so a call started just
// before expiry does not fail.
const expirySkew = 2 * time.Minute

// ValidAt reports whether the access token can still be used at now.
func (t Token) ValidAt(now time.Time) bool {
	return t.AccessToken != "" && now.Add(expirySkew).Before(t.ExpiresAt)
}

// registerSecrets keeps the token's values out of every log line.
func (t Token) registerSecrets() {
	logging.RegisterSecret(t.AccessToken)
	logging.RegisterSecret(t.RefreshToken)
}

// ErrNoToken means the store holds no sign-in: Joblink has not been connected to Procore.
var ErrNoToken = errors.New("procore: not signed in")

// TokenStore keeps the current sign-in across restarts. Save must be durable when it returns:
// a rotated refresh token that is lost cannot be recovered.
type TokenStore interface {
	Load() (Token, error) // ErrNoToken when empty
	Save(Token) error
	Delete() error
}

// MemoryTokenStore keeps the token in memory only (tests, the simulator demo).
type MemoryTokenStore struct {
	mu  sync.Mutex
	tok *Token
}

func (m *MemoryTokenStore) Load() (Token, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.tok == nil {
		return Token{}, ErrNoToken
	}
	return *m.tok, nil
}

func (m *MemoryTokenStore) Save(t Token) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tok = &t
	return nil
}

func (m *MemoryTokenStore) Delete() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tok = nil
	return nil
}

// FileTokenStore keeps the token in a secrets.File: sealed with DPAPI on Windows, encrypted
// under a key in the desktop keyring on Linux where one answers, else a 0600 file.
type FileTokenStore struct {
	file *secrets.File
}

// NewFileTokenStore stores the token at path (in the data folder).
func NewFileTokenStore(path string) *FileTokenStore {
	return &FileTokenStore{file: secrets.NewFile(path)}
}

func (s *FileTokenStore) Load() (Token, error) {
	b, err := s.file.Read()
	if errors.Is(err, secrets.ErrNotFound) {
		return Token{}, ErrNoToken
	}
	if err != nil {
		return Token{}, err
	}
	var t Token
	if err := json.Unmarshal(b, &t); err != nil {
		return Token{}, fmt.Errorf("procore: read saved sign-in %s: %w", s.file.Path(), err)
	}
	t.registerSecrets()
	return t, nil
}

func (s *FileTokenStore) Save(t Token) error {
	t.registerSecrets()
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("procore: encode sign-in: %w", err)
	}
	return s.file.Write(b)
}

func (s *FileTokenStore) Delete() error { return s.file.Remove() }

// Protection says in words how the sign-in is kept on this computer.
func (s *FileTokenStore) Protection() string { return s.file.Protection() }
