package api

import (
	"fmt"
	"net/http"
	"time"

	"joblink/backend/httpjson"
)

// qwcFile downloads the Web Connector file; the bookkeeper adds it to the Web Connector.
// The optional ?every= sets how often the Web Connector should run (default: every 5 minutes).
func (s *server) qwcFile(w http.ResponseWriter, r *http.Request) {
	if s.WebConnector == nil {
		httpjson.Error(w, http.StatusConflict, "no_web_connector",
			"The Web Connector endpoint is not running, because Joblink's database is not open.",
			"See the database problem on the dashboard.")
		return
	}
	var every time.Duration
	if v := r.URL.Query().Get("every"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			httpjson.Error(w, http.StatusBadRequest, "bad_interval", fmt.Sprintf("%q is not a time interval.", v),
				`Give it like "5m" or "30s".`)
			return
		}
		every = d
	}
	b, err := s.WebConnector.QWC(every)
	if err != nil {
		s.Log.Error().Err(err).Msg("make the .qwc file")
		httpjson.Error(w, http.StatusInternalServerError, "qwc_failed",
			"Joblink could not make the Web Connector file: "+err.Error()+".", "Try again; if it keeps failing, send the log file to support.")
		return
	}
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="joblink.qwc"`)
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b)
}
