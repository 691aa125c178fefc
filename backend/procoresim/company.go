package procoresim

import (
	"fmt"
	"sort"
	"time"
)

// Company holds one Procore company's data. Build it with NewCompany and the Add methods (or load the
// reference company with NewReferenceCompany) and hand it to New through Options.Companies; after that
// the Server owns it and guards it with its own lock.
type Company struct {
	ID       int64
	Name     string
	IsActive bool
	// BudgetChangesMigrated marks a company that moved from budget modifications to budget changes:
	// budget modification writes then answer 405 with Allow: GET (reference §8.7).
	BudgetChangesMigrated bool

	projects      *table[*Project]
	vendors       *table[*Vendor]
	costCodeLists *table[*StandardCostCodeList]
	costCodes     *table[*StandardCostCode]
	lineItemTypes *table[*LineItemType]
	directCosts   *table[*DirectCost]
	// directCostLines are company-wide so line ids stay unique across direct costs.
	directCostLines *table[*DirectCostLineItem]
	commitments     *table[*Commitment]
	// contractPayments are company-wide so payment ids stay unique across commitments.
	contractPayments *table[*ContractPayment]
	budgetLocked     map[int64]bool
	// projectCodes holds every project's cost codes; derivedCostCodes marks the projects whose codes
	// have been copied from their standard list (on first use, see projectCostCodes).
	projectCodes        *table[*ProjectCostCode]
	derivedCostCodes    map[int64]bool
	budgetViews         *table[*BudgetView]
	budgetLineItems     *table[*BudgetLineItem]
	wbsCodes            *table[*WBSCode]
	budgetModifications *table[*BudgetModification]
	budgetChanges       *table[*BudgetChange]
	changeOrders        *table[*CommitmentChangeOrder]
	requisitions        *table[*Requisition]

	// clock stamps the records added without created_at or updated_at: the Server's clock
	// once New owns the company (Options.Now), the wall clock before.
	clock func() time.Time
}

// NewCompany returns an empty active company.
func NewCompany(id int64, name string) *Company {
	return &Company{
		ID: id, Name: name, IsActive: true,
		projects:            newTable[*Project](),
		vendors:             newTable[*Vendor](),
		costCodeLists:       newTable[*StandardCostCodeList](),
		costCodes:           newTable[*StandardCostCode](),
		lineItemTypes:       newTable[*LineItemType](),
		directCosts:         newTable[*DirectCost](),
		directCostLines:     newTable[*DirectCostLineItem](),
		commitments:         newTable[*Commitment](),
		contractPayments:    newTable[*ContractPayment](),
		budgetLocked:        map[int64]bool{},
		projectCodes:        newTable[*ProjectCostCode](),
		derivedCostCodes:    map[int64]bool{},
		budgetViews:         newTable[*BudgetView](),
		budgetLineItems:     newTable[*BudgetLineItem](),
		wbsCodes:            newTable[*WBSCode](),
		budgetModifications: newTable[*BudgetModification](),
		budgetChanges:       newTable[*BudgetChange](),
		changeOrders:        newTable[*CommitmentChangeOrder](),
		requisitions:        newTable[*Requisition](),
	}
}

// stamp fills in the created_at and updated_at a record was added without: Procore always
// returns both (an ISO-8601 time), and a client's incremental reads filter on them, so a record
// stored without them would be one Procore could never have served. A record given only one
// gets the other from it (created no later than updated); one given neither is added now.
func (c *Company) stamp(createdAt, updatedAt *string) {
	switch {
	case *createdAt == "" && *updatedAt != "":
		*createdAt = *updatedAt
	case *createdAt == "":
		clock := c.clock
		if clock == nil {
			clock = time.Now
		}
		*createdAt = clock().UTC().Format(time.RFC3339)
	}
	if *updatedAt == "" {
		*updatedAt = *createdAt
	}
}

// AddProject stores p as given (its id must be set and unused), stamped now when it has no
// created_at or updated_at.
func (c *Company) AddProject(p *Project) error {
	c.stamp(&p.CreatedAt, &p.UpdatedAt)
	p.Company = companyRef{ID: c.ID, Name: c.Name}
	if p.CustomFields == nil {
		p.CustomFields = map[string]any{}
	}
	return c.projects.insert(p)
}

// AddVendor stores v as given, stamped now when it has no created_at or updated_at.
func (c *Company) AddVendor(v *Vendor) error {
	c.stamp(&v.CreatedAt, &v.UpdatedAt)
	v.fillDefaults()
	return c.vendors.insert(v)
}

// AddStandardCostCodeList stores l as given.
func (c *Company) AddStandardCostCodeList(l *StandardCostCodeList) error {
	return c.costCodeLists.insert(l)
}

// AddStandardCostCode stores code as given; its list must exist.
func (c *Company) AddStandardCostCode(code *StandardCostCode) error {
	if _, ok := c.costCodeLists.byID[code.ListID]; !ok {
		return fmt.Errorf("add standard cost code %d: list %d does not exist", code.ID, code.ListID)
	}
	return c.costCodes.insert(code)
}

// AddLineItemType stores t as given.
func (c *Company) AddLineItemType(t *LineItemType) error { return c.lineItemTypes.insert(t) }

// AddDirectCost stores d as given; its project must exist.
func (c *Company) AddDirectCost(d *DirectCost) error {
	if _, ok := c.projects.byID[d.ProjectID]; !ok {
		return fmt.Errorf("add direct cost %d: project %d does not exist", d.ID, d.ProjectID)
	}
	c.stamp(&d.CreatedAt, &d.UpdatedAt)
	return c.directCosts.insert(d)
}

// SetBudgetLocked sets a project's budget lock state (reference §8.6).
func (c *Company) SetBudgetLocked(projectID int64, locked bool) { c.budgetLocked[projectID] = locked }

// row is what every stored resource provides so one table type can index, order and match them.
type row interface {
	rowID() int64
	rowOriginID() *string
}

// table keeps rows in id order (Procore lists are stable, and paging needs a stable order) with
// an id index. origin_id uniqueness is per company across resource kinds of one type, so each
// table checks it within itself.
type table[T row] struct {
	rows []T
	byID map[int64]T
}

func newTable[T row]() *table[T] { return &table[T]{byID: map[int64]T{}} }

func (t *table[T]) insert(r T) error {
	if _, dup := t.byID[r.rowID()]; dup {
		return fmt.Errorf("insert: id %d already exists", r.rowID())
	}
	if origin := r.rowOriginID(); origin != nil && *origin != "" {
		if _, taken := t.findOrigin(*origin); taken {
			return fmt.Errorf("insert %d: origin_id %q already taken", r.rowID(), *origin)
		}
	}
	t.byID[r.rowID()] = r
	index := sort.Search(len(t.rows), func(i int) bool { return t.rows[i].rowID() >= r.rowID() })
	t.rows = append(t.rows, r)
	copy(t.rows[index+1:], t.rows[index:])
	t.rows[index] = r
	return nil
}

// findOrigin is a scan: origin_id lookups happen per sync item, and a map kept in step with every
// attribute write would be one more thing to get wrong for no measurable gain at these sizes.
func (t *table[T]) findOrigin(origin string) (T, bool) {
	for _, r := range t.rows {
		if o := r.rowOriginID(); o != nil && *o == origin {
			return r, true
		}
	}
	var zero T
	return zero, false
}

// replace swaps in a new version of a stored row (updates replace rows, never edit them in place,
// so a cloned company keeps its own versions).
func (t *table[T]) replace(r T) {
	t.byID[r.rowID()] = r
	for i := range t.rows {
		if t.rows[i].rowID() == r.rowID() {
			t.rows[i] = r
		}
	}
}

// removeWhere deletes every row drop selects.
func (t *table[T]) removeWhere(drop func(T) bool) {
	kept := t.rows[:0:0]
	for _, r := range t.rows {
		if drop(r) {
			delete(t.byID, r.rowID())
			continue
		}
		kept = append(kept, r)
	}
	t.rows = kept
}

// nextID hands out ids above 2^32 so that a client truncating to int32 breaks visibly.
func (t *table[T]) nextID(base int64) int64 {
	next := base
	if len(t.rows) > 0 && t.rows[len(t.rows)-1].rowID() >= next {
		next = t.rows[len(t.rows)-1].rowID() + 1
	}
	return next
}

type companyRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// clone copies the company deeply enough for two Servers to change their copies independently: rows
// are copied by value, and updates replace rows rather than editing them in place. (Commitment line
// items, change order lines and requisition items stay shared: nothing writes them in place.)
func (c *Company) clone() *Company {
	copied := NewCompany(c.ID, c.Name)
	copied.IsActive, copied.clock = c.IsActive, c.clock
	copyTable(c.projects, copied.projects)
	copyTable(c.vendors, copied.vendors)
	copyTable(c.costCodeLists, copied.costCodeLists)
	copyTable(c.costCodes, copied.costCodes)
	copyTable(c.lineItemTypes, copied.lineItemTypes)
	copyTable(c.directCosts, copied.directCosts)
	copyTable(c.directCostLines, copied.directCostLines)
	copyTable(c.commitments, copied.commitments)
	copyTable(c.contractPayments, copied.contractPayments)
	for id, locked := range c.budgetLocked {
		copied.budgetLocked[id] = locked
	}
	copied.BudgetChangesMigrated = c.BudgetChangesMigrated
	copyTable(c.projectCodes, copied.projectCodes)
	for id, derived := range c.derivedCostCodes {
		copied.derivedCostCodes[id] = derived
	}
	copyTable(c.budgetViews, copied.budgetViews)
	copyTable(c.budgetLineItems, copied.budgetLineItems)
	copyTable(c.wbsCodes, copied.wbsCodes)
	copyTable(c.budgetModifications, copied.budgetModifications)
	copyTable(c.budgetChanges, copied.budgetChanges)
	copyTable(c.changeOrders, copied.changeOrders)
	copyTable(c.requisitions, copied.requisitions)
	return copied
}

func copyTable[R any, T interface {
	*R
	row
}](from, to *table[T]) {
	to.rows = make([]T, len(from.rows))
	for i, r := range from.rows {
		value := *r
		to.rows[i] = T(&value)
		to.byID[r.rowID()] = to.rows[i]
	}
}
