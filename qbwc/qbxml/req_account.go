package qbxml

// accountTypes is the AccountType enumeration of AccountQuery (qbXML 13.0).
var accountTypes = []string{
	"AccountsPayable", "AccountsReceivable", "Bank", "CostOfGoodsSold", "CreditCard", "Equity",
	"Expense", "FixedAsset", "Income", "LongTermLiability", "NonPosting", "OtherAsset",
	"OtherCurrentAsset", "OtherCurrentLiability", "OtherExpense", "OtherIncome",
}

// AccountQuery reads the chart of accounts. It is not iterator-capable: QuickBooks returns
// every matching account in one response.
type AccountQuery struct {
	ListSelection
	AccountTypes []string // e.g. "Expense", "CostOfGoodsSold"; filter only
	RetOptions
}

func (AccountQuery) rqName() string { return "AccountQueryRq" }

func (q AccountQuery) writeBody(w *xmlWriter) {
	hasFilter := len(q.AccountTypes) > 0
	if hasFilter && (len(q.ListIDs) > 0 || len(q.FullNames) > 0) {
		w.invalid("AccountType", "", "cannot be combined with ListIDs/FullNames")
		return
	}
	w.listSelection(q.ListSelection, func() {
		for _, t := range q.AccountTypes {
			w.enum("AccountType", t, accountTypes...)
		}
	})
	w.retOptions(q.RetOptions)
}
