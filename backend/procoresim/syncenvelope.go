package procoresim

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// kind describes one resource type to the generic create/update/sync machinery.
type kind[T row] struct {
	table  *table[T]
	idBase int64
	// blank returns a new row with its id set; apply copies attributes onto a row and validates it.
	blank func(id int64) T
	clone func(T) T
	apply func(T, attributes) fieldErrors
	// locked explains why a row may not change (ERP sync, reference §3.5), or returns "".
	locked func(T) string
	// visible hides rows the caller cannot see; hidden rows behave as missing.
	visible func(T) bool
	render  func(T) any
	// tooLargeStatus is what a sync of more than 1000 items gets: 413 where the spec declares it
	// (reference §3.4), 422 elsewhere.
	tooLargeStatus int
}

const (
	messageNotFoundByID = "Entity with this ID not found"
	messageOriginTaken  = "has already been taken"
)

// create stores a new row built from attrs, enforcing origin_id uniqueness within the company.
func (k kind[T]) create(attrs attributes) (T, fieldErrors) {
	row := k.blank(k.table.nextID(k.idBase))
	if problems := k.apply(row, attrs); len(problems) > 0 {
		var zero T
		return zero, problems
	}
	if problems := k.originConflict(row); problems != nil {
		var zero T
		return zero, problems
	}
	if err := k.table.insert(row); err != nil {
		var zero T
		return zero, fieldErrors{"base": {err.Error()}}
	}
	return row, nil
}

// update applies attrs to a copy and swaps it in only when valid, so a rejected edit changes nothing.
func (k kind[T]) update(existing T, attrs attributes) (T, fieldErrors, string) {
	changed := k.clone(existing)
	problems := k.apply(changed, attrs)
	if k.locked != nil {
		if reason := k.locked(existing); reason != "" {
			// Re-sending exactly what is stored (a retried sync) changes nothing and is not an
			// edit, so it succeeds; anything else is refused.
			if len(problems) == 0 && sameContent(existing, changed) {
				return existing, nil, ""
			}
			return existing, nil, reason
		}
	}
	if len(problems) > 0 {
		return existing, problems, ""
	}
	if problems := k.originConflict(changed); problems != nil {
		return existing, problems, ""
	}
	k.table.byID[changed.rowID()] = changed
	for i := range k.table.rows {
		if k.table.rows[i].rowID() == changed.rowID() {
			k.table.rows[i] = changed
		}
	}
	return changed, nil, ""
}

func (k kind[T]) originConflict(r T) fieldErrors {
	origin := r.rowOriginID()
	if origin == nil || *origin == "" {
		return nil
	}
	if other, taken := k.table.findOrigin(*origin); taken && other.rowID() != r.rowID() {
		return fieldErrors{"origin_id": {messageOriginTaken}}
	}
	return nil
}

// find returns a visible row by id.
func (k kind[T]) find(id int64) (T, bool) {
	row, ok := k.table.byID[id]
	if ok && (k.visible == nil || k.visible(row)) {
		return row, true
	}
	var zero T
	return zero, false
}

// findFromPath resolves the path parameter name to a visible row, answering 404 itself; what names
// the resource in that answer. Show, update and delete handlers all start this way.
func (k kind[T]) findFromPath(w http.ResponseWriter, r *http.Request, name, what string) (T, bool) {
	var zero T
	id, ok := pathID(w, r, name, what)
	if !ok {
		return zero, false
	}
	row, found := k.find(id)
	if !found {
		notFound(w, what)
		return zero, false
	}
	return row, true
}

// syncRequest is the sync envelope body; scope keys (company_id, project_id, list ids) are read by
// each endpoint from the same bytes.
type syncRequest struct {
	Updates []attributes `json:"updates"`
}

type syncResponse struct {
	Entities []any `json:"entities"`
	Errors   []any `json:"errors"`
}

// sync runs the upsert rules of reference §3.4 over items and writes {"entities","errors"} with 200.
func (k kind[T]) sync(w http.ResponseWriter, items []attributes) {
	if len(items) > SyncBatchLimit {
		writeError(w, k.tooLargeStatus,
			fmt.Sprintf("Attributes for a maximum of %d resources may be passed with each call; got %d", SyncBatchLimit, len(items)), "Payload Too Large")
		return
	}
	response := syncResponse{Entities: []any{}, Errors: []any{}}
	for _, item := range items {
		row, problems := k.syncOne(item)
		if len(problems) > 0 {
			response.Errors = append(response.Errors, errorItem(item, problems))
			continue
		}
		response.Entities = append(response.Entities, k.render(row))
	}
	writeJSON(w, http.StatusOK, response)
}

func (k kind[T]) syncOne(item attributes) (T, fieldErrors) {
	id, hasID, err := int64Attr(item, "id")
	if err != nil {
		var zero T
		return zero, fieldErrors{"id": {"is invalid"}}
	}
	if hasID {
		existing, found := k.find(id)
		if !found {
			var zero T
			return zero, fieldErrors{"id": {messageNotFoundByID}}
		}
		return k.updateForSync(existing, item)
	}
	if origin, _ := stringAttr(item, "origin_id"); origin != nil && *origin != "" {
		if existing, found := k.table.findOrigin(*origin); found {
			if k.visible != nil && !k.visible(existing) {
				var zero T
				return zero, fieldErrors{"origin_id": {messageOriginTaken}}
			}
			return k.updateForSync(existing, item)
		}
	}
	return k.create(item)
}

func (k kind[T]) updateForSync(existing T, item attributes) (T, fieldErrors) {
	row, problems, lockedReason := k.update(existing, item)
	if lockedReason != "" {
		return row, fieldErrors{"base": {lockedReason}}
	}
	return row, problems
}

// errorItem is the caller's input echoed back with an "errors" map (reference §3.4).
func errorItem(item attributes, problems fieldErrors) map[string]json.RawMessage {
	echoed := make(map[string]json.RawMessage, len(item)+1)
	for key, value := range item {
		echoed[key] = value
	}
	encoded, _ := json.Marshal(problems)
	echoed["errors"] = encoded
	return echoed
}

// writeUpdateResult answers a single PATCH: 422 for a locked record or invalid fields, else 200.
func writeUpdateResult(w http.ResponseWriter, rendered any, problems fieldErrors, lockedReason string) {
	switch {
	case lockedReason != "":
		writeError(w, http.StatusUnprocessableEntity, lockedReason, "locked")
	case len(problems) > 0:
		writeFieldErrors(w, http.StatusUnprocessableEntity, "Validation failed: "+describe(problems), problems)
	default:
		writeJSON(w, http.StatusOK, rendered)
	}
}

// writeCreateResult answers a single POST: 422 with field errors, else 201.
func writeCreateResult(w http.ResponseWriter, rendered func() any, problems fieldErrors) {
	if len(problems) > 0 {
		writeFieldErrors(w, http.StatusUnprocessableEntity, "Validation failed: "+describe(problems), problems)
		return
	}
	writeJSON(w, http.StatusCreated, rendered())
}

func describe(problems fieldErrors) string {
	text := ""
	for _, field := range sortedKeys(problems) {
		for _, message := range problems[field] {
			if text != "" {
				text += ", "
			}
			text += field + " " + message
		}
	}
	return text
}

// sameContent compares two rows ignoring updated_at, which apply always bumps.
func sameContent(a, b any) bool {
	left, right := render(a, "updated_at"), render(b, "updated_at")
	if len(left) != len(right) {
		return false
	}
	for key, value := range left {
		if string(right[key]) != string(value) {
			return false
		}
	}
	return true
}
