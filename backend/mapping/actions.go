package mapping

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"joblink/backend/problem"
	"slices"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/match"
	"joblink/backend/qbmirror"
)

// MaxBatch bounds one call's links, creations or imports.
const MaxBatch = 1000

// LinkRequest links one Procore record to one QuickBooks record.
type LinkRequest struct {
	ID      string `json:"id"`
	ListID  string `json:"listId"`
	Confirm bool   `json:"confirm"`
}

// ItemProblem is why one record of a batch was not done. ListID and FullName name the
// QuickBooks record it concerns, when one does, and Name the Procore record (a confirmation
// lists each record with what the link ties it to, pages the screen has not read included).
type ItemProblem struct {
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	ListID   string `json:"listId,omitempty"`
	FullName string `json:"fullName,omitempty"`
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"`
	// SuggestedName is the Latin spelling of a name refused for letters QuickBooks cannot
	// store (the one typed, else the Procore name): creating again with it, or with
	// latinSpelling, sends it.
	SuggestedName string `json:"suggestedName,omitempty"`
}

// LinkResult is what a batch of links did.
type LinkResult struct {
	Linked           []string      `json:"linked"`
	NeedConfirmation []ItemProblem `json:"needConfirmation"`
	Failed           []ItemProblem `json:"failed"`
}

func newLinkResult() *LinkResult {
	return &LinkResult{Linked: []string{}, NeedConfirmation: []ItemProblem{}, Failed: []ItemProblem{}}
}

// Link carries out the bookkeeper's links.
func (s *Service) Link(sideName string, links []LinkRequest, who string) (*LinkResult, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if len(links) > MaxBatch {
		return nil, tooMany(len(links))
	}
	res, err := s.link(side, links, who)
	if err != nil {
		return nil, err
	}
	s.views[side.Name()].changed(res.Linked)
	return res, nil
}

// link makes links, leaving the view to the caller.
func (s *Service) link(side Side, links []LinkRequest, who string) (*LinkResult, error) {
	res := newLinkResult()
	var specs []engine.LinkSpec
	for _, l := range links {
		spec, p := s.checkLink(side, l)
		switch {
		case p != nil && p.Fix == confirmMarker:
			res.NeedConfirmation = append(res.NeedConfirmation, ItemProblem{ID: l.ID, Name: p.Name, ListID: p.ListID, FullName: p.FullName, Message: p.Message})
		case p != nil:
			p.ID = l.ID
			res.Failed = append(res.Failed, *p)
		default:
			specs = append(specs, spec)
		}
	}
	errs, err := s.engine.LinkAll(specs, who)
	if err != nil {
		return nil, err
	}
	for i, spec := range specs {
		if p := linkProblem(errs[i]); p != nil {
			p.ID = spec.ID
			res.Failed = append(res.Failed, *p)
			continue
		}
		res.Linked = append(res.Linked, spec.ID)
	}
	return res, nil
}

// confirmMarker marks a checkLink answer that needs confirmation rather than a failure.
const confirmMarker = "\x00confirm"

// checkLink turns a requested link into the engine's, or says why it cannot be made.
func (s *Service) checkLink(side Side, l LinkRequest) (engine.LinkSpec, *ItemProblem) {
	it, err := s.item(side, l.ID)
	if err != nil {
		return engine.LinkSpec{}, &ItemProblem{Message: err.Error(), Fix: "Reload the page."}
	}
	rec, err := s.mirror.Get(side.MirrorKind(), l.ListID)
	if err != nil {
		return engine.LinkSpec{}, &ItemProblem{Message: "That QuickBooks record is not in Joblink's copy of QuickBooks (it may have been deleted).", Fix: "Reload the page after the next Web Connector run."}
	}
	e, _ := side.QuickBooksEntry(rec)
	if e.Unsupported != "" {
		return engine.LinkSpec{}, &ItemProblem{Message: e.Unsupported, Fix: "Link it to the customer or job above it instead."}
	}
	pe, err := side.ProcoreEntry(it)
	if err != nil {
		return engine.LinkSpec{}, &ItemProblem{Message: err.Error()}
	}
	if !l.Confirm && needsConfirmation(side, pe, s.connectedAt()) && (it.QB == nil || it.QB.ListID != rec.ListID) {
		return engine.LinkSpec{}, &ItemProblem{Name: pe.Name, ListID: rec.ListID, FullName: rec.FullName, Fix: confirmMarker,
			Message: fmt.Sprintf("%q was created in Procore before Joblink was connected; linking ties it to QuickBooks %s %q.", pe.Name, e.Level, rec.FullName)}
	}
	return engine.LinkSpec{ID: it.ID, Ref: engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence},
		Message: fmt.Sprintf("Linked by the bookkeeper to QuickBooks %s %q.", e.Level, rec.FullName)}, nil
}

func linkProblem(err error) *ItemProblem {
	var elsewhere *engine.ErrLinkedElsewhere
	switch {
	case err == nil:
		return nil
	case errors.As(err, &elsewhere):
		return &ItemProblem{Message: fmt.Sprintf("That QuickBooks record is already linked to %q.", elsewhere.Other.Title), Fix: "Unlink that one first, if this is the right pair."}
	case errors.Is(err, engine.ErrInFlight):
		return &ItemProblem{Message: "It is being created in QuickBooks right now.", Fix: "Try again when the Web Connector run ends."}
	}
	return &ItemProblem{Message: err.Error()}
}

// LinkExact links every exact suggestion of the whole list, not only of the page shown; with
// confirm also those created in Procore before Joblink was connected.
func (s *Service) LinkExact(sideName string, confirm bool, who string) (*LinkResult, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	view := s.views[side.Name()]
	snap, err := view.fresh() // what the list holds now, not a few seconds ago
	if err != nil {
		return nil, err
	}
	res := newLinkResult()
	defer func() { view.changed(res.Linked) }()
	for start := 0; start < len(snap.exact); start += MaxBatch {
		links := slices.Clone(snap.exact[start:min(start+MaxBatch, len(snap.exact))])
		for i := range links {
			links[i].Confirm = confirm
		}
		part, err := s.link(side, links, who)
		if err != nil {
			return nil, err
		}
		res.Linked = append(res.Linked, part.Linked...)
		res.NeedConfirmation = append(res.NeedConfirmation, part.NeedConfirmation...)
		res.Failed = append(res.Failed, part.Failed...)
	}
	return res, nil
}

// UnlinkResult is what a batch of unlinks did.
type UnlinkResult struct {
	Unlinked []string      `json:"unlinked"`
	Failed   []ItemProblem `json:"failed"`
}

// Unlink removes links; nothing changes in QuickBooks.
func (s *Service) Unlink(sideName string, ids []string, who string) (*UnlinkResult, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if len(ids) > MaxBatch {
		return nil, tooMany(len(ids))
	}
	res := &UnlinkResult{Unlinked: []string{}, Failed: []ItemProblem{}}
	for _, id := range ids {
		if _, err := s.item(side, id); err != nil {
			res.Failed = append(res.Failed, ItemProblem{ID: id, Message: err.Error(), Fix: "Reload the page."})
			continue
		}
		if _, err := s.engine.Unlink(id, who); err != nil {
			res.Failed = append(res.Failed, ItemProblem{ID: id, Message: err.Error()})
			continue
		}
		res.Unlinked = append(res.Unlinked, id)
	}
	s.views[side.Name()].changed(res.Unlinked)
	return res, nil
}

// CreateResult is what a batch of "create in QuickBooks" did. NeedConfirmation holds the
// records QuickBooks already has under the chosen name that were created in Procore before
// Joblink was connected: creating one would link it to that record, which Link does only
// after a confirmation, so Create asks for the same one. Each names the record (ListID): a
// link to it with "confirm": true is the confirmed answer.
type CreateResult struct {
	Queued           []string      `json:"queued"`
	NeedConfirmation []ItemProblem `json:"needConfirmation"`
	// Matches are the records not created because the other side already has an exact
	// match for them (ListID): link to it, or create again with "confirmed": true.
	Matches []ItemProblem `json:"matches"`
	Failed  []ItemProblem `json:"failed"`
}

// CreateLinker is implemented by sides whose "Create in QuickBooks" links the record
// QuickBooks already has under the chosen name rather than add a second one (jobs): linking
// that way must ask for the confirmation Link asks for.
type CreateLinker interface {
	// Existing is the QuickBooks record a create with choice would be linked to, when the
	// mirror has one.
	Existing(it *engine.Item, choice json.RawMessage) (qbmirror.Record, bool)
	// ConfirmFirst marks choice so that the export does not link, without the bookkeeper's
	// confirmation, a record QuickBooks has under that name by the time it is sent (one
	// added since the mirror was read).
	ConfirmFirst(choice json.RawMessage) (json.RawMessage, error)
}

// Create queues Procore records for creation in QuickBooks with the bookkeeper's choices; the
// next Web Connector run creates them.
func (s *Service) Create(sideName string, reqs []CreateRequest, who string) (*CreateResult, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if len(reqs) > MaxBatch {
		return nil, tooMany(len(reqs))
	}
	snap, err := s.views[side.Name()].fresh() // the suggestions as they stand now
	if err != nil {
		return nil, err
	}
	res := &CreateResult{Queued: []string{}, NeedConfirmation: []ItemProblem{}, Matches: []ItemProblem{}, Failed: []ItemProblem{}}
	var ready []string
	defer func() { s.views[side.Name()].changed(ready) }() // choices are kept even when the export is refused
	for _, req := range reqs {
		it, err := s.item(side, req.ID)
		if err != nil {
			res.Failed = append(res.Failed, ItemProblem{ID: req.ID, Message: err.Error(), Fix: "Reload the page."})
			continue
		}
		req = latinRequest(side, it, req)
		if err := s.checkCreate(side, it, req); err != nil {
			ip := problemOf(req.ID, err)
			var nr *nameRefused
			if errors.As(err, &nr) {
				ip.SuggestedName = nr.latin
			}
			res.Failed = append(res.Failed, ip)
			continue
		}
		if m := exactMatch(snap, req.ID); m != nil && !req.Confirmed {
			res.Matches = append(res.Matches, ItemProblem{ID: req.ID, ListID: m.ListID,
				Message: fmt.Sprintf("QuickBooks already has %q, an exact match (%s).", m.FullName, m.Reason),
				Fix:     "Link to it instead; create a second record only if this is another one."})
			continue
		}
		choice, err := side.Choose(it, req)
		if err != nil {
			res.Failed = append(res.Failed, problemOf(req.ID, err))
			continue
		}
		choice, ask, err := s.confirmCreate(side, it, choice)
		if err != nil {
			res.Failed = append(res.Failed, problemOf(req.ID, err))
			continue
		}
		if ask != nil {
			ask.ID = req.ID
			res.NeedConfirmation = append(res.NeedConfirmation, *ask)
			continue
		}
		if _, err := s.engine.SetChoice(it.ID, choice, who, ""); err != nil {
			res.Failed = append(res.Failed, problemOf(req.ID, err))
			continue
		}
		ready = append(ready, it.ID)
	}
	if len(ready) > 0 {
		if _, err := s.engine.Export(side.Kind(), engine.Selection{IDs: ready}, who); err != nil {
			return nil, err
		}
		for _, id := range ready {
			it, err := s.engine.Get(id)
			if err == nil && (it.State == engine.Queued || it.State == engine.Sent) {
				res.Queued = append(res.Queued, id)
			} else {
				res.Failed = append(res.Failed, ItemProblem{ID: id, Message: "It is not waiting to be created (it is linked, skipped or already on its way).", Fix: "Reload the page."})
			}
		}
	}
	return res, nil
}

// checkCreate refuses a create whose name or fields cannot be sent to QuickBooks as they are:
// the name is asked for again; other fields wait until they are corrected in Procore.
func (s *Service) checkCreate(side Side, it *engine.Item, req CreateRequest) error {
	pe, err := side.ProcoreEntry(it)
	if err != nil {
		return err
	}
	name := sentName(req.Name, pe)
	if p := refusedText("name", name, MaxName); p != nil {
		return &nameRefused{Problem: p, latin: latinName(name)}
	}
	if p := checkFields(pe, req.LatinSpelling, acceptInTheCreate); p != nil {
		return p
	}
	return nil
}

// nameRefused is a create refused for its name, with the Latin spelling of that name ("" when
// it has none).
type nameRefused struct {
	*Problem
	latin string
}

func (e *nameRefused) Unwrap() error { return e.Problem }

// exactMatch is the row's exact suggestion, if it has one.
func exactMatch(snap *snapshot, id string) *SuggestionView {
	i, ok := snap.byID[id]
	if !ok {
		return nil
	}
	r := snap.rows[i]
	if r.Status != StatusSuggested || r.Suggestion == nil || r.Suggestion.Confidence != match.Exact {
		return nil
	}
	return r.Suggestion
}

// confirmCreate applies Link's confirmation to a create: a record created in Procore before
// Joblink was connected whose chosen name QuickBooks already has is not queued, and ask names
// the record it would be linked to; otherwise its choice is marked so that the export does not
// link it to one on its own either.
func (s *Service) confirmCreate(side Side, it *engine.Item, choice json.RawMessage) (json.RawMessage, *ItemProblem, error) {
	cl, ok := side.(CreateLinker)
	if !ok {
		return choice, nil, nil
	}
	pe, err := side.ProcoreEntry(it)
	if err != nil {
		return nil, nil, err
	}
	if !needsConfirmation(side, pe, s.connectedAt()) {
		return choice, nil, nil
	}
	if rec, found := cl.Existing(it, choice); found {
		return nil, &ItemProblem{Name: pe.Name, ListID: rec.ListID, FullName: rec.FullName,
			Message: fmt.Sprintf("%q was created in Procore before Joblink was connected, and QuickBooks already has %q: it would be linked to that record, not created again.", pe.Name, rec.FullName)}, nil
	}
	choice, err = cl.ConfirmFirst(choice)
	return choice, nil, err
}

// ImportResults is what a batch of "create in Procore" did.
type ImportResults struct {
	Created []ImportResult `json:"created"`
	// Matches are the QuickBooks records not created in Procore because Procore already has
	// an exact match for them (ID, the Procore record): link them, or import again confirmed.
	Matches []ItemProblem `json:"matches"`
	Failed  []ItemProblem `json:"failed"`
}

// Import creates Procore records from QuickBooks records; the new records are detected — and
// linked — on the poll Import starts.
func (s *Service) Import(ctx context.Context, sideName string, listIDs []string) (*ImportResults, error) {
	return s.ImportConfirmed(ctx, sideName, listIDs, false)
}

// ImportConfirmed is Import; confirmed says the bookkeeper saw the exact matches Procore
// already has for the records and chose to create them anyway. Without it a record with one
// is not created but returned among Matches.
func (s *Service) ImportConfirmed(ctx context.Context, sideName string, listIDs []string, confirmed bool) (*ImportResults, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if len(listIDs) > MaxBatch {
		return nil, tooMany(len(listIDs))
	}
	snap, err := s.views[side.Name()].fresh() // a record linked a moment ago is not imported
	if err != nil {
		return nil, err
	}
	res := &ImportResults{Created: []ImportResult{}, Matches: []ItemProblem{}, Failed: []ItemProblem{}}
	var records []qbmirror.Record
	for _, id := range listIDs {
		rec, err := s.mirror.Get(side.MirrorKind(), id)
		e, offered := snap.qb.entries[id]
		switch {
		case errors.Is(err, qbmirror.ErrNotFound) || (err == nil && !offered):
			res.Failed = append(res.Failed, ItemProblem{ListID: id, Message: "That QuickBooks record is not in Joblink's copy of QuickBooks.", Fix: "Reload the page after the next Web Connector run."})
		case err != nil:
			return nil, err
		case snap.linked[id] != "":
			res.Failed = append(res.Failed, ItemProblem{ListID: id, Message: fmt.Sprintf("%q is already linked to %q in Procore.", rec.FullName, snap.linked[id])})
		case e.Unsupported != "":
			res.Failed = append(res.Failed, ItemProblem{ListID: id, Message: e.Unsupported})
		case controlName(rec.Name) != "":
			res.Failed = append(res.Failed, ItemProblem{ListID: id,
				Message: fmt.Sprintf("The QuickBooks name %q contains %s, which Procore would keep inside the name.", rec.Name, controlName(rec.Name)),
				Fix:     "Rename it in QuickBooks without it; it can be created in Procore after the next Web Connector run."})
		case !confirmed && importMatch(snap, id) != nil:
			r := importMatch(snap, id)
			res.Matches = append(res.Matches, ItemProblem{ID: r.ID, ListID: id,
				Message: fmt.Sprintf("Procore already has %q, an exact match (%s).", r.Procore.Name, r.Suggestion.Reason),
				Fix:     "Link to it instead; create a second record only if this is another one."})
		default:
			records = append(records, rec)
		}
	}
	if len(records) == 0 {
		return res, nil
	}
	done, err := side.Import(ctx, records)
	for _, d := range done {
		if d.Problem != nil {
			res.Failed = append(res.Failed, ItemProblem{ListID: d.ListID, Message: d.Problem.Message, Fix: d.Problem.Fix})
		} else if d.ProcoreID != "" {
			res.Created = append(res.Created, d)
		}
	}
	if len(res.Created) > 0 {
		s.engine.SyncNow() // detect the new records: they arrive linked
	}
	return res, err
}

// importMatch is the Procore row a QuickBooks record is the exact suggestion of, if any.
func importMatch(snap *snapshot, listID string) *Row {
	i, ok := snap.suggestedTo[listID]
	if !ok || snap.rows[i].Suggestion.Confidence != match.Exact {
		return nil
	}
	return &snap.rows[i]
}

func (s *Service) item(side Side, id string) (*engine.Item, error) {
	if !strings.HasPrefix(id, string(side.Kind())+"/") {
		return nil, &Problem{Class: problem.Refused, Message: "That record is not one of this page's."}
	}
	it, err := s.engine.Get(id)
	var unknown *engine.UnknownItemError
	if errors.As(err, &unknown) {
		return nil, &Problem{Class: problem.Refused, Message: "That record is no longer in Joblink's list (it may have been deleted in Procore)."}
	}
	return it, err
}

func problemOf(id string, err error) ItemProblem {
	var p *Problem
	if errors.As(err, &p) {
		return ItemProblem{ID: id, Message: strings.TrimSpace(p.Message + " " + p.Meaning), Fix: p.Fix}
	}
	return ItemProblem{ID: id, Message: err.Error()}
}

func tooMany(n int) error {
	return &Problem{Class: problem.Refused, Message: fmt.Sprintf("%d records in one request is more than Joblink takes (%d).", n, MaxBatch), Fix: "Send them in smaller groups."}
}
