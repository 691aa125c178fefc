package qbsim

import (
	"fmt"
	"strconv"
	"strings"
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

// Address is a qbXML address (BillAddress, ShipAddress, VendorAddress).
// QuickBooks limits: lines 41 characters, City 31, State 21, PostalCode
// 13, Country 31; a longer value fails like a qbXML Add (3070).
type Address struct {
	Addr1      string `json:"addr1,omitempty"`
	Addr2      string `json:"addr2,omitempty"`
	Addr3      string `json:"addr3,omitempty"`
	City       string `json:"city,omitempty"`
	State      string `json:"state,omitempty"`
	PostalCode string `json:"postalCode,omitempty"`
	Country    string `json:"country,omitempty"`
}

// element renders the address as the named aggregate, nil when empty
// (QuickBooks then reports no such aggregate).
func (a Address) element(name string) *element {
	if a == (Address{}) {
		return nil
	}
	return newElement(name, optText("Addr1", a.Addr1), optText("Addr2", a.Addr2), optText("Addr3", a.Addr3),
		optText("City", a.City), optText("State", a.State), optText("PostalCode", a.PostalCode),
		optText("Country", a.Country))
}

// Customer describes a customer, or a job when Parent is set. Like a
// CustomerAdd, a job does not inherit its parent's addresses: an empty
// ShipAddress stays empty ("Ship To" blank in QuickBooks).
type Customer struct {
	Name        string  `json:"name"`
	Parent      string  `json:"parent,omitempty"`
	CompanyName string  `json:"companyName,omitempty"`
	BillAddress Address `json:"billAddress,omitzero"`
	ShipAddress Address `json:"shipAddress,omitzero"`
	Phone       string  `json:"phone,omitempty"`
	Fax         string  `json:"fax,omitempty"`
	Email       string  `json:"email,omitempty"`
	JobStatus   string  `json:"jobStatus,omitempty"`
	JobDesc     string  `json:"jobDesc,omitempty"`
	Inactive    bool    `json:"inactive,omitempty"`
}

// Vendor describes a vendor (a subcontractor or supplier). VendorType
// names a Vendor Type list entry (FullName, "Parent:Child" for a sub-type);
// AddVendor creates a missing one first, as QuickBooks requires the entry
// to exist before a VendorAdd may reference it (3140 otherwise).
type Vendor struct {
	Name        string  `json:"name"`
	CompanyName string  `json:"companyName,omitempty"`
	Address     Address `json:"address,omitzero"`
	Phone       string  `json:"phone,omitempty"`
	Fax         string  `json:"fax,omitempty"`
	Email       string  `json:"email,omitempty"`
	VendorType  string  `json:"vendorType,omitempty"`
	Is1099      bool    `json:"is1099,omitempty"`
	Inactive    bool    `json:"inactive,omitempty"`
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
	orderBySchema(fields)
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
		fullNameRef("ParentRef", cu.Parent), optText("CompanyName", cu.CompanyName),
		cu.BillAddress.element("BillAddress"), cu.ShipAddress.element("ShipAddress"),
		optText("Phone", cu.Phone), optText("Fax", cu.Fax), optText("Email", cu.Email),
		optText("JobStatus", cu.JobStatus), optText("JobDesc", cu.JobDesc))
	return c.build(KindCustomer, e)
}

// AddVendor creates a vendor and returns its ListID. A VendorType that
// does not exist yet is added to the Vendor Type list first.
func (c *Company) AddVendor(v Vendor) (string, error) {
	if v.VendorType != "" {
		if _, err := c.AddVendorType(v.VendorType); err != nil {
			return "", err
		}
	}
	e := newElement("VendorAdd", textElement("Name", v.Name), textElement("IsActive", strconv.FormatBool(!v.Inactive)),
		optText("CompanyName", v.CompanyName), v.Address.element("VendorAddress"),
		optText("Phone", v.Phone), optText("Fax", v.Fax), optText("Email", v.Email),
		fullNameRef("VendorTypeRef", v.VendorType))
	if v.Is1099 {
		e.add(textElement("IsVendorEligibleFor1099", "true"))
	}
	return c.build(KindVendor, e)
}

// AddVendorType makes sure the Vendor Type fullName ("Subcontractor", or
// "Subcontractor:Electrical" with its parent) exists, adding what is
// missing through the VendorTypeAdd path, and returns its ListID.
func (c *Company) AddVendorType(fullName string) (string, error) {
	var parent, id string
	for _, name := range strings.Split(fullName, ":") {
		if strings.TrimSpace(name) == "" {
			return "", &RecordError{StatusInvalidName, fmt.Sprintf("vendor type %q has an empty name", fullName)}
		}
		full := name
		if parent != "" {
			full = parent + ":" + name
		}
		c.mu.Lock()
		existing := c.lookupName(nsVendorType, full)
		c.mu.Unlock()
		if existing != nil {
			id = existing.listID
		} else {
			var err error
			e := newElement("VendorTypeAdd", textElement("Name", name), fullNameRef("ParentRef", parent))
			if id, err = c.build(KindVendorType, e); err != nil {
				return "", fmt.Errorf("vendor type %q: %w", full, err)
			}
		}
		parent = full
	}
	return id, nil
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

// Transaction describes a seeded transaction: a Bill, Check,
// CreditCardCharge, ItemReceipt or JournalEntry (the job-cost sources),
// or an Estimate or PurchaseOrder.
type Transaction struct {
	Type         string        `json:"type"`
	Vendor       string        `json:"vendor,omitempty"`   // Bill, ItemReceipt, PurchaseOrder
	Payee        string        `json:"payee,omitempty"`    // Check, CreditCardCharge
	Customer     string        `json:"customer,omitempty"` // Estimate (the job)
	Account      string        `json:"account,omitempty"`  // bank or credit card account
	Date         string        `json:"date,omitempty"`
	Ref          string        `json:"ref,omitempty"`
	Memo         string        `json:"memo,omitempty"`
	ExpenseLines []ExpenseLine `json:"expenseLines,omitempty"`
	ItemLines    []ItemLine    `json:"itemLines,omitempty"`
	JournalLines []JournalLine `json:"journalLines,omitempty"`
}

// ExpenseLine is an expense (account) line, job-costed when Job is set.
type ExpenseLine struct {
	Account  string `json:"account"`
	Amount   string `json:"amount"`
	Job      string `json:"job,omitempty"`
	Memo     string `json:"memo,omitempty"`
	Billable string `json:"billable,omitempty"`
}

// ItemLine is an item (cost code) line, job-costed when Job is set.
type ItemLine struct {
	Item     string `json:"item"`
	Desc     string `json:"desc,omitempty"`
	Quantity string `json:"quantity,omitempty"`
	Cost     string `json:"cost,omitempty"`
	Amount   string `json:"amount,omitempty"`
	Job      string `json:"job,omitempty"`
	Billable string `json:"billable,omitempty"`
}

// JournalLine is a journal entry debit or credit; Entity names the job.
type JournalLine struct {
	Debit   bool   `json:"debit"`
	Account string `json:"account"`
	Amount  string `json:"amount"`
	Entity  string `json:"entity,omitempty"`
	Memo    string `json:"memo,omitempty"`
}

// AddTransaction creates a transaction through the same path as the qbXML
// Add and returns its TxnID.
func (c *Company) AddTransaction(t Transaction) (string, error) {
	typ, ok := txnTypeByName(t.Type)
	if !ok {
		return "", &RecordError{StatusNotSupported, fmt.Sprintf("unknown transaction type %q", t.Type)}
	}
	add := newElement(t.Type+"Add",
		fullNameRef("CustomerRef", t.Customer), fullNameRef("VendorRef", t.Vendor),
		fullNameRef("AccountRef", t.Account), fullNameRef("PayeeEntityRef", t.Payee),
		optText("TxnDate", t.Date), optText("RefNumber", t.Ref), optText("Memo", t.Memo))
	expenseName, itemName := "ExpenseLineAdd", "ItemLineAdd"
	switch typ {
	case TxnEstimate:
		itemName = "EstimateLineAdd"
	case TxnPurchaseOrder:
		itemName = "PurchaseOrderLineAdd"
	}
	for _, l := range t.ExpenseLines {
		add.add(newElement(expenseName, fullNameRef("AccountRef", l.Account), optText("Amount", l.Amount),
			optText("Memo", l.Memo), fullNameRef("CustomerRef", l.Job), optText("BillableStatus", l.Billable)))
	}
	for _, l := range t.ItemLines {
		add.add(newElement(itemName, fullNameRef("ItemRef", l.Item), optText("Desc", l.Desc),
			optText("Quantity", l.Quantity), optText("Cost", l.Cost), optText("Amount", l.Amount),
			fullNameRef("CustomerRef", l.Job), optText("BillableStatus", l.Billable)))
	}
	for _, l := range t.JournalLines {
		name := "JournalCreditLine"
		if l.Debit {
			name = "JournalDebitLine"
		}
		add.add(newElement(name, fullNameRef("AccountRef", l.Account), optText("Amount", l.Amount),
			optText("Memo", l.Memo), fullNameRef("EntityRef", l.Entity)))
	}
	orderBySchema(add)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := checkStructure(add, add.name); err != nil {
		return "", &RecordError{StatusNotSupported, err.Error()}
	}
	if tl := findTooLong(add); tl != nil {
		st := errTooLong(tl.value, tl.field)
		return "", &RecordError{st.code, st.message}
	}
	rec, st := c.addTxn(typ, add)
	if st.isError() {
		return "", &RecordError{st.code, st.message}
	}
	return rec.txnID, nil
}
