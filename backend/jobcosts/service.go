package jobcosts

import (
	"encoding/json"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
	"joblink/backend/store"
)

// Deps is what the service reads and calls.
type Deps struct {
	Store   *store.Store
	Procore func() (*procore.Client, error)
	// Mirror finds an item's ListID by its FullName (to match Procore's cost_code_origin_id);
	// nil: budget lines are matched by their cost code's link and code only.
	Mirror *qbmirror.Mirror
	// Settings are the company's choices; nil: the defaults.
	Settings func() Settings
	// RetainageItem is the FullName of the retainage item chosen in setup ("" if none: an item
	// named "Retainage" is taken as it).
	RetainageItem func() string
	// CreatedByJoblink reports whether a QuickBooks transaction is a bill Joblink created from a
	// Procore subcontractor invoice (by the ExternalGUID/origin it stamps): its item lines are
	// already in Procore, so they are subtracted. nil: Joblink created none.
	CreatedByJoblink func(txnID string) bool
	// Retry sends the job-cost items named (item ids) to Procore again, failed ones included,
	// at the bookkeeper's request.
	Retry func(itemIDs []string) error
	// SyncNow asks the engine to send to Procore at once (after a read found changes).
	SyncNow func()
	Now     func() time.Time
	Log     zerolog.Logger
	// JobsPerSet is how many jobs one message set reads (default 40: 300 jobs in 8 round trips).
	JobsPerSet int
}

// Service reads actuals in Web Connector runs, keeps them, sends them to Procore through its
// engine flow, and answers the Job costs page.
type Service struct {
	d    Deps
	flow *Flow

	mu       sync.Mutex
	host     engine.Host
	run      *readRun
	progress Progress
}

// New returns the service; its Flow goes to the engine, its Reader into the Web Connector
// session chain.
func New(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.JobsPerSet <= 0 {
		d.JobsPerSet = 40
	}
	s := &Service{d: d, progress: Progress{State: StateIdle}}
	s.flow = &Flow{s: s}
	s.flow.Declared.Decl = Decl
	return s
}

// Flow is the engine flow of kind jobcost.
func (s *Service) Flow() *Flow { return s.flow }

func (s *Service) settings() Settings {
	if s.d.Settings == nil {
		return Settings{}.Normal()
	}
	return s.d.Settings().Normal()
}

func (s *Service) now() time.Time { return s.d.Now().UTC() }

func (s *Service) attach(h engine.Host) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.host = h
}

func (s *Service) h() engine.Host {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.host
}

// Link is a Procore project linked to a QuickBooks job.
type Link struct {
	Project  string // Procore project id (the job item's key)
	Name     string
	Number   string
	ListID   string // the QuickBooks job
	FullName string
}

// linked lists the projects linked to QuickBooks jobs (synced job items), by project id.
func (s *Service) linked() ([]Link, error) {
	h := s.h()
	if h == nil {
		return nil, nil
	}
	items, err := h.Items(jobs.Kind)
	if err != nil {
		return nil, err
	}
	out := make([]Link, 0, len(items))
	for _, it := range items {
		if it.State != engine.Synced || it.QB == nil || it.QB.ListID == "" {
			continue
		}
		out = append(out, linkOf(it))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Project < out[j].Project })
	return out, nil
}

func linkOf(it *engine.Item) Link {
	var data struct {
		Name   string `json:"name"`
		Number string `json:"number"`
	}
	_ = json.Unmarshal(it.Data, &data)
	l := Link{Project: it.Key, Name: data.Name, Number: data.Number, ListID: it.QB.ListID, FullName: it.QB.FullName}
	if l.Name == "" {
		l.Name = it.Title
	}
	return l
}

// linkOfProject returns one project's link; ok is false when it is not linked.
func (s *Service) linkOfProject(project string) (Link, bool) {
	h := s.h()
	if h == nil {
		return Link{}, false
	}
	it, err := h.Get(engine.ItemID(jobs.Kind, project))
	if err != nil || it.State != engine.Synced || it.QB == nil || it.QB.ListID == "" {
		return Link{}, false
	}
	return linkOf(it), true
}

// isRetainage reports whether item is the retainage item.
func (s *Service) isRetainage(item string) bool {
	want := ""
	if s.d.RetainageItem != nil {
		want = s.d.RetainageItem()
	}
	item = strings.TrimSpace(item)
	if want != "" {
		return strings.EqualFold(item, strings.TrimSpace(want))
	}
	return strings.EqualFold(leaf(item), "Retainage")
}

// leaf is the last segment of a QuickBooks FullName ("01 General:01-010" → "01-010").
func leaf(fullName string) string {
	if i := strings.LastIndexByte(fullName, ':'); i >= 0 {
		fullName = fullName[i+1:]
	}
	return strings.TrimSpace(fullName)
}

// Keep gives the service its store, for rigs that open the store after making the flows; call
// it before the first run or detection.
func (s *Service) Keep(st *store.Store) { s.d.Store = st }
