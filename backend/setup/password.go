package setup

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"joblink/backend/logging"
)

// passwordAlphabet leaves out characters that are easily confused when a password is read
// off the screen and typed into the Web Connector (0/O/o, 1/l/I).
const passwordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// newPassword makes a password of four groups of five characters joined by dashes: 23
// characters, about 116 bits from crypto/rand, and easy to read back.
func newPassword() (string, error) {
	var b strings.Builder
	max := big.NewInt(int64(len(passwordAlphabet)))
	for i := range 20 {
		if i > 0 && i%5 == 0 {
			b.WriteByte('-')
		}
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", fmt.Errorf("make a random password: %w", err)
		}
		b.WriteByte(passwordAlphabet[n.Int64()])
	}
	return b.String(), nil
}

// NewPassword makes a new random Web Connector password and sets it. It is returned once, to
// be shown to the bookkeeper; Joblink keeps only its hash. When a password is already set,
// replace must say that the bookkeeper confirmed replacing it: the Web Connector keeps the old
// one and cannot reach Joblink until the new one is typed into it, so no client replaces a
// working password in one click.
func (s *Service) NewPassword(replace bool) (string, error) {
	if s.opts.SetPassword == nil {
		return "", refuse(http.StatusConflict, "no_web_connector",
			"The QuickBooks Web Connector endpoint is not running in this Joblink, so it has no password to set.",
			"Check the database on the dashboard; the endpoint starts with Joblink once the database opens.")
	}
	if !replace && s.opts.WebConnector != nil && s.opts.WebConnector().PasswordSet {
		return "", refuse(http.StatusConflict, "password_replaces",
			"A Web Connector password is already set, and the Web Connector uses it. A new password replaces it at once: the Web Connector cannot sync until the new password is pasted into its Password column.",
			"Confirm that you want a new password (make one only if you lost the old one), then paste it into the Web Connector.")
	}
	s.ops.Lock()
	defer s.ops.Unlock()
	pw, err := newPassword()
	if err != nil {
		return "", internal("make a password", err)
	}
	logging.RegisterSecret(pw)
	if err := s.opts.SetPassword(pw); err != nil {
		return "", internal("set the Web Connector password", err)
	}
	if err := update(s, keyWebConnector, webConnectorField, func(w *webConnectorState) error {
		w.PasswordMadeAt = s.now().UTC()
		return nil
	}); err != nil {
		return "", err
	}
	s.log.Info().Msg("new Web Connector password made")
	s.notify()
	return pw, nil
}
