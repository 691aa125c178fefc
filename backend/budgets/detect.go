package budgets

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/jobs"
)

// Detection is per project (engine.ProjectScoped): the poller reads only projects linked to
// QuickBooks jobs, on its schedule and within Procore's hourly call budget. A read costs the
// lock (one call) and, once the budget is locked or exported, the project's cost codes, its
// budget lines (through a view remembered across reads), its legacy modifications and its
// budget change lines (the v2.0 list, 100 a page), plus its WBS codes when there are budget
// changes — about six calls, shared by the two kinds (see reader). Once exported and still
// locked, the budget's lines are not read again but once a day: three calls a read. Every
// read names every record of the project (Complete), so a change withdrawn before export
// simply goes.

// project is what the flows know of a project from its job item.
type project struct {
	ID, Name, Number string
	Linked           bool
	Job              string // the linked QuickBooks job's full name
}

func (s *shared) projectOf(id string) project {
	p := project{ID: id, Name: "project " + id}
	h := s.h()
	if h == nil {
		return p
	}
	it, err := h.Get(engine.ItemID(jobs.Kind, id))
	if err != nil {
		return p
	}
	var data struct {
		Name   string `json:"name"`
		Number string `json:"number"`
	}
	_ = json.Unmarshal(it.Data, &data)
	if data.Name != "" {
		p.Name = data.Name
	} else if it.Title != "" {
		p.Name = it.Title
	}
	p.Number = data.Number
	ref, _ := h.LinkOf(jobs.Kind, id)
	p.Linked = ref != nil && ref.ListID != ""
	if p.Linked {
		p.Job = ref.FullName
	}
	return p
}

// projects lists the projects Joblink knows (the job items), linked or not.
func (s *shared) projects() ([]string, error) {
	h := s.h()
	if h == nil {
		return nil, fmt.Errorf("budgets: the flow is not attached to an engine")
	}
	items, err := h.Items(jobs.Kind)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Key)
	}
	slices.Sort(out)
	return out, nil
}

// Detect reads every project's budget: linked projects as the poller does, and the others so
// that a budget on a project with no QuickBooks job is explained instead of ignored.
func (f *Budgets) Detect(ctx context.Context) ([]engine.Record, error) {
	ids, err := f.projects()
	if err != nil {
		return nil, err
	}
	var out []engine.Record
	for _, id := range ids {
		ch, err := f.DetectProject(ctx, id, "")
		if err != nil {
			return nil, err
		}
		out = append(out, ch.Records...)
	}
	return out, nil
}

// DetectProject reads one project's original budget.
func (f *Budgets) DetectProject(ctx context.Context, id, cursor string) (engine.Changes, error) {
	p := f.projectOf(id)
	cp, err := f.ledger.estimate(id)
	if err != nil {
		return engine.Changes{}, err
	}
	b, err := f.reader.read(ctx, BudgetKind, id, cp)
	if err != nil {
		return engine.Changes{}, err
	}
	ch := engine.Changes{Complete: true, Cursor: "read",
		Vanished: engine.Gone{Why: "No longer in Procore", Fix: "Nothing is sent for it; skip this item."}}
	if !p.Linked && len(b.lines) == 0 && cp == nil {
		return ch, nil // an unlinked project with no budget lines: nothing to say
	}
	ch.Records = append(ch.Records, f.budgetRecord(p, b, cp))
	return ch, nil
}

func (f *Budgets) budgetRecord(p project, b *projectBudget, cp *estimateCopy) engine.Record {
	d := budgetData{Project: p.ID, ProjectName: p.Name, Number: p.Number, Locked: b.locked, JobLinked: p.Linked, Job: p.Job, Lines: b.lines}
	if d.Lines == nil {
		d.Lines = []budgetLine{}
	}
	data, _ := json.Marshal(d)
	r := engine.Record{Key: budgetKey(p.ID), Title: "Budget — " + p.Name, Data: data}
	r.Detail = summaryOf(summary{Project: p.Name, ProjectID: p.ID, Number: p.Number, Title: "Original budget",
		Job: jobWords(p.Job, cp), TotalCents: d.total(), Lines: len(d.Lines)})
	switch exported, ok := exportedBudget(cp); {
	case cp != nil && ok:
		if diff := budgetDiff(exported, d); len(diff) > 0 {
			r.Problem = changedAfterExport("budget", cp, diff)
		} else {
			r.Data = cp.Exported // as exported: nothing changed for QuickBooks
		}
	case !p.Linked:
		r.Problem = notLinked(p.Name)
	default:
		r.Problem = budgetProblem(d)
	}
	if r.Problem == nil {
		r.Notes = []string{rejectionNote}
	}
	return r
}

// rejectionNote says what a rejection does for these kinds.
const rejectionNote = "Procore's API has no way to return a budget to the project manager; if you reject it, your comment is kept in Joblink's Activity."

// Detect reads the budget changes of every linked project.
func (f *Changes) Detect(ctx context.Context) ([]engine.Record, error) {
	ids, err := f.projects()
	if err != nil {
		return nil, err
	}
	var out []engine.Record
	for _, id := range ids {
		if !f.projectOf(id).Linked {
			continue
		}
		ch, err := f.DetectProject(ctx, id, "")
		if err != nil {
			return nil, err
		}
		out = append(out, ch.Records...)
	}
	return out, nil
}

// DetectProject reads one project's approved budget changes and legacy modifications.
func (f *Changes) DetectProject(ctx context.Context, id, cursor string) (engine.Changes, error) {
	p := f.projectOf(id)
	cp, err := f.ledger.estimate(id)
	if err != nil {
		return engine.Changes{}, err
	}
	b, err := f.reader.read(ctx, ChangeKind, id, cp)
	if err != nil {
		return engine.Changes{}, err
	}
	if b.partial {
		// Unlocked and never exported: changes have nowhere to go, and nothing is read.
		return engine.Changes{Cursor: "read"}, nil
	}
	ch := engine.Changes{Complete: true, Cursor: "read",
		Vanished: engine.Gone{Why: "No longer an approved budget change or modification in Procore",
			Fix: "Nothing is appended for it. If it is approved again, it comes back by itself; otherwise skip this item."}}
	for _, m := range b.mods {
		c := changeData{Project: id, ProjectName: p.Name, Source: sourceModification, ID: strconv.FormatInt(m.ID, 10),
			Title: strings.TrimSpace(deref(m.Notes)), Status: "approved"}
		amount, err := cents(string(m.TransferAmount))
		if err != nil {
			return engine.Changes{}, fmt.Errorf("budget modification %d of project %s: %w", m.ID, id, err)
		}
		if m.FromBudgetLineItemID != nil {
			c.Lines = append(c.Lines, modLine(b, "from", strconv.FormatInt(*m.FromBudgetLineItemID, 10), -amount))
		}
		c.Lines = append(c.Lines, modLine(b, "to", strconv.FormatInt(m.ToBudgetLineItemID, 10), amount))
		s := summary{ChangedAt: timeWords(m.UpdatedAt)}
		ch.Records = append(ch.Records, f.changeRecord(p, c, cp, s))
	}
	for _, bc := range b.changes {
		c := changeData{Project: id, ProjectName: p.Name, Source: sourceChange, ID: strconv.FormatInt(bc.ID, 10),
			Number: bc.Number, Title: strings.TrimSpace(bc.Title), Status: bc.State}
		for _, a := range bc.Lines {
			amount, err := cents(string(a.Amount))
			if err != nil {
				return engine.Changes{}, fmt.Errorf("budget change %d of project %s: %w", bc.ID, id, err)
			}
			l := changeLine{Ref: a.Key(), Cents: amount}
			if bl, ok := b.adjustmentLine(a); ok {
				l.CodeKey, l.Code, l.Name, l.Category = bl.CodeKey, bl.Code, bl.Name, bl.Category
			} else {
				l.Code = "WBS code " + a.WBSCodeID
			}
			c.Lines = append(c.Lines, l)
		}
		ch.Records = append(ch.Records, f.changeRecord(p, c, cp, summary{}))
	}
	return f.deletedAfterExport(ch, p, cp)
}

// deletedAfterExport explains the changes the ledger says were appended that Procore no longer
// lists at all: their lines are in the estimate, and only the bookkeeper can take them out.
func (f *Changes) deletedAfterExport(ch engine.Changes, p project, cp *estimateCopy) (engine.Changes, error) {
	appended, err := f.ledger.appended(p.ID)
	if err != nil {
		return ch, err
	}
	seen := map[string]bool{}
	for _, r := range ch.Records {
		seen[r.Key] = true
	}
	for key, e := range appended {
		if seen[key] {
			continue
		}
		var was changeData
		if json.Unmarshal(e.Data, &was) != nil {
			continue
		}
		gone := was
		gone.Status, gone.Lines = "deleted", nil
		data, _ := json.Marshal(gone)
		if cp == nil {
			cp = &estimateCopy{RefNumber: "(unknown)"}
		}
		ch.Records = append(ch.Records, engine.Record{Key: key, Title: was.label() + " — " + p.Name, Data: data,
			Detail:  summaryOf(summary{Project: p.Name, ProjectID: p.ID, Job: jobWords(p.Job, cp), Number: was.Number, Title: was.Title}),
			Problem: changedAfterExport("budget change", cp, []string{"it was deleted in Procore; its lines are in QuickBooks"})})
	}
	return ch, nil
}

// modLine is one side of a legacy modification, on the budget line's cost code.
func modLine(b *projectBudget, side, lineID string, amount int64) changeLine {
	l := changeLine{Ref: side, Cents: amount}
	if bl, ok := b.byID[lineID]; ok {
		l.CodeKey, l.Code, l.Name, l.Category = bl.CodeKey, bl.Code, bl.Name, bl.Category
	} else {
		l.Code = "budget line " + lineID
	}
	return l
}

func (f *Changes) changeRecord(p project, c changeData, cp *estimateCopy, s summary) engine.Record {
	key := changeKey(p.ID, c.Source, c.ID)
	c.Job = jobWords(p.Job, cp)
	data, _ := json.Marshal(c)
	r := engine.Record{Key: key, Title: c.label() + " — " + p.Name, Data: data}
	s.Project, s.ProjectID, s.Job, s.Number, s.Title, s.TotalCents, s.Lines = p.Name, p.ID, c.Job, c.Number, c.Title, c.total(), len(c.Lines)
	r.Detail = summaryOf(s)
	entry, _ := f.ledger.change(key)
	switch {
	case entry != nil && entry.Appended:
		var was changeData
		if json.Unmarshal(entry.Data, &was) != nil {
			break
		}
		diff := changeDiff(was, c)
		if len(diff) == 0 {
			r.Data = entry.Data // as appended: nothing changed for QuickBooks
			break
		}
		if cp == nil {
			cp = &estimateCopy{RefNumber: "(unknown)"}
		}
		r.Problem = changedAfterExport("budget change", cp, diff)
	case len(c.Lines) == 0:
		r.Problem = &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("%s has no lines.", c.label()),
			Meaning: "There is nothing to append to the estimate.",
			Fix:     "Add its adjustment lines in Procore, or skip this item."}
	}
	if r.Problem == nil {
		r.Notes = []string{rejectionNote}
	}
	return r
}
