// Package core assembles a running Joblink from its parts — data folder, single-instance lock,
// logs, UI token, database, loopback listener and JSON API — in the same way for the tray app
// and headless mode, and takes them down again in order.
package core

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	stdlog "log"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/buildinfo"
	"joblink/backend/datadir"
	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/kinds"
	"joblink/backend/localserver"
	"joblink/backend/logging"
	"joblink/backend/mapping"
	"joblink/backend/qbrefresh"
	"joblink/backend/setup"
	"joblink/backend/store"
)

// Modes.
const (
	ModeTray     = "tray"
	ModeHeadless = "headless"
)

// Config says how to start.
type Config struct {
	Mode      string
	DataDir   string // empty: the OS application-data folder
	Addr      string // empty: localserver.DefaultAddr
	LogLevel  string
	Console   io.Writer // human log copy; nil decides by whether stderr is a terminal
	UI        fs.FS     // the built frontend
	Autostart api.Autostart
	Window    api.Window // nil in headless mode
	// ProcessStart is when the process began, so the "ready" log line can say how long start-up took.
	ProcessStart time.Time
	// AttachWebConnector builds the Web Connector endpoint once the store is open and the port
	// known. The composition root (main) supplies it: backend does not import the qbwc side.
	AttachWebConnector func(c *Core) (WebConnector, error)
	// WebConnectorPassword, if set, becomes the Web Connector password at start
	// (--qbwc-password-file, for deployment scripts and tests).
	WebConnectorPassword string
	// RequireStore makes a database that cannot be opened fatal. Headless mode sets it (a
	// service should fail loudly); the tray app instead starts and shows the problem in its window.
	RequireStore bool
	// Notify shows an OS notification (the daily summary of what waits); nil: log only.
	Notify Notifier
	// Setup is what the mode adds to the setup wizard (demo prefill, opening the browser); the
	// core fills in the rest.
	Setup setup.Options
}

// Core is a running Joblink.
type Core struct {
	Layout   datadir.Layout
	Log      zerolog.Logger
	Store    *store.Store // nil when the database could not be opened (see StoreErr)
	StoreErr error
	// Refresh keeps the QuickBooks lists in step; nil without a database.
	Refresh *qbrefresh.Engine
	// Setup is the first-run setup wizard; nil without a database.
	Setup *setup.Service
	// Engine is the sync engine (approvals, exports, Procore polling); nil without a database.
	Engine *engine.Engine
	// Mapping answers the Jobs and Vendors pages; nil without a database.
	Mapping *mapping.Service
	// JobCosts reads QuickBooks actuals in Web Connector runs and writes them to Procore
	// budgets; nil without a database.
	JobCosts *jobcosts.Service

	cfg      Config
	logs     *logging.Logs
	lock     *datadir.Lock
	listener *localserver.Listener
	server   *localserver.Server
	qbwc     WebConnector // nil when not attached (no database, or not configured)
	api      http.Handler
	started  time.Time

	engineStarted bool // the engine's poll loop runs (see stopEngine)

	quitOnce  sync.Once
	quit      chan struct{}
	stopLoops chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// Start brings Joblink up. On failure everything already opened is closed again and the error
// explains itself (see the error types in this package).
func Start(cfg Config) (_ *Core, err error) {
	if cfg.ProcessStart.IsZero() {
		cfg.ProcessStart = time.Now()
	}
	if cfg.Addr == "" {
		cfg.Addr = localserver.DefaultAddr
	}
	c := &Core{cfg: cfg, quit: make(chan struct{}), started: time.Now(), Log: zerolog.Nop()}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()

	root, err := datadir.Resolve(cfg.DataDir)
	if err != nil {
		return nil, &DataDirError{Err: err}
	}
	if c.Layout, err = datadir.Prepare(root); err != nil {
		return nil, &DataDirError{Err: err}
	}
	if c.lock, err = datadir.Acquire(c.Layout); err != nil {
		if errors.Is(err, datadir.ErrLocked) {
			in, readErr := datadir.ReadInstance(c.Layout)
			return nil, &AlreadyRunningError{Layout: c.Layout, Instance: in, Known: readErr == nil}
		}
		return nil, &DataDirError{Err: err}
	}

	if c.logs, err = logging.Open(logging.Config{File: c.Layout.LogFile(), Level: cfg.LogLevel, Console: cfg.Console}); err != nil {
		return nil, &DataDirError{Err: err}
	}
	c.Log = c.logs.Logger
	c.Log.Info().Str("version", buildinfo.Version).Str("mode", cfg.Mode).Str("data", c.Layout.Root).Int("pid", os.Getpid()).Msg("Joblink starting")

	tok, err := datadir.LoadOrCreateToken(c.Layout)
	if err != nil {
		return nil, &DataDirError{Err: err}
	}
	logging.RegisterSecret(tok.Token)
	switch {
	case tok.Repaired != "":
		c.Log.Warn().Msg("UI access token: " + tok.Repaired)
	case tok.Created:
		c.Log.Info().Msg("created the UI access token (file ui-token in the data folder)")
	}

	// The port first: when it is taken Joblink must say so at once, before opening the database
	// and starting an engine that would only be stopped again.
	if c.listener, err = localserver.Listen(cfg.Addr); err != nil {
		c.Log.Error().Err(err).Msg("the local listener could not start")
		return nil, &ListenError{Err: err}
	}

	c.Store, c.StoreErr = store.Open(store.Options{
		Dir: c.Layout.DB(), BackupDir: c.Layout.Backups(), Logger: c.Log,
		DescribeHolder: c.describeHolder,
	})
	if c.StoreErr != nil {
		c.Log.Error().Err(c.StoreErr).Str("kind", store.KindOf(c.StoreErr).String()).Msg("the database could not be opened")
		if cfg.RequireStore {
			return nil, &StoreError{Err: c.StoreErr}
		}
	}

	if c.Store != nil {
		c.Refresh = c.refreshEngine()
		if c.Engine, err = c.newEngine(); err != nil {
			return nil, fmt.Errorf("start the sync engine: %w", err)
		}
	}

	public, err := c.attachWebConnector()
	if err != nil {
		return nil, err
	}
	if err := c.startSetup(); err != nil {
		return nil, err
	}
	public = c.withSetupRoutes(public)
	if err := c.startEngine(); err != nil {
		return nil, err
	}
	c.api = api.New(api.Deps{
		Version: buildinfo.Version, Mode: cfg.Mode, DataDir: c.Layout.Root, LogFile: c.Layout.LogFile(),
		StartedAt: c.started, Store: c.storeInfo, Listener: c.listenerInfo,
		Autostart: cfg.Autostart, Window: cfg.Window, Quit: c.RequestQuit, WebConnector: c.webConnectorAPI(), QuickBooks: c.quickBooksInfo,
		Setup: c.setupAPI(), QuickBooksLists: c.listsAPI(), Engine: c.Engine, Kinds: kinds.All(),
		Mapping: c.mappingAPI(), VendorSettings: c.vendorSettingsAPI(), JobCosts: c.jobCostsAPI(),
		Log: c.Log.With().Str("part", "api").Logger(),
	})
	guard := &localserver.Guard{Port: c.listener.Port, Token: tok.Token}
	site := guard.Handler(localserver.Routes{API: c.api, UI: localserver.UI(cfg.UI), Public: public, Log: c.apiLog()})
	c.server = localserver.Serve(c.listener, site, stdlog.New(httpErrorLog{c.Log}, "", 0))

	if err := datadir.WriteInstance(c.Layout, datadir.Instance{
		PID: os.Getpid(), Mode: cfg.Mode, URL: c.listener.URL(), Version: buildinfo.Version, StartedAt: c.started,
	}); err != nil {
		c.Log.Warn().Err(err).Msg("could not record this instance; a second launch will not find it")
	}
	c.Log.Info().Strs("addresses", c.listener.Addresses()).Str("url", c.listener.URL()).
		Dur("startup", time.Since(cfg.ProcessStart)).Msg("ready")
	return c, nil
}

// APIHandler is the JSON API for the Wails window: no token (its requests never leave the
// process), but the same body checks as the listener (limit, JSON only, no duplicate keys, no
// body where none is expected).
func (c *Core) APIHandler() http.Handler {
	return localserver.RequestLog(c.apiLog(), "window", localserver.APIBody(localserver.DefaultMaxBody, c.api))
}

// apiLog receives the API's request lines (debug level: --log-level debug shows them).
func (c *Core) apiLog() zerolog.Logger { return c.Log.With().Str("part", "api").Logger() }

// URL is where a browser reaches the UI.
func (c *Core) URL() string { return c.listener.URL() }

// QuitRequested is closed when something (the API, a signal) asks Joblink to stop.
func (c *Core) QuitRequested() <-chan struct{} { return c.quit }

// RequestQuit asks the process to stop; the mode's runner carries it out.
func (c *Core) RequestQuit() { c.quitOnce.Do(func() { close(c.quit) }) }

// Close stops the listener, the database, the logs and the lock, in that order. It is safe
// to call more than once.
func (c *Core) Close() error {
	c.closeOnce.Do(func() {
		var errs []error
		c.stopEngine()
		if c.server != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if err := c.server.Shutdown(ctx); err != nil {
				errs = append(errs, fmt.Errorf("stop the listener: %w", err))
			}
			if c.qbwc != nil {
				c.qbwc.Close(ctx)
			}
			cancel()
		} else if c.listener != nil {
			c.listener.Close()
		}
		if c.Store != nil {
			if err := c.Store.Close(); err != nil {
				errs = append(errs, fmt.Errorf("close the database: %w", err))
			}
		}
		if c.lock != nil {
			datadir.RemoveInstance(c.Layout)
		}
		c.closeErr = errors.Join(errs...)
		if c.logs != nil {
			if c.closeErr != nil {
				c.Log.Error().Err(c.closeErr).Msg("stopped with errors")
			} else {
				c.Log.Info().Msg("stopped cleanly")
			}
			c.logs.Close()
		}
		c.lock.Release()
	})
	return c.closeErr
}

func (c *Core) describeHolder() string {
	if in, err := datadir.ReadInstance(c.Layout); err == nil && in.PID != os.Getpid() {
		return in.Describe()
	}
	return "another program (perhaps a Joblink started with another data folder setting, or a backup tool)"
}

func (c *Core) storeInfo() api.StoreInfo {
	if c.Store == nil {
		info := api.StoreInfo{State: "error", Path: c.Layout.DB(), BackupDir: c.Layout.Backups(), Message: "The database is not open."}
		var oe *store.OpenError
		if errors.As(c.StoreErr, &oe) {
			info.Message = oe.Message + " " + oe.Fix
		} else if c.StoreErr != nil {
			info.Message = c.StoreErr.Error()
		}
		if backups, err := store.ListBackups(c.Layout.Backups()); err == nil && len(backups) > 0 {
			t := backups[0].Taken
			info.LastBackupAt, info.BackupCount = &t, len(backups)
		}
		return info
	}
	st := c.Store.Status()
	info := api.StoreInfo{State: "ok", Path: st.Path, SchemaVersion: st.SchemaVersion, SizeBytes: st.SizeBytes,
		BackupDir: st.BackupDir, BackupCount: st.BackupCount}
	if !st.LastBackupAt.IsZero() {
		t := st.LastBackupAt
		info.LastBackupAt = &t
	}
	// Damage found while running refuses every read and write: the dashboard must say so, with
	// the restore command, not "ok". A full disk still answers reads, so it is shown as "full".
	switch {
	case st.Damage != nil:
		info.State, info.Message = "error", st.Damage.Message+" "+st.Damage.Fix
	case st.DiskFull != nil:
		info.State, info.Message = "full", st.DiskFull.Message+" "+st.DiskFull.Fix
	}
	return info
}

func (c *Core) listenerInfo() api.ListenerInfo {
	return api.ListenerInfo{State: "listening", Addresses: c.listener.Addresses(), UIURL: c.listener.URL()}
}

// httpErrorLog routes net/http's own error log (bad requests, broken connections) to the
// application log at debug level: on a shared PC they are noise unless one is investigating.
type httpErrorLog struct{ log zerolog.Logger }

func (h httpErrorLog) Write(p []byte) (int, error) {
	h.log.Debug().Str("part", "http").Msg(string(p))
	return len(p), nil
}
