package mapping

import (
	"encoding/json"
	"fmt"

	"joblink/backend/engine"
	"joblink/backend/match"
)

// Filters of the mapping pages.
// Every row counts under exactly one of them but "all", so the counts add up to all.
var Filters = []string{"all", "unlinked", "suggested", "linked", "conflicts", "creating", "skipped"}

// Row statuses.
const (
	StatusUnlinked  = "unlinked"
	StatusSuggested = "suggested"
	StatusLinked    = "linked"
	StatusCreating  = "creating"
	StatusConflict  = "conflict"
	StatusSkipped   = "skipped"
)

// Row is one Procore record with its QuickBooks side.
type Row struct {
	ID            string           `json:"id"`
	Procore       ProcoreEntry     `json:"procore"`
	Status        string           `json:"status"`
	QuickBooks    *QuickBooksEntry `json:"quickbooks"`
	Suggestion    *SuggestionView  `json:"suggestion"`
	Problem       *Problem         `json:"problem"`
	Notes         []string         `json:"notes"`
	NameLimit     int              `json:"nameLimit"`
	SuggestedName string           `json:"suggestedName"`
	// NameProblem says why the name a create would send (the one chosen before, kept in
	// Choice, else the Procore name) cannot be QuickBooks' as it is (control characters,
	// letters QuickBooks cannot store); SuggestedName is then the fix, if any.
	NameProblem *Problem `json:"nameProblem,omitempty"`
	// LatinSpelling is what "Use the Latin spelling" sends instead of text QuickBooks cannot
	// store (the name, the address and numbers), when every letter has a Latin spelling;
	// AcceptSpelling sends it.
	LatinSpelling *LatinOffer `json:"latinSpelling,omitempty"`
	// LatinFields are the address and numbers of a record not in QuickBooks that QuickBooks
	// could store only spelt otherwise, each with Joblink's spelling ("" when some letter has
	// none): the create dialog offers to send them so (CreateRequest.LatinSpelling) or says to
	// correct them in Procore, before anything is sent.
	LatinFields []LatinField `json:"latinFields,omitempty"`
	// Choice is the bookkeeper's choice for "Create in QuickBooks" as the item keeps it, {}
	// until one is made: kept raw, so 30,000 rows do not each hold a decoded map.
	Choice      json.RawMessage `json:"choice"`
	LinkWritten bool            `json:"linkWritten"`
	LinkProblem string          `json:"linkProblem"`
	// SkipReason is what the bookkeeper wrote when skipping the record ("" when not skipped).
	SkipReason string `json:"skipReason,omitempty"`
}

// SuggestionView is a suggested QuickBooks record.
type SuggestionView struct {
	ListID     string           `json:"listId"`
	FullName   string           `json:"fullName"`
	Confidence match.Confidence `json:"confidence"`
	Score      float64          `json:"score"`
	Reason     string           `json:"reason"`
}

// filterOf is the filter chip a status counts under.
func filterOf(status string) string {
	switch status {
	case StatusCreating:
		return "creating"
	case StatusSkipped:
		return "skipped"
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

// wantsSuggestion reports whether an item in state s may still be linked, so a match is worth
// suggesting.
func wantsSuggestion(s engine.State) bool {
	switch s {
	case engine.Waiting, engine.Detected, engine.Failed:
		return true
	}
	return false
}

// status says where a row stands, and what needs the bookkeeper if anything does. claimants
// is how many items are linked to the row's QuickBooks record; a note it adds goes to r.Notes.
func status(r *Row, st engine.State, failure *engine.Failure, claimants int) (string, *Problem) {
	switch st {
	case engine.Rejected:
		return StatusSkipped, nil
	case engine.Queued, engine.Sent:
		return StatusCreating, nil
	case engine.Failed:
		if f := failure; f != nil {
			return StatusConflict, &Problem{Message: f.Message, Meaning: f.Meaning, Fix: f.Fix}
		}
		return StatusConflict, &Problem{Message: "The last export failed."}
	}
	if r.QuickBooks != nil {
		if claimants > 1 {
			return StatusConflict, &Problem{Message: fmt.Sprintf("%d Procore records are linked to the QuickBooks record %q.", claimants, r.QuickBooks.FullName),
				Meaning: "Each QuickBooks record can stand for one Procore record only.", Fix: "Unlink the ones that are not this record."}
		}
		if st == engine.Waiting {
			r.Notes = append(r.Notes, "Changed in Procore since it was linked: choose Update in QuickBooks to send the changes.")
		}
		return StatusLinked, nil
	}
	if s := r.Suggestion; s != nil && (s.Confidence == match.Exact || s.Confidence == match.Likely) {
		return StatusSuggested, nil
	}
	return StatusUnlinked, nil
}
