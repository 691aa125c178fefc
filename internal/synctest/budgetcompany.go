package synctest

import (
	"testing"

	"joblink/backend/procoresim"
)

// StandardCode is one standard cost code of a BudgetCompany's ERP list.
type StandardCode struct {
	ID         int64
	Code, Name string
}

// BudgetOptions describe a BudgetCompany. The ids are the test's own, so that each package
// keeps to its own range.
type BudgetOptions struct {
	ID   int64 // the company
	Name string
	// CodeList is the ERP standard cost code list, with Codes; a project's cost codes derive
	// from it (the nth code is procoresim.ProjectCostCodeID(project, n)).
	CodeList int64
	Codes    []StandardCode
	// LineItemType is every budget line's cost type.
	LineItemType procoresim.LineItemType
	// BudgetView numbers the projects' standard budget views: project p's is
	// BudgetView + p%1000. ViewName and ViewColumns are the view's name and columns.
	BudgetView  int64
	ViewName    string
	ViewColumns []string
}

// A BudgetCompany is a Procore company for the budget and job-cost tests: one ERP standard
// cost code list, one cost type, and projects on the list, each with a standard budget view
// and manual original-budget lines.
type BudgetCompany struct {
	*procoresim.Company
	o BudgetOptions
}

// When the test company's projects and budget lines were created: fixed, so that the data the
// flows read does not change between runs (or between a crash campaign's two processes).
const (
	projectsCreated = "2026-10-01T08:00:00Z"
	linesCreated    = "2026-10-02T08:00:00Z"
)

// NewBudgetCompany makes the company with its cost code list and cost type, and no projects.
func NewBudgetCompany(t testing.TB, o BudgetOptions) *BudgetCompany {
	t.Helper()
	bc := &BudgetCompany{Company: procoresim.NewCompany(o.ID, o.Name), o: o}
	fatalIf(t, bc.AddStandardCostCodeList(&procoresim.StandardCostCodeList{ID: o.CodeList, Name: "ERP list", IsERPList: true,
		AvailableToUseOnNewProjects: true}))
	for _, c := range o.Codes {
		fatalIf(t, bc.AddStandardCostCode(&procoresim.StandardCostCode{ID: c.ID, ListID: o.CodeList, Code: c.Code, FullCode: c.Code, Name: c.Name}))
	}
	typ := o.LineItemType
	fatalIf(t, bc.AddLineItemType(&typ))
	return bc
}

// ViewID is the id of project's standard budget view.
func (bc *BudgetCompany) ViewID(project int64) int64 { return bc.o.BudgetView + project%1000 }

// AddBudgetProject adds an active project on the cost code list, with its standard budget
// view and no budget lines.
func (bc *BudgetCompany) AddBudgetProject(t testing.TB, id int64, name string) {
	t.Helper()
	list := bc.o.CodeList
	fatalIf(t, bc.AddProject(&procoresim.Project{ID: id, Name: name, DisplayName: name, Active: true,
		StandardCostCodeListID: &list, CreatedAt: projectsCreated, UpdatedAt: projectsCreated}))
	fatalIf(t, bc.AddBudgetView(&procoresim.BudgetView{ID: bc.ViewID(id), Name: bc.o.ViewName, Role: "standard",
		Columns: bc.o.ViewColumns, CreatedAt: projectsCreated, UpdatedAt: projectsCreated}))
}

// BudgetLine is a manual original-budget line of project on its code'th cost code (an index
// into BudgetOptions.Codes), not yet added: set what else the test needs, then AddBudgetLine.
func (bc *BudgetCompany) BudgetLine(id, project int64, code int, amount float64) *procoresim.BudgetLineItem {
	return &procoresim.BudgetLineItem{ID: id, ProjectID: project, CostCodeID: procoresim.ProjectCostCodeID(project, code),
		LineItemTypeID: bc.o.LineItemType.ID, OriginalBudgetAmount: amount, CalculationStrategy: "manual",
		CreatedAt: linesCreated, UpdatedAt: linesCreated}
}

// AddBudgetLine adds a line BudgetLine made.
func (bc *BudgetCompany) AddBudgetLine(t testing.TB, item *procoresim.BudgetLineItem) *procoresim.BudgetLineItem {
	t.Helper()
	fatalIf(t, bc.AddBudgetLineItem(item))
	return item
}

func fatalIf(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
