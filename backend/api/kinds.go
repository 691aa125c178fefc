package api

import (
	"net/http"

	"joblink/backend/httpjson"
	"joblink/backend/kinds"
)

// kindList answers GET /api/kinds: the registered kinds, in export order, as the frontend's
// navigation, Activity filter, Approvals and setup read them (docs/api-sync.md). Kinds that are
// not built are not registered, so they are not listed.
func (s *server) kindList(w http.ResponseWriter, _ *http.Request) {
	out := s.Kinds
	if out == nil {
		out = []kinds.Kind{}
	}
	httpjson.Write(w, http.StatusOK, map[string][]kinds.Kind{"kinds": out})
}
