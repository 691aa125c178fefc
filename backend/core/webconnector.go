package core

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"joblink/backend/api"
)

// WebConnector is the QuickBooks Web Connector endpoint as the core sees it.
type WebConnector interface {
	Routes() map[string]http.Handler            // mounted on the listener with their own authentication
	URL() string                                // what the .qwc file points the Web Connector at
	QWC(runEvery time.Duration) ([]byte, error) // the .qwc file; zero: the default interval
	SetPassword(string) error
	PasswordSet() (bool, error)
	LastProblem() string       // the last contact's refusal or failure, in words; "" if none
	Close(ctx context.Context) // ends live sessions
}

// PasswordError: the Web Connector password given at start is unusable.
type PasswordError struct{ Err error }

func (e *PasswordError) Error() string { return e.Err.Error() }
func (e *PasswordError) Unwrap() error { return e.Err }

// attachWebConnector builds the endpoint when the configuration asks for one and the database
// is open (sessions, the password hash and the pinned company live there).
func (c *Core) attachWebConnector() (map[string]http.Handler, error) {
	if c.cfg.AttachWebConnector == nil {
		return nil, nil
	}
	if c.Store == nil {
		c.Log.Warn().Msg("the Web Connector endpoint is off: the database is not open")
		return nil, nil
	}
	wc, err := c.cfg.AttachWebConnector(c)
	if err != nil {
		return nil, fmt.Errorf("start the Web Connector endpoint: %w", err)
	}
	c.qbwc = wc
	if pw := c.cfg.WebConnectorPassword; pw != "" {
		if err := checkPassword(pw); err != nil {
			return nil, &PasswordError{Err: err}
		}
		if err := wc.SetPassword(pw); err != nil {
			return nil, &PasswordError{Err: fmt.Errorf("store the Web Connector password: %w", err)}
		}
		c.Log.Info().Msg("Web Connector password set from the password file")
	}
	c.Log.Info().Str("url", wc.URL()).Msg("Web Connector endpoint ready")
	return wc.Routes(), nil
}

func checkPassword(pw string) error {
	switch {
	case len(pw) < 8:
		return errors.New("the Web Connector password must have at least 8 characters")
	case len(pw) > 256:
		return errors.New("the Web Connector password must have at most 256 characters")
	}
	return nil
}

// Port is the loopback listener's port.
func (c *Core) Port() int { return c.listener.Port }

// webConnectorAPI is what the JSON API may do with the Web Connector (nil when there is none).
func (c *Core) webConnectorAPI() api.WebConnector {
	if c.qbwc == nil {
		return nil
	}
	return c.qbwc
}
