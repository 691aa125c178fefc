package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"joblink/backend/problem"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
)

// Side is the Jobs page's view of the flow.
type Side struct{ f *Flow }

// Side returns the mapping side of the flow.
func (f *Flow) Side() Side { return Side{f} }

func (Side) Kind() engine.Kind         { return Kind }
func (Side) Name() string              { return "jobs" }
func (Side) MirrorKind() qbmirror.Kind { return qbmirror.Customers }

const subJobWords = "Sub jobs (a job under a job) are not supported: Joblink links projects to customers and their jobs only."

// ProcoreEntry reads an item's snapshot.
func (Side) ProcoreEntry(it *engine.Item) (mapping.ProcoreEntry, error) {
	p, _, err := decode(it)
	if err != nil {
		return mapping.ProcoreEntry{}, err
	}
	return mapping.ProcoreEntry{ID: it.Key, Name: p.Name, Number: p.Number, Address: p.Address,
		Phone: p.Phone, Active: p.Active, CreatedAt: p.CreatedAt}, nil
}

// QuickBooksEntry shows a customer, job or sub job; Ship To is the job's address, Bill To when
// Ship To is empty.
func (Side) QuickBooksEntry(r qbmirror.Record) (mapping.QuickBooksEntry, bool) {
	e := mapping.QuickBooksEntry{ListID: r.ListID, FullName: r.FullName, Name: r.Name, Active: r.Active,
		Address: shipOrBill(r.Fields), Phone: r.Fields["Phone"], Fax: r.Fields["Fax"]}
	if i := strings.LastIndex(r.FullName, ":"); i > 0 {
		e.ParentFullName = r.FullName[:i]
	}
	switch {
	case r.Sublevel == 0:
		e.Level, e.Parent = "customer", true
	case r.Sublevel == 1:
		e.Level = "job"
	default:
		e.Level, e.Unsupported = "subjob", subJobWords
	}
	return e, true
}

func shipOrBill(fields map[string]string) mapping.Address {
	if a := mapping.FromQuickBooks(fields, "Ship"); !a.Empty() {
		return a
	}
	return mapping.FromQuickBooks(fields, "Bill")
}

// Choose checks a "create in QuickBooks" choice: a name that fits and a customer to go under
// (or "as a customer").
func (s Side) Choose(it *engine.Item, req mapping.CreateRequest) (json.RawMessage, error) {
	p, _, err := decode(it)
	if err != nil {
		return nil, err
	}
	c := choice{Name: strings.TrimSpace(req.Name), ParentListID: req.ParentListID, AsCustomer: req.AsCustomer, LatinSpelling: req.LatinSpelling}
	if c.Name == p.Name {
		c.Name = ""
	}
	if c.AsCustomer {
		c.ParentListID = ""
	} else if c.ParentListID == "" {
		return nil, &mapping.Problem{Class: problem.Refused, Message: fmt.Sprintf("Choose the QuickBooks customer %q goes under, or create it as a customer.", p.Name)}
	}
	if _, _, fail := s.f.target(p, c); fail != nil {
		return nil, &mapping.Problem{Class: problem.Refused, Message: fail.Message, Meaning: fail.Meaning, Fix: fail.Fix}
	}
	return json.Marshal(c)
}

// The page's Create asks for Link's confirmation before a project created in Procore before
// Joblink was connected is linked to a job QuickBooks already has.
var _ mapping.CreateLinker = Side{}

// Existing is the customer or job QuickBooks already has under the name choice gives the
// project: creating the project links it to that one rather than add a second.
func (s Side) Existing(it *engine.Item, raw json.RawMessage) (qbmirror.Record, bool) {
	p, _, err := decode(it)
	var c choice
	if err != nil || json.Unmarshal(raw, &c) != nil {
		return qbmirror.Record{}, false
	}
	full, _, fail := s.f.target(p, c)
	if fail != nil {
		return qbmirror.Record{}, false
	}
	rec, err := s.f.d.Mirror.FindByName(qbmirror.Customers, full)
	return rec, err == nil
}

// ConfirmFirst marks a choice so that the export does not link the project to a job it finds
// in QuickBooks by the name: that link needs the bookkeeper's confirmation.
func (Side) ConfirmFirst(raw json.RawMessage) (json.RawMessage, error) {
	var c choice
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, err
	}
	c.ConfirmLink = true
	return json.Marshal(c)
}

// Import creates Procore projects from QuickBooks customers and jobs through the projects sync
// endpoint, keyed by origin_id = ListID: repeating it updates the same projects, never adds.
func (s Side) Import(ctx context.Context, records []qbmirror.Record) ([]mapping.ImportResult, error) {
	client, err := s.f.d.Procore()
	if err != nil {
		return nil, err
	}
	out := make([]mapping.ImportResult, len(records))
	var items []procore.ProjectSyncItem
	at := map[string]int{}
	for i, r := range records {
		out[i] = mapping.ImportResult{ListID: r.ListID, Name: r.Name}
		if r.Sublevel > 1 {
			out[i].Problem = &mapping.Problem{Message: subJobWords}
			continue
		}
		item, notes := projectFrom(r)
		out[i].Notes = notes
		at[r.ListID] = i
		items = append(items, item)
	}
	if len(items) == 0 {
		return out, nil
	}
	res, err := client.SyncProjects(ctx, items)
	return mapping.FoldSync(out, at, res, err, func(p procore.Project) (string, int64) { return deref(p.OriginID), p.ID },
		mapping.SyncNouns{QuickBooks: "job", Procore: "project"})
}

// projectFrom builds the Procore project for a QuickBooks customer or job.
func projectFrom(r qbmirror.Record) (procore.ProjectSyncItem, []string) {
	var notes []string
	addr := mapping.FromQuickBooks(r.Fields, "Ship")
	if addr.Empty() {
		addr = mapping.FromQuickBooks(r.Fields, "Bill")
		if !addr.Empty() {
			notes = append(notes, "The job has no Ship To address in QuickBooks: its Bill To address was used.")
		}
	}
	id, data, name := r.ListID, r.FullName, strings.TrimSpace(r.Name)
	f := procore.ProjectFields{Name: &name, OriginID: &id, OriginData: &data}
	set := func(v string) *string {
		if v = strings.TrimSpace(v); v == "" {
			return nil
		}
		return &v
	}
	f.Address, f.City, f.Zip = set(addr.Street), set(addr.City), set(addr.Zip)
	if strings.Contains(addr.Street, ", ") {
		notes = append(notes, fmt.Sprintf("The address lines were joined into Procore's one street field: %q.", addr.Street))
	}
	if code, ok := mapping.StateCode(addr.State); ok {
		f.StateCode = set(code)
	} else {
		notes = append(notes, fmt.Sprintf("The state %q is not one Procore knows (it takes two-letter codes such as CA): it was left empty.", addr.State))
	}
	if code, ok := mapping.CountryCode(addr.Country); ok {
		f.CountryCode = set(code)
	} else {
		notes = append(notes, fmt.Sprintf("The country %q is not one Procore knows: it was left empty.", addr.Country))
	}
	return procore.ProjectSyncItem{ProjectFields: f}, notes
}

// Confirmation says what linking a project created in Procore before Joblink was connected
// does and does not do.
func (Side) Confirmation() string {
	// Said once above the list of every project asked about (one or hundreds), each shown with
	// its QuickBooks job: the words fit one as well as many.
	return "Each project below was created in Procore before Joblink was connected. Linking ties it to the QuickBooks job shown beside it from now on: " +
		"new commitments, change orders, invoices and direct costs you approve will be exported to that job, and job-to-date costs will be read from it. " +
		"Nothing entered before now is sent again or changed: commitments, invoices and budgets already in Procore stay as they are in QuickBooks, " +
		"and are exported only if you export them one by one. Neither the project's name nor the QuickBooks job's name is changed."
}
