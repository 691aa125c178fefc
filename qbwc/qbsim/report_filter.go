package qbsim

import (
	"strings"
	"time"
)

// The report requests share ReportCoreFilter: a period (ReportPeriod or
// ReportDateMacro) on transaction dates, account/entity/item/class
// filters (a type or a set of records, optionally with their children),
// a transaction-type filter, a modified-date range (calendar dates in the
// company's time zone) and a posting status. reportFilter is that filter,
// applied to posting lines (postedLine).

type reportFilter struct {
	dateFrom, dateTo string // TxnDate bounds (qbDate); "" is open
	allDates         bool
	modFrom, modTo   string // last-modified date bounds, company-local dates
	account          refSet
	entity           refSet
	item             refSet
	types            map[string]bool // nil: every type
	posting          string          // Either ("" too), Posting, NonPosting
}

// refSet is a report's account, entity or item filter: records (with
// their children when tree), or a type filter.
type refSet struct {
	set   bool
	recs  []*listRecord
	tree  bool
	match func(r *listRecord) bool // type filters
}

func (c *Company) parseRefSet(e *element, kinds []ListKind, typeName string, typeMatch func(string) (func(*listRecord) bool, bool)) (refSet, status) {
	if e == nil {
		return refSet{}, statusOK
	}
	s := refSet{set: true}
	for _, k := range e.children {
		v := strings.TrimSpace(k.text)
		ref := newElement("Ref")
		switch k.name {
		case typeName:
			m, ok := typeMatch(v)
			if !ok {
				return s, errNotSupported(e.name + " " + typeName + " " + v)
			}
			s.match = m
			continue
		case "ListID", "ListIDWithChildren":
			ref.add(textElement("ListID", v))
		case "FullName", "FullNameWithChildren":
			ref.add(textElement("FullName", v))
		default:
			continue
		}
		r := c.resolveRef(ref, kinds)
		if r == nil {
			return s, errInvalidRef(kinds[0].refNoun(), v, "report filter")
		}
		s.recs = append(s.recs, r)
		s.tree = strings.HasSuffix(k.name, "WithChildren")
	}
	return s, statusOK
}

// matches reports whether ref (a stored reference, nil for none) passes.
func (c *Company) refSetMatches(s refSet, ref *element) bool {
	if !s.set {
		return true
	}
	if ref == nil {
		return false
	}
	r := c.lists[ref.childText("ListID")]
	if r == nil {
		return false
	}
	if s.match != nil {
		return s.match(r)
	}
	for _, want := range s.recs {
		if r == want || (s.tree && c.isSelfOrDescendant(r, want)) {
			return true
		}
	}
	return false
}

var entityTypeKinds = map[string]ListKind{"Customer": KindCustomer, "Vendor": KindVendor, "Employee": KindEmployee, "OtherName": KindOtherName}

func entityTypeMatch(v string) (func(*listRecord) bool, bool) {
	k, ok := entityTypeKinds[v]
	return func(r *listRecord) bool { return r.kind == k }, ok
}

func itemTypeMatch(v string) (func(*listRecord) bool, bool) {
	kinds := map[string][]ListKind{
		"Service": {KindItemService}, "NonInventory": {KindItemNonInventory}, "OtherCharge": {KindItemOtherCharge},
		"AllExceptFixedAsset": itemKinds,
		// The simulator has no items of the other types: they select nothing.
		"Assembly": nil, "Discount": nil, "FixedAsset": nil, "Inventory": nil, "InventoryAndAssembly": nil,
		"Payment": nil, "Sales": nil, "SalesTax": nil,
	}
	ks, ok := kinds[v]
	return func(r *listRecord) bool {
		for _, k := range ks {
			if r.kind == k {
				return true
			}
		}
		return false
	}, ok
}

// accountTypeGroups maps AccountTypeFilter values to the AccountType
// values they select.
var accountTypeGroups = func() map[string][]string {
	current := []string{"Bank", "AccountsReceivable", "OtherCurrentAsset"}
	assets := append(append([]string{}, current...), "FixedAsset", "OtherAsset")
	currentLiab := []string{"AccountsPayable", "CreditCard", "OtherCurrentLiability"}
	liab := append(append([]string{}, currentLiab...), "LongTermLiability")
	income := []string{"Income", "OtherIncome"}
	expense := []string{"Expense", "OtherExpense"}
	all := func(groups ...[]string) []string {
		var out []string
		for _, g := range groups {
			out = append(out, g...)
		}
		return out
	}
	return map[string][]string{
		"AccountsPayable": {"AccountsPayable"}, "AccountsReceivable": {"AccountsReceivable"},
		"AllowedFor1099": {"Expense", "OtherExpense", "CostOfGoodsSold"}, "APAndSalesTax": {"AccountsPayable"},
		"APOrCreditCard": {"AccountsPayable", "CreditCard"}, "ARAndAP": {"AccountsReceivable", "AccountsPayable"},
		"Asset": assets, "BalanceSheet": all(assets, liab, []string{"Equity"}), "Bank": {"Bank"},
		"BankAndARAndAPAndUF": {"Bank", "AccountsReceivable", "AccountsPayable"}, "BankAndUF": {"Bank"},
		"CostOfSales": {"CostOfGoodsSold"}, "CreditCard": {"CreditCard"}, "CurrentAsset": current,
		"CurrentAssetAndExpense": all(current, expense, []string{"CostOfGoodsSold"}), "CurrentLiability": currentLiab,
		"Equity": {"Equity"}, "EquityAndIncomeAndExpense": all([]string{"Equity", "CostOfGoodsSold"}, income, expense),
		"ExpenseAndOtherExpense": expense, "FixedAsset": {"FixedAsset"},
		"IncomeAndExpense": all(income, expense, []string{"CostOfGoodsSold"}), "IncomeAndOtherIncome": income,
		"Liability": liab, "LiabilityAndEquity": all(liab, []string{"Equity"}), "LongTermLiability": {"LongTermLiability"},
		"NonPosting": {"NonPosting"}, "OrdinaryExpense": {"Expense"}, "OrdinaryIncome": {"Income"},
		"OrdinaryIncomeAndCOGS": {"Income", "CostOfGoodsSold"}, "OrdinaryIncomeAndExpense": {"Income", "CostOfGoodsSold", "Expense"},
		"OtherAsset": {"OtherAsset"}, "OtherCurrentAsset": {"OtherCurrentAsset"}, "OtherCurrentLiability": {"OtherCurrentLiability"},
		"OtherExpense": {"OtherExpense"}, "OtherIncome": {"OtherIncome"}, "OtherIncomeOrExpense": {"OtherIncome", "OtherExpense"},
	}
}()

func accountTypeMatch(v string) (func(*listRecord) bool, bool) {
	types, ok := accountTypeGroups[v]
	return func(r *listRecord) bool {
		t := accountType(r)
		for _, want := range types {
			if t == want {
				return true
			}
		}
		return false
	}, ok
}

func accountType(r *listRecord) string {
	for _, b := range r.body {
		if b.name == "AccountType" {
			return strings.TrimSpace(b.text)
		}
	}
	return ""
}

func (c *Company) parseReportFilter(rq *element) (reportFilter, status) {
	f := reportFilter{posting: rq.childText("ReportPostingStatusFilter"), allDates: true}
	now := c.now().In(c.loc)
	if p := rq.child("ReportPeriod"); p != nil {
		f.dateFrom, f.dateTo, f.allDates = p.childText("FromReportDate"), p.childText("ToReportDate"), false
	} else if m := rq.childText("ReportDateMacro"); m != "" && m != "All" {
		from, to, ok := reportMacroRange(m, now)
		if !ok {
			return f, errNotSupported("ReportDateMacro " + m)
		}
		f.dateFrom, f.dateTo, f.allDates = from, to, false
	}
	if m := rq.child("ReportModifiedDateRangeFilter"); m != nil {
		f.modFrom, f.modTo = m.childText("FromReportModifiedDate"), m.childText("ToReportModifiedDate")
	} else if m := rq.childText("ReportModifiedDateRangeMacro"); m != "" && m != "All" {
		from, to, ok := reportMacroRange(m, now)
		if !ok {
			return f, errNotSupported("ReportModifiedDateRangeMacro " + m)
		}
		f.modFrom, f.modTo = from, to
	}
	var st status
	if f.account, st = c.parseRefSet(rq.child("ReportAccountFilter"), accountKinds, "AccountTypeFilter", accountTypeMatch); st.isError() {
		return f, st
	}
	if f.entity, st = c.parseRefSet(rq.child("ReportEntityFilter"), entityKinds, "EntityTypeFilter", entityTypeMatch); st.isError() {
		return f, st
	}
	if f.item, st = c.parseRefSet(rq.child("ReportItemFilter"), itemKinds, "ItemTypeFilter", itemTypeMatch); st.isError() {
		return f, st
	}
	if rq.child("ReportClassFilter") != nil {
		return f, errNotSupported("ReportClassFilter (the simulator has no classes)")
	}
	if tf := rq.child("ReportTxnTypeFilter"); tf != nil {
		f.types = map[string]bool{}
		for _, t := range tf.all("TxnTypeFilter") {
			f.types[strings.TrimSpace(t.text)] = true
		}
		if f.types["All"] {
			f.types = nil
		}
	}
	return f, statusOK
}

// txnMatches applies the header-level parts of the filter: type, posting
// status, period and modified date.
func (c *Company) reportTxnMatches(f reportFilter, r *txnRecord) bool {
	if f.types != nil && !f.types[r.typ.Name()] {
		return false
	}
	if (f.posting == "Posting" && !r.typ.posting()) || (f.posting == "NonPosting" && r.typ.posting()) {
		return false
	}
	date := r.headerText("TxnDate")
	if (f.dateFrom != "" && date < f.dateFrom) || (f.dateTo != "" && date > f.dateTo) {
		return false
	}
	mod := r.modified.In(c.loc).Format(qbDate)
	return (f.modFrom == "" || mod >= f.modFrom) && (f.modTo == "" || mod <= f.modTo)
}

// lineMatches applies the account, entity and item parts to a posting line.
func (c *Company) reportLineMatches(f reportFilter, l postedLine) bool {
	return c.refSetMatches(f.account, l.account) && c.refSetMatches(f.entity, l.entity) && c.refSetMatches(f.item, l.item)
}

// reportMacroRange turns a ReportDateMacro into calendar dates around now
// (calendar quarters and years; the simulated company's fiscal year is the
// calendar year).
func reportMacroRange(macro string, now time.Time) (from, to string, ok bool) {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	week := day.AddDate(0, 0, -int(day.Weekday()))
	month := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, day.Location())
	quarter := time.Date(day.Year(), time.Month((int(day.Month())-1)/3*3+1), 1, 0, 0, 0, 0, day.Location())
	year := time.Date(day.Year(), 1, 1, 0, 0, 0, 0, day.Location())
	switch macro {
	case "Today":
		return day.Format(qbDate), day.Format(qbDate), true
	case "Yesterday":
		return day.AddDate(0, 0, -1).Format(qbDate), day.AddDate(0, 0, -1).Format(qbDate), true
	case "NextFourWeeks":
		return day.Format(qbDate), day.AddDate(0, 0, 27).Format(qbDate), true
	}
	// The rest are This, Last or Next of a calendar period, This and Last also "ToDate"
	// (QuickBooks has no NextWeekToDate): the period holding day, or the one before or after;
	// "ToDate" ends on the day as far into that period as today is into this one.
	periods := map[string]struct {
		start               time.Time // of the period holding day
		years, months, days int       // its length
	}{"Week": {week, 0, 0, 7}, "Month": {month, 0, 1, 0}, "Quarter": {quarter, 0, 3, 0}, "Year": {year, 1, 0, 0}}
	name, toDate := strings.CutSuffix(macro, "ToDate")
	for _, rel := range []struct {
		word  string
		shift int // periods from the one holding day
	}{{"This", 0}, {"Last", -1}, {"Next", 1}} {
		unit, isRel := strings.CutPrefix(name, rel.word)
		p, isPeriod := periods[unit]
		if !isRel || !isPeriod || (toDate && rel.shift > 0) {
			continue
		}
		shift := func(t time.Time) time.Time { return t.AddDate(rel.shift*p.years, rel.shift*p.months, rel.shift*p.days) }
		start := shift(p.start)
		if toDate {
			return start.Format(qbDate), shift(day).Format(qbDate), true
		}
		return start.Format(qbDate), start.AddDate(p.years, p.months, p.days).AddDate(0, 0, -1).Format(qbDate), true
	}
	return "", "", false
}
