package setup

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"joblink/backend/logging"
	"joblink/backend/procore"
	"joblink/backend/procore/secrets"
	"joblink/backend/setup/wire"
)

// The bookkeeper's own app credentials (custom environment, service account) are kept in a
// sealed file like the tokens: the client secret is as powerful as a token for a service account.

func (s *Service) saveApp(c wire.Credentials) error {
	logging.RegisterSecret(c.ClientSecret)
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode the Procore app credentials: %w", err)
	}
	return s.appFile.Write(b)
}

func (s *Service) loadApp() (wire.Credentials, error) {
	var c wire.Credentials
	b, err := s.appFile.Read()
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("read the Procore app credentials %s: %w", s.appFile.Path(), err)
	}
	logging.RegisterSecret(c.ClientSecret)
	return c, nil
}

// tokenFile is the sealed token file as one connection sees it. Once a newer connection has
// replaced this one (a new sign-in, a disconnect), it may no longer write: a refresh still
// running on the old connection must not overwrite the new sign-in.
type tokenFile struct {
	s    *Service
	gen  uint64
	file *procore.FileTokenStore
}

var errReplaced = errors.New("setup: this Procore sign-in was replaced by a newer one")

func (t *tokenFile) current() bool {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.gen >= t.s.gen
}

func (t *tokenFile) Load() (procore.Token, error) {
	if !t.current() {
		return procore.Token{}, &procore.SignInAgainError{Reason: "replaced by a newer sign-in", Err: errReplaced}
	}
	return t.file.Load()
}

func (t *tokenFile) Save(tok procore.Token) error {
	if !t.current() {
		return errReplaced
	}
	if err := t.file.Save(tok); err != nil {
		return err
	}
	// Once per run, say how the sign-in is kept: on Linux without a desktop keyring it is a
	// file only this user can read, and whoever looks after the PC should know.
	protectionTold.Do(func() {
		t.s.log.Info().Str("how", t.file.Protection()).Msg("the Procore sign-in is kept on this computer")
	})
	return nil
}

var protectionTold sync.Once

func (t *tokenFile) Delete() error {
	if !t.current() {
		return nil
	}
	return t.file.Delete()
}

func isNotFound(err error) bool { return errors.Is(err, secrets.ErrNotFound) }
