package api

import (
	"net/http"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/problem"
)

// SpellingAccepter sends records with the Latin spelling their rows offer, for text
// QuickBooks cannot store as it is (mapping.Service.AcceptSpelling).
type SpellingAccepter interface {
	AcceptSpelling(side string, ids []string, who string) (*mapping.CreateResult, error)
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
