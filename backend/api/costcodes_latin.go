package api

import (
	"encoding/json"
	"net/http"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/httpjson"
)

// "Use the Latin spelling" on the Cost codes page: a code whose code or description QuickBooks
// could store only with letters changed waits with the spelling offered; the page reads the
// offers of the codes it shows and sends the accepted ones.

// latinFlow is the part of the cost code flow these routes use.
type latinFlow interface {
	LatinOffer(it *engine.Item) []costcodes.Spelling
	AcceptLatin(it *engine.Item) (choice json.RawMessage, message string, ok bool)
}

// maxLatinIDs bounds one request: a page of the list shows at most 200 codes.
const maxLatinIDs = 1000

// costCodeLatin answers GET /api/costcodes/latin?id=…&id=… with the offers of the codes that
// have one: {"offers": {"costcode/…": [{"field","text","latin"}]}}.
func (s *server) costCodeLatin(w http.ResponseWriter, r *http.Request) {
	e, f := s.costCodesOr(w)
	if f == nil {
		return
	}
	lf, ok := f.(latinFlow)
	ids := r.URL.Query()["id"]
	if len(ids) > maxLatinIDs {
		httpjson.Error(w, http.StatusBadRequest, "too_many", "Joblink reads at most 1,000 codes a request.", "Ask for the codes of one page at a time.")
		return
	}
	offers := map[string][]costcodes.Spelling{}
	for _, id := range ids {
		it, err := e.Get(id)
		if !ok || err != nil || it.Kind != costcodes.Kind {
			continue
		}
		if o := lf.LatinOffer(it); len(o) > 0 {
			offers[id] = o
		}
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"offers": offers})
}

// costCodeAcceptLatin is POST /api/costcodes/accept-spelling {"ids": […]}: each code's
// acceptance is kept as its choice (the audit log says what will be sent), then the codes are
// exported → {"queued": […], "failed": [{"id","message","fix"}]}.
func (s *server) costCodeAcceptLatin(w http.ResponseWriter, r *http.Request) {
	e, f := s.costCodesOr(w)
	if f == nil {
		return
	}
	lf, _ := f.(latinFlow)
	var body struct {
		IDs []string `json:"ids"`
	}
	if !httpjson.Decode(w, r, &body) {
		return
	}
	if len(body.IDs) == 0 || len(body.IDs) > maxLatinIDs {
		httpjson.Error(w, http.StatusBadRequest, "nothing_chosen", "Give from 1 to 1,000 cost codes.", "Choose the cost codes to send with the Latin spelling first.")
		return
	}
	failed := []costCodeLinkFailure{}
	var accepted []string
	for _, id := range body.IDs {
		it, err := e.Get(id)
		if err != nil || it.Kind != costcodes.Kind {
			failed = append(failed, costCodeLinkFailure{ID: id, Message: "That cost code is no longer in Joblink's list.", Fix: "Reload the page."})
			continue
		}
		var choice json.RawMessage
		var message string
		ok := false
		if lf != nil {
			choice, message, ok = lf.AcceptLatin(it)
		}
		if !ok {
			failed = append(failed, costCodeLinkFailure{ID: id, Message: "This cost code has no Latin spelling to accept.",
				Fix: "If its text has letters without a Latin spelling, correct it in Procore's standard cost code list."})
			continue
		}
		if _, err := e.SetChoice(id, choice, engine.ByBookkeeper, message); err != nil {
			failed = append(failed, costCodeLinkFailure{ID: id, Message: err.Error()})
			continue
		}
		accepted = append(accepted, id)
	}
	queued := []string{}
	if len(accepted) > 0 {
		if _, err := e.Export(costcodes.Kind, engine.Selection{IDs: accepted}, engine.ByBookkeeper); err != nil {
			s.engineError(w, err, http.StatusInternalServerError)
			return
		}
		for _, id := range accepted {
			if it, err := e.Get(id); err == nil && (it.State == engine.Queued || it.State == engine.Sent) {
				queued = append(queued, id)
			} else {
				failed = append(failed, costCodeLinkFailure{ID: id, Message: "It is not waiting to be sent (it is rejected or already on its way).", Fix: "Reload the page."})
			}
		}
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"queued": queued, "failed": failed})
}
