package qbxml

import "time"

// DateMacro values accepted by TxnDateRangeFilter and the TransactionQuery date filters: a period
// QuickBooks computes from the company's calendar and fiscal year.
var dateMacros = []string{
	"All", "Today", "ThisWeek", "ThisWeekToDate", "ThisMonth", "ThisMonthToDate", "ThisCalendarQuarter",
	"ThisCalendarQuarterToDate", "ThisFiscalQuarter", "ThisFiscalQuarterToDate", "ThisCalendarYear",
	"ThisCalendarYearToDate", "ThisFiscalYear", "ThisFiscalYearToDate", "Yesterday", "LastWeek",
	"LastWeekToDate", "LastMonth", "LastMonthToDate", "LastCalendarQuarter", "LastCalendarQuarterToDate",
	"LastFiscalQuarter", "LastFiscalQuarterToDate", "LastCalendarYear", "LastCalendarYearToDate",
	"LastFiscalYear", "LastFiscalYearToDate", "NextWeek", "NextFourWeeks", "NextMonth",
	"NextCalendarQuarter", "NextCalendarYear", "NextFiscalQuarter", "NextFiscalYear",
}

// Billable status of a purchase line (bills, checks, item receipts): whether the cost is still to
// be invoiced to the job's customer.
const (
	Billable      = "Billable"
	NotBillable   = "NotBillable"
	HasBeenBilled = "HasBeenBilled"
)

var billableStatuses = []string{Billable, NotBillable, HasBeenBilled}

// RefFilter selects transactions by the list records they name (EntityFilter, AccountFilter,
// TransactionClassFilter …): explicit ListIDs, explicit FullNames, or one record together with
// its children (a customer and all its jobs, a parent account and its sub-accounts). Set exactly
// one of the four.
type RefFilter struct {
	ListIDs              []string
	FullNames            []string
	ListIDWithChildren   string
	FullNameWithChildren string
}

func (f *RefFilter) choices() int {
	n := 0
	for _, set := range []bool{len(f.ListIDs) > 0, len(f.FullNames) > 0, f.ListIDWithChildren != "", f.FullNameWithChildren != ""} {
		if set {
			n++
		}
	}
	return n
}

// refFilter writes a filter element whose content is a choice of a type enumeration (typeName
// and typeValue; "" where the element has none), ListID+, FullName+, ListIDWithChildren or
// FullNameWithChildren. Exactly one must be set.
func (w *xmlWriter) refFilter(name string, f *RefFilter, typeName, typeValue string, typeValues []string) {
	if f == nil || w.err != nil {
		return
	}
	n := f.choices()
	if typeValue != "" {
		n++
	}
	if n != 1 {
		what := "ListIDs, FullNames, ListIDWithChildren or FullNameWithChildren"
		if typeName != "" {
			what = typeName + ", " + what
		}
		w.invalid(name, "", "set exactly one of "+what)
		return
	}
	w.open(name)
	w.enum(typeName, typeValue, typeValues...)
	for _, id := range f.ListIDs {
		w.id("ListID", id, 36)
	}
	for _, fn := range f.FullNames {
		w.text("FullName", fn, 0)
	}
	w.id("ListIDWithChildren", f.ListIDWithChildren, 36)
	w.text("FullNameWithChildren", f.FullNameWithChildren, 0)
	w.close()
}

// RefNumberFilter selects transactions whose RefNumber starts with, contains or ends with
// RefNumber.
type RefNumberFilter struct {
	MatchCriterion MatchCriterion
	RefNumber      string
}

// RefNumberRangeFilter selects transactions whose RefNumber lies in [From, To] (QuickBooks
// compares them as text); either bound may be empty.
type RefNumberRangeFilter struct {
	FromRefNumber string
	ToRefNumber   string
}

// refNumberFilters writes the RefNumberFilter | RefNumberRangeFilter choice.
func (w *xmlWriter) refNumberFilters(f *RefNumberFilter, r *RefNumberRangeFilter) {
	if f != nil && r != nil {
		w.invalid("RefNumberFilter", "", "set RefNumberFilter or RefNumberRangeFilter, not both")
		return
	}
	if f != nil && w.err == nil {
		w.open("RefNumberFilter")
		if f.MatchCriterion == "" {
			w.invalid("MatchCriterion", "", "is required")
		}
		w.enum("MatchCriterion", string(f.MatchCriterion), string(StartsWith), string(Contains), string(EndsWith))
		w.requiredText("RefNumber", f.RefNumber, 0)
		w.close()
	}
	if r != nil && (r.FromRefNumber != "" || r.ToRefNumber != "") && w.err == nil {
		w.open("RefNumberRangeFilter")
		w.text("FromRefNumber", r.FromRefNumber, 0)
		w.text("ToRefNumber", r.ToRefNumber, 0)
		w.close()
	}
}

// dateRange writes a date-range filter element with From/To children (dates, or date-times
// when dateTime is set) or a DateMacro; empty ranges are omitted.
func (w *xmlWriter) dateRange(name, fromName, toName string, from, to time.Time, macro string, dateTime bool) {
	if (from.IsZero() && to.IsZero() && macro == "") || w.err != nil {
		return
	}
	w.open(name)
	if macro != "" && (!from.IsZero() || !to.IsZero()) {
		w.invalid("DateMacro", macro, "set a date macro or From/To dates, not both")
	}
	if dateTime {
		w.dateTime(fromName, from)
		w.dateTime(toName, to)
	} else {
		w.date(fromName, from)
		w.date(toName, to)
	}
	w.enum("DateMacro", macro, dateMacros...)
	w.close()
}

// TxnFilter is the schema's TxnFilter group, shared by the transaction queries (EstimateQuery,
// PurchaseOrderQuery, BillQuery, CheckQuery …). ModifiedDateRangeFilter and TxnDateRangeFilter
// are alternatives: set From/ToModifiedDate (what changed since the last sync) or
// From/ToTxnDate/TxnDateMacro (transaction dates), not both. CurrencyFilter is not supported.
type TxnFilter struct {
	MaxReturned int

	// ModifiedDateRangeFilter: modification time, sent with its UTC offset.
	FromModifiedDate time.Time
	ToModifiedDate   time.Time

	// TxnDateRangeFilter: calendar dates, or a DateMacro such as "ThisFiscalYearToDate".
	FromTxnDate  time.Time
	ToTxnDate    time.Time
	TxnDateMacro string

	// EntityFilter selects by customer/job, vendor, employee or other name; a job's costs are
	// found with FullNameWithChildren "Customer:Job" or the job's ListID.
	EntityFilter *RefFilter
	// AccountFilter selects by account (e.g. a job-cost expense account and its sub-accounts).
	AccountFilter *RefFilter

	RefNumberFilter      *RefNumberFilter
	RefNumberRangeFilter *RefNumberRangeFilter
}

func (w *xmlWriter) txnFilter(f TxnFilter) {
	hasModified := !f.FromModifiedDate.IsZero() || !f.ToModifiedDate.IsZero()
	hasTxnDate := !f.FromTxnDate.IsZero() || !f.ToTxnDate.IsZero() || f.TxnDateMacro != ""
	if hasModified && hasTxnDate {
		w.invalid("ModifiedDateRangeFilter", "", "filter by modified date or by transaction date, not both")
		return
	}
	w.integer("MaxReturned", f.MaxReturned)
	w.dateRange("ModifiedDateRangeFilter", "FromModifiedDate", "ToModifiedDate", f.FromModifiedDate, f.ToModifiedDate, "", true)
	w.dateRange("TxnDateRangeFilter", "FromTxnDate", "ToTxnDate", f.FromTxnDate, f.ToTxnDate, f.TxnDateMacro, false)
	w.refFilter("EntityFilter", f.EntityFilter, "", "", nil)
	w.refFilter("AccountFilter", f.AccountFilter, "", "", nil)
	w.refNumberFilters(f.RefNumberFilter, f.RefNumberRangeFilter)
}

// TxnSelection is the choice at the start of the transaction queries: explicit TxnIDs, explicit
// RefNumbers (case-insensitive or case-sensitive match), or a filter. Setting more than one is a
// caller bug and fails at build time.
type TxnSelection struct {
	TxnIDs                  []string
	RefNumbers              []string
	RefNumbersCaseSensitive []string
	TxnFilter
}

// txnSelection writes the selection; extraFilter (may be nil) writes filter-only elements that
// follow the TxnFilter group (PaidStatus of BillQuery) and is called only when no IDs or
// RefNumbers are given. hasExtra tells whether the caller set such a filter.
func (w *xmlWriter) txnSelection(s TxnSelection, hasExtra bool, extraFilter func()) {
	n := 0
	for _, set := range []bool{len(s.TxnIDs) > 0, len(s.RefNumbers) > 0, len(s.RefNumbersCaseSensitive) > 0} {
		if set {
			n++
		}
	}
	switch {
	case n > 1:
		w.invalid("TxnID", "", "give TxnIDs, RefNumbers or RefNumbersCaseSensitive, not several")
	case n == 1:
		if s.TxnFilter != (TxnFilter{}) || hasExtra {
			w.invalid("TxnID", "", "TxnIDs/RefNumbers cannot be combined with filters")
			return
		}
		for _, id := range s.TxnIDs {
			w.id("TxnID", id, 36)
		}
		for _, r := range s.RefNumbers {
			w.text("RefNumber", r, 0)
		}
		for _, r := range s.RefNumbersCaseSensitive {
			w.text("RefNumberCaseSensitive", r, 0)
		}
	default:
		w.txnFilter(s.TxnFilter)
		if extraFilter != nil {
			extraFilter()
		}
	}
}

// txnQueryTail writes what follows the selection in a transaction query: IncludeLineItems,
// IncludeLinkedTxns (nil for the queries that do not have it), then IncludeRetElement and OwnerID.
func (w *xmlWriter) txnQueryTail(lineItems, linkedTxns *bool, o RetOptions) {
	w.boolean("IncludeLineItems", lineItems)
	w.boolean("IncludeLinkedTxns", linkedTxns)
	w.retOptions(o)
}
