package mapping

import (
	"encoding/json"
	"fmt"
	"strings"

	"joblink/backend/engine"
)

// The Latin spelling, accepted in one action. A record whose name, address or numbers have
// letters QuickBooks cannot store (Cyrillic "Строймонтаж", Polish "Łódź Builders") is never
// sent spelt otherwise on Joblink's own: it waits with a problem that offers the spelling, and
// the bookkeeper accepts it here (or types another name in Create in QuickBooks). Letters
// without a Latin spelling (Chinese, Arabic …) have none to accept: they are typed instead.

// LatinOffer is what a row offers to send instead of text QuickBooks cannot store: the name
// (when it changes) and the fields, each spelt in the Latin alphabet.
type LatinOffer struct {
	Name   string       `json:"name,omitempty"`
	Fields []LatinField `json:"fields,omitempty"`
}

// latinOffer is the spelling item it can be sent with (pe its Procore record), or nil when
// nothing it would send needs one, some letter has no Latin spelling (nothing to accept: the
// name is typed, the field corrected in Procore), or it is not waiting for the bookkeeper (an
// export asked for and stopped: Failed). A record merely ready is created through Create in
// QuickBooks, whose dialog offers the name. A linked record's name is never sent (QuickBooks
// keeps its own): only its address and numbers count.
func latinOffer(it *engine.Item, pe ProcoreEntry) *LatinOffer {
	if it.State != engine.Failed {
		return nil
	}
	c := choiceOf(it)
	linked := it.QB != nil && it.QB.ListID != ""
	o := &LatinOffer{}
	if name := sentName(c.Name, pe); !linked && (controlName(name) != "" || losesLetters(name)) {
		if o.Name = latinName(name); o.Name == "" {
			return nil
		}
	}
	for _, f := range fieldsOf(pe) {
		if controlName(f.value) != "" {
			return nil
		}
	}
	if !c.LatinSpelling { // accepted already: the fields go spelt so
		for _, f := range LatinFields(pe) {
			if f.Latin == "" {
				return nil
			}
			o.Fields = append(o.Fields, f)
		}
	}
	if o.Name == "" && len(o.Fields) == 0 {
		return nil
	}
	return o
}

// storedChoice is the part of an item's stored choice a create request repeats (the jobs and
// vendors choices spell these fields alike).
type storedChoice struct {
	Name          string `json:"name"`
	ParentListID  string `json:"parentListId"`
	AsCustomer    bool   `json:"asCustomer"`
	LatinSpelling bool   `json:"latinSpelling"`
}

func choiceOf(it *engine.Item) storedChoice {
	var c storedChoice
	if len(it.Choice) > 0 {
		_ = json.Unmarshal(it.Choice, &c) // a choice of another shape repeats nothing
	}
	return c
}

// sentName is the name a create or an export of a record sends to QuickBooks: the one the
// bookkeeper chose (typed in Create in QuickBooks, or kept in the item's choice), else its
// Procore name. The Latin spelling is offered for this name, never for another.
func sentName(chosen string, pe ProcoreEntry) string {
	if n := strings.TrimSpace(chosen); n != "" {
		return n
	}
	return pe.Name
}

// latinName is the Latin spelling Joblink offers for a name QuickBooks could store only with
// letters changed (Cyrillic, Polish ł …), or "" when it can store the name as it is, when the
// name holds control characters (typed again instead), or when some letter has no Latin
// spelling (Chinese …).
func latinName(name string) string {
	if controlName(name) != "" || !losesLetters(name) {
		return ""
	}
	return SuggestName(name, MaxName)
}

// NameSpelling is what a create would meet with name typed in Create in QuickBooks: why
// QuickBooks cannot store it as it is (nil when it can) and the Latin spelling a create with
// latinSpelling sends instead ("" when there is none), so the dialog offers that spelling
// before anything is sent.
func NameSpelling(name string) (latin string, p *Problem) {
	name = strings.TrimSpace(name)
	return latinName(name), refusedText("name", name, MaxName)
}

// latinRequest puts the Latin spelling into the name of a create that accepts it, so the name
// checked, chosen and sent is the one the bookkeeper saw: the spelling of the name typed, or
// of the Procore name when none is typed. A name without one is left as it is and refused.
func latinRequest(side Side, it *engine.Item, req CreateRequest) CreateRequest {
	if !req.LatinSpelling {
		return req
	}
	pe, err := side.ProcoreEntry(it)
	if err != nil {
		return req // refused by the checks that read it again
	}
	if latin := latinName(sentName(req.Name, pe)); latin != "" {
		req.Name = latin
	}
	return req
}

// AcceptSpelling sends the records with the Latin spelling their rows offer (LatinOffer): a
// record not yet in QuickBooks is created as the bookkeeper chose before (the parent of a job)
// with the suggested name, through Create and its checks; a linked one has its address and
// numbers sent spelt so. A record without such a spelling fails with what to do instead.
func (s *Service) AcceptSpelling(sideName string, ids []string, who string) (*CreateResult, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if len(ids) > MaxBatch {
		return nil, tooMany(len(ids))
	}
	res := &CreateResult{Queued: []string{}, NeedConfirmation: []ItemProblem{}, Matches: []ItemProblem{}, Failed: []ItemProblem{}}
	var creates []CreateRequest
	var updates []string
	for _, id := range ids {
		it, err := s.item(side, id)
		if err != nil {
			res.Failed = append(res.Failed, ItemProblem{ID: id, Message: err.Error(), Fix: "Reload the page."})
			continue
		}
		pe, err := side.ProcoreEntry(it)
		if err != nil {
			res.Failed = append(res.Failed, problemOf(id, err))
			continue
		}
		c := choiceOf(it)
		offer := latinOffer(it, pe)
		if offer == nil {
			res.Failed = append(res.Failed, noOffer(it, sentName(c.Name, pe), pe))
			continue
		}
		if it.QB != nil && it.QB.ListID != "" {
			if err := s.acceptForUpdate(it, offer, who); err != nil {
				res.Failed = append(res.Failed, problemOf(id, err))
				continue
			}
			updates = append(updates, id)
			continue
		}
		req := CreateRequest{ID: id, Name: c.Name, ParentListID: c.ParentListID, AsCustomer: c.AsCustomer, LatinSpelling: true}
		if offer.Name != "" {
			req.Name = offer.Name
		}
		creates = append(creates, req)
	}
	if len(updates) > 0 {
		if _, err := s.engine.Export(side.Kind(), engine.Selection{IDs: updates}, who); err != nil {
			return nil, err
		}
		for _, id := range updates {
			if it, err := s.engine.Get(id); err == nil && (it.State == engine.Queued || it.State == engine.Sent) {
				res.Queued = append(res.Queued, id)
			} else {
				res.Failed = append(res.Failed, ItemProblem{ID: id, Message: "It is not waiting to be sent (it is skipped or already on its way).", Fix: "Reload the page."})
			}
		}
		s.views[side.Name()].changed(updates)
	}
	if len(creates) > 0 {
		done, err := s.Create(sideName, creates, who)
		if err != nil {
			return nil, err
		}
		res.Queued = append(res.Queued, done.Queued...)
		res.NeedConfirmation = append(res.NeedConfirmation, done.NeedConfirmation...)
		res.Matches = append(res.Matches, done.Matches...)
		res.Failed = append(res.Failed, done.Failed...)
	}
	return res, nil
}

// acceptForUpdate keeps the acceptance in a linked item's choice, so its address and numbers
// are sent spelt in the Latin alphabet.
func (s *Service) acceptForUpdate(it *engine.Item, offer *LatinOffer, who string) error {
	choice := map[string]any{}
	if len(it.Choice) > 0 {
		if err := json.Unmarshal(it.Choice, &choice); err != nil {
			return fmt.Errorf("%s choice: %w", it.ID, err)
		}
	}
	choice["latinSpelling"] = true
	raw, err := json.Marshal(choice)
	if err != nil {
		return err
	}
	_, err = s.engine.SetChoice(it.ID, raw, who, "The bookkeeper accepted the Latin spelling: "+offer.words()+".")
	return err
}

// words says what the offer sends: `street "ul. Lenina 5" as "ul. Lenina 5"`.
func (o *LatinOffer) words() string {
	var parts []string
	if o.Name != "" {
		parts = append(parts, fmt.Sprintf("the name as %q", o.Name))
	}
	for _, f := range o.Fields {
		parts = append(parts, fmt.Sprintf("the %s %q as %q", f.Field, f.Text, f.Latin))
	}
	return strings.Join(parts, ", ")
}

// noOffer says why a record has no Latin spelling to accept, and what to do instead.
func noOffer(it *engine.Item, name string, pe ProcoreEntry) ItemProblem {
	if it.State != engine.Failed {
		return ItemProblem{ID: it.ID, Message: "It is not waiting for a Latin spelling (it is ready, in QuickBooks, skipped or on its way).",
			Fix: "To create it, choose Create in QuickBooks: the dialog offers the Latin name."}
	}
	if it.QB == nil || it.QB.ListID == "" {
		if p := CheckQuickBooksText("name", name, MaxName); p != nil {
			return ItemProblem{ID: it.ID, Message: p.Message, Fix: "Choose Create in QuickBooks and type the name in the Latin alphabet."}
		}
	}
	if p := checkFields(pe, true, acceptOnTheRow); p != nil {
		return ItemProblem{ID: it.ID, Message: p.Message, Fix: p.Fix}
	}
	return ItemProblem{ID: it.ID, Message: fmt.Sprintf("QuickBooks can store %q as it is: there is no other spelling to accept.", name)}
}
