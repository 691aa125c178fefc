package qbxml

import "time"

// Vendor is a QuickBooks vendor — a Procore company (subcontractor, supplier). The struct serves
// VendorAdd and VendorMod; OpenBalance, OpenBalanceDate and ExternalGUID exist only on Add.
// Contacts, AdditionalContactRef, AdditionalNotes and the UK/CA sales-tax agency fields are not
// supported: Joblink does not sync them.
type Vendor struct {
	Name        string // ≤41; required for Add
	IsActive    *bool
	ClassRef    *Ref
	CompanyName string
	PersonName
	JobTitle      string
	VendorAddress *Address
	ShipAddress   *Address
	CommInfo
	NameOnCheck             string
	AccountNumber           string
	Notes                   string
	VendorTypeRef           *Ref
	TermsRef                *Ref
	CreditLimit             Decimal
	VendorTaxIdent          string
	IsVendorEligibleFor1099 *bool
	OpenBalance             Decimal   // Add only
	OpenBalanceDate         time.Time // Add only
	BillingRateRef          *Ref
	ExternalGUID            string // Add only
	SalesTaxCodeRef         *Ref
	SalesTaxCountry         string // Australia, Canada, UK, US
	TaxRegistrationNumber   string
	PrefillAccountRefs      []Ref // at most 3
	CurrencyRef             *Ref
}

// VendorAdd creates a vendor.
type VendorAdd struct {
	Vendor
	IncludeRetElement []string
}

func (VendorAdd) rqName() string { return "VendorAddRq" }

func (r VendorAdd) writeBody(w *xmlWriter) {
	w.open("VendorAdd")
	w.requiredText("Name", r.Name, 41)
	r.Vendor.write(w, false)
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// VendorMod changes a vendor; ListID and EditSequence come from the last read.
type VendorMod struct {
	ListID       string
	EditSequence string
	Vendor
	IncludeRetElement []string
}

func (VendorMod) rqName() string { return "VendorModRq" }

func (r VendorMod) writeBody(w *xmlWriter) {
	w.open("VendorMod")
	w.requiredID("ListID", r.ListID, 36)
	w.requiredID("EditSequence", r.EditSequence, 16)
	w.text("Name", r.Name, 41)
	r.Vendor.write(w, true)
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// write emits everything after Name in VendorAdd/VendorMod schema order.
func (v Vendor) write(w *xmlWriter, mod bool) {
	if mod && (v.OpenBalance != "" || !v.OpenBalanceDate.IsZero() || v.ExternalGUID != "") {
		w.invalid("OpenBalance", "", "OpenBalance, OpenBalanceDate and ExternalGUID exist only on VendorAdd")
	}
	if len(v.PrefillAccountRefs) > 3 {
		w.invalid("PrefillAccountRef", "", "QuickBooks allows at most 3")
	}
	w.boolean("IsActive", v.IsActive)
	w.ref("ClassRef", v.ClassRef, 159)
	w.text("CompanyName", v.CompanyName, 41)
	w.personName(v.PersonName)
	w.text("JobTitle", v.JobTitle, 41)
	w.address("VendorAddress", v.VendorAddress)
	w.address("ShipAddress", v.ShipAddress)
	w.commInfo(v.CommInfo)
	w.text("NameOnCheck", v.NameOnCheck, 41)
	w.text("AccountNumber", v.AccountNumber, 99)
	w.text("Notes", v.Notes, 4095)
	w.ref("VendorTypeRef", v.VendorTypeRef, 159)
	w.ref("TermsRef", v.TermsRef, 31)
	w.amount("CreditLimit", v.CreditLimit)
	w.text("VendorTaxIdent", v.VendorTaxIdent, 15)
	w.boolean("IsVendorEligibleFor1099", v.IsVendorEligibleFor1099)
	if !mod {
		w.amount("OpenBalance", v.OpenBalance)
		w.date("OpenBalanceDate", v.OpenBalanceDate)
	}
	w.ref("BillingRateRef", v.BillingRateRef, 31)
	if !mod {
		w.guid("ExternalGUID", v.ExternalGUID)
	}
	w.ref("SalesTaxCodeRef", v.SalesTaxCodeRef, 3)
	w.enum("SalesTaxCountry", v.SalesTaxCountry, salesTaxCountries...)
	w.text("TaxRegistrationNumber", v.TaxRegistrationNumber, 30)
	for i := range v.PrefillAccountRefs {
		w.ref("PrefillAccountRef", &v.PrefillAccountRefs[i], 159)
	}
	w.ref("CurrencyRef", v.CurrencyRef, 64)
}

// VendorQuery reads vendors. It is iterator-capable.
type VendorQuery struct {
	Iterator
	ListSelection
	TotalBalanceFilter *TotalBalanceFilter // filter only
	RetOptions
}

func (VendorQuery) rqName() string { return "VendorQueryRq" }

func (q VendorQuery) writeBody(w *xmlWriter) {
	if q.TotalBalanceFilter != nil && (len(q.ListIDs) > 0 || len(q.FullNames) > 0) {
		w.invalid("TotalBalanceFilter", "", "cannot be combined with ListIDs/FullNames")
	}
	w.listSelection(q.ListSelection, func() { w.totalBalanceFilter(q.TotalBalanceFilter) })
	w.retOptions(q.RetOptions)
}
