package jobcosts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/engine"
	"joblink/backend/problem"
	"joblink/backend/procore"
)

// Push writes each project's QuickBooks figures into its budget. Per project: read the budget
// (views, detail rows), then PATCH direct_costs on each line whose Direct Costs differs from its
// cost code's QuickBooks actual (0 for a line QuickBooks has nothing on: the column is
// populated from QuickBooks), and add the lines missing when the setting says so. Reading
// first is what makes a retry safe: a line a lost answer already wrote is not written again,
// and a line already added is found, never added twice.
func (f *Flow) Push(ctx context.Context, items []*engine.Item) (map[string]engine.PushResult, error) {
	c, err := f.s.d.Procore()
	if err != nil {
		return nil, err
	}
	out := make(map[string]engine.PushResult, len(items))
	idx := &costCodeIndex{s: f.s}
	for i, it := range items {
		if u := c.Calls().Usage(f.s.now()); u.Left <= 0 {
			// Procore's hourly limit (the share regular syncing may use) is spent: the rest
			// waits for it rather than holding the poller while the client paces (a first
			// refresh of 300 jobs x 60 cost codes is 18,000 line writes, five hours of the
			// historic 3,600-an-hour limit).
			f.s.deferPushes(out, items[i:], u.Frees)
			return out, nil
		}
		res, err := f.s.pushProject(ctx, c, it, idx, true)
		if err != nil {
			if isProjectRefusal(err) {
				out[it.ID] = engine.PushResult{Failure: refusalOf(err)}
				continue
			}
			return out, err // Procore unreachable or busy: the rest is tried on the next pass
		}
		out[it.ID] = res
	}
	return out, nil
}

// FindInProcore settles items whose outcome is unknown (a crash, a lost answer): an item
// arrived when every line already shows its figure. Nothing is written here; an item not
// found is sent again, and Push then writes only the lines still different.
func (f *Flow) FindInProcore(ctx context.Context, items []*engine.Item) (map[string]*engine.ProcoreRef, error) {
	c, err := f.s.d.Procore()
	if err != nil {
		return nil, err
	}
	out := map[string]*engine.ProcoreRef{}
	idx := &costCodeIndex{s: f.s}
	for _, it := range items {
		res, err := f.s.pushProject(ctx, c, it, idx, false)
		if err != nil {
			if isProjectRefusal(err) {
				continue
			}
			return nil, err
		}
		if res.Failure == nil && res.Ref != nil {
			out[it.ID] = res.Ref
		}
	}
	return out, nil
}

// pushProject compares one project's budget with its QuickBooks figures and, when write is
// set, brings it in line. Without write it reports Ref only when nothing is left to write.
func (s *Service) pushProject(ctx context.Context, c *procore.Client, it *engine.Item, idx *costCodeIndex, write bool) (engine.PushResult, error) {
	var d desired
	if err := json.Unmarshal(it.Data, &d); err != nil {
		return engine.PushResult{}, fmt.Errorf("jobcosts: item %s: %w", it.ID, err)
	}
	pid, err := strconv.ParseInt(it.Key, 10, 64)
	if err != nil {
		return engine.PushResult{}, fmt.Errorf("jobcosts: item %s: project id %q", it.ID, it.Key)
	}
	wanted := make(map[string]bool, len(d.Lines))
	target := make(map[string]int64, len(d.Lines))
	for _, l := range d.Lines {
		wanted[l.Item] = true
		target[l.Item] = l.Actual
	}
	lines, err := s.readBudget(ctx, c, pid, wanted)
	if err != nil {
		return engine.PushResult{}, err
	}
	view := ProjectView{Project: it.Key, Job: d.Job, ReadAt: s.now(), Mode: d.Mode}
	// A view without a Direct Costs column: what Joblink last wrote stands for what it shows.
	var last map[int64]int64
	if prev, _ := s.View(it.Key); prev != nil {
		last = map[int64]int64{}
		for _, l := range prev.Lines {
			if l.HasLine && (l.Status == LineWritten || l.Status == LineAdded) {
				last[l.BudgetLineItemID] = l.Direct
			}
		}
	}
	editable := d.Mode == ColumnEditable
	covered := map[string]bool{}
	var plan []int // indexes of lines to write
	for i := range lines {
		l := &lines[i]
		if w, ok := last[l.ID]; ok && !l.HasDirect {
			l.Direct, l.HasDirect = w, true
		}
		v := ViewLine{BudgetLineItemID: l.ID, CostCodeID: l.CostCodeID, CostCode: l.Code, Name: l.Name, Item: l.Item,
			Budget: l.Budget, Committed: l.Committed, Direct: l.Direct, HasLine: true}
		if l.Item != "" && !covered[l.Item] {
			v.Target = target[l.Item] // a cost code with several lines (cost types): the first holds it
			covered[l.Item] = true
		}
		switch {
		case editable:
			v.Status = LineEditable
		case l.HasDirect && l.Direct == v.Target:
			v.Status = LineWritten
		default:
			v.Status = LinePending
			plan = append(plan, i)
		}
		view.Lines = append(view.Lines, v)
	}
	var missing []desiredRow
	for _, l := range d.Lines {
		if !covered[l.Item] && l.Actual != 0 {
			missing = append(missing, l)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return missing[i].Item < missing[j].Item })
	locked := len(missing) > 0 && d.AddNew && !editable && s.knownLocked(it.Key)
	if !write {
		if len(plan) > 0 || (!editable && d.AddNew && !locked && len(missing) > 0) {
			return engine.PushResult{}, nil
		}
		return engine.PushResult{Ref: &engine.ProcoreRef{ID: pid, Label: doneLabel(view)}}, nil
	}
	written := 0
	var projectCodes []procore.CostCode // read once, when a line is to be added
	var refused []string
	var failure *engine.Failure
	var locks lockCheck
	var lockedCodes []string // new lines Procore refused on the locked budget
	lockedSaid := ""
	for _, i := range plan {
		v := &view.Lines[i]
		if failure != nil {
			v.Status, v.Message, v.Fix = LineToolOn, failure.Message, failure.Fix
			continue
		}
		err := s.writeDirect(ctx, c, pid, v.BudgetLineItemID, v.Target)
		switch {
		case err == nil:
			v.Direct, v.Status = v.Target, LineWritten
			written++
		case isToolOn(err):
			failure = toolOnFailure(err)
			view.ToolOn = true
			v.Status, v.Message, v.Fix = LineToolOn, failure.Message, failure.Fix
		case isLineRefusal(err):
			p := refusalOf(err)
			v.Status, v.Message, v.Fix = LineRefused, p.Message, p.Fix
			refused = append(refused, v.CostCode)
		default:
			s.saveView(&view)
			return engine.PushResult{}, err
		}
	}
	for _, m := range missing {
		v := ViewLine{Item: m.Item, CostCode: leaf(m.Item), Target: m.Actual}
		switch {
		case editable:
			v.Status = LineEditable
		case failure != nil:
			v.Status, v.Message, v.Fix = LineToolOn, failure.Message, failure.Fix
		case !d.AddNew:
			v.Status = LineNotInBudget
			v.Message = "QuickBooks has actual costs on this cost code, and the project's budget has no line for it."
			v.Fix = "Add the cost code to the budget in Procore, or turn on \"Automatically add new cost codes to budgets\" in Joblink's settings."
		case locked:
			lockedLine(&v) // known locked: not tried, nothing to refuse
		default:
			code, ok, err := s.projectCostCode(ctx, c, pid, m.Item, idx, &projectCodes)
			if err != nil {
				s.saveView(&view)
				return engine.PushResult{}, err
			}
			if !ok {
				v.Status = LineNotACostCode
				v.Message = "The QuickBooks item " + m.Item + " is not linked to a cost code of this project, so Joblink cannot tell which budget line holds it."
				v.Fix = "Link the item to its cost code on the Cost codes page (and make sure the project uses it), then refresh job costs."
				break
			}
			v.CostCodeID = code
			id, err := s.addLine(ctx, c, pid, code, lines)
			if err != nil && isLineRefusal(err) && locks.refusedForLock(ctx, c, pid, err) {
				lockedRefusal(&v, err)
				lockedCodes = append(lockedCodes, v.CostCode)
				var ae *procore.APIError
				errors.As(err, &ae)
				lockedSaid = procoreWords(ae)
				break
			}
			if err == nil {
				err = s.writeDirect(ctx, c, pid, id, m.Actual)
			}
			switch {
			case err == nil:
				v.BudgetLineItemID, v.HasLine, v.Direct, v.Status = id, true, m.Actual, LineAdded
				written++
			case isToolOn(err):
				failure = toolOnFailure(err)
				view.ToolOn = true
				v.BudgetLineItemID, v.HasLine = id, id != 0
				v.Status, v.Message, v.Fix = LineToolOn, failure.Message, failure.Fix
			case isLineRefusal(err):
				p := refusalOf(err)
				v.Status, v.Message, v.Fix = LineRefused, p.Message, p.Fix
				refused = append(refused, v.CostCode)
			default:
				s.saveView(&view)
				return engine.PushResult{}, err
			}
		}
		view.Lines = append(view.Lines, v)
	}
	now := s.now()
	view.WrittenAt = &now
	if failure == nil && len(lockedCodes) > 0 && len(refused) == 0 {
		failure = lockedFailure(lockedCodes, lockedSaid)
	}
	if failure == nil && len(refused)+len(lockedCodes) > 0 {
		refused = append(refused, lockedCodes...)
		failure = &engine.Failure{Class: problem.FixData,
			Message: fmt.Sprintf("Procore refused the QuickBooks figures of %d budget line(s): %s.", len(refused), strings.Join(refused, ", ")),
			Meaning: "Those lines do not show QuickBooks' actual costs; the other lines do.",
			Fix:     "Open the project's Job costs page for Procore's words on each line, fix them in Procore, then refresh the project."}
	}
	if failure != nil {
		view.Problem = &Problem{Message: failure.Message, Fix: failure.Fix}
	}
	s.saveView(&view)
	s.progressWritten(written)
	if failure != nil {
		return engine.PushResult{Failure: failure}, nil
	}
	return engine.PushResult{Ref: &engine.ProcoreRef{ID: pid, Label: doneLabel(view)}}, nil
}

func doneLabel(v ProjectView) string {
	if v.Mode == ColumnEditable {
		return "budget read; nothing written (direct-cost column editable in Procore)"
	}
	return fmt.Sprintf("%d budget lines showing QuickBooks actuals", len(v.Lines))
}

func (s *Service) writeDirect(ctx context.Context, c *procore.Client, project, line int64, value int64) error {
	v := procore.Decimal(amount(value))
	_, err := c.UpdateBudgetLineItem(ctx, project, line, procore.BudgetLineItemFields{DirectCosts: &v})
	return err
}

// addLine adds a budget line (original amount 0) for a cost code, with the cost type the
// project's other lines use ("Other" in a one-cost-type company).
func (s *Service) addLine(ctx context.Context, c *procore.Client, project, costCode int64, lines []budgetLine) (int64, error) {
	typ := int64(0)
	for _, l := range lines {
		if l.CategoryID != 0 {
			typ = l.CategoryID
			break
		}
	}
	if typ == 0 {
		types, err := collect(ctx, c.ListLineItemTypes(procore.ListLineItemTypesOptions{}))
		if err != nil {
			return 0, err
		}
		for _, t := range types {
			if typ == 0 || strings.EqualFold(t.Name, "Other") {
				typ = t.ID
			}
		}
	}
	zero := procore.Decimal("0.00")
	b, err := c.CreateBudgetLineItem(ctx, project, procore.BudgetLineItemFields{CostCodeID: &costCode, LineItemTypeID: &typ, OriginalBudgetAmount: &zero})
	return b.ID, err
}

// isToolOn tells Procore's refusal of direct_costs while the Direct Costs tool is on (a 422
// naming the field; documents.md A5: "Include only if Direct Cost tool is turned off").
func isToolOn(err error) bool {
	var ae *procore.APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusUnprocessableEntity {
		return false
	}
	if _, ok := ae.FieldErrors["direct_costs"]; ok {
		return true
	}
	return strings.Contains(strings.ToLower(ae.Message), "direct cost")
}

func toolOnFailure(err error) *engine.Failure {
	var ae *procore.APIError
	errors.As(err, &ae)
	said := ae.Message
	for _, m := range ae.FieldErrors["direct_costs"] {
		if len(m) > len(said) {
			said = m // Procore's sentence, not a bare "is invalid"
		}
	}
	return &engine.Failure{Class: problem.FixData, Code: ae.Status,
		Message: "Procore refused the QuickBooks actual costs for this project's budget: " + strings.TrimSpace(said),
		Meaning: "The project's Direct Costs tool is on. Procore accepts a budget line's Direct Costs from an integration only while that tool is off, so the budget does not show QuickBooks' figures.",
		Fix: "Turn the Direct Costs tool off in the project's Admin settings in Procore, then refresh the project's job costs here; " +
			"or, to keep the tool, choose \"editable, not populated\" for Budget direct-cost column in Joblink's settings.",
		Err: err}
}

// isLineRefusal: Procore refused this one write (4xx other than sign-in and rate limits).
func isLineRefusal(err error) bool {
	var ae *procore.APIError
	return errors.As(err, &ae) && ae.Status >= 400 && ae.Status < 500 && ae.Status != http.StatusUnauthorized &&
		ae.Status != http.StatusTooManyRequests && ae.Status != http.StatusForbidden
}

// isProjectRefusal: the project itself cannot be read (gone, or not visible to Joblink's user).
func isProjectRefusal(err error) bool {
	var ae *procore.APIError
	return errors.As(err, &ae) && (ae.Status == http.StatusNotFound || ae.Status == http.StatusForbidden)
}

func refusalOf(err error) *engine.Failure {
	var ae *procore.APIError
	if errors.As(err, &ae) {
		p := ae.Problem()
		p.Class = problem.FixData
		p.Code = ae.Status
		return p
	}
	return &engine.Failure{Class: problem.RetryLater, Message: err.Error(), Err: err}
}

func (s *Service) saveView(v *ProjectView) {
	err := s.d.Store.Update(func(txn *badger.Txn) error { return setJSON(txn, prefProj+v.Project, v) })
	if err != nil {
		s.d.Log.Warn().Err(err).Str("project", v.Project).Msg("job costs: saving what Procore shows")
	}
}

// View returns what the last push found in a project's budget; nil when never pushed.
func (s *Service) View(project string) (*ProjectView, error) {
	var v ProjectView
	var ok bool
	err := s.d.Store.View(func(txn *badger.Txn) error {
		var err error
		ok, err = getJSON(txn, prefProj+project, &v)
		return err
	})
	if err != nil || !ok {
		return nil, err
	}
	return &v, nil
}

// projectCostCode finds the project's cost code for a QuickBooks item: the one made from the
// standard code the item is linked to, else the one whose code is the item's name (Joblink names
// items by code). The project's codes are read once per push, only when a line is missing.
func (s *Service) projectCostCode(ctx context.Context, c *procore.Client, project int64, item string, idx *costCodeIndex,
	codes *[]procore.CostCode) (int64, bool, error) {
	if *codes == nil {
		all, err := collect(ctx, c.ListProjectCostCodes(project, procore.ListProjectCostCodesOptions{}))
		if err != nil {
			return 0, false, err
		}
		*codes = append(all, procore.CostCode{}) // never nil again
	}
	standard, linked := idx.find(item)
	for _, cc := range *codes {
		if linked && cc.StandardCostCodeID != nil && *cc.StandardCostCodeID == standard {
			return cc.ID, true, nil
		}
	}
	for _, cc := range *codes {
		if cc.FullCode != nil && strings.EqualFold(strings.TrimSpace(*cc.FullCode), leaf(item)) {
			return cc.ID, true, nil
		}
	}
	return 0, false, nil
}

// deferPushes answers the items left for later when Procore's hourly limit is spent: retried by
// the engine after its backoff, with the reason on the page.
func (s *Service) deferPushes(out map[string]engine.PushResult, items []*engine.Item, frees time.Time) {
	when := "within the hour"
	if !frees.IsZero() {
		when = "from " + frees.Local().Format("15:04")
	}
	for _, it := range items {
		out[it.ID] = engine.PushResult{Failure: &engine.Failure{Class: problem.RetryLater,
			Message: "Joblink has used the share of Procore's hourly request limit it may use; this project's job costs are written " + when + ".",
			Meaning: "Procore limits how many requests an app makes an hour; each budget line written is one request.",
			Fix:     "Nothing to do: Joblink writes them by itself. A larger share can be chosen in the sync preferences."}}
	}
}
