package procoresim

import (
	"fmt"
	"math"
	"slices"
)

// The demo's budgets. QuickBooks' demo company (qbwc/qbsim NewDemoCompany) has jobs named exactly like
// several reference projects, so those are the projects a bookkeeper links first; seedDemoBudgets gives
// them what the budget flows need: locked budgets on cost codes Joblink exports as service items, two
// unlocked budgets, approved and draft budget changes whose adjustment lines follow Procore's signs
// (change_event "to" positive, budget_change "from" negative), a legacy budget modification, and
// projects with the Direct Costs tool on and off.
//
// "Company uses budget changes": Procore migrates a whole company from budget modifications to budget
// changes; afterwards modification writes answer 405 + Allow: GET and the modifications made before
// keep being listed (documents.md A1, PDOCS tutorial_budget_changes_api.md). The reference company is
// such a migrated company (BudgetChangesMigrated): its legacy modifications predate the migration and
// are read-only. A company that has not migrated is the same data with BudgetChangesMigrated false,
// which tests set on their own copy.

// demoBudget is one seeded budget.
type demoBudget struct {
	project string // the project's exact name, which a QuickBooks demo job shares
	locked  bool
	scale   float64 // multiplies the template amounts, so budgets differ
	// directCostsTool is the project's Direct Costs tool; with it on the project gets direct cost
	// records, with it off some lines carry a manual direct_costs figure.
	directCostsTool bool
	changes         bool // approved and draft budget changes (locked budgets only)
	modification    bool // a legacy budget modification made before the company migrated
}

var demoBudgets = []demoBudget{
	{project: "Cedar Ridge Medical Office Building", locked: true, scale: 1.00, changes: true, modification: true},
	{project: "Harbor Point Mixed-Use Apartments", locked: true, scale: 2.35, changes: true},
	{project: "Westfield Parking Structure - Building B", locked: true, scale: 0.62, directCostsTool: true, changes: true},
	{project: "Cedar Ridge Data Center", locked: true, scale: 1.48, directCostsTool: true},
	{project: "Northgate Parking Structure - Building D", locked: true, scale: 0.81, modification: true},
	{project: "Cedar Ridge Warehouse", locked: false, scale: 0.54},
	{project: "Westfield Fire Station - Building F", locked: false, scale: 0.77},
}

// demoLine is a budget line of the template: a standard cost code's full code, a cost type code and
// an amount in dollars.
type demoLine struct {
	fullCode, costType string
	amount             float64
}

var demoBudgetLines = []demoLine{
	{"01-100", "L", 48_250}, {"01-120", "M", 18_540}, {"01-180", "L", 9_875},
	{"03-110", "M", 64_512.50}, {"03-120", "S", 212_400}, {"05-100", "S", 186_030},
	{"06-100", "L", 42_180}, {"07-110", "M", 23_815.75}, {"07-120", "S", 96_500},
	{"08-150", "M", 71_240}, {"09-100", "S", 88_410}, {"09-150", "S", 31_600},
	{"22-130", "S", 54_335.20}, {"23-100", "S", 118_960}, {"26-120", "S", 67_250},
}

// demoEpoch dates the demo's budget records; the company's migration to budget changes is later
// than its legacy modifications and earlier than its budget changes.
const (
	demoBudgetCreated = "2024-02-05T15:00:00Z"
	demoModified      = "2024-03-12T16:20:00Z"
	demoChangesAt     = "2024-06-18T14:05:00Z"
)

// seedDemoBudgets adds the demo budgets to the reference company and settles the company-wide budget
// facts the fixtures leave open (see the comment above and normalizeAdjustmentTypes).
func seedDemoBudgets(c *Company) error {
	c.BudgetChangesMigrated = true
	normalizeAdjustmentTypes(c)
	for _, direct := range c.directCosts.rows {
		if project := c.projects.byID[direct.ProjectID]; project != nil {
			project.DirectCostsTool = true // a project with direct cost records uses the tool
		}
	}
	for _, view := range c.budgetViews.rows {
		if view.Role == "standard" && !slices.Contains(view.Columns, "approved_cos") {
			view.Columns = append([]string{"approved_cos"}, view.Columns...)
		}
	}
	for n, budget := range demoBudgets {
		if err := c.seedDemoBudget(n, budget); err != nil {
			return fmt.Errorf("demo budget for %q: %w", budget.project, err)
		}
	}
	return nil
}

// normalizeAdjustmentTypes gives the fixtures' adjustment lines Procore's types: a positive line is
// the "to" side of its adjustment (change_event), a negative one a "from" side (budget_change).
func normalizeAdjustmentTypes(c *Company) {
	for _, change := range c.budgetChanges.rows {
		for _, line := range change.Adjustments {
			line.Type = "budget_change"
			if line.Amount > 0 {
				line.Type = "change_event"
			}
		}
	}
}

func (c *Company) projectNamed(name string) *Project {
	for _, project := range c.projects.rows {
		if project.Name == name {
			return project
		}
	}
	return nil
}

// projectCodeByFullCode is the project's copy of a standard cost code.
func (c *Company) projectCodeByFullCode(project *Project, fullCode string) *ProjectCostCode {
	for _, code := range c.projectCostCodes(project) {
		if code.FullCode == fullCode {
			return code
		}
	}
	return nil
}

func (c *Company) lineItemTypeByCode(code string) *LineItemType {
	for _, t := range c.lineItemTypes.rows {
		if t.Code == code {
			return t
		}
	}
	return nil
}

func (c *Company) seedDemoBudget(n int, budget demoBudget) error {
	project := c.projectNamed(budget.project)
	if project == nil {
		return fmt.Errorf("no such project")
	}
	project.DirectCostsTool = budget.directCostsTool
	c.SetBudgetLocked(project.ID, budget.locked)
	lines := map[string]*BudgetLineItem{}
	for i, template := range demoBudgetLines {
		code, costType := c.projectCodeByFullCode(project, template.fullCode), c.lineItemTypeByCode(template.costType)
		if code == nil || costType == nil {
			return fmt.Errorf("cost code %s.%s is missing", template.fullCode, template.costType)
		}
		item := &BudgetLineItem{ID: c.budgetLineItems.nextID(budgetLineItemIDBase), ProjectID: project.ID, CostCodeID: code.ID,
			LineItemTypeID: costType.ID, OriginalBudgetAmount: math.Round(template.amount*budget.scale*100) / 100,
			CalculationStrategy: "manual", CreatedAt: demoBudgetCreated, UpdatedAt: demoBudgetCreated}
		if !budget.directCostsTool && i%3 == 0 {
			spent := math.Round(item.OriginalBudgetAmount*float64(20+10*(i%5)+n)) / 100
			item.DirectCosts = &spent // a figure entered by hand (or by a connector) before
		}
		if err := c.AddBudgetLineItem(item); err != nil {
			return err
		}
		lines[template.fullCode+"."+template.costType] = item
	}
	if budget.directCostsTool {
		if err := c.seedDemoDirectCosts(project, lines); err != nil {
			return err
		}
	}
	if budget.modification {
		from, to := lines["01-120.M"], lines["03-120.S"]
		notes := "Moved unused temporary facilities allowance to concrete overrun"
		m := &BudgetModification{ID: c.budgetModifications.nextID(budgetModificationIDBase), ProjectID: project.ID,
			FromBudgetLineItemID: &from.ID, ToBudgetLineItemID: to.ID, TransferAmount: formatDecimal(round2(4_500 * budget.scale)),
			Notes: &notes, CreatedAt: demoModified, UpdatedAt: demoModified}
		if err := c.AddBudgetModification(m); err != nil {
			return err
		}
	}
	if budget.changes {
		return c.seedDemoBudgetChanges(project, lines, budget.scale)
	}
	return nil
}

// seedDemoBudgetChanges adds an approved transfer, an approved owner-funded increase and a draft
// transfer to a locked budget.
func (c *Company) seedDemoBudgetChanges(project *Project, lines map[string]*BudgetLineItem, scale float64) error {
	type adjustment struct {
		number      int
		line, kind  string
		amount      float64
		description string
	}
	changes := []struct {
		status, title string
		adjustments   []adjustment
	}{
		{"approved", "Structural steel connection redesign", []adjustment{
			{1, "05-100.S", "change_event", 7_500, "Added moment connections per SE revision"},
			{1, "01-120.M", "budget_change", -5_000, "From temporary facilities"},
			{1, "09-150.S", "budget_change", -2_500, "From painting allowance"}}},
		{"approved", "Owner-added rooftop unit", []adjustment{
			{1, "23-100.S", "change_event", 12_400, "Owner directive #4: second rooftop unit"}}},
		{"draft", "Value engineering: drywall to paint", []adjustment{
			{1, "09-150.S", "change_event", 3_200, "Additional paint scope"},
			{1, "09-100.S", "budget_change", -3_200, "Reduced gypsum board"}}},
	}
	for n, spec := range changes {
		title, description := spec.title, "<p>"+spec.title+"</p>"
		change := &BudgetChange{ID: c.budgetChanges.nextID(budgetChangeIDBase), ProjectID: project.ID, Number: n + 1,
			Status: spec.status, Title: &title, Description: &description, ERPStatus: "not_in_erp",
			CreatedAt: demoChangesAt, UpdatedAt: demoChangesAt}
		next := c.nextAdjustmentID()
		for i, adj := range spec.adjustments {
			line := lines[adj.line]
			if line == nil {
				return fmt.Errorf("budget change line %s is missing", adj.line)
			}
			text := adj.description
			change.Adjustments = append(change.Adjustments, &BudgetChangeAdjustment{ID: next + int64(i),
				AdjustmentNumber: adj.number, WBSCodeID: line.WBSCodeID, Description: &text, CalculationStrategy: "manual",
				Type: adj.kind, Amount: round2(adj.amount * scale)})
		}
		if err := c.AddBudgetChange(change); err != nil {
			return err
		}
	}
	return nil
}

// seedDemoDirectCosts records direct costs on a project whose Direct Costs tool is on: approved and
// pending ones reach the budget, the draft one does not.
func (c *Company) seedDemoDirectCosts(project *Project, lines map[string]*BudgetLineItem) error {
	costs := []struct {
		status, invoice, line string
		amount                float64
	}{
		{"approved", "RS-20418", "03-110.M", 18_240.55},
		{"approved", "HD-7781", "06-100.L", 6_120},
		{"pending", "RS-20477", "03-110.M", 4_310.20},
		{"draft", "CT-1102", "07-110.M", 2_999.99},
	}
	for _, spec := range costs {
		invoice := spec.invoice
		amount := formatDecimal(spec.amount)
		cost := &DirectCost{ID: c.directCosts.nextID(directCostIDBase), ProjectID: project.ID, DirectCostType: "invoice",
			InvoiceNumber: &invoice, Status: spec.status, Amount: amount, GrandTotal: amount,
			CreatedAt: demoChangesAt, UpdatedAt: demoChangesAt}
		if err := c.AddDirectCost(cost); err != nil {
			return err
		}
		line := lines[spec.line]
		if err := c.AddDirectCostLine(&DirectCostLineItem{ID: c.directCostLines.nextID(directCostLineIDBase), ProjectID: project.ID,
			DirectCostID: cost.ID, CostCodeID: line.CostCodeID, LineItemTypeID: line.LineItemTypeID, Amount: amount,
			Quantity: "1.0", UnitCost: amount, ExtendedType: "manual", Position: 1, CreatedAt: demoChangesAt, UpdatedAt: demoChangesAt}); err != nil {
			return err
		}
	}
	return nil
}
