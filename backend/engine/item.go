package engine

import (
	"encoding/json"
	"time"

	"joblink/backend/problem"
)

// Kind names a kind of work item, e.g. "costcode".
type Kind string

// State is where an item is in its lifecycle.
type State string

// The lifecycle. Waiting covers both "ready to export" (kinds exported from their own page)
// and "waiting for approval" (documents on the Approvals page).
const (
	Detected State = "detected"
	Waiting  State = "waiting"
	Queued   State = "queued"
	Sent     State = "sent"
	Synced   State = "synced"
	Failed   State = "failed"
	Rejected State = "rejected"
)

// FailureClass says what handling a failure needs.
type FailureClass = problem.Class

const (
	FixData    = problem.FixData    // waits for the bookkeeper to change the data
	RetryLater = problem.RetryLater // transient; retried automatically with backoff
	Reread     = problem.Reread     // stale EditSequence; re-read the record and send again
)

// Failure is why an item failed: QuickBooks' or Procore's own message, what it means and the
// fix — the one user-facing problem type, kept on the item.
type Failure = problem.Problem

// QBRef is the QuickBooks record an item is linked to.
type QBRef struct {
	ListID       string `json:"listID,omitempty"`
	TxnID        string `json:"txnID,omitempty"`
	FullName     string `json:"fullName,omitempty"`
	EditSequence string `json:"editSequence,omitempty"`
}

// Item is one record's journey. ID is "<kind>/<key>", stable across detections, so detecting
// the same Procore record again finds the same item.
type Item struct {
	ID     string `json:"id"`
	Kind   Kind   `json:"kind"`
	Key    string `json:"key"`
	Title  string `json:"title"`
	Detail string `json:"detail"`
	State  State  `json:"state"`
	// Data is the flow's snapshot of what is to be sent; different data on a synced item means
	// Procore changed it.
	Data json.RawMessage `json:"data"`
	QB   *QBRef          `json:"qb,omitempty"`
	// Procore is the Procore record an item going to Procore became (kinds going the other
	// way keep Procore's id in Key).
	Procore *ProcoreRef `json:"procore,omitempty"`
	Failure *Failure    `json:"failure,omitempty"`
	Notes   []string    `json:"notes,omitempty"`
	Comment string      `json:"comment,omitempty"`

	RunID     string `json:"runID,omitempty"`     // the run that last sent it
	RequestID string `json:"requestID,omitempty"` // its requestID in that run
	// SetID is the newMessageSetID of the message set that carried it: after a lost answer,
	// QuickBooks' stored answer to that set says what happened (qbXML error recovery).
	SetID string `json:"setID,omitempty"`
	// Stamp is the identity Joblink gives the record it adds (a GUID QuickBooks keeps as
	// ExternalGUID and returns in queries), made before the first send and kept across
	// re-sends, so a transaction, which has no unique name, can be found again.
	Stamp    string    `json:"stamp,omitempty"`
	SentAt   time.Time `json:"sentAt,omitzero"`
	Attempts int       `json:"attempts,omitempty"` // sends since it was last queued by a person
	// Reread asks the next run to read the record from QuickBooks before sending (3200: the
	// EditSequence Joblink had is stale).
	Reread    bool      `json:"reread,omitempty"`
	NotBefore time.Time `json:"notBefore,omitzero"` // retry-later backoff
	// LinkedInSource is true once the QuickBooks link has been written back to Procore.
	LinkedInSource bool `json:"linkedInSource,omitempty"`
	// LinkProblem is why Procore refused the link, kept so the audit log says it once.
	LinkProblem string `json:"linkProblem,omitempty"`
	// LinkedElsewhere is set while the item waits because Procore links it to a QuickBooks
	// record Joblink does not take (Record.Elsewhere); any move out of Failed clears it.
	LinkedElsewhere bool `json:"linkedElsewhere,omitempty"`
	// ClearInSource is true while Procore still carries a link the bookkeeper removed; the
	// next write-back pass clears it there.
	ClearInSource bool `json:"clearInSource,omitempty"`
	// Choice holds what the bookkeeper chose for exporting it (a parent customer, a name that
	// fits QuickBooks); flows read it in Prepare. Detection keeps it.
	Choice json.RawMessage `json:"choice,omitempty"`
	// Blocked is set on a queued item that waits for other items to reach QuickBooks.
	Blocked *Blocked `json:"blocked,omitempty"`
	// NameTaken is set when QuickBooks refused the name (3100): if the re-read finds no record
	// of the item's own kind by that name, another list uses it.
	NameTaken bool      `json:"nameTaken,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// Blocked says which items a queued item waits for, in words and by id.
type Blocked struct {
	On   []string `json:"on"`
	Says string   `json:"says"` // "Waiting for purchase order SC-014 to reach QuickBooks."
}

// ItemID is the id of the item for key of kind.
func ItemID(kind Kind, key string) string { return string(kind) + "/" + key }

// Status is the word the pages show for an item's state and failure class.
func (it *Item) Status() string {
	switch it.State {
	case Waiting, Detected:
		return "ready"
	case Queued:
		if it.Blocked != nil {
			return "waiting"
		}
		return "queued"
	case Sent:
		return "sending"
	case Synced:
		return "synced"
	case Rejected:
		return "rejected"
	case Failed:
		if it.Failure != nil && it.Failure.Class != FixData {
			return "retrying"
		}
		return "attention"
	}
	return string(it.State)
}

// Statuses lists every status word, in the order pages show them.
var Statuses = []string{"ready", "queued", "waiting", "sending", "synced", "attention", "retrying", "rejected"}
