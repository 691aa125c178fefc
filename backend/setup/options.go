package setup

import (
	"net/http"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/kinds"
	"joblink/backend/problem"
	"joblink/backend/qbmirror"
	"joblink/backend/setup/wire"
	"joblink/backend/store"
)

// Prefill is what demo mode fills in: the simulator's address and app registration.
type Prefill = wire.Prefill

// Autostart turns "start at login" on and off (the app's implementation; nil in modes without one).
type Autostart interface {
	Available() (ok bool, reason string)
	Enabled() bool
	SetEnabled(on bool) error
}

// WebConnectorStatus is what the Web Connector side reports to the wizard. The core adapts it
// from the Web Connector endpoint and the QuickBooks refresh engine.
type WebConnectorStatus struct {
	URL            string                  // where the Web Connector calls Joblink
	PasswordSet    bool                    // a password exists (however it was set)
	LastContactAt  *time.Time              // nil until a company file answered
	Company        *wire.QuickBooksCompany // the company file that answered
	Problem        *problem.Problem        // the last contact was refused (another company file, an old QuickBooks…)
	EndpointAbsent bool                    // the endpoint is not running at all
}

// Options builds a Service. Store and DataDir are required.
type Options struct {
	Store   *store.Store
	Mirror  *qbmirror.Mirror // nil: the mirror kept in Store
	DataDir string           // where the sealed Procore secrets live
	Port    int              // the loopback listener's port, for the sign-in redirect
	Log     zerolog.Logger

	// Demo runs on the embedded simulators; Prefill (demo only) pre-fills the Procore step.
	Demo    bool
	Prefill *Prefill

	// OpenBrowser opens a page in the user's default browser (tray mode); nil in headless mode.
	OpenBrowser func(url string) error
	// SetPassword sets the Web Connector password; nil when there is no Web Connector endpoint.
	SetPassword func(string) error
	// WebConnector reports the Web Connector side; nil when there is none.
	WebConnector func() WebConnectorStatus
	// Autostart is "start at login"; nil when this mode has none.
	Autostart Autostart
	// Kinds are the registered kinds (kinds.All()): the preferences offer "send without
	// approval" for those with a DirectExport help, and refuse every other kind.
	Kinds []kinds.Kind

	// AppClientID and AppClientSecret are Joblink's registered Procore app for production and
	// the sandboxes; empty means the build-time values in buildinfo.
	AppClientID, AppClientSecret string
	// HTTPClient makes the Procore calls; nil: the procore package's default.
	HTTPClient *http.Client
	// Now is the clock (sign-in expiry); nil: time.Now.
	Now func() time.Time
}
