package budgets

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"joblink/backend/engine"
	"joblink/backend/procore"
)

// projectBudget is what Joblink reads of one project's budget in Procore: the lock, the
// budget lines with their cost codes, the legacy modifications and the budget changes.
type projectBudget struct {
	locked  bool
	partial bool // only the lock was read (unlocked, nothing exported): no lines, no changes
	lines   []budgetLine
	byID    map[string]budgetLine // by budget line item id
	byPair  map[pair]budgetLine   // by cost code × cost type
	codes   map[int64]procore.CostCode
	types   map[int64]string // cost type names seen on the budget
	wbs     map[int64]procore.WBSCode
	mods    []procore.BudgetModification
	changes []budgetChange
}

// pair is a project cost code and a cost type (line item type): what a WBS code stands for.
type pair struct{ code, typ int64 }

// budgetChange is one budget change with its adjustment lines, gathered from the v2.0 list.
type budgetChange struct {
	ID                   int64
	Number, Title, State string
	Lines                []procore.BudgetAdjustmentLine
}

// reader reads projects for both flows. The poller reads a project once per kind in the same
// pass; the second kind takes the read the first one made (within readFresh) instead of
// spending Procore's calls again. A kind reading a project again reads it afresh.
type reader struct {
	s *shared

	mu    sync.Mutex
	views map[string]int64 // project → the budget view its rows are read through
	cache map[string]cachedRead
	// linesAt is when this process last read each exported project's budget lines, or first
	// took its exported lines for them (see linesDue).
	linesAt map[string]time.Time
}

type cachedRead struct {
	by engine.Kind
	at time.Time
	b  *projectBudget
}

// readFresh is how long a read made for one kind serves the other.
const readFresh = time.Minute

func newReader(s *shared) *reader {
	return &reader{s: s, views: map[string]int64{}, cache: map[string]cachedRead{}, linesAt: map[string]time.Time{}}
}

// linesRecheck is how often the lines of an exported budget that stays locked are read again
// anyway. Procore's lock endpoint says only {"locked": bool}, so a budget unlocked, edited and
// locked again between two reads of its project looks untouched by the lock alone; reading
// its lines once a day bounds how long such an edit goes unseen. Each project's day starts at
// its own moment (a hash of its id), so the re-reads of hundreds of budgets exported together
// spread over the day instead of falling in one hour: 300 projects cost about 40 calls an hour.
const linesRecheck = 24 * time.Hour

func (r *reader) now() time.Time {
	if r.s.d.Now != nil {
		return r.s.d.Now()
	}
	return time.Now()
}

// linesDue reports whether the lines of project's exported, locked budget are due for their
// daily re-read: whether its day turned since they were last read. A project this process
// has not read yet counts as read now (no burst of re-reads after a restart).
func (r *reader) linesDue(project string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	last, ok := r.linesAt[project]
	if !ok {
		r.linesAt[project] = now
		return false
	}
	phase := phaseOf(project)
	day := func(t time.Time) int64 { return int64(t.Add(-phase).Sub(time.Unix(0, 0)) / linesRecheck) }
	return day(now) > day(last)
}

func (r *reader) linesRead(project string, now time.Time) {
	r.mu.Lock()
	r.linesAt[project] = now
	r.mu.Unlock()
}

// phaseOf is where project's day starts: a hash of its id.
func phaseOf(project string) time.Duration {
	h := fnv.New32a()
	h.Write([]byte(project))
	return time.Duration(h.Sum32()%uint32(linesRecheck/time.Second)) * time.Second
}

// read returns project's budget for kind. cp is the project's exported estimate, if any: its
// lines are read even when the budget is unlocked (to compare), and while the budget stays
// locked its original amounts cannot change, so the lines exported stand for the budget and
// are read again only once a day (linesRecheck: an unlock, edit and lock between two reads).
func (r *reader) read(ctx context.Context, kind engine.Kind, project string, cp *estimateCopy) (*projectBudget, error) {
	full := cp != nil
	now := time.Now()
	r.mu.Lock()
	for p, c := range r.cache {
		if now.Sub(c.at) > readFresh {
			delete(r.cache, p)
		}
	}
	if c, ok := r.cache[project]; ok && c.by != kind && (!c.b.partial || !full) {
		delete(r.cache, project)
		r.mu.Unlock()
		return c.b, nil
	}
	r.mu.Unlock()
	b, err := r.readProcore(ctx, project, cp)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.cache[project] = cachedRead{by: kind, at: now, b: b}
	r.mu.Unlock()
	return b, nil
}

func (r *reader) readProcore(ctx context.Context, project string, cp *estimateCopy) (*projectBudget, error) {
	client, err := r.s.d.Procore()
	if err != nil {
		return nil, err
	}
	id, err := strconv.ParseInt(project, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("budgets: project %q: %w", project, err)
	}
	b := &projectBudget{byID: map[string]budgetLine{}, byPair: map[pair]budgetLine{}, codes: map[int64]procore.CostCode{}, types: map[int64]string{}}
	if b.locked, err = client.BudgetLocked(ctx, id); err != nil {
		return nil, fmt.Errorf("read whether the budget of project %s is locked: %w", project, err)
	}
	if !b.locked && cp == nil {
		b.partial = true
		return b, nil
	}
	now := r.now()
	if exported, ok := exportedBudget(cp); !b.locked || !ok || r.linesDue(project, now) || !b.useExported(exported) {
		if err := r.readLines(ctx, client, id, b); err != nil {
			return nil, err
		}
		r.linesRead(project, now)
	}
	if b.mods, err = client.ListBudgetModifications(id).PerPage(procore.MaxPerPage).Collect(ctx); err != nil {
		return nil, fmt.Errorf("read the budget modifications of project %s: %w", project, err)
	}
	adjustments, err := client.ListBudgetChangeAdjustmentLines(id).Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the budget change lines of project %s: %w", project, err)
	}
	byChange := map[int64]*budgetChange{}
	for _, a := range adjustments {
		c := byChange[a.BudgetChangeID]
		if c == nil {
			c = &budgetChange{ID: a.BudgetChangeID, Number: a.BudgetChangeNumber, Title: a.BudgetChangeName, State: a.BudgetChangeStatus}
			byChange[a.BudgetChangeID] = c
		}
		c.Lines = append(c.Lines, a)
	}
	for _, c := range byChange {
		if c.State != "approved" && !r.exported(project, sourceChange, strconv.FormatInt(c.ID, 10)) {
			continue // not approved and never appended: nothing to do with it
		}
		b.changes = append(b.changes, *c)
	}
	slices.SortFunc(b.changes, func(x, y budgetChange) int { return cmp.Compare(x.ID, y.ID) })
	if len(b.changes) > 0 {
		// Budget change lines name only a WBS code: the project's codes say which cost code
		// and cost type each one stands for.
		codes, err := client.ListWBSCodes(id).PerPage(procore.MaxPerPage).Collect(ctx)
		if err != nil {
			return nil, fmt.Errorf("read the WBS codes of project %s: %w", project, err)
		}
		b.wbs = procore.WBSCodesByID(codes)
		var ids []int64 // cost codes of change lines the budget has no line for
		for _, c := range b.changes {
			for _, a := range c.Lines {
				if wid, ok := a.WBSID(); ok {
					if code, _, ok := b.wbs[wid].CostCodeAndType(); ok {
						ids = append(ids, code)
					}
				}
			}
		}
		if err := readCodes(ctx, client, id, b, ids); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// exported reports whether the ledger says a change was appended.
func (r *reader) exported(project, source, id string) bool {
	e, err := r.s.ledger.change(changeKey(project, source, id))
	return err == nil && e != nil && e.Appended
}

// readLines reads the budget lines through the project's budget view, then the project cost
// codes they name (only those: a project's list can hold thousands), which give each line's
// standard cost code — the cost-code item.
func (r *reader) readLines(ctx context.Context, client *procore.Client, id int64, b *projectBudget) error {
	project := strconv.FormatInt(id, 10)
	for attempt := 0; ; attempt++ {
		view, err := r.view(ctx, client, id)
		if err != nil {
			return err
		}
		if view == 0 {
			return nil // no budget view: a project with no budget
		}
		rows, err := client.ListBudgetDetailRows(id, view, procore.BudgetDetailRowsOptions{RowType: "budgeted"}).PerPage(procore.MaxPerPage).Collect(ctx)
		var apiErr *procore.APIError
		if attempt == 0 && errors.As(err, &apiErr) && apiErr.Status == http.StatusNotFound {
			r.forgetView(project) // the view was deleted: choose again
			continue
		}
		if err != nil {
			return fmt.Errorf("read the budget of project %s: %w", project, err)
		}
		var ids []int64
		for _, row := range rows {
			if row.ID != 0 {
				ids = append(ids, row.CostCodeID)
			}
		}
		if err := readCodes(ctx, client, id, b, ids); err != nil {
			return err
		}
		for _, row := range rows {
			if row.ID == 0 {
				continue // an unbudgeted row: no budget line item
			}
			line, err := lineOf(row, b.codes)
			if err != nil {
				return fmt.Errorf("budget line %d of project %s: %w", row.ID, project, err)
			}
			b.lines = append(b.lines, line)
			b.add(line)
		}
		return nil
	}
}

// useExported takes the exported lines as the budget's, when each names its project cost code
// and cost type (what a budget change line resolves to).
func (b *projectBudget) useExported(d budgetData) bool {
	for _, l := range d.Lines {
		if l.ProjectCodeID == 0 || l.TypeID == 0 {
			return false
		}
	}
	b.lines = d.Lines
	for _, l := range d.Lines {
		b.add(l)
	}
	return true
}

func (b *projectBudget) add(l budgetLine) {
	b.byID[l.ID] = l
	b.byPair[pair{l.ProjectCodeID, l.TypeID}] = l
	b.types[l.TypeID] = l.Category
}

// codesPerCall bounds the ids one cost-code read names (filters[id][] in the query string).
const codesPerCall = 100

// readCodes reads the project cost codes of ids that b does not have yet.
func readCodes(ctx context.Context, client *procore.Client, id int64, b *projectBudget, ids []int64) error {
	var want []int64
	asked := map[int64]bool{}
	for _, c := range ids {
		if _, ok := b.codes[c]; !ok && c != 0 && !asked[c] {
			asked[c] = true
			want = append(want, c)
		}
	}
	for chunk := range slices.Chunk(want, codesPerCall) {
		codes, err := client.ListProjectCostCodes(id, procore.ListProjectCostCodesOptions{IDs: chunk, View: "erp_compact"}).PerPage(procore.MaxPerPage).Collect(ctx)
		if err != nil {
			return fmt.Errorf("read the cost codes of project %d: %w", id, err)
		}
		for _, c := range codes {
			b.codes[c.ID] = c
		}
	}
	return nil
}

func lineOf(row procore.BudgetDetailRow, codes map[int64]procore.CostCode) (budgetLine, error) {
	n, err := cents(string(row.OriginalBudgetAmount))
	if err != nil {
		return budgetLine{}, err
	}
	l := codeLine(codes, row.CostCodeID, row.CostCode)
	l.ID, l.Cents, l.Category = strconv.FormatInt(row.ID, 10), n, strings.TrimSpace(row.Category)
	l.ProjectCodeID, l.TypeID = row.CostCodeID, row.CategoryID
	return l, nil
}

// codeLine names a project cost code: its full code and name, and the cost-code item's key
// (its standard cost code). words ("01-010 - Project Manager") serve when the project's list
// does not have it.
func codeLine(codes map[int64]procore.CostCode, id int64, words string) budgetLine {
	var l budgetLine
	if c, ok := codes[id]; ok {
		l.Code, l.Name = strings.TrimSpace(deref(c.FullCode)), strings.TrimSpace(c.Name)
		if c.StandardCostCodeID != nil {
			l.CodeKey = strconv.FormatInt(*c.StandardCostCodeID, 10)
		}
	}
	if l.Code == "" {
		code, name, _ := strings.Cut(words, " - ")
		l.Code, l.Name = strings.TrimSpace(code), strings.TrimSpace(name)
	}
	return l
}

// adjustmentLine resolves a budget change line's WBS code to its cost code and cost type.
func (b *projectBudget) adjustmentLine(a procore.BudgetAdjustmentLine) (budgetLine, bool) {
	id, ok := a.WBSID()
	if !ok {
		return budgetLine{}, false
	}
	w, ok := b.wbs[id]
	if !ok {
		return budgetLine{}, false
	}
	code, typ, ok := w.CostCodeAndType()
	if !ok {
		return budgetLine{}, false
	}
	if l, ok := b.byPair[pair{code, typ}]; ok {
		return l, true
	}
	l := codeLine(b.codes, code, w.FlatCode+" - "+w.FlatName)
	l.Category = b.types[typ]
	return l, l.Code != ""
}

// view is the budget view a project's rows are read through: Procore requires one, and any
// view lists the same lines and original amounts; the first is kept.
func (r *reader) view(ctx context.Context, client *procore.Client, id int64) (int64, error) {
	project := strconv.FormatInt(id, 10)
	r.mu.Lock()
	v, ok := r.views[project]
	r.mu.Unlock()
	if ok {
		return v, nil
	}
	views, err := client.ListBudgetViews(id).Collect(ctx)
	if err != nil {
		return 0, fmt.Errorf("read the budget views of project %s: %w", project, err)
	}
	if len(views) > 0 {
		v = views[0].ID
	}
	r.mu.Lock()
	r.views[project] = v
	r.mu.Unlock()
	return v, nil
}

func (r *reader) forgetView(project string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.views, project)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
