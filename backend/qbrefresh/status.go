package qbrefresh

import (
	"fmt"
	"time"

	"joblink/backend/qbmirror"
)

// Status is what the dashboard shows about the QuickBooks lists.
type Status struct {
	LastContact *Contact   // nil until the Web Connector first connected
	LastRun     *RunResult // nil until the first run ended
	Running     bool       // a run is in progress now
	Lists       []ListStatus
}

// ListStatus is one mirrored list.
type ListStatus struct {
	Kind           qbmirror.Kind
	Count          int       // records in the mirror, inactive included
	RefreshedAt    time.Time // last complete refresh; zero if never
	Watermark      time.Time // newest QuickBooks TimeModified of that refresh
	ChangedLastRun int
	RemovedLastRun int // records deleted in QuickBooks that the last run took out
	// LastProblem is the last thing that went wrong reading the list; it is solved when
	// RefreshedAt is later than LastProblem.At (ProblemSolved).
	LastProblem   *ListProblem
	ProblemSolved bool
}

// Status gathers the engine's state for the dashboard.
func (e *Engine) Status() (Status, error) {
	e.mu.Lock()
	running := e.run != nil
	e.mu.Unlock()

	s := Status{Running: running}
	var err error
	if s.LastContact, err = e.loadContact(); err != nil {
		return s, fmt.Errorf("qbrefresh status: %w", err)
	}
	if s.LastRun, err = e.loadLastRun(); err != nil {
		return s, fmt.Errorf("qbrefresh status: %w", err)
	}
	for _, k := range qbmirror.Kinds {
		ls := ListStatus{Kind: k}
		if ls.Count, err = e.mirror.Count(k); err != nil {
			return s, fmt.Errorf("qbrefresh status: count %s: %w", k, err)
		}
		if ls.RefreshedAt, err = e.mirror.LastRefresh(k); err != nil {
			return s, fmt.Errorf("qbrefresh status: %s last refresh: %w", k, err)
		}
		if ls.Watermark, err = e.mirror.Watermark(k); err != nil {
			return s, fmt.Errorf("qbrefresh status: %s watermark: %w", k, err)
		}
		memo, err := e.loadListMemo(k)
		if err != nil {
			return s, fmt.Errorf("qbrefresh status: %w", err)
		}
		ls.LastProblem = memo.LastProblem
		ls.ProblemSolved = memo.LastProblem != nil && ls.RefreshedAt.After(memo.LastProblem.At)
		if s.LastRun != nil {
			ls.ChangedLastRun = s.LastRun.Changed[k]
			ls.RemovedLastRun = s.LastRun.Removed[k]
		}
		s.Lists = append(s.Lists, ls)
	}
	return s, nil
}
