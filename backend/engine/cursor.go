package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Each kind read incrementally keeps a cursor — the flow's own opaque text saying where its
// last read ended — under work/cursor/<kind>, and each project of a project-scoped kind one
// under work/cursor/<kind>/<project>. A cursor is saved only after every change its read
// brought is saved: a crash in between repeats the read, and applying the same changes twice
// changes nothing the second time.
const cursorPrefix = "work/cursor/"

func cursorKey(kind Kind, scope string) []byte {
	if scope == "" {
		return []byte(cursorPrefix + string(kind))
	}
	return []byte(cursorPrefix + string(kind) + "/" + scope)
}

// cursor is a read position with what the scheduler needs to know about it.
type cursor struct {
	Cursor    string    `json:"c,omitempty"`
	ReadAt    time.Time `json:"r,omitzero"`  // when it was last read
	ChangedAt time.Time `json:"ch,omitzero"` // when a read last found a change
	Calls     int       `json:"n,omitempty"` // what the last read cost, in Procore calls
}

func (e *Engine) loadCursor(kind Kind, scope string) (cursor, error) {
	var c cursor
	err := e.st.View(func(txn *badger.Txn) error {
		entry, err := txn.Get(cursorKey(kind, scope))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return entry.Value(func(v []byte) error { return json.Unmarshal(v, &c) })
	})
	if err != nil {
		return c, fmt.Errorf("read the %s cursor: %w", kind, err)
	}
	return c, nil
}

// saveCursor is a variable so a test can stop the engine between saving the changes and
// saving the cursor, as a crash would.
var saveCursor = func(e *Engine, kind Kind, scope string, c cursor) error {
	b, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode the %s cursor: %w", kind, err)
	}
	if err := e.st.Update(func(txn *badger.Txn) error { return txn.Set(cursorKey(kind, scope), b) }); err != nil {
		return fmt.Errorf("save the %s cursor: %w", kind, err)
	}
	return nil
}

// projectCursors reads every project cursor of kind, by project.
func (e *Engine) projectCursors(kind Kind) (map[string]cursor, error) {
	out := map[string]cursor{}
	prefix := []byte(cursorPrefix + string(kind) + "/")
	err := e.st.View(func(txn *badger.Txn) error {
		return scanKeys(txn, prefix, func(entry *badger.Item) (bool, error) {
			var c cursor
			if err := entry.Value(func(v []byte) error { return json.Unmarshal(v, &c) }); err != nil {
				return false, fmt.Errorf("decode %s: %w", entry.Key(), err)
			}
			out[string(entry.Key()[len(prefix):])] = c
			return true, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read the %s cursors: %w", kind, err)
	}
	return out, nil
}
