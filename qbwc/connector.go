package qbwc

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/store"
	"joblink/qbwc/qbxml"
	"joblink/qbwc/qwc"
	"joblink/qbwc/session"
	"joblink/qbwc/soap"
)

// UserName is the Web Connector user name Joblink writes into its .qwc file. There is one
// Web Connector per Joblink, so it need not be configurable.
const UserName = "joblink"

// DefaultRunEvery is how often the .qwc file asks the Web Connector to run.
const DefaultRunEvery = 5 * time.Minute

// Options configure a Connector.
type Options struct {
	Store    *store.Store
	Engine   session.Engine
	Port     int           // the loopback listener's port, written into the .qwc file
	RunEvery time.Duration // Auto-Run interval proposed in the .qwc (default DefaultRunEvery)
	Log      zerolog.Logger
	// Session overrides session settings (tests shorten timeouts); UserName and OwnerID are
	// always Joblink's.
	Session session.Config
}

// Connector is the running Web Connector endpoint.
type Connector struct {
	manager  *session.Manager
	handler  http.Handler
	store    *store.Store
	port     int
	runEvery time.Duration
}

// New builds the Web Connector endpoint around the engine.
func New(ctx context.Context, o Options) (*Connector, error) {
	if o.Store == nil || o.Engine == nil || o.Port == 0 {
		return nil, errors.New("qbwc: Store, Engine and Port are required")
	}
	if o.RunEvery == 0 {
		o.RunEvery = DefaultRunEvery
	}
	cfg := o.Session
	cfg.UserName, cfg.OwnerID = UserName, qwc.OwnerID
	log := o.Log.With().Str("part", "qbwc").Logger()
	m, err := session.New(ctx, cfg, o.Store, o.Engine, ParseHCP, log)
	if err != nil {
		return nil, fmt.Errorf("start the Web Connector sessions: %w", err)
	}
	h := soap.NewHandler(m, soap.Options{Logger: log})
	return &Connector{manager: m, handler: h, store: o.Store, port: o.Port, runEvery: o.RunEvery}, nil
}

// Routes are the listener patterns the Web Connector uses: the SOAP endpoint and the support
// page its .qwc file names. They carry their own body limit and authentication.
func (c *Connector) Routes() map[string]http.Handler {
	return map[string]http.Handler{soap.EndpointPath: c.handler, soap.EndpointPath + "/": c.handler}
}

// URL is the address the .qwc file gives the Web Connector.
func (c *Connector) URL() string {
	return fmt.Sprintf("http://localhost:%d%s", c.port, soap.EndpointPath)
}

// QWC returns the Web Connector file for this install; runEvery zero keeps the configured interval.
func (c *Connector) QWC(runEvery time.Duration) ([]byte, error) {
	if runEvery == 0 {
		runEvery = c.runEvery
	}
	return QWCFile(c.store, c.port, runEvery)
}

// QWCFile makes the Web Connector file for the install whose database is st, pointing at port.
// The FileID is made once per install and kept in the store, so the file can be made again.
func QWCFile(st *store.Store, port int, runEvery time.Duration) ([]byte, error) {
	fileID, err := qwc.EnsureFileID(st)
	if err != nil {
		return nil, fmt.Errorf("the .qwc file's FileID: %w", err)
	}
	if runEvery == 0 {
		runEvery = DefaultRunEvery
	}
	return qwc.Generate(qwc.Config{
		AppName:        "Joblink",
		AppDescription: "Keeps Procore and QuickBooks Desktop in step",
		Port:           port,
		UserName:       UserName,
		FileID:         fileID,
		RunEvery:       runEvery,
	})
}

// SetPassword sets the Web Connector password (stored only as a slow salted hash).
func (c *Connector) SetPassword(pw string) error { return c.manager.SetPassword(pw) }

// PasswordSet reports whether a Web Connector password exists.
func (c *Connector) PasswordSet() (bool, error) { return c.manager.HasPassword() }

// LastProblem is how the last Web Connector contact failed, in words ("" when it went well or
// there was none since Joblink started): refusals the Web Connector shows in its own window.
func (c *Connector) LastProblem() string {
	if out, ok := c.manager.LastOutcome(); ok && !out.OK {
		return out.Problem
	}
	return ""
}

// Manager exposes the session manager (pinned company, password checks).
func (c *Connector) Manager() *session.Manager { return c.manager }

// Close ends live sessions, telling the engine they were interrupted.
func (c *Connector) Close(ctx context.Context) { c.manager.Shutdown(ctx) }

// ParseHCP turns the Web Connector's HCP response into the session's HostFacts.
func ParseHCP(hcpXML string) (session.HostFacts, error) {
	info, err := qbxml.ParseHCP(strings.NewReader(hcpXML))
	if err != nil {
		return session.HostFacts{}, err
	}
	f := session.HostFacts{
		ProductName:            info.ProductName,
		Country:                info.Country,
		SupportedQBXMLVersions: info.SupportedQBXMLVersion,
		IsAutomaticLogin:       info.IsAutomaticLogin,
		FileMode:               info.QBFileMode,
		CompanyName:            info.CompanyName,
		CompanyFile:            info.CompanyFilePath,
		FileIDs:                map[string]string{},
	}
	if f.Major, err = versionPart(info.MajorVersion, "major"); err != nil {
		return f, err
	}
	if f.Minor, err = versionPart(info.MinorVersion, "minor"); err != nil {
		return f, err
	}
	for _, ext := range info.DataExt {
		if strings.EqualFold(ext.DataExtName, "FileID") {
			f.FileIDs[ext.OwnerID] = ext.DataExtValue
		}
	}
	if info.FileID != "" && strings.EqualFold(info.FileIDOwner, qwc.OwnerID) {
		f.FileID = info.FileID
	}
	return f, nil
}

func versionPart(s, which string) (int, error) {
	if s == "" {
		return 0, nil
	}
	var n int
	if _, err := fmt.Sscanf(strings.TrimSpace(s), "%d", &n); err != nil {
		return 0, fmt.Errorf("QuickBooks reported a %s version %q that is not a number", which, s)
	}
	return n, nil
}
