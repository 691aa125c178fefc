package api

import (
	"net/http"
	"time"

	"joblink/backend/httpjson"
)

type healthResponse struct {
	Status  string `json:"status"`
	Version string `json:"version"`
}

func (s *server) health(w http.ResponseWriter, _ *http.Request) {
	httpjson.Write(w, http.StatusOK, healthResponse{Status: "ok", Version: s.Version})
}

// Status is the dashboard's view of the running Joblink.
type Status struct {
	Version   string       `json:"version"`
	Mode      string       `json:"mode"`
	StartedAt time.Time    `json:"startedAt"`
	DataDir   string       `json:"dataDir"`
	LogFile   string       `json:"logFile"`
	Store     StoreInfo    `json:"store"`
	Listener  ListenerInfo `json:"listener"`
	Approvals Approvals    `json:"approvals"`
	// QuickBooks is absent when the Web Connector side is not running (no database).
	QuickBooks *QuickBooksInfo `json:"quickbooks,omitempty"`
	// Sync is the sync engine's state; absent without a database.
	Sync *SyncInfo `json:"sync,omitempty"`
}

// Approvals counts what waits for the bookkeeper. Pending is null until the approval queue
// exists, so that nothing shows a count that means nothing.
type Approvals struct {
	Pending *int `json:"pending"`
}

func (s *server) status(w http.ResponseWriter, _ *http.Request) {
	st := Status{Version: s.Version, Mode: s.Mode, StartedAt: s.StartedAt, DataDir: s.DataDir, LogFile: s.LogFile}
	if s.Store != nil {
		st.Store = s.Store()
	}
	if s.Listener != nil {
		st.Listener = s.Listener()
	}
	if s.QuickBooks != nil {
		st.QuickBooks = s.QuickBooks()
	}
	if s.Engine != nil {
		if n, _, err := s.Engine.Pending(); err == nil {
			st.Approvals.Pending = &n
		}
		st.Sync = s.syncStatus()
	}
	httpjson.Write(w, http.StatusOK, st)
}

type autostartSettings struct {
	Available bool   `json:"available"`
	Enabled   bool   `json:"enabled"`
	Reason    string `json:"reason"`
}

// Settings are the preferences the UI can change.
type Settings struct {
	Autostart autostartSettings `json:"autostart"`
}

func (s *server) currentSettings() Settings {
	var a autostartSettings
	if s.Autostart == nil {
		a.Reason = "Starting at login is not available in this mode."
	} else {
		a.Available, a.Reason = s.Autostart.Available()
		if a.Available {
			a.Enabled = s.Autostart.Enabled()
		}
	}
	return Settings{Autostart: a}
}

func (s *server) settings(w http.ResponseWriter, _ *http.Request) {
	httpjson.Write(w, http.StatusOK, s.currentSettings())
}

func (s *server) setAutostart(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Enabled *bool `json:"enabled"`
	}
	if !httpjson.Decode(w, r, &body) {
		return
	}
	if body.Enabled == nil {
		httpjson.Error(w, http.StatusBadRequest, "missing_field", `The request must say "enabled": true or false.`, "")
		return
	}
	cur := s.currentSettings()
	if !cur.Autostart.Available {
		httpjson.Error(w, http.StatusConflict, "autostart_unavailable", cur.Autostart.Reason, "")
		return
	}
	if err := s.Autostart.SetEnabled(*body.Enabled); err != nil {
		s.Log.Error().Err(err).Bool("enabled", *body.Enabled).Msg("change start at login")
		httpjson.Error(w, http.StatusInternalServerError, "autostart_failed",
			"Joblink could not change whether it starts at login: "+err.Error()+".",
			"Check that your Windows Startup folder exists and that you may write to it, then try again.")
		return
	}
	s.Log.Info().Bool("enabled", *body.Enabled).Msg("start at login changed")
	httpjson.Write(w, http.StatusOK, s.currentSettings())
}

func (s *server) show(w http.ResponseWriter, _ *http.Request) {
	if s.Window == nil {
		httpjson.Error(w, http.StatusConflict, "no_window",
			"This Joblink runs without a window (headless mode).", "Open "+s.uiURL()+" in a browser instead.")
		return
	}
	if err := s.Window.Show(); err != nil {
		httpjson.Error(w, http.StatusInternalServerError, "show_failed", "Joblink could not show its window: "+err.Error()+".", "")
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]string{"status": "shown"})
}

func (s *server) quit(w http.ResponseWriter, _ *http.Request) {
	if s.Quit == nil {
		httpjson.Error(w, http.StatusConflict, "cannot_quit", "This Joblink cannot be stopped from here.", "")
		return
	}
	s.Log.Info().Msg("quit requested through the API")
	httpjson.Write(w, http.StatusAccepted, map[string]string{"status": "quitting"})
	// Answer first, and send it now: the shutdown closes every connection without a request in
	// a handler, and this one has none from the moment the handler returns, before net/http
	// would write the answer out (joblink --quit then read EOF).
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	go s.Quit()
}

func (s *server) uiURL() string {
	if s.Listener != nil {
		if u := s.Listener().UIURL; u != "" {
			return u
		}
	}
	return "Joblink's local address"
}
