package qbxml

import "time"

// Report requests. QuickBooks answers a report query with one ReportRet (rets_report.go reads
// it as a stream): column descriptions, then rows. Reports are not iterator-capable, so a
// request must be scoped (one job, a date period, a modified-date window) to stay small.

// Job report types (JobReportType).
const (
	// JobEstimatesVsActualsDetail is QuickBooks' "Job Estimates vs. Actuals Detail": per item
	// (cost code) the estimated and actual cost and revenue of one job. It reads item lines
	// only: costs posted on the Expenses tab (account lines) are not in it.
	JobEstimatesVsActualsDetail  = "JobEstimatesVsActualsDetail"
	JobEstimatesVsActualsSummary = "JobEstimatesVsActualsSummary"
	JobProfitabilityDetail       = "JobProfitabilityDetail"
	JobProfitabilitySummary      = "JobProfitabilitySummary"
	ItemEstimatesVsActuals       = "ItemEstimatesVsActuals"
	ItemProfitability            = "ItemProfitability"
)

// CustomTxnDetail is the only CustomDetailReportType: QuickBooks' "Custom Transaction Detail".
const CustomTxnDetail = "CustomTxnDetail"

var (
	jobReportTypes = []string{ItemEstimatesVsActuals, ItemProfitability, JobEstimatesVsActualsDetail,
		JobEstimatesVsActualsSummary, JobProfitabilityDetail, JobProfitabilitySummary}
	// reportDateMacros is the ReportDateMacro / ReportModifiedDateRangeMacro enumeration (it
	// differs from the transaction queries' DateMacro: ThisQuarter, not ThisCalendarQuarter).
	reportDateMacros = []string{
		"All", "Today", "ThisWeek", "ThisWeekToDate", "ThisMonth", "ThisMonthToDate", "ThisQuarter",
		"ThisQuarterToDate", "ThisYear", "ThisYearToDate", "Yesterday", "LastWeek", "LastWeekToDate",
		"LastMonth", "LastMonthToDate", "LastQuarter", "LastQuarterToDate", "LastYear", "LastYearToDate",
		"NextWeek", "NextFourWeeks", "NextMonth", "NextQuarter", "NextYear",
	}
	summarizeBy = []string{
		"Account", "BalanceSheet", "Class", "Customer", "CustomerType", "Day", "Employee", "FourWeek",
		"HalfMonth", "IncomeStatement", "ItemDetail", "ItemType", "Month", "Payee", "PaymentMethod",
		"PayrollItemDetail", "PayrollYtdDetail", "Quarter", "SalesRep", "SalesTaxCode", "ShipMethod",
		"TaxLine", "Terms", "TotalOnly", "TwoWeek", "Vendor", "VendorType", "Week", "Year",
	}
	includeColumns = []string{
		"Account", "Aging", "Amount", "AmountDifference", "AverageCost", "BilledDate", "BillingStatus",
		"CalculatedAmount", "Class", "ClearedStatus", "CostPrice", "Credit", "Currency", "Date", "Debit",
		"DeliveryDate", "DueDate", "EstimateActive", "ExchangeRate", "FOB", "IncomeSubjectToTax", "Invoiced",
		"Item", "ItemDesc", "LastModifiedBy", "LatestOrPriorState", "Memo", "ModifiedTime", "Name",
		"NameAccountNumber", "NameAddress", "NameCity", "NameContact", "NameEmail", "NameFax", "NamePhone",
		"NameState", "NameZip", "OpenBalance", "OriginalAmount", "PaidAmount", "PaidStatus", "PaidThroughDate",
		"PaymentMethod", "PayrollItem", "PONumber", "PrintStatus", "ProgressAmount", "ProgressPercent",
		"Quantity", "QuantityAvailable", "QuantityOnHand", "QuantityOnSalesOrder", "ReceivedQuantity",
		"RefNumber", "RunningBalance", "SalesRep", "SalesTaxCode", "SerialOrLotNumber", "ShipDate",
		"ShipMethod", "SourceName", "SplitAccount", "SSNOrTaxID", "TaxLine", "TaxTableVersion", "Terms",
		"TxnID", "TxnNumber", "TxnType", "UnitPrice", "UserEdit", "ValueOnHand", "WageBase", "WageBaseTips",
	}
)

// ReportFilter is the schema's ReportCoreFilter group, shared by the report queries. Each pair
// of alternatives takes one side: a ReportPeriod (From/ToReportDate) or a ReportDateMacro; a
// ReportModifiedDateRangeFilter (From/ToModifiedDate, calendar dates: QuickBooks filters report
// rows on the day a transaction was last modified, not the instant) or a ModifiedDateMacro.
// The entity, account and item filters take a type (e.g. EntityType "Customer") or a
// RefFilter, exactly as in TransactionQuery.
type ReportFilter struct {
	FromReportDate  time.Time
	ToReportDate    time.Time
	ReportDateMacro string // "All", "ThisYearToDate" …

	AccountFilter *TransactionAccountFilter
	EntityFilter  *TransactionEntityFilter
	ItemFilter    *TransactionItemFilter
	ClassFilter   *RefFilter
	TxnTypes      []string // ReportTxnTypeFilter: "Bill", "Check", "VendorCredit" …

	FromModifiedDate  time.Time // date only
	ToModifiedDate    time.Time
	ModifiedDateMacro string

	DetailLevel   string // ReportDetailLevelFilter: DetailAll, DetailAllExceptSummary, DetailSummaryOnly
	PostingStatus string // ReportPostingStatusFilter: Either, NonPosting, Posting
}

func (f *ReportFilter) write(w *xmlWriter) {
	if f.ReportDateMacro != "" && (!f.FromReportDate.IsZero() || !f.ToReportDate.IsZero()) {
		w.invalid("ReportDateMacro", f.ReportDateMacro, "set a report date macro or a report period, not both")
		return
	}
	if !f.FromReportDate.IsZero() || !f.ToReportDate.IsZero() {
		w.open("ReportPeriod")
		w.date("FromReportDate", f.FromReportDate)
		w.date("ToReportDate", f.ToReportDate)
		w.close()
	}
	w.enum("ReportDateMacro", f.ReportDateMacro, reportDateMacros...)
	if a := f.AccountFilter; a != nil {
		w.refFilter("ReportAccountFilter", &a.RefFilter, "AccountTypeFilter", a.AccountType, accountTypeFilter)
	}
	if e := f.EntityFilter; e != nil {
		w.refFilter("ReportEntityFilter", &e.RefFilter, "EntityTypeFilter", e.EntityType, entityTypes)
	}
	if i := f.ItemFilter; i != nil {
		w.refFilter("ReportItemFilter", &i.RefFilter, "ItemTypeFilter", i.ItemType, itemTypeFilter)
	}
	w.refFilter("ReportClassFilter", f.ClassFilter, "", "", nil)
	if len(f.TxnTypes) > 0 && w.err == nil {
		w.open("ReportTxnTypeFilter")
		for _, t := range f.TxnTypes {
			w.enum("TxnTypeFilter", t, txnTypes...)
		}
		w.close()
	}
	if f.ModifiedDateMacro != "" && (!f.FromModifiedDate.IsZero() || !f.ToModifiedDate.IsZero()) {
		w.invalid("ReportModifiedDateRangeMacro", f.ModifiedDateMacro, "set a modified-date macro or a modified-date range, not both")
		return
	}
	if (!f.FromModifiedDate.IsZero() || !f.ToModifiedDate.IsZero()) && w.err == nil {
		w.open("ReportModifiedDateRangeFilter")
		w.date("FromReportModifiedDate", f.FromModifiedDate)
		w.date("ToReportModifiedDate", f.ToModifiedDate)
		w.close()
	}
	w.enum("ReportModifiedDateRangeMacro", f.ModifiedDateMacro, reportDateMacros...)
	w.enum("ReportDetailLevelFilter", f.DetailLevel, DetailAll, DetailAllExceptSummary, DetailSummaryOnly)
	w.enum("ReportPostingStatusFilter", f.PostingStatus, "Either", "NonPosting", "Posting")
}

// JobReportQuery asks for a job report. For job-to-date costs per cost code set Job to the
// job's FullName and leave ReportType empty (JobEstimatesVsActualsDetail); read the answer with
// ReadJobReport. Job writes ReportEntityFilter/FullName; set it or ReportFilter.EntityFilter,
// not both. Without a period QuickBooks reports all dates ("All Transactions").
//
//	set.Add(qbxml.JobReportQuery{Job: "Smith, John:2024-017 Smith Remodel"})
type JobReportQuery struct {
	ReportType    string // JobReportType; "" means JobEstimatesVsActualsDetail
	Job           string // FullName of the one job reported
	DisplayReport *bool
	ReportFilter
	SummarizeColumnsBy string
	IncludeSubcolumns  *bool
}

func (JobReportQuery) rqName() string { return "JobReportQueryRq" }

func (q JobReportQuery) writeBody(w *xmlWriter) {
	typ := q.ReportType
	if typ == "" {
		typ = JobEstimatesVsActualsDetail
	}
	w.enum("JobReportType", typ, jobReportTypes...)
	w.boolean("DisplayReport", q.DisplayReport)
	f := q.ReportFilter
	if q.Job != "" {
		if f.EntityFilter != nil {
			w.invalid("ReportEntityFilter", "", "set Job or EntityFilter, not both")
			return
		}
		f.EntityFilter = &TransactionEntityFilter{RefFilter: RefFilter{FullNames: []string{q.Job}}}
	}
	f.write(w)
	w.enum("SummarizeColumnsBy", q.SummarizeColumnsBy, summarizeBy...)
	w.boolean("IncludeSubcolumns", q.IncludeSubcolumns)
}

// CustomDetailReportQuery asks for QuickBooks' Custom Transaction Detail report: one row per
// transaction line matching the filter, with the columns listed in IncludeColumns (at least
// one; TxnID, TxnType, Date, RefNumber, Name, Item, Account, Amount, ModifiedTime …), grouped
// by SummarizeRowsBy (required; "Customer" groups the lines by job). Read the answer with
// ReadTxnDetailReport. JobCostDetailQuery and JobCostChangesQuery build the two uses Joblink
// has for it.
type CustomDetailReportQuery struct {
	DisplayReport *bool
	ReportFilter
	SummarizeRowsBy string
	IncludeColumns  []string
	IncludeAccounts string // All, InUse
	OpenBalanceAsOf string // ReportOpenBalanceAsOf: ReportEndDate, Today
	ReportBasis     string // Accrual, Cash, None
}

func (CustomDetailReportQuery) rqName() string { return "CustomDetailReportQueryRq" }

func (q CustomDetailReportQuery) writeBody(w *xmlWriter) {
	w.raw("CustomDetailReportType", CustomTxnDetail)
	w.boolean("DisplayReport", q.DisplayReport)
	q.ReportFilter.write(w)
	if q.SummarizeRowsBy == "" {
		w.invalid("SummarizeRowsBy", "", "is required")
	}
	w.enum("SummarizeRowsBy", q.SummarizeRowsBy, summarizeBy...)
	if len(q.IncludeColumns) == 0 {
		w.invalid("IncludeColumn", "", "is required (at least one column)")
	}
	for _, c := range q.IncludeColumns {
		w.enum("IncludeColumn", c, includeColumns...)
	}
	w.enum("IncludeAccounts", q.IncludeAccounts, "All", "InUse")
	w.enum("ReportOpenBalanceAsOf", q.OpenBalanceAsOf, "ReportEndDate", "Today")
	w.enum("ReportBasis", q.ReportBasis, "Accrual", "Cash", "None")
}
