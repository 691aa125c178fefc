// Package budgets is the budgets → estimates flow (issue 13): a Procore project's locked
// original budget becomes one QuickBooks estimate on the project's linked Customer:Job — one
// line per budget line, on the cost code's service item, Quantity 1 and Rate = Amount = the
// original budget amount, so QuickBooks' "Est. Cost" equals the budget — and each approved
// budget change or legacy budget modification becomes lines appended to that estimate with
// EstimateMod (every existing line kept by TxnLineID, new lines with TxnLineID -1): negative on
// the "from" cost code, positive on the "to" one.
//
// Two kinds, two flows sharing one reader and one ledger: budget (the estimate) and
// budgetchange (appended lines), which waits for its budget's estimate (engine.Dependent).
// Budget changes have no origin_id in Procore, so Joblink keeps its own ledger in the store:
// a copy of each estimate as QuickBooks last returned it (TxnID, EditSequence, every line) and
// an entry per change, written before the change is sent. The estimate carries the budget
// item's GUID as ExternalGUID and each appended line the change's marker ("[JL bc…]") in its
// description; Found reads both back, so no estimate is added twice and nothing is appended
// twice after a crash or a lost answer. A budget or change edited in Procore after
// export is never sent again silently: the item says "changed in Procore after export" with
// the difference.
package budgets
