package engine

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Documents (budgets, commitments, change orders, invoices) live in Procore projects, and
// each project costs at least one call per kind to read. Reading all of them on every poll
// would spend Procore's hourly limit several times over, so the poller reads:
//
//   - only projects linked to QuickBooks jobs (a document of an unlinked project has nowhere
//     to go in QuickBooks);
//   - an active project — one where a read found a change in the last activeFor — on every
//     pass, so its changes are seen within one poll interval;
//   - a quiet project every quietEvery (at least an hour, longer when the budget left after
//     the active ones needs it), so quiet projects share the budget evenly;
//   - at most its share of the hour's budget per pass (the rest waits, most overdue first),
//     so a first read of every project is spread over the hour instead of spent at once;
//   - a project the bookkeeper asked for ("Sync now") at once, whatever its schedule.

// ProjectScoped is implemented by incremental flows whose records live in Procore projects.
// The poller reads them project by project, on the schedule above.
type ProjectScoped interface {
	// ProjectKind is the kind whose items are Procore projects (jobs): its synced items, keyed
	// by Procore project id, are the projects read.
	ProjectKind() Kind
	// DetectProject reads one project's records changed since cursor ("": all of them). Record
	// keys are "<project>/<id>", so a project's items can be found by key.
	DetectProject(ctx context.Context, project, cursor string) (Changes, error)
}

// ProjectLister is Lister for one project.
type ProjectLister interface {
	ListProject(ctx context.Context, project, cursor string) (Changes, error)
}

// Schedule settings.
const (
	activeFor     = 72 * time.Hour // a change within it makes a project active
	minQuietEvery = time.Hour
	maxQuietEvery = 24 * time.Hour
	// projectShare is the part of the hour's budget planned for project reads; the rest is
	// for the company-wide kinds, links written back and the bookkeeper's own actions.
	projectShare = 0.8
)

// projectRead is one project of one kind to read.
type projectRead struct {
	f       Flow
	ps      ProjectScoped
	project string
	due     time.Time
	forced  bool
	active  bool
}

// detectProjects reads the project-scoped kinds due in this pass and reports how many reads
// it left for later.
func (e *Engine) detectProjects(ctx context.Context, g *gate, force forceSet) (deferred int, firstErr error) {
	reads, err := e.projectPlan(g, force)
	if err != nil {
		return 0, err
	}
	// This pass's share of the hour: the budget spread over the passes of an hour.
	allowance := int(float64(g.budget()) * projectShare * float64(e.interval()) / float64(time.Hour))
	start := g.spent()
	for _, r := range reads {
		if ctx.Err() != nil {
			return deferred, ctx.Err()
		}
		if !r.forced && g.m != nil && g.spent()-start >= max(allowance, 1) || !g.allows(1) {
			deferred++
			if r.forced {
				e.poll.keepForced(r.project) // still the bookkeeper's: first in the next pass
			}
			continue
		}
		var lister func(string) (Changes, error)
		pl, canList := r.f.(ProjectLister)
		if canList {
			lister = func(cursor string) (Changes, error) { return pl.ListProject(ctx, r.project, cursor) }
		}
		_, err := e.detectSince(ctx, r.f.Kind(), r.project, g, func(cursor string) (Changes, error) {
			return r.ps.DetectProject(ctx, r.project, cursor)
		}, lister, canList)
		if err != nil {
			e.log.Warn().Err(err).Str("kind", string(r.f.Kind())).Str("project", r.project).Msg("reading a Procore project")
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	return deferred, firstErr
}

// projectPlan lists the reads due now, in the order they should go: the bookkeeper's first,
// then active projects, then the rest most overdue first.
func (e *Engine) projectPlan(g *gate, force forceSet) ([]projectRead, error) {
	now, every := e.now(), e.interval()
	var all []projectRead
	activeCalls, quietCalls := 0, 0
	for _, f := range e.flows {
		ps, ok := f.(ProjectScoped)
		if !ok {
			continue
		}
		projects, err := e.linkedProjects(ps.ProjectKind())
		if err != nil {
			return nil, storeProblem(err)
		}
		cursors, err := e.projectCursors(f.Kind())
		if err != nil {
			return nil, storeProblem(err)
		}
		for _, p := range projects {
			c := cursors[p]
			r := projectRead{f: f, ps: ps, project: p, forced: force.has(p),
				active: !c.ChangedAt.IsZero() && now.Sub(c.ChangedAt) < activeFor}
			cost := max(c.Calls, 1)
			if r.active {
				activeCalls += cost
				r.due = c.ReadAt.Add(every)
			} else {
				quietCalls += cost
				r.due = c.ReadAt // completed below, once the quiet interval is known
			}
			if c.ReadAt.IsZero() {
				r.due = time.Time{} // never read: due now
			}
			all = append(all, r)
		}
	}
	quiet := quietEvery(quietCalls, activeCalls, g.budget(), every)
	slack := every / 10 // a pass that starts a little early still reads what falls due
	var due []projectRead
	for _, r := range all {
		if !r.active && !r.due.IsZero() {
			r.due = r.due.Add(quiet)
		}
		if r.forced || !r.due.After(now.Add(slack)) {
			due = append(due, r)
		}
	}
	slices.SortStableFunc(due, func(a, b projectRead) int {
		if a.forced != b.forced {
			return boolFirst(a.forced)
		}
		if a.active != b.active {
			return boolFirst(a.active)
		}
		return a.due.Compare(b.due)
	})
	return due, nil
}

func boolFirst(a bool) int {
	if a {
		return -1
	}
	return 1
}

// quietEvery is how often a quiet project is read: at least hourly, and as seldom as needed
// for the quiet projects' reads to fit the budget left after the active ones (active ones are
// read every pass).
func quietEvery(quietCalls, activeCalls, budget int, every time.Duration) time.Duration {
	if budget <= 0 || quietCalls == 0 {
		return minQuietEvery
	}
	passesPerHour := float64(time.Hour) / float64(every)
	left := float64(budget)*projectShare - float64(activeCalls)*passesPerHour
	if left <= 0 {
		return maxQuietEvery
	}
	d := time.Duration(float64(quietCalls) / left * float64(time.Hour))
	return min(max(d, minQuietEvery), maxQuietEvery)
}

// linkedProjects lists the keys of kind's items linked to QuickBooks (synced), in key order.
func (e *Engine) linkedProjects(kind Kind) ([]string, error) {
	var out []string
	prefix := kind + "/"
	err := e.st.View(func(txn *badger.Txn) error {
		// The index's synced items, keys only: no item is read.
		return scanKeys(txn, titleScan(kind, "synced"), func(entry *badger.Item) (bool, error) {
			out = append(out, strings.TrimPrefix(idOfTitleKey(entry.Key()), string(prefix)))
			return true, nil
		})
	})
	slices.SortFunc(out, cmp.Compare)
	return out, err
}

// forceSet is the projects the bookkeeper asked to read now.
type forceSet struct {
	all      bool
	projects map[string]bool
}

func (f forceSet) has(project string) bool { return f.all || f.projects[project] }

// keepForced asks again for a project read the bookkeeper asked for and the pass could not
// make.
func (p *poller) keepForced(project string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.force.projects == nil {
		p.force.projects = map[string]bool{}
	}
	p.force.projects[project] = true
}
