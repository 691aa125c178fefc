package qbxml

import "time"

// JobStatus values of a customer job.
const (
	JobAwarded    = "Awarded"
	JobClosed     = "Closed"
	JobInProgress = "InProgress"
	JobNone       = "None"
	JobNotAwarded = "NotAwarded"
	JobPending    = "Pending"
)

// Customer is a QuickBooks customer or — with ParentRef set — a job, which is how Joblink
// represents a Procore project (FullName "Customer:Job"). The struct serves CustomerAdd and
// CustomerMod; OpenBalance, OpenBalanceDate and ExternalGUID exist only on Add.
// Contacts, ShipToAddress, AdditionalContactRef, CreditCardInfo and AdditionalNotes are not
// supported: Joblink does not sync them.
type Customer struct {
	Name        string // ≤41; required for Add
	IsActive    *bool
	ClassRef    *Ref
	ParentRef   *Ref // the customer a job belongs to
	CompanyName string
	PersonName
	JobTitle    string
	BillAddress *Address
	ShipAddress *Address
	PrintAs     string
	CommInfo
	CustomerTypeRef           *Ref
	TermsRef                  *Ref
	SalesRepRef               *Ref
	OpenBalance               Decimal   // Add only
	OpenBalanceDate           time.Time // Add only
	SalesTaxCodeRef           *Ref
	ItemSalesTaxRef           *Ref
	SalesTaxCountry           string // Australia, Canada, UK, US
	ResaleNumber              string
	AccountNumber             string
	CreditLimit               Decimal
	PreferredPaymentMethodRef *Ref
	JobStatus                 string // JobAwarded … JobPending
	JobStartDate              time.Time
	JobProjectedEndDate       time.Time
	JobEndDate                time.Time
	JobDesc                   string
	JobTypeRef                *Ref
	Notes                     string
	IsStatementWithParent     *bool
	DeliveryMethod            string // Email, Fax, Print
	PreferredDeliveryMethod   string // None, Email, Fax
	PriceLevelRef             *Ref
	ExternalGUID              string // Add only
	TaxRegistrationNumber     string
	CurrencyRef               *Ref
}

// CustomerAdd creates a customer or job.
type CustomerAdd struct {
	Customer
	IncludeRetElement []string
}

func (CustomerAdd) rqName() string { return "CustomerAddRq" }

func (r CustomerAdd) writeBody(w *xmlWriter) {
	w.open("CustomerAdd")
	w.requiredText("Name", r.Name, 41)
	r.Customer.write(w, false)
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// CustomerMod changes a customer or job; ListID and EditSequence come from the last read.
type CustomerMod struct {
	ListID       string
	EditSequence string
	Customer
	IncludeRetElement []string
}

func (CustomerMod) rqName() string { return "CustomerModRq" }

func (r CustomerMod) writeBody(w *xmlWriter) {
	w.open("CustomerMod")
	w.requiredID("ListID", r.ListID, 36)
	w.requiredID("EditSequence", r.EditSequence, 16)
	w.text("Name", r.Name, 41)
	r.Customer.write(w, true)
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// write emits everything after Name in CustomerAdd/CustomerMod schema order.
func (c Customer) write(w *xmlWriter, mod bool) {
	if mod && (c.OpenBalance != "" || !c.OpenBalanceDate.IsZero() || c.ExternalGUID != "") {
		w.invalid("OpenBalance", "", "OpenBalance, OpenBalanceDate and ExternalGUID exist only on CustomerAdd")
	}
	w.boolean("IsActive", c.IsActive)
	w.ref("ClassRef", c.ClassRef, 159)
	w.ref("ParentRef", c.ParentRef, 0)
	w.text("CompanyName", c.CompanyName, 41)
	w.personName(c.PersonName)
	w.text("JobTitle", c.JobTitle, 41)
	w.address("BillAddress", c.BillAddress)
	w.address("ShipAddress", c.ShipAddress)
	w.text("PrintAs", c.PrintAs, 41)
	w.commInfo(c.CommInfo)
	w.ref("CustomerTypeRef", c.CustomerTypeRef, 159)
	w.ref("TermsRef", c.TermsRef, 31)
	w.ref("SalesRepRef", c.SalesRepRef, 5)
	if !mod {
		w.amount("OpenBalance", c.OpenBalance)
		w.date("OpenBalanceDate", c.OpenBalanceDate)
	}
	w.ref("SalesTaxCodeRef", c.SalesTaxCodeRef, 3)
	w.ref("ItemSalesTaxRef", c.ItemSalesTaxRef, 31)
	w.enum("SalesTaxCountry", c.SalesTaxCountry, salesTaxCountries...)
	w.text("ResaleNumber", c.ResaleNumber, 15)
	w.text("AccountNumber", c.AccountNumber, 99)
	w.amount("CreditLimit", c.CreditLimit)
	w.ref("PreferredPaymentMethodRef", c.PreferredPaymentMethodRef, 31)
	w.enum("JobStatus", c.JobStatus, JobAwarded, JobClosed, JobInProgress, JobNone, JobNotAwarded, JobPending)
	w.date("JobStartDate", c.JobStartDate)
	w.date("JobProjectedEndDate", c.JobProjectedEndDate)
	w.date("JobEndDate", c.JobEndDate)
	w.text("JobDesc", c.JobDesc, 99)
	w.ref("JobTypeRef", c.JobTypeRef, 159)
	w.text("Notes", c.Notes, 4095)
	w.boolean("IsStatementWithParent", c.IsStatementWithParent)
	w.enum("DeliveryMethod", c.DeliveryMethod, "Email", "Fax", "Print")
	w.enum("PreferredDeliveryMethod", c.PreferredDeliveryMethod, "None", "Email", "Fax")
	w.ref("PriceLevelRef", c.PriceLevelRef, 31)
	if !mod {
		w.guid("ExternalGUID", c.ExternalGUID)
	}
	w.text("TaxRegistrationNumber", c.TaxRegistrationNumber, 30)
	w.ref("CurrencyRef", c.CurrencyRef, 64)
}

var salesTaxCountries = []string{"Australia", "Canada", "UK", "US"}

// TotalBalanceFilter selects customers or vendors by balance.
type TotalBalanceFilter struct {
	Operator string // LessThan, LessThanEqual, Equal, GreaterThan, GreaterThanEqual
	Amount   Decimal
}

func (w *xmlWriter) totalBalanceFilter(f *TotalBalanceFilter) {
	if f == nil || w.err != nil {
		return
	}
	w.open("TotalBalanceFilter")
	if f.Operator == "" {
		w.invalid("Operator", "", "is required")
	}
	w.enum("Operator", f.Operator, "LessThan", "LessThanEqual", "Equal", "GreaterThan", "GreaterThanEqual")
	if f.Amount == "" {
		w.invalid("Amount", "", "is required")
	}
	w.amount("Amount", f.Amount)
	w.close()
}

// CustomerQuery reads customers and jobs. It is iterator-capable.
type CustomerQuery struct {
	Iterator
	ListSelection
	TotalBalanceFilter *TotalBalanceFilter // filter only
	RetOptions
}

func (CustomerQuery) rqName() string { return "CustomerQueryRq" }

func (q CustomerQuery) writeBody(w *xmlWriter) {
	if q.TotalBalanceFilter != nil && (len(q.ListIDs) > 0 || len(q.FullNames) > 0) {
		w.invalid("TotalBalanceFilter", "", "cannot be combined with ListIDs/FullNames")
	}
	w.listSelection(q.ListSelection, func() { w.totalBalanceFilter(q.TotalBalanceFilter) })
	w.retOptions(q.RetOptions)
}
