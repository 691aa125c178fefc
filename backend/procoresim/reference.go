package procoresim

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sync"

	procorefixtures "joblink/testdata/procore"
)

// Reference company users: an admin who sees every project, and a field user on a handful of projects,
// so "404 for a project you cannot see" can be tried in a browser against the standalone simulator.
const (
	ReferenceFieldUserID       int64 = 7_340_032_202
	referenceFieldUserProjects       = 10
)

// NewReferenceCompany loads the seeded reference company (testdata/procore, embedded): about 1,000
// standard cost codes, 300 projects with addresses, 3,000 vendors, direct costs (a third of them
// ERP-locked), budget lock states, subcontracts and purchase orders in several states with line items,
// payments on the approved ones (half of them ERP-locked), budgets with line items per cost code on
// the first twelve projects (modifications and budget changes on the locked ones), commitment
// change orders with line items, and subcontractor invoices with retainage; plus the demo budgets
// (budgetdemo.go) on the projects QuickBooks' demo jobs are named after. Each call returns a fresh
// copy that a Server may modify.
func NewReferenceCompany() (*Company, error) {
	referenceOnce.Do(func() { reference, referenceErr = loadCompany(procorefixtures.Files) })
	if referenceErr != nil {
		return nil, referenceErr
	}
	return reference.clone(), nil
}

// The fixtures are decoded once per process; every caller gets its own clone of the result.
var (
	referenceOnce sync.Once
	reference     *Company
	referenceErr  error
)

// ReferenceUsers returns the users for the reference company: DefaultUserID (admin, first, so the
// consent page and AutoApprove pick it) and ReferenceFieldUserID, limited to the first ten projects.
func ReferenceUsers(company *Company) []User {
	field := User{ID: ReferenceFieldUserID, Login: "field@example.com", Name: "Frankie Field", ProjectIDs: []int64{}}
	for _, project := range company.projects.rows[:min(referenceFieldUserProjects, len(company.projects.rows))] {
		field.ProjectIDs = append(field.ProjectIDs, project.ID)
	}
	return []User{{ID: DefaultUserID, Login: "pm@example.com", Name: "Pat Manager"}, field}
}

func loadCompany(files fs.FS) (*Company, error) {
	var header struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	}
	if err := readFixture(files, "company.json", &header); err != nil {
		return nil, err
	}
	company := NewCompany(header.ID, header.Name)
	var (
		lists    []*StandardCostCodeList
		codes    []*StandardCostCode
		types    []*LineItemType
		projects []*Project
		vendors  []*Vendor
		costs    []*DirectCost
		locked   []int64
	)
	for name, target := range map[string]any{
		"standard_cost_code_lists.json": &lists, "standard_cost_codes.json": &codes,
		"line_item_types.json": &types, "projects.json": &projects, "vendors.json": &vendors,
		"direct_costs.json": &costs, "budget_locks.json": &locked,
	} {
		if err := readFixture(files, name, target); err != nil {
			return nil, err
		}
	}
	var projectIDs []struct {
		ProjectID int64 `json:"project_id"`
	}
	if err := readFixture(files, "direct_costs.json", &projectIDs); err != nil {
		return nil, err
	}
	for i := range costs {
		costs[i].ProjectID = projectIDs[i].ProjectID
	}
	var contracts []commitmentFixture
	var payments []*ContractPayment
	if err := readFixture(files, "commitments.json", &contracts); err != nil {
		return nil, err
	}
	if err := readFixture(files, "contract_payments.json", &payments); err != nil {
		return nil, err
	}
	// Order matters: codes need their list, direct costs their project.
	for _, add := range []func() error{
		func() error { return addAll(lists, company.AddStandardCostCodeList) },
		func() error { return addAll(codes, company.AddStandardCostCode) },
		func() error { return addAll(types, company.AddLineItemType) },
		func() error { return addAll(projects, company.AddProject) },
		func() error { return addAll(vendors, company.AddVendor) },
		func() error { return addAll(costs, company.AddDirectCost) },
		func() error {
			return addAll(contracts, func(f commitmentFixture) error { return company.AddCommitment(f.commitment()) })
		},
		func() error { return addAll(payments, company.AddContractPayment) },
	} {
		if err := add(); err != nil {
			return nil, fmt.Errorf("load reference company: %w", err)
		}
	}
	for _, id := range locked {
		company.SetBudgetLocked(id, true)
	}
	if err := loadBudgetsAndChangeOrders(files, company); err != nil {
		return nil, fmt.Errorf("load reference company: %w", err)
	}
	if err := seedDemoBudgets(company); err != nil {
		return nil, fmt.Errorf("load reference company: %w", err)
	}
	return company, nil
}

// loadBudgetsAndChangeOrders adds budget views, budget line items (deriving their projects' cost
// codes), budget modifications and changes, commitment change orders and requisitions.
func loadBudgetsAndChangeOrders(files fs.FS, company *Company) error {
	var (
		views         []*BudgetView
		items         []*BudgetLineItem
		modifications []*BudgetModification
		changes       []*BudgetChange
		orders        []*CommitmentChangeOrder
		requisitions  []*Requisition
	)
	for name, target := range map[string]any{
		"budget_views.json": &views, "budget_line_items.json": &items, "budget_modifications.json": &modifications,
		"budget_changes.json": &changes, "commitment_change_orders.json": &orders, "requisitions.json": &requisitions,
	} {
		if err := readFixture(files, name, target); err != nil {
			return err
		}
	}
	// The API shapes hide the project of modifications and change orders; it follows from the line
	// item and the commitment they belong to.
	for _, m := range modifications {
		for _, item := range items {
			if item.ID == m.ToBudgetLineItemID {
				m.ProjectID = item.ProjectID
			}
		}
	}
	for _, order := range orders {
		if commitment := company.commitments.byID[order.ContractID]; commitment != nil {
			order.ProjectID = commitment.ProjectID
		}
	}
	for _, add := range []func() error{
		func() error { return addAll(views, company.AddBudgetView) },
		func() error { return addAll(items, company.AddBudgetLineItem) },
		func() error { return addAll(modifications, company.AddBudgetModification) },
		func() error { return addAll(changes, company.AddBudgetChange) },
		func() error { return addAll(orders, company.AddCommitmentChangeOrder) },
		func() error { return addAll(requisitions, company.AddRequisition) },
	} {
		if err := add(); err != nil {
			return err
		}
	}
	return nil
}

// commitmentFixture carries the links the API shape hides (type, project, vendor, cost code ids).
type commitmentFixture struct {
	Commitment
	Type      string `json:"type"`
	ProjectID int64  `json:"project_id"`
	VendorID  int64  `json:"vendor_id"`
	LineItems []struct {
		CommitmentLineItem
		CostCodeID     int64 `json:"cost_code_id"`
		LineItemTypeID int64 `json:"line_item_type_id"`
	} `json:"line_items"`
}

func (f commitmentFixture) commitment() *Commitment {
	commitment := f.Commitment
	commitment.Type, commitment.ProjectID, commitment.VendorID = f.Type, f.ProjectID, f.VendorID
	for _, line := range f.LineItems {
		item := line.CommitmentLineItem
		item.CostCodeID, item.LineItemTypeID = line.CostCodeID, line.LineItemTypeID
		commitment.LineItems = append(commitment.LineItems, &item)
	}
	return &commitment
}

func readFixture(files fs.FS, name string, target any) error {
	raw, err := fs.ReadFile(files, name)
	if err != nil {
		return fmt.Errorf("read fixture %s: %w", name, err)
	}
	if err := json.Unmarshal(raw, target); err != nil {
		return fmt.Errorf("decode fixture %s: %w", name, err)
	}
	return nil
}

func addAll[T any](rows []T, add func(T) error) error {
	for _, row := range rows {
		if err := add(row); err != nil {
			return err
		}
	}
	return nil
}
