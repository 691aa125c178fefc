package api

import (
	"net/http"

	"joblink/backend/httpjson"
)

// qwcFile downloads the Web Connector file; the bookkeeper adds it to the Web Connector.
func (s *server) qwcFile(w http.ResponseWriter, _ *http.Request) {
	if s.WebConnector == nil {
		httpjson.Error(w, http.StatusConflict, "no_web_connector",
			"The Web Connector endpoint is not running, because Joblink's database is not open.",
			"See the database problem on the dashboard.")
		return
	}
	b, err := s.WebConnector.QWC()
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
