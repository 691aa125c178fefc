package api

import (
	"net/http"
	"time"

	"joblink/backend/engine"
	"joblink/backend/httpjson"
	"joblink/qbwc"
)

// summaryRoutes serve the bookkeeper's day: what the Dashboard leads with and the daily
// notification counts (engine.Today), from the kept counts.
func (s *server) summaryRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/summary", s.summary)
}

// daySummary is engine.Today with the Web Connector's interval, so the page can say when the
// next run is expected after the last contact.
type daySummary struct {
	engine.Today
	// WebConnectorEverySeconds is the Auto-Run interval of the .qwc file Joblink makes.
	WebConnectorEverySeconds int `json:"webConnectorEverySeconds"`
}

func (s *server) summary(w http.ResponseWriter, _ *http.Request) {
	e := s.engineOr(w)
	if e == nil {
		return
	}
	t, err := e.Today()
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, daySummary{Today: t, WebConnectorEverySeconds: int(qbwc.DefaultRunEvery / time.Second)})
}
