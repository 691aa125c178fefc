package procore

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// SyncChunkSize is the most items Procore accepts in one /sync call (§3.4).
const SyncChunkSize = 1000

// SyncResult is what a /sync batch did: the records Procore created or updated, and the items
// it refused with their reasons.
type SyncResult[T any] struct {
	Entities []T
	Errors   []SyncItemError
}

// SyncItemError is one item Procore refused inside a 200 answer.
type SyncItemError struct {
	Index       int    // position in the caller's slice, -1 when it cannot be told
	ID          int64  // the item's Procore id, if it had one
	OriginID    string // the item's origin_id (Joblink's QuickBooks key), if it had one
	FieldErrors map[string][]string
	Item        json.RawMessage // the item as Procore echoed it
}

func (e SyncItemError) Error() string {
	return fmt.Sprintf("procore sync item %d (id %d, origin_id %q): %s", e.Index, e.ID, e.OriginID, e.fieldSentence())
}

// Words is the sentence a bookkeeper reads.
func (e SyncItemError) Words() string {
	who := "A record"
	if e.OriginID != "" {
		who = "The record with QuickBooks id " + e.OriginID
	} else if e.ID != 0 {
		who = fmt.Sprintf("The Procore record %d", e.ID)
	}
	return who + " was not accepted by Procore: " + e.fieldSentence() + "."
}

func (e SyncItemError) fieldSentence() string {
	return (&APIError{FieldErrors: e.FieldErrors}).fieldSentence()
}

// syncKeyed is an item that can name its record: Procore id and/or origin_id.
type syncKeyed interface {
	syncKeys() (id int64, originID string)
}

// syncChunks sends items to a /sync endpoint in chunks of SyncChunkSize, scope holding the
// body keys besides "updates" (company_id, …). On a failed chunk it returns what the earlier
// chunks did together with the error, so no completed write goes unreported.
func syncChunks[In syncKeyed, Out any](ctx context.Context, c *Client, path string, query url.Values, scope map[string]any, items []In) (SyncResult[Out], error) {
	var result SyncResult[Out]
	chunks := (len(items) + SyncChunkSize - 1) / SyncChunkSize
	for n, start := 0, 0; start < len(items); n, start = n+1, start+SyncChunkSize {
		chunk := items[start:min(start+SyncChunkSize, len(items))]
		body := map[string]any{"updates": chunk}
		for k, v := range scope {
			body[k] = v
		}
		req := &request{method: http.MethodPatch, path: path, query: query, body: body, idempotent: allKeyed(chunk)}
		var answer struct {
			Entities []Out             `json:"entities"`
			Errors   []json.RawMessage `json:"errors"`
		}
		if err := c.call(ctx, req, &answer); err != nil {
			return result, fmt.Errorf("procore: sync %s, batch %d of %d (items %d–%d): %w",
				path, n+1, chunks, start, start+len(chunk)-1, err)
		}
		result.Entities = append(result.Entities, answer.Entities...)
		for _, raw := range answer.Errors {
			result.Errors = append(result.Errors, itemError(raw, chunk, start))
		}
	}
	return result, nil
}

func allKeyed[In syncKeyed](items []In) bool {
	for _, it := range items {
		if id, origin := it.syncKeys(); id == 0 && origin == "" {
			return false
		}
	}
	return true
}

// itemError reads one error item — the caller's input echoed back with an "errors" object —
// and finds which input it was, by origin_id first (Joblink's own key), then by id.
func itemError[In syncKeyed](raw json.RawMessage, chunk []In, offset int) SyncItemError {
	e := SyncItemError{Index: -1, Item: raw, FieldErrors: map[string][]string{}}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		e.FieldErrors["base"] = []string{"Procore returned an unreadable error item"}
		return e
	}
	if s, ok := scalarString(obj["origin_id"]); ok {
		e.OriginID = s
	}
	if s, ok := scalarString(obj["id"]); ok {
		e.ID, _ = strconv.ParseInt(s, 10, 64)
	}
	if errs, ok := obj["errors"]; ok {
		if loose := collectErrors(errs, e.FieldErrors); len(loose) > 0 {
			e.FieldErrors["base"] = append(e.FieldErrors["base"], loose...)
		}
	}
	if len(e.FieldErrors) == 0 {
		e.FieldErrors["base"] = []string{"refused without a reason"}
	}
	for i, it := range chunk {
		id, origin := it.syncKeys()
		if e.OriginID != "" && origin == e.OriginID || e.OriginID == "" && e.ID != 0 && id == e.ID {
			e.Index = offset + i
			if e.OriginID == "" {
				e.OriginID = origin
			}
			break
		}
	}
	return e
}

// SyncErrorsWords lists refused items in a few sentences, for a sync summary.
func SyncErrorsWords(errs []SyncItemError, max int) string {
	sorted := append([]SyncItemError(nil), errs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Index < sorted[j].Index })
	var lines []string
	for i, e := range sorted {
		if i == max {
			lines = append(lines, fmt.Sprintf("…and %d more.", len(sorted)-max))
			break
		}
		lines = append(lines, e.Words())
	}
	return strings.Join(lines, "\n")
}
