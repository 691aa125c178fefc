package engine

import (
	"fmt"
	"strings"
)

// When Procore counts more records than Joblink holds after a read of what changed, some were
// never read: stamped outside the incremental range (a Procore clock gone wrong, a record
// stamped in the future). Only a full read finds them. It is made in the same pass when the
// hour's call budget has room for it — a record should not wait a poll interval for the next
// pass — and otherwise it is owed: the cursor is dropped, so the next pass reads everything,
// and the poll status says why reading waits.

// fullRead is what readInFull did.
type fullRead struct {
	res    DetectResult
	cursor string // where the next read starts; "" when owed
	owed   bool   // the budget had no room: the next pass reads everything
	cost   int    // calls the full read took, or (owed) is expected to take
}

// readInFull reads every record of kind within scope now if the budget allows about need
// calls (a full read pages like the list of every key, or the read just made), and applies
// it.
func (e *Engine) readInFull(kind Kind, scope string, g *gate, read func(string) (Changes, error),
	procore, joblink, need int) (fullRead, error) {
	need = max(need, 1)
	if !g.allows(need) {
		e.log.Warn().Str("kind", string(kind)).Str("project", scope).Int("procore", procore).Int("joblink", joblink).
			Msg("Procore has records the incremental read did not return; the hour's call budget is spent, so the next poll reads everything")
		g.owe(kind, scope)
		return fullRead{owed: true, cost: need}, nil
	}
	e.log.Warn().Str("kind", string(kind)).Str("project", scope).Int("procore", procore).Int("joblink", joblink).
		Msg("Procore has records the incremental read did not return; reading everything now")
	before := g.spent()
	all, err := read("")
	if err != nil {
		return fullRead{}, err
	}
	res, err := e.applyChanges(kind, scope, &all)
	return fullRead{res: res, cursor: all.Cursor, cost: g.spent() - before}, err
}

// owe notes a full read the budget left for the next pass, for the poll status.
func (g *gate) owe(kind Kind, scope string) {
	if g == nil {
		return
	}
	what := string(kind) + " records"
	if scope != "" {
		what += " of project " + scope
	}
	g.owed = append(g.owed, what)
}

// owedSays is the status's sentence about the full reads owed; "" when none.
func (g *gate) owedSays() string {
	if len(g.owed) == 0 {
		return ""
	}
	return fmt.Sprintf("Procore has %s that Joblink's read of what changed did not bring (stamped outside its range, "+
		"as a wrong clock would): the next poll reads them all in full first.", joinAnd(g.owed))
}

// joinAnd writes a list as a sentence does: "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// owedFirst orders the flows for a pass so that the full reads the last pass left owed (a
// dropped cursor of a kind read before) go first, while the hour's budget has the most left.
func (e *Engine) owedFirst() []Flow {
	first := make([]Flow, 0, len(e.flows))
	var rest []Flow
	for _, f := range e.flows {
		if c, err := e.loadCursor(f.Kind(), ""); err == nil && c.Cursor == "" && !c.ReadAt.IsZero() {
			first = append(first, f)
		} else {
			rest = append(rest, f)
		}
	}
	return append(first, rest...)
}
