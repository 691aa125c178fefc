package api

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"joblink/backend/engine"
	"joblink/backend/httpjson"
	"joblink/backend/mapping"
	"joblink/backend/problem"
)

// SpellingAccepter sends records with the Latin spelling their rows offer, for text
// QuickBooks cannot store as it is (mapping.Service.AcceptSpelling).
type SpellingAccepter interface {
	AcceptSpelling(side string, ids []string, who string) (*mapping.CreateResult, error)
}

// maxSpellingName bounds the name GET …/spelling reads: far more than any name field holds.
const maxSpellingName = 1000

// mappingNameSpelling is GET /api/mapping/{side}/spelling?name=…: the Latin spelling Create in
// QuickBooks offers for a name typed in its dialog (the one a create with latinSpelling sends),
// and why the name cannot go as it is. Nothing is stored.
func (s *server) mappingNameSpelling(w http.ResponseWriter, r *http.Request) {
	if side := r.PathValue("side"); side != "jobs" && side != "vendors" {
		httpjson.Error(w, http.StatusNotFound, "unknown_side", "There is no "+side+" page.", "Use jobs or vendors.")
		return
	}
	name := r.URL.Query().Get("name")
	if utf8.RuneCountInString(name) > maxSpellingName {
		httpjson.Error(w, http.StatusBadRequest, "name_too_long", "The name is longer than any QuickBooks name.", "Type a shorter name.")
		return
	}
	latin, p := mapping.NameSpelling(name)
	httpjson.Write(w, http.StatusOK, struct {
		Name    string           `json:"name"`
		Latin   string           `json:"latin"`
		Problem *mapping.Problem `json:"problem"`
	}{strings.TrimSpace(name), latin, p})
}

// mappingAcceptSpelling is "Use the Latin spelling" on a row (or on a selection): one action,
// the same checks as Create in QuickBooks.
func (s *server) mappingAcceptSpelling(w http.ResponseWriter, r *http.Request) {
	var body struct {
		IDs []string `json:"ids"`
	}
	s.mappingAction(w, r, &body, func(m MappingService) (any, error) {
		sa, ok := m.(SpellingAccepter)
		if !ok {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "This Joblink cannot send a Latin spelling.", Fix: "Choose Create in QuickBooks and type the name."}
		}
		if len(body.IDs) == 0 {
			return nil, &mapping.Problem{Class: problem.Refused, Message: "No records were chosen.", Fix: "Choose the records to send with the Latin spelling first."}
		}
		return sa.AcceptSpelling(r.PathValue("side"), body.IDs, engine.ByBookkeeper)
	})
}
