package core

import (
	"fmt"
	"net/http"

	"joblink/backend/api"
	"joblink/backend/kinds"
	"joblink/backend/problem"
	"joblink/backend/qbmirror"
	"joblink/backend/setup"
	"joblink/backend/setup/wire"
)

// startSetup builds the setup wizard once the database is open, the listener has its port and
// the Web Connector endpoint is attached. Config.Setup supplies what only the mode knows (demo
// prefill, opening the browser); the rest comes from the core. Without a database there is no
// wizard (c.Setup stays nil) and the API says why.
func (c *Core) startSetup() error {
	if c.Store == nil {
		return nil
	}
	opts := c.cfg.Setup
	opts.Store = c.Store
	opts.Mirror = qbmirror.New(c.Store)
	opts.DataDir = c.Layout.Root
	opts.Port = c.listener.Port
	opts.Log = c.Log
	opts.Kinds = kinds.All()
	if c.cfg.Autostart != nil {
		opts.Autostart = c.cfg.Autostart
	}
	if c.qbwc != nil {
		if opts.SetPassword == nil { // demo mode wraps it to tell its simulated Web Connector
			opts.SetPassword = c.qbwc.SetPassword
		}
		opts.WebConnector = c.webConnectorForSetup
	}
	svc, err := setup.New(opts)
	if err != nil {
		return fmt.Errorf("start the setup wizard: %w", err)
	}
	c.Setup = svc
	return nil
}

// withSetupRoutes adds the public Procore sign-in callback to the listener's public routes.
func (c *Core) withSetupRoutes(public map[string]http.Handler) map[string]http.Handler {
	out := make(map[string]http.Handler, len(public)+1)
	for pattern, h := range public {
		out[pattern] = h
	}
	out["GET /oauth/callback"] = api.OAuthCallback(c.setupAPI())
	return out
}

// setupAPI and listsAPI give the API the wizard, or a nil interface when there is none (a nil
// *setup.Service in an interface would not compare equal to nil).
func (c *Core) setupAPI() api.SetupService {
	if c.Setup == nil {
		return nil
	}
	return c.Setup
}

func (c *Core) listsAPI() api.QuickBooksLists {
	if c.Setup == nil {
		return nil
	}
	return c.Setup
}

// webConnectorForSetup reports the Web Connector side to the wizard: the password, the company
// file that answered, and a refused contact (another company file, an unsupported QuickBooks).
// An interrupted list refresh is not a setup problem: it is retried at the next run.
func (c *Core) webConnectorForSetup() setup.WebConnectorStatus {
	out := setup.WebConnectorStatus{URL: c.qbwc.URL()}
	if set, err := c.qbwc.PasswordSet(); err == nil {
		out.PasswordSet = set
	} else {
		c.Log.Warn().Err(err).Msg("read whether the Web Connector password is set")
	}
	if c.Refresh != nil {
		st, err := c.Refresh.Status()
		if err != nil {
			c.Log.Error().Err(err).Msg("read the QuickBooks status")
		} else if ct := st.LastContact; ct != nil {
			at := ct.At
			out.LastContactAt = &at
			out.Company = &wire.QuickBooksCompany{File: ct.CompanyFile, Name: ct.Host.CompanyName, Product: ct.Host.ProductName,
				Version: fmt.Sprintf("%d.%d", ct.Host.Major, ct.Host.Minor), Country: ct.Host.Country}
		}
	}
	if words := c.qbwc.LastProblem(); words != "" {
		out.Problem = &problem.Problem{Message: words,
			Fix: "Open the company file Joblink was set up with (or a supported QuickBooks Desktop), then run the Web Connector again."}
	}
	return out
}
