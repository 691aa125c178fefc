package mapping

import (
	"context"
	"encoding/json"
	"joblink/backend/problem"
	"time"

	"joblink/backend/engine"
	"joblink/backend/match"
	"joblink/backend/qbmirror"
)

// Side is one list pairing (jobs, vendors): what the mapping pages need to know about it.
type Side interface {
	Kind() engine.Kind
	// Name is the page's name in routes: "jobs" or "vendors".
	Name() string
	// ProcoreEntry reads an item's snapshot of its Procore record.
	ProcoreEntry(it *engine.Item) (ProcoreEntry, error)
	// QuickBooksEntry reads a mirrored record into the page's shape; ok is false for
	// records the side does not offer at all.
	QuickBooksEntry(r qbmirror.Record) (QuickBooksEntry, bool)
	// MirrorKind is the mirrored list the side pairs with.
	MirrorKind() qbmirror.Kind
	// Choose checks the bookkeeper's choices for creating it in QuickBooks and returns them
	// as the item's Choice.
	Choose(it *engine.Item, req CreateRequest) (json.RawMessage, error)
	// Import creates Procore records from QuickBooks records, linked by origin_id; safe to
	// repeat. Results are in the order of records.
	Import(ctx context.Context, records []qbmirror.Record) ([]ImportResult, error)
}

// ProcoreEntry is a Procore record as the mapping pages show it.
type ProcoreEntry struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Number    string    `json:"number"`
	Address   Address   `json:"-"`
	Phone     string    `json:"phone"`
	Fax       string    `json:"fax"`
	Active    bool      `json:"active"`
	CreatedAt time.Time `json:"-"`
	// CreatedBeforeConnection is filled by the service (it knows when Joblink connected).
	CreatedBeforeConnection bool `json:"createdBeforeConnection"`
}

// QuickBooksEntry is a QuickBooks record as the mapping pages show it.
type QuickBooksEntry struct {
	ListID         string  `json:"listId"`
	FullName       string  `json:"fullName"`
	Name           string  `json:"name"`
	ParentFullName string  `json:"parentFullName,omitempty"`
	Level          string  `json:"level"` // customer, job, subjob, vendor
	Active         bool    `json:"active"`
	Address        Address `json:"-"`
	Phone          string  `json:"phone"`
	Fax            string  `json:"fax"`
	VendorType     string  `json:"vendorType,omitempty"`
	// Unsupported says why the record can be neither linked nor imported (sub jobs).
	Unsupported string `json:"unsupported,omitempty"`
	// Parent marks a record new jobs can be created under (top-level customers).
	Parent bool `json:"-"`
	// ProcoreMatch is the Procore record this one is the exact or likely suggestion of: a
	// "Create in Procore" would make a second one. Set on the QuickBooks-only list's pages.
	ProcoreMatch *ProcoreMatch `json:"procoreMatch,omitempty"`
}

// ProcoreMatch is the Procore record a QuickBooks record matches.
type ProcoreMatch struct {
	ID         string           `json:"id"`
	Name       string           `json:"name"`
	Confidence match.Confidence `json:"confidence"`
	Reason     string           `json:"reason"`
}

// CreateRequest is the bookkeeper's choice for creating one record in QuickBooks.
type CreateRequest struct {
	ID           string `json:"id"`
	Name         string `json:"name,omitempty"`
	ParentListID string `json:"parentListId,omitempty"`
	AsCustomer   bool   `json:"asCustomer,omitempty"`
	// Confirmed says the bookkeeper saw the exact match QuickBooks already has for the record
	// and chose to create a second one anyway: without it such a create is refused.
	Confirmed bool `json:"confirmed,omitempty"`
	// LatinSpelling accepts the Latin spelling Joblink suggests for text QuickBooks cannot
	// store as it is (Cyrillic, Polish ł …): the name, when none is typed, and the address and
	// numbers are sent spelt so. Without it such a record is refused with the suggestion.
	LatinSpelling bool `json:"latinSpelling,omitempty"`
}

// ImportResult is the outcome of creating one Procore record from QuickBooks.
type ImportResult struct {
	ListID    string   `json:"listId"`
	ProcoreID string   `json:"procoreId,omitempty"`
	Name      string   `json:"name,omitempty"`
	Notes     []string `json:"notes,omitempty"`
	Problem   *Problem `json:"problem,omitempty"`
}

// Problem is the one user-facing problem type (message, meaning, fix). As an error from the
// service it has class Refused: the request cannot be carried out as asked.
type Problem = problem.Problem

// MarshalJSON flattens the address into the entry, as the API documents.
func (e ProcoreEntry) MarshalJSON() ([]byte, error) {
	type plain ProcoreEntry
	return json.Marshal(struct {
		plain
		Address
	}{plain(e), e.Address})
}

// MarshalJSON flattens the address into the entry, as the API documents.
func (e QuickBooksEntry) MarshalJSON() ([]byte, error) {
	type plain QuickBooksEntry
	return json.Marshal(struct {
		plain
		Address
	}{plain(e), e.Address})
}
