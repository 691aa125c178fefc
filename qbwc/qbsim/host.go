package qbsim

import (
	"context"
	"strings"
)

// hostQuery answers HostQuery: which QuickBooks, which qbXML versions.
func (s *Session) hostQuery(rq *element) *element {
	c := s.company
	ret := newElement("HostRet",
		textElement("ProductName", c.info.ProductName),
		textElement("MajorVersion", c.info.MajorVer),
		textElement("MinorVersion", "0"),
		textElement("Country", c.info.Country),
	)
	for _, v := range supportedQBXMLVersions {
		ret.add(textElement("SupportedQBXMLVersion", v))
	}
	ret.add(textElement("IsAutomaticLogin", "false"), textElement("QBFileMode", c.info.FileMode))
	return reply(rq, statusOK, ret)
}

// companyQuery answers CompanyQuery; DataExtRet appear only for the
// OwnerIDs asked for, which is how the Web Connector finds its FileID.
func (s *Session) companyQuery(rq *element) *element {
	c := s.company
	ret := newElement("CompanyRet",
		textElement("IsSampleCompany", "false"),
		textElement("CompanyName", c.info.CompanyName),
		textElement("LegalCompanyName", c.info.CompanyName),
		newElement("Address", textElement("Addr1", "1200 Harbor Blvd"), textElement("City", "Oakland"),
			textElement("State", "CA"), textElement("PostalCode", "94607"), textElement("Country", "US")),
		textElement("FirstMonthFiscalYear", "January"),
		textElement("FirstMonthIncomeTaxYear", "January"),
		textElement("CompanyType", "GeneralContractor"),
		textElement("TaxForm", "Form1120S"),
	)
	owners := map[string]bool{}
	for _, o := range rq.all("OwnerID") {
		owners[strings.ToLower(strings.TrimSpace(o.text))] = true
	}
	for _, d := range c.dataExt {
		if owners[strings.ToLower(d.ownerID)] {
			ret.add(d.render())
		}
	}
	orderBySchema(ret)
	return reply(rq, statusOK, ret)
}

// preferencesQuery answers with the preferences of a job-costing company
// (estimates and progress invoicing on, no class tracking).
func (s *Session) preferencesQuery(rq *element) *element {
	b := func(name string, v bool) *element {
		if v {
			return textElement(name, "true")
		}
		return textElement(name, "false")
	}
	ret := newElement("PreferencesRet",
		newElement("AccountingPreferences", b("IsUsingAccountNumbers", true), b("IsRequiringAccounts", true),
			b("IsUsingClassTracking", false), b("IsUsingAuditTrail", true), b("IsAssigningJournalEntryNumbers", true)),
		newElement("FinanceChargePreferences", textElement("AnnualInterestRate", "0.00"), textElement("MinFinanceCharge", "0.00"),
			textElement("GracePeriod", "0"), b("IsAssessingForOverdueCharges", false), textElement("CalculateChargesFrom", "DueDate"),
			b("IsMarkedToBePrinted", false)),
		newElement("JobsAndEstimatesPreferences", b("IsUsingEstimates", true), b("IsUsingProgressInvoicing", true),
			b("IsPrintingItemsWithZeroAmounts", false)),
		newElement("PurchasesAndVendorsPreferences", b("IsUsingInventory", false), textElement("DaysBillsAreDue", "10"),
			b("IsAutomaticallyUsingDiscounts", false)),
		newElement("ReportsPreferences", textElement("AgingReportBasis", "AgeFromDueDate"), textElement("SummaryReportBasis", "Accrual")),
		newElement("SalesAndCustomersPreferences", b("IsTrackingReimbursedExpensesAsIncome", false), b("IsAutoApplyingPayments", true),
			newElement("PriceLevels", b("IsUsingPriceLevels", false), b("IsRoundingSalesPriceUp", false))),
		newElement("TimeTrackingPreferences", textElement("FirstDayOfWeek", "Monday")),
		newElement("CurrentAppAccessRights", b("IsAutomaticLoginAllowed", false), b("IsPersonalDataAccessAllowed", false)),
	)
	orderBySchema(ret)
	return reply(rq, statusOK, ret)
}

// HCPResponse is what the Web Connector sends as strHCPResponse on the
// first sendRequestXML of a session: the responses to HostQuery,
// CompanyQuery and PreferencesQuery with requestIDs 0, 1 and 2.
func (s *Session) HCPResponse(ctx context.Context, ownerID string) (string, error) {
	var q strings.Builder
	q.WriteString(`<?xml version="1.0" ?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError">`)
	q.WriteString(`<HostQueryRq requestID="0" /><CompanyQueryRq requestID="1">`)
	if ownerID != "" {
		q.WriteString("<OwnerID>" + escapeText(ownerID) + "</OwnerID>")
	}
	q.WriteString(`</CompanyQueryRq><PreferencesQueryRq requestID="2" /></QBXMLMsgsRq></QBXML>`)
	return s.ProcessRequest(ctx, q.String())
}

// dataExtValue is one DataExt on the Company object.
type dataExtValue struct {
	ownerID, name, value string
}

func (d dataExtValue) render() *element {
	return newElement("DataExtRet", textElement("OwnerID", d.ownerID), textElement("DataExtName", d.name),
		textElement("DataExtType", "STR255TYPE"), textElement("DataExtValue", d.value))
}

func (c *Company) findDataExt(owner, name string) *dataExtValue {
	for i := range c.dataExt {
		d := &c.dataExt[i]
		if strings.EqualFold(d.ownerID, owner) && strings.EqualFold(d.name, name) {
			return d
		}
	}
	return nil
}

// dataExtAdd supports DataExt on the Company object (OtherDataExtType
// Company), which is where the Web Connector keeps FileID under the app's
// OwnerID. DataExt on list and transaction objects is not simulated.
func (s *Session) dataExtAdd(rq *element) *element {
	c := s.company
	add := rq.child("DataExtAdd")
	if add.childText("OtherDataExtType") != "Company" {
		return reply(rq, errNotSupported("DataExtAdd on list or transaction objects"))
	}
	owner, name := add.childText("OwnerID"), add.childText("DataExtName")
	if c.findDataExt(owner, name) != nil {
		return reply(rq, errNameInUse(name))
	}
	d := dataExtValue{ownerID: owner, name: name, value: add.childText("DataExtValue")}
	c.dataExt = append(c.dataExt, d)
	return reply(rq, statusOK, d.render())
}

func (s *Session) dataExtMod(rq *element) *element {
	c := s.company
	mod := rq.child("DataExtMod")
	if mod.childText("OtherDataExtType") != "Company" {
		return reply(rq, errNotSupported("DataExtMod on list or transaction objects"))
	}
	d := c.findDataExt(mod.childText("OwnerID"), mod.childText("DataExtName"))
	if d == nil {
		return reply(rq, errObjectNotFound(mod.childText("DataExtName")))
	}
	d.value = mod.childText("DataExtValue")
	return reply(rq, statusOK, d.render())
}
