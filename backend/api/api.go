// Package api is Joblink's JSON API: the one http.Handler the frontend talks to, mounted both
// in the Wails window's asset server and on the loopback listener (behind the token guard).
// It knows the engine's pieces only through the small interfaces in Deps.
package api

import (
	"bytes"
	"io"
	"net/http"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/httpjson"
	"joblink/backend/kinds"
)

// StoreInfo is the database's state as the dashboard shows it.
type StoreInfo struct {
	State         string     `json:"state"` // "ok" or "error"
	Path          string     `json:"path"`
	SchemaVersion int        `json:"schemaVersion"`
	SizeBytes     int64      `json:"sizeBytes"`
	LastBackupAt  *time.Time `json:"lastBackupAt"`
	BackupDir     string     `json:"backupDir"`
	BackupCount   int        `json:"backupCount"`
	Message       string     `json:"message,omitempty"`
}

// ListenerInfo is the loopback listener's state.
type ListenerInfo struct {
	State     string   `json:"state"` // "listening" or "stopped"
	Addresses []string `json:"addresses"`
	UIURL     string   `json:"uiURL"`
}

// Autostart turns "start at login" on and off. Headless mode has none: Available says why.
type Autostart interface {
	Available() (ok bool, reason string)
	Enabled() bool
	SetEnabled(on bool) error
}

// Window shows the desktop window; headless mode has none.
type Window interface {
	Show() error
}

// WebConnector is the QuickBooks Web Connector endpoint as the API uses it.
type WebConnector interface {
	URL() string
	QWC(runEvery time.Duration) ([]byte, error) // zero: the default interval
	PasswordSet() (bool, error)
}

// Deps is everything the API reads from or acts on.
type Deps struct {
	Version   string
	Mode      string // "tray" or "headless"
	DataDir   string
	LogFile   string
	StartedAt time.Time
	Store     func() StoreInfo
	Listener  func() ListenerInfo
	Autostart Autostart
	Window    Window // nil in headless mode
	Quit      func() // asks the process to shut down cleanly
	// WebConnector is nil when the endpoint is not running (no database).
	WebConnector WebConnector
	// QuickBooks reports the QuickBooks side; nil (or a nil result) leaves it out of the status.
	QuickBooks func() *QuickBooksInfo
	// Setup is the first-run setup wizard; nil without a database.
	Setup SetupService
	// QuickBooksLists reads the mirrored accounts and items; nil without a database.
	QuickBooksLists QuickBooksLists
	// Engine is the sync engine; nil without a database.
	Engine *engine.Engine
	// Kinds are the registered kinds in export order (kinds.All()), served by GET /api/kinds.
	Kinds []kinds.Kind
	// Mapping answers the Jobs and Vendors pages; VendorSettings keeps their settings. Both
	// nil without a database.
	Mapping        MappingService
	VendorSettings VendorSettings
	JobCosts       JobCosts // the Job costs page; nil without a database
	Log            zerolog.Logger
}

type server struct{ Deps }

// New returns the handler for everything under /api/.
func New(d Deps) http.Handler {
	s := &server{d}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/health", s.health)
	mux.HandleFunc("GET /api/status", s.status)
	mux.HandleFunc("GET /api/settings", s.settings)
	mux.HandleFunc("PUT /api/settings/autostart", s.setAutostart)
	mux.HandleFunc("POST /api/app/show", s.show)
	mux.HandleFunc("POST /api/app/quit", s.quit)
	mux.HandleFunc("GET /api/qbwc/qwc", s.qwcFile)
	mux.HandleFunc("GET /api/kinds", s.kindList)
	s.setupRoutes(mux)
	s.listRoutes(mux)
	s.workRoutes(mux)
	s.summaryRoutes(mux)
	s.mappingRoutes(mux)
	s.jobCostRoutes(mux)
	return jsonMisses(mux)
}

// takesNoBody are the routes that change something without a request body. A body sent to one
// of them, or to any GET, is refused before the route runs (issue 12: {"bogus":1} posted to
// /api/app/quit quit Joblink): input that means nothing is a mistake or a probe, not something
// to ignore. The list is kept here, in one place, rather than checked by each handler.
var takesNoBody = map[string]bool{
	"POST /api/app/show":                 true,
	"POST /api/app/quit":                 true,
	"POST /api/setup/procore/disconnect": true,
	"POST /api/setup/finish":             true,
	"POST /api/sync/now":                 true,
}

// bodyless reports whether the route a request matched takes no body.
func bodyless(method, pattern string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodDelete, http.MethodOptions:
		return true
	}
	return takesNoBody[pattern]
}

// hasBody reports whether a request carries a body that says something. An empty JSON object
// says nothing (clients that always send JSON send "{}"), so it passes. At most a few bytes are
// read, and put back for the route.
func hasBody(r *http.Request) bool {
	if r.ContentLength == 0 || r.Body == nil || r.Body == http.NoBody {
		return false
	}
	head := make([]byte, emptyBodyMax)
	n, _ := io.ReadFull(r.Body, head)
	head = head[:n]
	r.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(head), r.Body), r.Body}
	if n == emptyBodyMax {
		return true // longer than any empty object a client sends
	}
	trimmed := bytes.Join(bytes.Fields(head), nil)
	return len(trimmed) > 0 && string(trimmed) != "{}"
}

// emptyBodyMax is the most hasBody reads: "{}" with some white space around it.
const emptyBodyMax = 16

// jsonMisses answers requests no route takes (404, or 405 for a wrong method) in the API's
// error shape instead of the mux's plain text, and refuses a body where the route takes none.
func jsonMisses(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := mux.Handler(r); pattern != "" {
			if bodyless(r.Method, pattern) && hasBody(r) {
				httpjson.Error(w, http.StatusBadRequest, "unexpected_body",
					r.Method+" "+r.URL.Path+" takes no request body, but one was sent; Joblink did nothing.",
					"Send the request without a body.")
				return
			}
			mux.ServeHTTP(w, r)
			return
		}
		rec := &missRecorder{header: http.Header{}}
		mux.ServeHTTP(rec, r)
		if rec.status == http.StatusMethodNotAllowed {
			allowed := rec.header.Get("Allow")
			w.Header().Set("Allow", allowed)
			httpjson.Error(w, http.StatusMethodNotAllowed, "method_not_allowed",
				r.Method+" is not accepted at "+r.URL.Path+".", "Use "+allowed+".")
			return
		}
		httpjson.Error(w, http.StatusNotFound, "not_found",
			"Joblink has no API at "+r.URL.Path+".", "Check the address; the API lives under /api/.")
	})
}

// missRecorder captures the status and Allow header the mux would send for a miss.
type missRecorder struct {
	header http.Header
	status int
}

func (m *missRecorder) Header() http.Header         { return m.header }
func (m *missRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (m *missRecorder) WriteHeader(code int)        { m.status = code }
