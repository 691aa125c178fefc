package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"joblink/backend/engine"
	"joblink/backend/kinds"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
)

// Kind is the engine kind of jobs.
const Kind engine.Kind = "job"

// Decl declares jobs to the registry of kinds: the engine, the setup wizard and the pages read
// everything about the kind from here. Direct export cannot create a new project by itself: a
// QuickBooks job sits under a customer only the bookkeeper can choose (README: "under a chosen
// customer, or as a customer"), so its words say what it does and what still waits.
var Decl = kinds.Register(kinds.Kind{
	Name:      Kind,
	Label:     "Jobs",
	One:       "Job",
	Direction: kinds.ToQuickBooks,
	Page:      "jobs",
	Rank:      20, // before every document that names a job
	DirectExport: "A linked project's new address goes to its QuickBooks job without waiting for you. " +
		"A new project is not created until you choose, with Create in QuickBooks on the Jobs page, the customer it goes under " +
		"(or to create it as a customer); until then it waits in Needs attention.",
})

// Deps is what the flow reads.
type Deps struct {
	Procore func() (*procore.Client, error)
	Mirror  *qbmirror.Mirror
}

// Flow exports Procore projects as QuickBooks jobs. Create it with New.
type Flow struct {
	kinds.Declared // Kind, Label, Rank, Approval: from Decl
	d              Deps
	*qbrefresh.Returned
}

// New returns the jobs flow.
func New(d Deps) *Flow {
	return &Flow{Declared: kinds.Declared{Decl: Decl}, d: d, Returned: qbrefresh.NewReturned(d.Mirror)}
}

// project is what the flow keeps of a Procore project: what is sent, and what the mapping
// page shows. It holds no origin_id, so writing the link back is not a change in Procore.
type project struct {
	Name      string          `json:"name"`
	Number    string          `json:"number,omitempty"`
	Address   mapping.Address `json:"address"`
	Phone     string          `json:"phone,omitempty"`
	Active    bool            `json:"active"`
	CreatedAt time.Time       `json:"createdAt"`
}

// choice is the bookkeeper's decision for creating the job in QuickBooks.
type choice struct {
	Name         string `json:"name,omitempty"`
	ParentListID string `json:"parentListId,omitempty"`
	AsCustomer   bool   `json:"asCustomer,omitempty"`
	// ConfirmLink is set for a project created in Procore before Joblink was connected: it
	// is linked to a job QuickBooks already has only after the bookkeeper confirms (Link),
	// so the export does not link one it finds by the name.
	ConfirmLink bool `json:"confirmLink,omitempty"`
	// LatinSpelling: the bookkeeper accepted the Latin spelling of the address and phone
	// (mapping.CreateRequest.LatinSpelling); without it, text QuickBooks cannot store waits.
	LatinSpelling bool `json:"latinSpelling,omitempty"`
}

func decode(it *engine.Item) (p project, c choice, err error) {
	return p, c, mapping.DecodeItem(it, &p, &c)
}

// Detect reads every project, active or not (closed jobs still carry costs).
func (f *Flow) Detect(ctx context.Context) ([]engine.Record, error) {
	ch, err := f.DetectSince(ctx, "")
	return ch.Records, err
}

func (f *Flow) record(p procore.Project, mirrored bool) engine.Record {
	snap := snapshot(p)
	data, _ := json.Marshal(snap)
	r := engine.Record{Key: strconv.FormatInt(p.ID, 10), Title: snap.Name, Detail: detail(snap), Data: data}
	origin := strings.TrimSpace(deref(p.OriginID))
	if origin == "" {
		return r
	}
	rec, err := f.d.Mirror.Get(qbmirror.Customers, origin)
	switch {
	case err == nil && rec.Sublevel > 1:
		// A link another integration made: Joblink links projects to customers and jobs
		// only (the page refuses a sub job too), so it is not taken.
		r.Problem, r.Elsewhere = subJobLink(rec), true
	case err == nil:
		r.LinkedTo = qbrefresh.Ref(rec)
	case mirrored:
		r.Problem, r.Elsewhere = foreignLink(origin), true // counted apart on the Dashboard
	}
	return r
}

// snapshot is the part of a project the flow sends and shows.
func snapshot(p procore.Project) project {
	name := strings.TrimSpace(p.Name)
	if name == "" {
		name = strings.TrimSpace(p.DisplayName)
	}
	return project{
		Name: name, Number: strings.TrimSpace(deref(p.ProjectNumber)),
		Address: mapping.Address{Street: strings.TrimSpace(deref(p.Address)), City: strings.TrimSpace(deref(p.City)),
			State: deref(p.StateCode), Zip: strings.TrimSpace(deref(p.Zip)), Country: deref(p.CountryCode)},
		Phone: strings.TrimSpace(deref(p.Phone)), Active: p.Active, CreatedAt: p.CreatedAt,
	}
}

func detail(p project) string {
	parts := []string{}
	if p.Number != "" {
		parts = append(parts, "#"+p.Number)
	}
	if a := p.Address.Oneline(); a != "" {
		parts = append(parts, a)
	}
	return strings.Join(parts, " · ")
}

func foreignLink(origin string) *engine.Failure {
	return &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("Procore links this project to QuickBooks record %q, which this company file does not have.", origin),
		Meaning: "The link was made by another integration, or for a different QuickBooks company file. Procore keeps one link per project.",
		Fix:     "Link the project to its QuickBooks job on the Jobs page (this replaces the old link), create the job in QuickBooks, or skip the project."}
}

// subJobLink explains a Procore link to a QuickBooks sub job, which Joblink does not take.
func subJobLink(rec qbmirror.Record) *engine.Failure {
	return &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("Procore links this project to the QuickBooks sub job %q.", rec.FullName),
		Meaning: "The link was made by another integration. Sub jobs (a job under a job) are not supported: Joblink links projects to customers and their jobs only, so it has not taken this link.",
		Fix:     "On the Jobs page, link the project to the customer or job it belongs to (this replaces the link in Procore), create a job for it in QuickBooks, or skip the project."}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// JudgesElsewhere tells the failures detection gives a project Procore links elsewhere (a
// record this company file does not have, or a sub job), on an item kept before the engine
// marked them (engine.ElsewhereJudge).
func (f *Flow) JudgesElsewhere(p *engine.Failure) bool {
	return p != nil && (p.Meaning == foreignLink("").Meaning || p.Meaning == subJobLink(qbmirror.Record{}).Meaning)
}
