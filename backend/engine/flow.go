package engine

import (
	"context"
	"encoding/json"

	"joblink/qbwc/qbxml"
)

// Flow is what the engine needs to know about one kind of record.
type Flow interface {
	Kind() Kind
	Label() string // plural, for pages and summaries: "Cost codes"
	// Rank orders kinds by dependency: lower ranks are exported first (items before the
	// documents whose lines use them; vendors and jobs before documents that name them).
	Rank() int
	// Approval reports whether the kind goes through the Approvals queue; kinds that do not
	// are exported from their own page ("ready to export").
	Approval() bool

	// Detect reads every current record of the kind from Procore.
	Detect(ctx context.Context) ([]Record, error)

	// Prepare decides, against QuickBooks as mirrored, what exporting it takes.
	Prepare(ctx context.Context, it *Item) (Step, error)
	// Lookup returns the query that finds it in QuickBooks when whether it arrived is unknown
	// (sent before a crash or a lost response), or when its EditSequence must be re-read.
	Lookup(it *Item) qbxml.Request
	// Found reads the lookup's response: the record, or nil when QuickBooks does not have it.
	Found(it *Item, resp *qbxml.Response) (*QBRef, error)
	// Done reads the answer to the request Prepare made, when QuickBooks reported success.
	Done(it *Item, resp *qbxml.Response) (*QBRef, error)

	// WriteBack records the QuickBooks links of synced items in Procore; the map holds the
	// items Procore refused, by item id.
	WriteBack(ctx context.Context, items []*Item) (map[string]error, error)
}

// Record is one record as Procore has it now.
type Record struct {
	Key    string
	Title  string
	Detail string
	Data   json.RawMessage
	// Problem is set when the record can never be exported as it stands (a code too long for
	// QuickBooks, say): it goes straight to "needs attention" with the reason and fix.
	Problem *Failure
	// Elsewhere says Problem is a link Procore holds to a QuickBooks record Joblink does not
	// take (another integration's, or another company file's): the Dashboard counts these
	// apart, as one decision to make in bulk rather than as many refusals.
	Elsewhere bool
	// LinkedTo is the QuickBooks record Procore already names (origin_id), if any.
	LinkedTo *QBRef
	Notes    []string
}

// Step is what exporting one item takes.
type Step struct {
	Request qbxml.Request // nil: nothing to send
	Linked  *QBRef        // set with no Request: QuickBooks already has it as it should be
	Failure *Failure      // set: it cannot be exported as it stands
	// Target is the QuickBooks record the request changes (a TxnID or ListID), for requests
	// that modify one: a message set carries at most one request per target, so each Mod is
	// built on the EditSequence the previous one left.
	Target  string
	Notes   []string // remarks kept on the item (text QuickBooks will receive differently)
	Message string   // what the audit log should say about the step
}

// FailureError lets a flow say, from Prepare, Found or Done, that an item cannot be exported as
// it stands; the engine fails the item with it instead of treating it as a Joblink error. From
// Prepare, a failure of class Reread asks instead for the record to be read from QuickBooks
// (Lookup, Found) before it is prepared again — once a run; a second time it waits for a retry.
type FailureError struct{ Failure Failure }

func (e *FailureError) Error() string { return failureWords(e.Failure) }

// Dependency names another item that must reach QuickBooks before an item can be sent: a
// change order's purchase order, a document's vendor, job and cost codes.
type Dependency struct {
	ID    string // the other item's id
	Label string // what the bookkeeper calls it: "purchase order SC-014"
}

// Dependent is implemented by flows whose items stand on others. The engine does not prepare
// an item until every item it depends on is synced; until then the item waits, saying for
// what, and it is queued again the moment the last of them is synced.
type Dependent interface {
	DependsOn(it *Item) []Dependency
}

// Flusher is implemented by flows that gather what Found and Done learn (records for the
// QuickBooks mirror) and save it in one write after each response, instead of one per item.
type Flusher interface {
	Flush() error
}
