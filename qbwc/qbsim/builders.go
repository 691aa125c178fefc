package qbsim

import (
	"fmt"
	"strconv"
)

// Builders create records through the same code paths as qbXML Adds, so a
// seeded company obeys the same rules (unique names, existing references).

// Account describes a chart-of-accounts entry.
type Account struct {
	Name        string `json:"name"`
	Parent      string `json:"parent,omitempty"` // FullName of the parent account
	Type        string `json:"type"`             // qbXML AccountType: Income, Expense, CostOfGoodsSold, Bank, ...
	Number      string `json:"number,omitempty"`
	Description string `json:"description,omitempty"`
	Inactive    bool   `json:"inactive,omitempty"`
}

// Item describes an item. Type "Service" is writable through qbXML; the
// others ("NonInventory", "OtherCharge") exist so names collide (3100).
type Item struct {
	Name          string `json:"name"`
	Parent        string `json:"parent,omitempty"`
	Type          string `json:"type,omitempty"` // Service (default), NonInventory, OtherCharge
	Description   string `json:"description,omitempty"`
	IncomeAccount string `json:"incomeAccount,omitempty"`
	// ExpenseAccount set means SalesAndPurchase (a cost code used on both
	// estimates and bills); otherwise SalesOrPurchase with IncomeAccount.
	ExpenseAccount string `json:"expenseAccount,omitempty"`
	Price          string `json:"price,omitempty"`
	Cost           string `json:"cost,omitempty"`
	Inactive       bool   `json:"inactive,omitempty"`
}

// Customer describes a customer, or a job when Parent is set.
type Customer struct {
	Name        string `json:"name"`
	Parent      string `json:"parent,omitempty"`
	CompanyName string `json:"companyName,omitempty"`
	Phone       string `json:"phone,omitempty"`
	Email       string `json:"email,omitempty"`
	JobStatus   string `json:"jobStatus,omitempty"`
	JobDesc     string `json:"jobDesc,omitempty"`
	Inactive    bool   `json:"inactive,omitempty"`
}

// Vendor describes a vendor (a subcontractor or supplier).
type Vendor struct {
	Name        string `json:"name"`
	CompanyName string `json:"companyName,omitempty"`
	Phone       string `json:"phone,omitempty"`
	Email       string `json:"email,omitempty"`
	Is1099      bool   `json:"is1099,omitempty"`
	Inactive    bool   `json:"inactive,omitempty"`
}

// RecordError is a builder failure: the status QuickBooks would return.
type RecordError struct {
	Code    int
	Message string
}

func (e *RecordError) Error() string { return fmt.Sprintf("qbXML status %d: %s", e.Code, e.Message) }

func fullNameRef(name, fullName string) *element {
	if fullName == "" {
		return nil
	}
	return newElement(name, textElement("FullName", fullName))
}

func optText(name, v string) *element {
	if v == "" {
		return nil
	}
	return textElement(name, v)
}

func (c *Company) build(kind ListKind, fields *element) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := findTooLong(fields); t != nil {
		st := errTooLong(t.value, t.field)
		return "", &RecordError{st.code, st.message}
	}
	rec, st := c.addListRecord(kind, fields, kind.refNoun())
	if st.isError() {
		return "", &RecordError{st.code, st.message}
	}
	return rec.listID, nil
}

// AddAccount creates an account and returns its ListID.
func (c *Company) AddAccount(a Account) (string, error) {
	e := newElement("AccountAdd", textElement("Name", a.Name),
		textElement("IsActive", strconv.FormatBool(!a.Inactive)),
		fullNameRef("ParentRef", a.Parent), textElement("AccountType", a.Type),
		optText("AccountNumber", a.Number), optText("Desc", a.Description))
	return c.build(KindAccount, e)
}

// AddItem creates an item and returns its ListID.
func (c *Company) AddItem(i Item) (string, error) {
	kind, name := KindItemService, "ItemServiceAdd"
	switch i.Type {
	case "NonInventory":
		kind, name = KindItemNonInventory, "ItemNonInventoryAdd"
	case "OtherCharge":
		kind, name = KindItemOtherCharge, "ItemOtherChargeAdd"
	}
	var pricing *element
	if i.ExpenseAccount != "" {
		pricing = newElement("SalesAndPurchase", optText("SalesDesc", i.Description), optText("SalesPrice", i.Price),
			fullNameRef("IncomeAccountRef", i.IncomeAccount), optText("PurchaseDesc", i.Description),
			optText("PurchaseCost", i.Cost), fullNameRef("ExpenseAccountRef", i.ExpenseAccount))
	} else {
		pricing = newElement("SalesOrPurchase", optText("Desc", i.Description), optText("Price", i.Price),
			fullNameRef("AccountRef", i.IncomeAccount))
	}
	e := newElement(name, textElement("Name", i.Name), textElement("IsActive", strconv.FormatBool(!i.Inactive)),
		fullNameRef("ParentRef", i.Parent), pricing)
	return c.build(kind, e)
}

// AddCustomer creates a customer or job and returns its ListID.
func (c *Company) AddCustomer(cu Customer) (string, error) {
	e := newElement("CustomerAdd", textElement("Name", cu.Name), textElement("IsActive", strconv.FormatBool(!cu.Inactive)),
		fullNameRef("ParentRef", cu.Parent), optText("CompanyName", cu.CompanyName), optText("Phone", cu.Phone),
		optText("Email", cu.Email), optText("JobStatus", cu.JobStatus), optText("JobDesc", cu.JobDesc))
	return c.build(KindCustomer, e)
}

// AddVendor creates a vendor and returns its ListID.
func (c *Company) AddVendor(v Vendor) (string, error) {
	e := newElement("VendorAdd", textElement("Name", v.Name), textElement("IsActive", strconv.FormatBool(!v.Inactive)),
		optText("CompanyName", v.CompanyName), optText("Phone", v.Phone), optText("Email", v.Email))
	if v.Is1099 {
		e.add(textElement("IsVendorEligibleFor1099", "true"))
	}
	return c.build(KindVendor, e)
}

// AddEmployee creates an employee. Employees exist in the simulator only
// so that their names collide with customers and vendors (3100).
func (c *Company) AddEmployee(name string) (string, error) {
	return c.build(KindEmployee, newElement("EmployeeAdd", textElement("Name", name)))
}

// AddOtherName creates an Other Name, also only for name collisions.
func (c *Company) AddOtherName(name string) (string, error) {
	return c.build(KindOtherName, newElement("OtherNameAdd", textElement("Name", name)))
}

// SetCompanyDataExt sets a DataExt on the Company object, e.g. the FileID
// the Web Connector stamps under the application's OwnerID.
func (c *Company) SetCompanyDataExt(ownerID, name, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d := c.findDataExt(ownerID, name); d != nil {
		d.value = value
		return
	}
	c.dataExt = append(c.dataExt, dataExtValue{ownerID: ownerID, name: name, value: value})
}

// ListCount returns how many records of a kind exist (active or not).
func (c *Company) ListCount(kind ListKind) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, r := range c.lists {
		if r.kind == kind {
			n++
		}
	}
	return n
}

// TxnCount returns how many transactions of a type exist.
func (c *Company) TxnCount(t TxnType) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, r := range c.txnSeq {
		if r.typ == t {
			n++
		}
	}
	return n
}
