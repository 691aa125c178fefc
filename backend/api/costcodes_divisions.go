package api

import (
	"net/http"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/httpjson"
)

// costCodeDivisions counts the cost codes of the divisions a page of the Cost codes list shows
// ("Group by division"): GET /api/costcodes/divisions?code=01&code=02&status=&q=&first=<item id>
// → {"divisions": [{"code": "01", "name": "General Requirements", "count": 14, "before": 3}]}.
// The counts follow the list's status and search; before is how many of the division's codes
// come before the page's first item (first), so the page can say the division is continued.
func (s *server) costCodeDivisions(w http.ResponseWriter, r *http.Request) {
	e, _ := s.costCodesOr(w)
	if e == nil {
		return
	}
	v := r.URL.Query()
	codes := v["code"]
	if len(codes) > engine.MaxTitleGroups {
		httpjson.Error(w, http.StatusBadRequest, "too_many", "Joblink counts at most 100 divisions a request.", "Ask for the divisions of one page at a time.")
		return
	}
	groups, err := e.TitleGroups(costcodes.Kind, engine.Query{Status: v.Get("status"), Search: v.Get("q")}, codes, v.Get("first"))
	if err != nil {
		s.engineError(w, err, http.StatusBadRequest)
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"divisions": groups})
}
