package qbrefresh

import (
	"strings"
	"time"

	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// toRecord maps a decoded QuickBooks record onto the mirror's Record; ok is false for record
// types the refresh does not keep (none are expected from its four queries).
func toRecord(ret qbxml.Ret) (rec qbmirror.Record, ok bool) {
	switch r := ret.(type) {
	case *qbxml.AccountRet:
		rec = listRecord(qbmirror.Accounts, r.ListCore, r.Name, r.FullName, r.IsActive, r.ParentRef, r.Sublevel)
		rec.Type = r.AccountType
		rec.Fields = fields(
			"AccountNumber", r.AccountNumber,
			"Desc", r.Desc,
			"DetailAccountType", r.DetailAccountType,
			"SpecialAccountType", r.SpecialAccountType,
		)
	case *qbxml.ItemServiceRet:
		rec = listRecord(qbmirror.Items, r.ListCore, r.Name, r.FullName, r.IsActive, r.ParentRef, r.Sublevel)
		rec.Type = "Service"
		rec.Fields = serviceFields(r)
	case *qbxml.ItemRet:
		rec = listRecord(qbmirror.Items, r.ListCore, r.Name, r.FullName, r.IsActive, r.ParentRef, r.Sublevel)
		// "ItemNonInventoryRet" → "NonInventory", as Record.Type documents.
		rec.Type = strings.TrimSuffix(strings.TrimPrefix(r.RetElement(), "Item"), "Ret")
	case *qbxml.VendorRet:
		// Vendors are not hierarchical: QuickBooks sends no FullName, the Name is the full name.
		rec = listRecord(qbmirror.Vendors, r.ListCore, r.Name, r.Name, r.IsActive, qbxml.Ref{}, 0)
		rec.Fields = vendorFields(r)
	case *qbxml.CustomerRet:
		rec = listRecord(qbmirror.Customers, r.ListCore, r.Name, r.FullName, r.IsActive, r.ParentRef, r.Sublevel)
		rec.Fields = customerFields(r)
	default:
		return rec, false
	}
	return rec, true
}

func listRecord(k qbmirror.Kind, core qbxml.ListCore, name, fullName string, active bool, parent qbxml.Ref, sublevel int) qbmirror.Record {
	if fullName == "" {
		fullName = name
	}
	return qbmirror.Record{
		Kind:         k,
		ListID:       core.ListID,
		Name:         name,
		FullName:     fullName,
		EditSequence: core.EditSequence,
		TimeModified: parseQBTime(core.TimeModified),
		Active:       active,
		ParentID:     parent.ListID,
		Sublevel:     sublevel,
	}
}

// parseQBTime reads a QuickBooks timestamp. QuickBooks writes the machine's offset
// ("2014-10-13T15:25:20-02:00"); without one the time is the machine's local time, which is
// this machine's too, because the Web Connector runs beside QuickBooks and Joblink. An
// unreadable time is zero, which only keeps the watermark lower (safe: records are read again).
func parseQBTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02T15:04:05Z07:00", s); err == nil {
		return t
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04:05", s, time.Local); err == nil {
		return t
	}
	return time.Time{}
}

// fields builds Record.Fields from name/value pairs, leaving out empty values so a record
// compares equal however QuickBooks spelled "nothing".
func fields(pairs ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(pairs); i += 2 {
		if v := strings.TrimSpace(pairs[i+1]); v != "" {
			m[pairs[i]] = v
		}
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// serviceFields keeps what mapping a cost code needs: its descriptions and the accounts it
// posts to (Joblink's bills and estimates land on them).
func serviceFields(r *qbxml.ItemServiceRet) map[string]string {
	var pairs []string
	if s := r.SalesOrPurchase; s != nil {
		pairs = append(pairs,
			"Desc", s.Desc,
			"Price", string(s.Price),
			"AccountID", s.AccountRef.ListID,
			"Account", s.AccountRef.FullName,
		)
	}
	if s := r.SalesAndPurchase; s != nil {
		pairs = append(pairs,
			"SalesDesc", s.SalesDesc,
			"SalesPrice", string(s.SalesPrice),
			"IncomeAccountID", s.IncomeAccountRef.ListID,
			"IncomeAccount", s.IncomeAccountRef.FullName,
			"PurchaseDesc", s.PurchaseDesc,
			"PurchaseCost", string(s.PurchaseCost),
			"ExpenseAccountID", s.ExpenseAccountRef.ListID,
			"ExpenseAccount", s.ExpenseAccountRef.FullName,
			"PrefVendorID", s.PrefVendorRef.ListID,
		)
	}
	return fields(pairs...)
}

// vendorFields keeps a vendor's contact details. QuickBooks' vendor address ("Billed From")
// is kept under the Bill prefix so vendors and customers share field names.
func vendorFields(r *qbxml.VendorRet) map[string]string {
	is1099 := ""
	if r.IsVendorEligibleFor1099 {
		is1099 = "true"
	}
	return merge(
		fields(
			"CompanyName", r.CompanyName,
			"FirstName", r.FirstName,
			"LastName", r.LastName,
			"Phone", r.Phone,
			"Mobile", r.Mobile,
			"Fax", r.Fax,
			"Email", r.Email,
			"Contact", r.Contact,
			"NameOnCheck", r.NameOnCheck,
			"AccountNumber", r.AccountNumber,
			"VendorType", r.VendorTypeRef.FullName,
			"Terms", r.TermsRef.FullName,
			"TaxID", r.VendorTaxIdent,
			"Eligible1099", is1099,
		),
		addressFields("Bill", r.VendorAddress),
		addressFields("Ship", r.ShipAddress),
	)
}

func customerFields(r *qbxml.CustomerRet) map[string]string {
	return merge(
		fields(
			"CompanyName", r.CompanyName,
			"FirstName", r.FirstName,
			"LastName", r.LastName,
			"Phone", r.Phone,
			"Mobile", r.Mobile,
			"Fax", r.Fax,
			"Email", r.Email,
			"Contact", r.Contact,
			"AccountNumber", r.AccountNumber,
			"CustomerType", r.CustomerTypeRef.FullName,
			"Terms", r.TermsRef.FullName,
			"JobStatus", r.JobStatus,
			"JobStartDate", r.JobStartDate,
			"JobProjectedEndDate", r.JobProjectedEndDate,
			"JobEndDate", r.JobEndDate,
			"JobDesc", r.JobDesc,
			"JobType", r.JobTypeRef.FullName,
		),
		addressFields("Bill", r.BillAddress),
		addressFields("Ship", r.ShipAddress),
	)
}

// addressFields flattens an address as "<prefix>Addr1", "<prefix>City", ….
func addressFields(prefix string, a qbxml.Address) map[string]string {
	return fields(
		prefix+"Addr1", a.Addr1,
		prefix+"Addr2", a.Addr2,
		prefix+"Addr3", a.Addr3,
		prefix+"Addr4", a.Addr4,
		prefix+"Addr5", a.Addr5,
		prefix+"City", a.City,
		prefix+"State", a.State,
		prefix+"PostalCode", a.PostalCode,
		prefix+"Country", a.Country,
		prefix+"Note", a.Note,
	)
}

// MirrorRecord converts a list record QuickBooks returned (to a query, an add or a mod) into
// the mirror's form, so flows that write to QuickBooks keep the mirror current with the same
// rules the refresh uses.
func MirrorRecord(ret qbxml.Ret) (qbmirror.Record, bool) { return toRecord(ret) }
