package mapping

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"time"

	"joblink/backend/engine"
	"joblink/backend/match"
)

// itemRow is what the view cache keeps of one work item between refreshes: the part of its
// row that depends on the item alone (decoding the Procore snapshot is the costly part) and
// the QuickBooks records ranked for it. It is rebuilt only when the item's fingerprint changes.
type itemRow struct {
	print      uint64 // the item's fingerprint
	base       Row    // without its QuickBooks side, suggestion and status
	state      engine.State
	failure    *engine.Failure
	linkedTo   string // ListID of the linked QuickBooks record, or ""
	linkedName string // its full name when linked, for a record the mirror does not have
	sortKey    string // rows are listed by name
	text       string // its Procore name, number and city, folded for search
	entry      match.Entry
	// ranked are the QuickBooks records that look like this one, best first, from the index
	// of generation rankedFor (0: not ranked).
	ranked    []match.Candidate
	rankedFor uint64
}

// seeking reports whether the row gets a suggestion: not linked and still open.
func (r *itemRow) seeking() bool { return r.linkedTo == "" && wantsSuggestion(r.state) }

// newItemRow reads an item into its row. connectedAt is when Joblink connected to Procore.
func (s *Service) newItemRow(side Side, it *engine.Item, connectedAt time.Time) (*itemRow, error) {
	pe, err := side.ProcoreEntry(it)
	if err != nil {
		return nil, err
	}
	pe.CreatedBeforeConnection = needsConfirmation(side, pe, connectedAt)
	r := &itemRow{print: fingerprint(it), state: it.State, failure: it.Failure,
		sortKey: strings.ToLower(pe.Name), entry: entryOf(it.ID, pe.Name, pe.Address, pe.Phone)}
	r.entry.Number = pe.Number // a project number confirms the QuickBooks job that carries it
	r.base = Row{ID: it.ID, Procore: pe, Notes: it.Notes, NameLimit: MaxName, LinkWritten: it.LinkedInSource && it.QB != nil,
		LinkProblem: it.LinkProblem, Choice: it.Choice}
	if it.State == engine.Rejected {
		r.base.SkipReason = it.Comment
	}
	if r.base.Notes == nil {
		r.base.Notes = []string{}
	}
	if len(r.base.Choice) == 0 {
		r.base.Choice = emptyChoice
	}
	// The name looked at is the one a create would send: a name the bookkeeper chose before
	// (kept in the choice, the create dialog's default) rather than the Procore one.
	name := sentName(choiceOf(it).Name, pe)
	if p := CheckQuickBooksText("name", name, MaxName); p != nil {
		// The create dialog stops on such a name: it offers the suggestion (when the letters
		// have a Latin spelling) and says why.
		r.base.SuggestedName, r.base.NameProblem = SuggestName(name, MaxName), p
	} else if n := len([]rune(latin1(name))); n > MaxName {
		r.base.SuggestedName = SuggestName(name, MaxName)
	}
	r.base.LatinSpelling = latinOffer(it, pe)
	if it.QB != nil && it.QB.ListID != "" {
		r.linkedTo, r.linkedName = it.QB.ListID, it.QB.FullName
	} else {
		r.base.LatinFields = LatinFields(pe)
	}
	r.text = foldAll([]string{pe.Name, pe.Number, pe.Address.City})
	return r, nil
}

var emptyChoice = []byte("{}")

// sameEntry reports whether two rows are matched alike, so a ranking of one holds for the other.
func (r *itemRow) sameEntry(o *itemRow) bool { return o != nil && r.entry == o.entry }

// fingerprint sums up everything of an item a row shows, so a refresh can tell the items that
// changed without comparing them whole. UpdatedAt alone would do with the engine's own clock,
// not with a test's frozen one.
func fingerprint(it *engine.Item) uint64 {
	h := fnv.New64a()
	put := func(ss ...string) {
		for _, s := range ss {
			var n [4]byte
			binary.LittleEndian.PutUint32(n[:], uint32(len(s)))
			h.Write(n[:])
			h.Write([]byte(s))
		}
	}
	var at [8]byte
	binary.LittleEndian.PutUint64(at[:], uint64(it.UpdatedAt.UnixNano()))
	h.Write(at[:])
	put(string(it.State), string(it.Data), string(it.Choice), it.LinkProblem, it.Comment)
	if it.QB != nil {
		put("qb", it.QB.ListID, it.QB.FullName)
	}
	if f := it.Failure; f != nil {
		put("failure", f.Message, f.Meaning, f.Fix)
	}
	if it.LinkedInSource {
		put("written")
	}
	put(it.Notes...)
	return h.Sum64()
}

func entryOf(id, name string, a Address, phone string) match.Entry {
	return match.Entry{ID: id, Name: name, Address: a.Street, City: a.City, State: a.State, Zip: a.Zip, Phone: phone}
}
