package mapping

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/match"
	"joblink/backend/qbmirror"
)

// Filters of the mapping pages.
var Filters = []string{"all", "unlinked", "suggested", "linked", "conflicts"}

// Row statuses.
const (
	StatusUnlinked  = "unlinked"
	StatusSuggested = "suggested"
	StatusLinked    = "linked"
	StatusCreating  = "creating"
	StatusConflict  = "conflict"
	StatusSkipped   = "skipped"
)

// View is one mapping page (docs/api-mapping.md).
type View struct {
	Side           string            `json:"side"`
	Counts         map[string]int    `json:"counts"`
	Rows           []Row             `json:"rows"`
	QuickBooksOnly []QuickBooksEntry `json:"quickbooksOnly"`
	Parents        []ParentRef       `json:"parents"`
	VendorTypes    []string          `json:"vendorTypes"`
	Settings       any               `json:"settings"`
	Confirmation   string            `json:"confirmation"`
	Run            engine.RunStatus  `json:"run"`
}

// ParentRef is a customer a new job can go under.
type ParentRef struct {
	ListID   string `json:"listId"`
	FullName string `json:"fullName"`
}

// Row is one Procore record with its QuickBooks side.
type Row struct {
	ID            string            `json:"id"`
	Procore       ProcoreEntry      `json:"procore"`
	Status        string            `json:"status"`
	QuickBooks    *QuickBooksEntry  `json:"quickbooks"`
	Suggestion    *SuggestionView   `json:"suggestion"`
	Problem       *Problem          `json:"problem"`
	Notes         []string          `json:"notes"`
	NameLimit     int               `json:"nameLimit"`
	SuggestedName string            `json:"suggestedName"`
	Choice        map[string]any    `json:"choice"`
	LinkWritten   bool              `json:"linkWritten"`
	LinkProblem   string            `json:"linkProblem"`
	item          *engine.Item      `json:"-"`
	sugg          *match.Suggestion `json:"-"`
}

// SuggestionView is a suggested QuickBooks record.
type SuggestionView struct {
	ListID     string           `json:"listId"`
	FullName   string           `json:"fullName"`
	Confidence match.Confidence `json:"confidence"`
	Score      float64          `json:"score"`
	Reason     string           `json:"reason"`
}

// pairing is both sides read once, with suggestions.
type pairing struct {
	rows    []Row
	qb      map[string]QuickBooksEntry // every offered QuickBooks record by ListID
	records map[string]qbmirror.Record
	unused  []QuickBooksEntry // QuickBooks records no item is linked to, by name
	parents []ParentRef
}

// View builds the page for side, filtered and searched.
func (s *Service) View(sideName, filter, search string) (*View, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if filter == "" {
		filter = "all"
	}
	if !slices.Contains(Filters, filter) {
		return nil, &Problem{Message: fmt.Sprintf("%q is not a filter of this page.", filter), Fix: "Use one of " + strings.Join(Filters, ", ") + "."}
	}
	p, err := s.pair(side, true)
	if err != nil {
		return nil, err
	}
	v := &View{Side: sideName, Counts: map[string]int{"all": len(p.rows), "quickbooksOnly": len(p.unused)},
		Rows: []Row{}, QuickBooksOnly: []QuickBooksEntry{}, Parents: p.parents, VendorTypes: []string{}, Run: s.engine.Run()}
	if c, ok := side.(Confirmer); ok {
		v.Confirmation = c.Confirmation()
	}
	for _, f := range Filters[1:] {
		v.Counts[f] = 0
	}
	q := strings.ToLower(strings.TrimSpace(search))
	for _, r := range p.rows {
		f := filterOf(r.Status)
		if f != "" {
			v.Counts[f]++
		}
		if (filter == "all" || filter == f) && (q == "" || r.matches(q)) {
			v.Rows = append(v.Rows, r)
		}
	}
	for _, e := range p.unused {
		if q == "" || e.matches(q) {
			v.QuickBooksOnly = append(v.QuickBooksOnly, e)
		}
	}
	if ext, ok := side.(Extender); ok {
		if err := ext.Extend(v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func filterOf(status string) string {
	switch status {
	case StatusUnlinked:
		return "unlinked"
	case StatusSuggested:
		return "suggested"
	case StatusLinked:
		return "linked"
	case StatusConflict:
		return "conflicts"
	}
	return ""
}

func (r Row) matches(q string) bool {
	hay := []string{r.Procore.Name, r.Procore.Number, r.Procore.Address.City}
	if r.QuickBooks != nil {
		hay = append(hay, r.QuickBooks.FullName)
	}
	if r.Suggestion != nil {
		hay = append(hay, r.Suggestion.FullName)
	}
	return containsAny(hay, q)
}

func (e QuickBooksEntry) matches(q string) bool {
	return containsAny([]string{e.FullName, e.Address.City, e.VendorType}, q)
}

func containsAny(hay []string, q string) bool {
	for _, h := range hay {
		if strings.Contains(strings.ToLower(h), q) {
			return true
		}
	}
	return false
}

// pair reads both sides and, with suggest, suggests a QuickBooks record for every Procore
// record without one.
func (s *Service) pair(side Side, suggest bool) (*pairing, error) {
	items, err := s.engine.Items(side.Kind())
	if err != nil {
		return nil, err
	}
	p := &pairing{qb: map[string]QuickBooksEntry{}, records: map[string]qbmirror.Record{}, parents: []ParentRef{}}
	var order []string
	err = s.mirror.List(side.MirrorKind(), func(r qbmirror.Record) error {
		if e, ok := side.QuickBooksEntry(r); ok {
			p.qb[r.ListID], p.records[r.ListID] = e, r
			order = append(order, r.ListID)
			if e.Parent && r.Active {
				p.parents = append(p.parents, ParentRef{ListID: r.ListID, FullName: r.FullName})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the QuickBooks list: %w", err)
	}
	claimed := map[string][]string{} // ListID → items linked to it
	for _, it := range items {
		if it.QB != nil && it.QB.ListID != "" {
			claimed[it.QB.ListID] = append(claimed[it.QB.ListID], it.ID)
		}
	}
	var candidates []match.Entry
	for _, id := range order {
		e := p.qb[id]
		if len(claimed[id]) > 0 {
			continue
		}
		p.unused = append(p.unused, e)
		if e.Unsupported == "" {
			// A job is matched by its own name: projects rarely carry the customer's.
			candidates = append(candidates, entryOf(e.ListID, e.Name, e.Address, e.Phone))
		}
	}
	slices.SortFunc(p.unused, func(a, b QuickBooksEntry) int {
		return cmp.Compare(strings.ToLower(a.FullName), strings.ToLower(b.FullName))
	})
	var seeking []match.Entry
	p.rows = make([]Row, 0, len(items))
	for _, it := range items {
		pe, err := side.ProcoreEntry(it)
		if err != nil {
			return nil, err
		}
		pe.CreatedBeforeConnection = s.needsConfirmation(side, pe)
		r := Row{ID: it.ID, Procore: pe, Notes: it.Notes, NameLimit: MaxName, LinkWritten: it.LinkedInSource && it.QB != nil,
			LinkProblem: it.LinkProblem, item: it, Choice: map[string]any{}}
		if r.Notes == nil {
			r.Notes = []string{}
		}
		if len(it.Choice) > 0 {
			_ = json.Unmarshal(it.Choice, &r.Choice)
		}
		if n := len([]rune(latin1(pe.Name))); n > MaxName {
			r.SuggestedName = match.Shorten(latin1(pe.Name), MaxName)
		}
		if it.QB != nil && it.QB.ListID != "" {
			if e, ok := p.qb[it.QB.ListID]; ok {
				r.QuickBooks = &e
			} else {
				r.QuickBooks = &QuickBooksEntry{ListID: it.QB.ListID, FullName: it.QB.FullName}
			}
		}
		if r.QuickBooks == nil && wantsSuggestion(it) {
			seeking = append(seeking, entryOf(it.ID, pe.Name, pe.Address, pe.Phone))
		}
		p.rows = append(p.rows, r)
	}
	var suggestions map[string]match.Suggestion
	if suggest {
		suggestions = match.Assign(seeking, match.NewIndex(candidates))
	}
	for i := range p.rows {
		r := &p.rows[i]
		if sg, ok := suggestions[r.ID]; ok {
			e := p.qb[sg.ID]
			r.sugg = &sg
			r.Suggestion = &SuggestionView{ListID: sg.ID, FullName: e.FullName, Confidence: sg.Confidence, Score: sg.Score, Reason: sg.Reason}
		}
		r.Status, r.Problem = status(r, claimed)
	}
	slices.SortFunc(p.rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Procore.Name), strings.ToLower(b.Procore.Name)), cmp.Compare(a.ID, b.ID))
	})
	return p, nil
}

func wantsSuggestion(it *engine.Item) bool {
	switch it.State {
	case engine.Waiting, engine.Detected, engine.Failed:
		return true
	}
	return false
}

func entryOf(id, name string, a Address, phone string) match.Entry {
	return match.Entry{ID: id, Name: name, Address: a.Street, City: a.City, State: a.State, Zip: a.Zip, Phone: phone}
}

// status says where a row stands, and what needs the bookkeeper if anything does.
func status(r *Row, claimed map[string][]string) (string, *Problem) {
	it := r.item
	switch it.State {
	case engine.Rejected:
		return StatusSkipped, nil
	case engine.Queued, engine.Sent:
		return StatusCreating, nil
	case engine.Failed:
		if f := it.Failure; f != nil {
			return StatusConflict, &Problem{Message: f.Message, Meaning: f.Meaning, Fix: f.Fix}
		}
		return StatusConflict, &Problem{Message: "The last export failed."}
	}
	if r.QuickBooks != nil {
		if others := claimed[r.QuickBooks.ListID]; len(others) > 1 {
			return StatusConflict, &Problem{Message: fmt.Sprintf("%d Procore records are linked to the QuickBooks record %q.", len(others), r.QuickBooks.FullName),
				Meaning: "Each QuickBooks record can stand for one Procore record only.", Fix: "Unlink the ones that are not this record."}
		}
		if it.State == engine.Waiting {
			r.Notes = append(r.Notes, "Changed in Procore since it was linked: choose Update in QuickBooks to send the changes.")
		}
		return StatusLinked, nil
	}
	if r.sugg != nil && (r.sugg.Confidence == match.Exact || r.sugg.Confidence == match.Likely) {
		return StatusSuggested, nil
	}
	return StatusUnlinked, nil
}
