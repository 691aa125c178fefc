package budgets

import (
	"fmt"
	"strings"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
)

var (
	_ engine.Previewer = (*Budgets)(nil)
	_ engine.Previewer = (*Changes)(nil)
)

// Preview shows the estimate QuickBooks will receive for a budget.
func (f *Budgets) Preview(it *engine.Item) (engine.Preview, error) {
	d, err := decodeBudget(it)
	if err != nil {
		return engine.Preview{}, err
	}
	s := readSummary(it.Detail)
	p := basePreview(it, s)
	p.Project, p.Number = d.ProjectName, d.Number
	h := f.h()
	if job, _ := jobOf(h, d.Project, d.ProjectName); job != nil {
		p.Job = job.FullName
	}
	for _, l := range d.Lines {
		p.Lines = append(p.Lines, engine.PreviewLine{Item: itemName(h, codeRef{l.CodeKey, l.Code, l.Name}),
			Description: lineDesc(l.Name, l.Category), Amount: money(l.Cents)})
	}
	p.Total, p.LineCount = money(d.total()), len(d.Lines)
	p.Blocks = append(p.Blocks, blocksOf(it)...)
	if fail := budgetProblem(d); fail != nil && it.Failure == nil {
		p.Blocks = append(p.Blocks, engine.PreviewBlock{Says: failureSays(fail)})
	}
	if p.Job == "" && it.Failure == nil {
		p.Blocks = append(p.Blocks, engine.PreviewBlock{Says: failureSays(notLinked(d.ProjectName)), ItemID: engine.ItemID(jobs.Kind, d.Project), Kind: jobs.Kind})
	}
	p.Blocks = append(p.Blocks, codeBlocks(h, budgetCodes(d))...)
	switch {
	case it.QB != nil && it.QB.TxnID != "":
		p.Target = it.QB.FullName
		p.Says = fmt.Sprintf("QuickBooks has this budget as %s; nothing more is sent for it.", it.QB.FullName)
	case len(p.Blocks) > 0:
		p.Says = "Nothing can be sent yet: " + p.Blocks[0].Says
	default:
		p.Request = "EstimateAdd"
		p.Says = fmt.Sprintf("A new estimate on %s: %d lines, %s.", p.Job, p.LineCount, p.Total)
	}
	return p, nil
}

// Preview shows the lines QuickBooks will append to the estimate for a change, and the
// estimate's total before and after.
func (f *Changes) Preview(it *engine.Item) (engine.Preview, error) {
	c, err := decodeChange(it)
	if err != nil {
		return engine.Preview{}, err
	}
	s := readSummary(it.Detail)
	p := basePreview(it, s)
	p.Project, p.Number = c.ProjectName, c.Number
	h := f.h()
	if job, _ := jobOf(h, c.Project, c.ProjectName); job != nil {
		p.Job = job.FullName
	}
	for _, l := range c.Lines {
		p.Lines = append(p.Lines, engine.PreviewLine{Item: itemName(h, codeRef{l.CodeKey, l.Code, l.Name}),
			Description: changeDesc(c, l), Amount: money(l.Cents)})
	}
	p.Total, p.LineCount = money(c.total()), len(c.Lines)
	cp, err := f.ledger.estimate(c.Project)
	if err != nil {
		return engine.Preview{}, err
	}
	budgetID := BudgetItemID(c.Project)
	p.Blocks = append(p.Blocks, blocksOf(it)...)
	if f.estimateOf(c.Project) == "" || cp == nil {
		p.Blocks = append(p.Blocks, engine.PreviewBlock{Says: "The budget of " + c.ProjectName + " is not in QuickBooks as an estimate yet: accept it first.",
			ItemID: budgetID, Kind: BudgetKind})
	}
	p.Blocks = append(p.Blocks, codeBlocks(h, changeCodes(c))...)
	if cp != nil {
		p.Target = "Estimate " + cp.RefNumber
		before := cp.total()
		appended := cp.has(c.marker())
		if appended {
			before -= c.total()
		}
		p.TotalBefore, p.TotalAfter = money(before), money(before+c.total())
		if appended {
			p.Says = fmt.Sprintf("%s already has these lines; nothing more is sent for this change.", p.Target)
			return p, nil
		}
	}
	if len(p.Blocks) > 0 {
		p.Says = "Nothing can be sent yet: " + p.Blocks[0].Says
		return p, nil
	}
	p.Request = "EstimateMod"
	p.Says = fmt.Sprintf("%d line(s) appended below the existing lines of %s on %s: %s; its total goes from %s to %s.",
		p.LineCount, p.Target, p.Job, p.Total, p.TotalBefore, p.TotalAfter)
	return p, nil
}

func basePreview(it *engine.Item, s summary) engine.Preview {
	return engine.Preview{ID: it.ID, Kind: it.Kind, Title: it.Title, ChangedBy: s.ChangedBy, ChangedAt: s.ChangedAt,
		Lines: []engine.PreviewLine{}, Blocks: []engine.PreviewBlock{}, Notes: append([]string{}, it.Notes...),
		Rejection: rejectionNote}
}

// blocksOf is the item's own failure, as a block.
func blocksOf(it *engine.Item) []engine.PreviewBlock {
	var out []engine.PreviewBlock
	if it.Failure != nil {
		out = append(out, engine.PreviewBlock{Says: failureSays(it.Failure)})
	}
	if it.Blocked != nil {
		out = append(out, engine.PreviewBlock{Says: it.Blocked.Says})
	}
	return out
}

func failureSays(f *engine.Failure) string {
	return strings.TrimSpace(f.Message + " " + f.Fix)
}

// codeBlocks names the cost codes QuickBooks has no item for, with their items to export.
func codeBlocks(h engine.Host, codes []codeRef) []engine.PreviewBlock {
	var out []engine.PreviewBlock
	seen := map[string]bool{}
	for _, c := range codes {
		if seen[c.key+"/"+c.code] {
			continue
		}
		seen[c.key+"/"+c.code] = true
		var ref *engine.QBRef
		if c.key != "" && h != nil {
			ref, _ = h.LinkOf(costcodes.Kind, c.key)
		}
		if ref != nil && ref.ListID != "" {
			continue
		}
		b := engine.PreviewBlock{Says: fmt.Sprintf("%s is not a QuickBooks item yet: export it first.", c.words())}
		if c.key != "" {
			b.ItemID, b.Kind = engine.ItemID(costcodes.Kind, c.key), costcodes.Kind
		}
		out = append(out, b)
	}
	return out
}

// itemName is the QuickBooks item a line goes on, or its code while QuickBooks has none.
func itemName(h engine.Host, c codeRef) string {
	if c.key != "" && h != nil {
		if ref, _ := h.LinkOf(costcodes.Kind, c.key); ref != nil && ref.FullName != "" {
			return ref.FullName
		}
	}
	return c.code
}
