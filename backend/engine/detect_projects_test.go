package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// The project schedule, with a meter that counts one call per project read. (The Procore
// simulator version, with real calls, is in package procore's tests.)

type fakeMeter struct {
	mu     sync.Mutex
	now    func() time.Time
	calls  []time.Time
	budget int
}

func (m *fakeMeter) call() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, m.now())
}

func (m *fakeMeter) CallsThisHour(now time.Time) (used, budget, left int, frees time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, at := range m.calls {
		if now.Sub(at) < time.Hour {
			used++
			if frees.IsZero() {
				frees = at.Add(time.Hour)
			}
		}
	}
	return used, m.budget, max(m.budget-used, 0), frees
}

func (m *fakeMeter) total() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.calls)
}

// docFlow is a project-scoped kind: each project has documents numbered by change.
type docFlow struct {
	*testFlow
	meter   *fakeMeter
	seq     int
	changes map[string]map[string]int // project → document → number of its last change
	read    []string                  // projects read, in order
}

func (f *docFlow) ProjectKind() Kind { return "testjob" }

func (f *docFlow) Meter() (Meter, error) { return f.meter, nil }

func (f *docFlow) change(project, doc string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	if f.changes[project] == nil {
		f.changes[project] = map[string]int{}
	}
	f.changes[project][doc] = f.seq
}

func (f *docFlow) DetectProject(ctx context.Context, project, cursor string) (Changes, error) {
	f.meter.call()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.read = append(f.read, project)
	since, _ := strconv.Atoi(cursor)
	ch := Changes{Cursor: strconv.Itoa(f.seq)}
	for doc, at := range f.changes[project] {
		if at > since {
			data, _ := json.Marshal(fmt.Sprint(doc, at))
			ch.Records = append(ch.Records, Record{Key: project + "/" + doc, Title: doc, Data: data})
		}
	}
	return ch, nil
}

func (f *docFlow) takeRead() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := f.read
	f.read = nil
	return out
}

type scheduleRig struct {
	*testRig
	docs  *docFlow
	clock time.Time
	start time.Time
}

func newScheduleRig(t *testing.T, linked, unlinked, budget int) *scheduleRig {
	t.Helper()
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s := &scheduleRig{clock: start, start: start}
	now := func() time.Time { return s.clock }
	jobs := newTestFlowOf("testjob")
	docs := &docFlow{testFlow: newTestFlowOf("testdoc"), meter: &fakeMeter{now: now, budget: budget}, changes: map[string]map[string]int{}}
	s.docs = docs
	s.testRig = newTestRigWith(t, []*testFlow{jobs})
	e, err := New(s.st, zerolog.Nop(), []Flow{jobs, docs}, WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	s.e = e
	s.flow = jobs
	for i := range linked + unlinked {
		jobs.records[fmt.Sprintf("p%02d", i)] = fmt.Sprintf("Project %02d", i)
	}
	if _, err := e.Detect(context.Background(), "testjob"); err != nil {
		t.Fatal(err)
	}
	var links []LinkSpec
	for i := range linked {
		links = append(links, LinkSpec{ID: ItemID("testjob", fmt.Sprintf("p%02d", i)), Ref: QBRef{ListID: fmt.Sprintf("80000%d-1", i)}})
	}
	if _, err := e.LinkAll(links, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	return s
}

// at runs a pass at minute m after the start and returns the projects it read.
func (s *scheduleRig) at(t *testing.T, m int) []string {
	t.Helper()
	s.clock = s.start.Add(time.Duration(m) * time.Minute)
	if err := s.e.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s.docs.takeRead()
}

func TestOnlyLinkedProjectsAreReadActiveOnesEveryPass(t *testing.T) {
	s := newScheduleRig(t, 10, 10, 1800)
	if read := s.at(t, 0); len(read) != 10 || read[0] != "p00" || read[9] != "p09" {
		t.Fatalf("first pass read %v, want the 10 linked projects", read)
	}
	if read := s.at(t, 15); len(read) != 0 {
		t.Fatalf("15 minutes on, quiet projects read again: %v", read)
	}
	s.docs.change("p01", "SC-1")
	if read := s.at(t, 30); len(read) != 0 {
		t.Fatalf("a quiet project was read before its hour: %v", read)
	}
	if read := s.at(t, 60); len(read) != 10 {
		t.Fatalf("an hour on: %v, want every linked project", read)
	}
	if _, err := s.e.Get(ItemID("testdoc", "p01/SC-1")); err != nil {
		t.Fatalf("the change in p01: %v", err)
	}
	// p01 changed: it is active now, read on every pass; its next change is seen in one.
	s.docs.change("p01", "SC-2")
	if read := s.at(t, 75); strings.Join(read, ",") != "p01" {
		t.Fatalf("after p01's change the next pass read %v, want p01 only", read)
	}
	if _, err := s.e.Get(ItemID("testdoc", "p01/SC-2")); err != nil {
		t.Fatalf("the active project's change, a pass later: %v", err)
	}
	s.e.SyncProjects("p05")
	if read := s.at(t, 80); strings.Join(read, ",") != "p05" {
		t.Fatalf("Sync now of p05 read %v", read)
	}
	s.e.SyncProjects()
	if read := s.at(t, 82); len(read) != 10 {
		t.Fatalf("Sync now of every project read %v", read)
	}
	if calls := s.e.PollStatus().Calls; calls == nil || calls.Used != s.docs.meter.total()-10 || calls.Budget != 1800 {
		t.Fatalf("the status' calls: %+v (meter %d)", calls, s.docs.meter.total())
	}
}

func TestProjectReadsAreSpreadAndWaitForTheBudget(t *testing.T) {
	// 40 calls an hour: a pass may spend 40 × 0.8 × 15/60 = 8.
	s := newScheduleRig(t, 30, 0, 40)
	if read := s.at(t, 0); len(read) != 8 {
		t.Fatalf("first pass read %d projects, want this pass' share, 8", len(read))
	}
	if c := s.e.PollStatus().Calls; c == nil || c.Deferred != 22 || c.Waiting || !strings.Contains(c.Says, "22 projects wait to be read") {
		t.Fatalf("status after a spread pass: %+v", c)
	}
	for m := 15; m <= 45; m += 15 {
		s.at(t, m)
	}
	if n := s.docs.meter.total(); n != 30 {
		t.Fatalf("four passes made %d calls, want 8+8+8+6 = 30", n)
	}
	// The hour's budget is spent by other calls: nothing is read, and the status says until when.
	for range 40 {
		s.docs.meter.call()
	}
	s.e.SyncProjects("p03") // the bookkeeper's read waits too
	if read := s.at(t, 50); len(read) != 0 {
		t.Fatalf("with the budget spent, %d projects were read", len(read))
	}
	c := s.e.PollStatus().Calls
	if c == nil || !c.Waiting || c.ResumesAt == nil || c.Deferred != 1 || !strings.Contains(c.Says, "used its share of Procore's requests for this hour") {
		t.Fatalf("status with the budget spent: %+v", c)
	}
	// Once the hour frees up, the bookkeeper's read goes first.
	if read := s.at(t, 121); len(read) == 0 || read[0] != "p03" {
		t.Fatalf("after the hour: %v, want p03 first", read)
	}
}
