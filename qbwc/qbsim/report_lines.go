package qbsim

import "math"

// postedLine is one line of a transaction as QuickBooks' transaction
// reports list it: the line's name (the job on a job-costed line, else the
// header's vendor or payee), account, item and signed amount. Cost lines of
// purchases are positive and their credits (vendor credits, card credits)
// negative; journal debits positive, credits negative; the header's split
// (A/P, bank or card account) balances the transaction.
type postedLine struct {
	txn     *txnRecord
	line    *element // nil for the header's split line
	entity  *element
	account *element
	item    *element
	cents   int64
	memo    string
}

// costSign is +1 for transactions whose lines are costs and -1 for the
// credits that reduce them.
func (t TxnType) costSign() int64 {
	if t == TxnVendorCredit || t == TxnCreditCardCredit {
		return -1
	}
	return 1
}

// toCents rounds a simulator amount to cents (reports add in cents, so
// sums are exact).
func toCents(v float64) int64 { return int64(math.Round(v * 100)) }

// postedLines lists r's lines in stored order, then the header split.
func (c *Company) postedLines(r *txnRecord) []postedLine {
	header := r.headerRef(r.typ.entityRef())
	var out []postedLine
	var sum int64
	for _, l := range r.lines {
		p := postedLine{txn: r, line: l, entity: lineEntityRef(l), account: c.lineAccountRef(l), item: l.child("ItemRef"),
			cents: toCents(lineAmount(l)) * r.typ.costSign(), memo: l.childText("Memo")}
		if r.typ == TxnJournalEntry && l.name == "JournalCreditLine" {
			p.cents = -p.cents
		}
		if p.entity == nil {
			p.entity = header
		}
		sum += p.cents
		out = append(out, p)
	}
	if r.typ.posting() && r.typ != TxnJournalEntry {
		account := r.headerAccountRef()
		if account == nil {
			account = c.defaultAPAccount()
		}
		out = append(out, postedLine{txn: r, entity: header, account: account, cents: -sum, memo: r.headerText("Memo")})
	}
	return out
}

// defaultAPAccount is the A/P account QuickBooks posts a bill, item
// receipt or vendor credit to when none is given: the company's first
// Accounts Payable account.
func (c *Company) defaultAPAccount() *element {
	for _, r := range c.sortedLists(KindAccount) {
		if accountType(r) == "AccountsPayable" {
			return c.refTo("APAccountRef", r)
		}
	}
	return nil
}

// reportTxnType is the transaction type as QuickBooks' reports print it.
func (t TxnType) reportName() string {
	return [...]string{"Estimate", "Purchase Order", "Bill", "Check", "Credit Card Charge", "Item Receipt",
		"General Journal", "Credit Card Credit", "Credit"}[t]
}
