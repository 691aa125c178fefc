package qbxml

import "time"

var (
	// txnTypes is the TxnTypeFilter enumeration of TransactionQuery.
	txnTypes = []string{
		"All", "ARRefundCreditCard", "Bill", "BillPaymentCheck", "BillPaymentCreditCard", "BuildAssembly",
		"Charge", "Check", "CreditCardCharge", "CreditCardCredit", "CreditMemo", "Deposit", "Estimate",
		"InventoryAdjustment", "Invoice", "ItemReceipt", "JournalEntry", "LiabilityAdjustment", "Paycheck",
		"PayrollLiabilityCheck", "PurchaseOrder", "ReceivePayment", "SalesOrder", "SalesReceipt",
		"SalesTaxPaymentCheck", "Transfer", "VendorCredit", "YTDAdjustment",
	}
	// txnDelTypes is the TxnDelType enumeration of TxnDeletedQuery.
	txnDelTypes = []string{
		"ARRefundCreditCard", "Bill", "BillPaymentCheck", "BillPaymentCreditCard", "BuildAssembly", "Charge",
		"Check", "CreditCardCharge", "CreditCardCredit", "CreditMemo", "Deposit", "Estimate",
		"InventoryAdjustment", "Invoice", "ItemReceipt", "JournalEntry", "PurchaseOrder", "ReceivePayment",
		"SalesOrder", "SalesReceipt", "SalesTaxPaymentCheck", "TimeTracking", "TransferInventory",
		"VehicleMileage", "VendorCredit",
	}
	entityTypes       = []string{"Customer", "Employee", "OtherName", "Vendor"}
	accountTypeFilter = []string{
		"AccountsPayable", "AccountsReceivable", "AllowedFor1099", "APAndSalesTax", "APOrCreditCard", "ARAndAP",
		"Asset", "BalanceSheet", "Bank", "BankAndARAndAPAndUF", "BankAndUF", "CostOfSales", "CreditCard",
		"CurrentAsset", "CurrentAssetAndExpense", "CurrentLiability", "Equity", "EquityAndIncomeAndExpense",
		"ExpenseAndOtherExpense", "FixedAsset", "IncomeAndExpense", "IncomeAndOtherIncome", "Liability",
		"LiabilityAndEquity", "LongTermLiability", "NonPosting", "OrdinaryExpense", "OrdinaryIncome",
		"OrdinaryIncomeAndCOGS", "OrdinaryIncomeAndExpense", "OtherAsset", "OtherCurrentAsset",
		"OtherCurrentLiability", "OtherExpense", "OtherIncome", "OtherIncomeOrExpense",
	}
	itemTypeFilter = []string{
		"AllExceptFixedAsset", "Assembly", "Discount", "FixedAsset", "Inventory", "InventoryAndAssembly",
		"NonInventory", "OtherCharge", "Payment", "Sales", "SalesTax", "Service",
	}
)

// DetailLevel values of TransactionQuery. QuickBooks defaults to SummaryOnly, one
// TransactionRet per transaction; All and AllExceptSummary add one per line, which is what
// per-job, per-account costs need.
const (
	DetailAll              = "All"
	DetailSummaryOnly      = "SummaryOnly"
	DetailAllExceptSummary = "AllExceptSummary"
)

// TransactionEntityFilter selects by entity: an entity type (Customer, Employee, OtherName,
// Vendor) or, through RefFilter, specific entities. Set exactly one.
type TransactionEntityFilter struct {
	EntityType string
	RefFilter
}

// TransactionAccountFilter selects by account: an account-type group (e.g. "CostOfSales",
// "ExpenseAndOtherExpense") or, through RefFilter, specific accounts. Set exactly one.
type TransactionAccountFilter struct {
	AccountType string
	RefFilter
}

// TransactionItemFilter selects by item: an item type (e.g. "Service") or, through RefFilter,
// specific items. Set exactly one.
type TransactionItemFilter struct {
	ItemType string
	RefFilter
}

// TransactionFilter is the filter of TransactionQuery. The RefNumber choices (RefNumbers,
// RefNumbersCaseSensitive, RefNumberFilter, RefNumberRangeFilter) are alternatives; each date
// range takes From/To or a DateMacro. CurrencyFilter is not supported.
type TransactionFilter struct {
	MaxReturned int

	RefNumbers              []string
	RefNumbersCaseSensitive []string
	RefNumberFilter         *RefNumberFilter
	RefNumberRangeFilter    *RefNumberRangeFilter

	// TransactionModifiedDateRangeFilter
	FromModifiedDate  time.Time
	ToModifiedDate    time.Time
	ModifiedDateMacro string

	// TransactionDateRangeFilter
	FromTxnDate  time.Time
	ToTxnDate    time.Time
	TxnDateMacro string

	EntityFilter  *TransactionEntityFilter
	AccountFilter *TransactionAccountFilter
	ItemFilter    *TransactionItemFilter
	ClassFilter   *RefFilter

	TxnTypes      []string // TransactionTypeFilter: "Bill", "Check", "CreditCardCharge" …
	DetailLevel   string   // DetailAll, DetailSummaryOnly, DetailAllExceptSummary
	PostingStatus string   // Either, NonPosting, Posting
	PaidStatus    string   // Either, Closed, Open
}

func (f *TransactionFilter) isZero() bool {
	return f.MaxReturned == 0 && len(f.RefNumbers) == 0 && len(f.RefNumbersCaseSensitive) == 0 &&
		f.RefNumberFilter == nil && f.RefNumberRangeFilter == nil &&
		f.FromModifiedDate.IsZero() && f.ToModifiedDate.IsZero() && f.ModifiedDateMacro == "" &&
		f.FromTxnDate.IsZero() && f.ToTxnDate.IsZero() && f.TxnDateMacro == "" &&
		f.EntityFilter == nil && f.AccountFilter == nil && f.ItemFilter == nil && f.ClassFilter == nil &&
		len(f.TxnTypes) == 0 && f.DetailLevel == "" && f.PostingStatus == "" && f.PaidStatus == ""
}

// TransactionQuery is the change feed across all transaction types: one thin TransactionRet
// per transaction (or per line, with DetailLevel All), to be followed by a typed query by TxnID.
// It is iterator-capable. TxnIDs and the filter are alternatives.
type TransactionQuery struct {
	Iterator
	TxnIDs []string
	TransactionFilter
	IncludeRetElement []string
}

func (TransactionQuery) rqName() string { return "TransactionQueryRq" }

func (q TransactionQuery) writeBody(w *xmlWriter) {
	if len(q.TxnIDs) > 0 {
		if !q.TransactionFilter.isZero() {
			w.invalid("TxnID", "", "TxnIDs cannot be combined with filters")
			return
		}
		for _, id := range q.TxnIDs {
			w.id("TxnID", id, 36)
		}
	} else {
		q.TransactionFilter.write(w)
	}
	w.includeRetElements(q.IncludeRetElement)
}

func (f *TransactionFilter) write(w *xmlWriter) {
	refChoices := 0
	for _, set := range []bool{len(f.RefNumbers) > 0, len(f.RefNumbersCaseSensitive) > 0, f.RefNumberFilter != nil, f.RefNumberRangeFilter != nil} {
		if set {
			refChoices++
		}
	}
	if refChoices > 1 {
		w.invalid("RefNumber", "", "set one of RefNumbers, RefNumbersCaseSensitive, RefNumberFilter or RefNumberRangeFilter")
		return
	}
	w.integer("MaxReturned", f.MaxReturned)
	for _, r := range f.RefNumbers {
		w.text("RefNumber", r, 0)
	}
	for _, r := range f.RefNumbersCaseSensitive {
		w.text("RefNumberCaseSensitive", r, 0)
	}
	w.refNumberFilters(f.RefNumberFilter, f.RefNumberRangeFilter)
	w.dateRange("TransactionModifiedDateRangeFilter", "FromModifiedDate", "ToModifiedDate",
		f.FromModifiedDate, f.ToModifiedDate, f.ModifiedDateMacro, true)
	w.dateRange("TransactionDateRangeFilter", "FromTxnDate", "ToTxnDate", f.FromTxnDate, f.ToTxnDate, f.TxnDateMacro, false)
	if e := f.EntityFilter; e != nil {
		w.refFilter("TransactionEntityFilter", &e.RefFilter, "EntityTypeFilter", e.EntityType, entityTypes)
	}
	if a := f.AccountFilter; a != nil {
		w.refFilter("TransactionAccountFilter", &a.RefFilter, "AccountTypeFilter", a.AccountType, accountTypeFilter)
	}
	if i := f.ItemFilter; i != nil {
		w.refFilter("TransactionItemFilter", &i.RefFilter, "ItemTypeFilter", i.ItemType, itemTypeFilter)
	}
	w.refFilter("TransactionClassFilter", f.ClassFilter, "", "", nil)
	if len(f.TxnTypes) > 0 && w.err == nil {
		w.open("TransactionTypeFilter")
		for _, t := range f.TxnTypes {
			w.enum("TxnTypeFilter", t, txnTypes...)
		}
		w.close()
	}
	w.enum("TransactionDetailLevelFilter", f.DetailLevel, DetailAll, DetailSummaryOnly, DetailAllExceptSummary)
	w.enum("TransactionPostingStatusFilter", f.PostingStatus, "Either", "NonPosting", "Posting")
	w.enum("TransactionPaidStatusFilter", f.PaidStatus, "Either", "Closed", "Open")
}

// TxnDeletedQuery lists transactions deleted in QuickBooks, by type (at least one), optionally
// within a deletion-time range. QuickBooks keeps this log for a limited time only (90 days per
// Conductor's API documentation; not confirmed by Intuit), so a sync must poll well within that.
// It is not iterator-capable.
type TxnDeletedQuery struct {
	TxnDelTypes       []string // "Bill", "Check", "Estimate", "PurchaseOrder" …
	FromDeletedDate   time.Time
	ToDeletedDate     time.Time
	IncludeRetElement []string
}

func (TxnDeletedQuery) rqName() string { return "TxnDeletedQueryRq" }

func (q TxnDeletedQuery) writeBody(w *xmlWriter) {
	if len(q.TxnDelTypes) == 0 {
		w.invalid("TxnDelType", "", "is required (at least one transaction type)")
		return
	}
	for _, t := range q.TxnDelTypes {
		w.enum("TxnDelType", t, txnDelTypes...)
	}
	w.dateRange("DeletedDateRangeFilter", "FromDeletedDate", "ToDeletedDate", q.FromDeletedDate, q.ToDeletedDate, "", true)
	w.includeRetElements(q.IncludeRetElement)
}
