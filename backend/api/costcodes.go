package api

import (
	"errors"
	"net/http"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/httpjson"
	"joblink/backend/problem"
)

// The Cost codes page's links to service items QuickBooks already has, and the preview of
// "Export all" (docs/api-sync.md covers the rest of the page: the work API).

// costCodeFlow is what the routes need of the cost code flow.
type costCodeFlow interface {
	Suggest(items []*engine.Item) ([]costcodes.Suggestion, error)
	PreviewExport(items []*engine.Item) (costcodes.Preview, error)
	LinkSpec(it *engine.Item, listID string) (engine.LinkSpec, *problem.Problem)
}

func (s *server) costCodeRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/costcodes/suggestions", s.costCodeSuggestions)
	mux.HandleFunc("GET /api/costcodes/export-preview", s.costCodePreview)
	mux.HandleFunc("GET /api/costcodes/divisions", s.costCodeDivisions)
	mux.HandleFunc("GET /api/costcodes/latin", s.costCodeLatin)
	mux.HandleFunc("POST /api/costcodes/accept-spelling", s.costCodeAcceptLatin)
	mux.HandleFunc("POST /api/costcodes/link", s.costCodeLink)
}

// costCodesOr answers 409 without an engine or a cost code flow and returns nil.
func (s *server) costCodesOr(w http.ResponseWriter) (*engine.Engine, costCodeFlow) {
	e := s.engineOr(w)
	if e == nil {
		return nil, nil
	}
	f, ok := e.Flow(costcodes.Kind).(costCodeFlow)
	if !ok {
		httpjson.Error(w, http.StatusNotFound, "unknown_kind", "Joblink does not sync cost codes here.", "Use the pages the menu lists.")
		return nil, nil
	}
	return e, f
}

// readyCostCodesOr is costCodesOr with the cost codes that may still be exported or linked
// (readyCostCodes); when either fails it has answered the request and returns a nil flow.
func (s *server) readyCostCodesOr(w http.ResponseWriter) (costCodeFlow, []*engine.Item) {
	e, f := s.costCodesOr(w)
	if f == nil {
		return nil, nil
	}
	items, err := readyCostCodes(e)
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return nil, nil
	}
	return f, items
}

// readyCostCodes reads the cost codes that may still be exported or linked, a page at a time
// (the engine's pages hold at most 1,000): the work of the question, not the whole store.
func readyCostCodes(e *engine.Engine) ([]*engine.Item, error) {
	var out []*engine.Item
	for _, status := range []string{"ready", "attention", "retrying"} {
		q := engine.Query{Status: status, Limit: 1000}
		for {
			page, err := e.List(costcodes.Kind, q)
			if err != nil {
				return nil, err
			}
			out = append(out, page.Items...)
			if len(page.Items) < q.Limit {
				break
			}
			q.After = page.Items[len(page.Items)-1].ID
		}
	}
	return out, nil
}

func (s *server) costCodeSuggestions(w http.ResponseWriter, r *http.Request) {
	f, items := s.readyCostCodesOr(w)
	if f == nil {
		return
	}
	list, err := f.Suggest(items)
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"total": len(list), "suggestions": list})
}

func (s *server) costCodePreview(w http.ResponseWriter, r *http.Request) {
	f, items := s.readyCostCodesOr(w)
	if f == nil {
		return
	}
	p, err := f.PreviewExport(items)
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	// Setup's refusal is part of what would happen: the page says it before anyone confirms.
	var refusal *problem.Problem
	if g, ok := f.(engine.ExportGate); ok {
		refusal = g.ExportRefused()
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"preview": p, "refused": refusal})
}

type costCodeLinkFailure struct {
	ID      string `json:"id"`
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

func (s *server) costCodeLink(w http.ResponseWriter, r *http.Request) {
	e, f := s.costCodesOr(w)
	if f == nil {
		return
	}
	var body struct {
		Links []struct {
			ID     string `json:"id"`
			ListID string `json:"listId"`
		} `json:"links"`
	}
	if !httpjson.Decode(w, r, &body) {
		return
	}
	if len(body.Links) == 0 || len(body.Links) > maxDecisionIDs {
		httpjson.Error(w, http.StatusBadRequest, "nothing_chosen", "Give from 1 to 5,000 links.", "Choose the cost codes to link first.")
		return
	}
	failed := []costCodeLinkFailure{}
	var specs []engine.LinkSpec
	for _, l := range body.Links {
		it, err := e.Get(l.ID)
		if err != nil || it.Kind != costcodes.Kind {
			failed = append(failed, costCodeLinkFailure{ID: l.ID, Message: "That cost code is no longer in Joblink's list.", Fix: "Reload the page."})
			continue
		}
		spec, p := f.LinkSpec(it, l.ListID)
		if p != nil {
			failed = append(failed, costCodeLinkFailure{ID: l.ID, Message: p.Message, Fix: p.Fix})
			continue
		}
		specs = append(specs, spec)
	}
	errs, err := e.LinkAll(specs, engine.ByBookkeeper)
	if err != nil {
		s.engineError(w, err, http.StatusInternalServerError)
		return
	}
	linked := []string{}
	for i, spec := range specs {
		var elsewhere *engine.ErrLinkedElsewhere
		switch {
		case errs[i] == nil:
			linked = append(linked, spec.ID)
		case errors.As(errs[i], &elsewhere):
			failed = append(failed, costCodeLinkFailure{ID: spec.ID, Message: "That QuickBooks item is already linked to the cost code " + elsewhere.Other.Title + ".",
				Fix: "Unlink that one first, if this is the right pair."})
		default:
			failed = append(failed, costCodeLinkFailure{ID: spec.ID, Message: errs[i].Error()})
		}
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"linked": linked, "failed": failed})
}
