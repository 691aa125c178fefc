package qbrefresh

import (
	"errors"
	"fmt"
	"maps"
	"strings"

	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// storePage writes one page of a list to the mirror before the next page is asked for, so an
// interruption loses nothing already read. Only records that are new or differ from the
// mirror are written and counted: a refresh may read records again (a second QuickBooks may
// still have been writing in, a page of an interrupted pass) or read what Joblink itself wrote.
func (e *Engine) storePage(l *listRun, rets []qbxml.Ret) error {
	var changed []qbmirror.Record
	renamed := map[string]string{} // old FullName → new, for records that may have children
	for _, ret := range rets {
		rec, ok := toRecord(ret)
		if !ok || rec.Kind != l.kind {
			e.log.Warn().Str("list", string(l.kind)).Str("record", ret.RetElement()).Msg("ignoring a record of another list")
			continue
		}
		l.read++
		l.noteNewest(rec.TimeModified)
		if l.seen != nil {
			l.seen[rec.ListID] = true
		}
		if e.run.gone[rec.ListID] {
			// Deleted in this run's deletion query, after QuickBooks fixed this page's records.
			continue
		}
		old, err := e.mirror.Get(rec.Kind, rec.ListID)
		switch {
		case errors.Is(err, qbmirror.ErrNotFound):
		case err != nil:
			return fmt.Errorf("read %s %s: %w", rec.Kind, rec.ListID, err)
		case sameRecord(old, rec):
			continue
		case old.FullName != rec.FullName:
			renamed[old.FullName] = rec.FullName
		}
		changed = append(changed, rec)
	}
	if err := e.mirror.Upsert(changed); err != nil {
		return err
	}
	l.changed += len(changed)
	return e.renameDescendants(l.kind, renamed)
}

// renameDescendants carries a renamed or moved parent's new FullName down to its sub-accounts,
// sub-items or jobs. Their own TimeModified need not change (the simulator keeps it; what
// QuickBooks does is unverified), so an incremental query may never return them, and mapping
// looks records up by FullName.
func (e *Engine) renameDescendants(k qbmirror.Kind, renamed map[string]string) error {
	if len(renamed) == 0 || k == qbmirror.Vendors {
		return nil
	}
	var moved []qbmirror.Record
	err := e.mirror.List(k, func(r qbmirror.Record) error {
		// The deepest renamed ancestor wins: a record may sit under two renamed levels.
		best := ""
		for oldName := range renamed {
			if strings.HasPrefix(r.FullName, oldName+":") && len(oldName) > len(best) {
				best = oldName
			}
		}
		if best != "" {
			r.FullName = renamed[best] + r.FullName[len(best):]
			moved = append(moved, r)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("find records below renamed %s: %w", k, err)
	}
	return e.mirror.Upsert(moved)
}

func sameRecord(a, b qbmirror.Record) bool {
	return a.Kind == b.Kind && a.ListID == b.ListID && a.Name == b.Name && a.FullName == b.FullName &&
		a.EditSequence == b.EditSequence && a.TimeModified.Equal(b.TimeModified) && a.Active == b.Active &&
		a.Type == b.Type && a.ParentID == b.ParentID && a.Sublevel == b.Sublevel && maps.Equal(a.Fields, b.Fields)
}
