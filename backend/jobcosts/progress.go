package jobcosts

import (
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/engine"
)

// Refresh states, as the page shows them.
const (
	StateIdle    = "idle"
	StateWaiting = "waiting" // asked for; the next Web Connector run reads
	StateReading = "reading"
	StateWriting = "writing"
	StateDone    = "done"
	StateFailed  = "failed"
)

// Progress is the refresh under way or the last one (GET /api/jobcosts/refresh).
type Progress struct {
	State           string     `json:"state"`
	RequestedAt     *time.Time `json:"requestedAt"`
	StartedAt       *time.Time `json:"startedAt"`
	FinishedAt      *time.Time `json:"finishedAt"`
	JobsToRead      int        `json:"jobsToRead"`
	JobsRead        int        `json:"jobsRead"`
	RoundTrips      int        `json:"roundTrips"`
	ProjectsToWrite int        `json:"projectsToWrite"`
	ProjectsWritten int        `json:"projectsWritten"`
	LinesWritten    int        `json:"linesWritten"`
	Problem         *Problem   `json:"problem"`
}

// Progress returns the refresh's progress.
func (s *Service) Progress() Progress {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.progress
}

func tp(t time.Time) *time.Time { return &t }

func (s *Service) progressBegin(r *readRun) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := &s.progress
	req := p.RequestedAt
	*p = Progress{State: StateReading, RequestedAt: req, StartedAt: tp(r.started), JobsToRead: len(r.queue)}
}

func (s *Service) progressRead(r *readRun) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.progress.JobsRead, s.progress.RoundTrips = r.read, r.trips
	s.progress.JobsToRead = r.read + len(r.queue)
}

func (s *Service) progressEnd(r *readRun, done bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := &s.progress
	p.JobsRead, p.RoundTrips = r.read, r.trips
	switch {
	case err != nil:
		p.State, p.FinishedAt = StateFailed, tp(s.now())
		var pr *Problem
		if errors.As(err, &pr) {
			p.Problem = pr
		} else {
			p.Problem = &Problem{Message: "Reading job costs from QuickBooks stopped: " + err.Error() + ".",
				Fix: "Run the Web Connector again; the jobs not read yet are read first."}
		}
	case !done:
		p.State = StateWaiting
	case r.toWrite == 0:
		// Nothing read changes what Procore shows (none changed, or only costs without a cost
		// code): the refresh is done; the engine sends nothing to count.
		p.State, p.FinishedAt = StateDone, tp(s.now())
	case r.poked:
		// The writing began when the reading ended (progressWriting): its counts stand.
	default:
		p.State = StateWriting
		p.ProjectsToWrite, p.ProjectsWritten, p.LinesWritten = r.toWrite, 0, 0
	}
}

// progressWriting moves the progress to writing when a run has read everything it planned,
// before the poller is asked to write, so the projects it writes are counted.
func (s *Service) progressWriting(r *readRun) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := &s.progress
	p.State = StateWriting
	p.ProjectsToWrite, p.ProjectsWritten, p.LinesWritten = r.toWrite, 0, 0
}

// progressWritten counts a project written to Procore.
func (s *Service) progressWritten(lines int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := &s.progress
	p.ProjectsWritten++
	p.LinesWritten += lines
	if p.State == StateWriting && p.ProjectsWritten >= p.ProjectsToWrite {
		p.State, p.FinishedAt = StateDone, tp(s.now())
	}
}

// Request asks for a refresh of the given jobs (by ListID; none: every linked job through the
// change signal) at the next Web Connector run, whatever the refresh setting.
func (s *Service) Request(jobListIDs []string) error {
	at := s.now()
	err := s.d.Store.Update(func(txn *badger.Txn) error {
		if len(jobListIDs) > 0 {
			dirty := map[string]bool{}
			for _, id := range jobListIDs {
				dirty[id] = true // read in full: the bookkeeper asked for this job
			}
			return markDirty(txn, dirty, at)
		}
		var st state
		if _, err := getJSON(txn, keyState, &st); err != nil {
			return err
		}
		st.Requested, st.RequestedAt = true, at
		return setJSON(txn, keyState, &st)
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		s.progress = Progress{State: StateWaiting, RequestedAt: tp(at)}
	}
	return nil
}

// NotLinkedError: a refresh named a project that is not linked to a QuickBooks job.
type NotLinkedError struct{ Project string }

func (e *NotLinkedError) Error() string {
	return "Procore project " + e.Project + " is not linked to a QuickBooks job."
}

// Refresh asks for a refresh of the given projects (none: all) from the Job costs page: their
// jobs are read at the next Web Connector run, and projects Procore refused before (the Direct
// Costs tool was on, say) are sent again, whatever changed.
func (s *Service) Refresh(projects []string) (Progress, error) {
	var jobIDs, items []string
	for _, p := range projects {
		l, ok := s.linkOfProject(p)
		if !ok {
			return Progress{}, &NotLinkedError{Project: p}
		}
		jobIDs = append(jobIDs, l.ListID)
		items = append(items, engine.ItemID(Kind, p))
	}
	if err := s.Request(jobIDs); err != nil {
		return Progress{}, err
	}
	if len(projects) > 0 {
		// The named projects' budgets are read again too, whether or not QuickBooks changed.
		at := s.now().Format(time.RFC3339Nano)
		err := s.d.Store.Update(func(txn *badger.Txn) error {
			for _, p := range projects {
				if err := txn.Set([]byte(prefPoke+p), []byte(at)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return Progress{}, err
		}
		if s.d.SyncNow != nil {
			s.d.SyncNow()
		}
	}
	if len(projects) == 0 {
		// Refresh all: every project Procore refused is tried again too (the tool may be off now).
		if h := s.h(); h != nil {
			all, err := h.Items(Kind)
			if err != nil {
				return Progress{}, err
			}
			for _, it := range all {
				if it.State == engine.Failed {
					items = append(items, it.ID)
				}
			}
		}
		if len(items) == 0 {
			return s.Progress(), nil
		}
	}
	if s.d.Retry != nil {
		if err := s.d.Retry(items); err != nil {
			s.d.Log.Warn().Err(err).Msg("job costs: sending refused projects again")
		}
	}
	return s.Progress(), nil
}

// NotLinkedProject names the project (the API's test for this refusal).
func (e *NotLinkedError) NotLinkedProject() string { return e.Project }
