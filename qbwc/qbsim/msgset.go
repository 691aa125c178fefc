package qbsim

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"joblink/qbwc/qbsim/internal/pause"
)

// handler answers one request element with its *Rs element.
type handler func(s *Session, rq *element) *element

// handlers maps request names (without "Rq") to their implementation.
var handlers map[string]handler

func init() {
	handlers = map[string]handler{
		"HostQuery":               (*Session).hostQuery,
		"CompanyQuery":            (*Session).companyQuery,
		"PreferencesQuery":        (*Session).preferencesQuery,
		"AccountQuery":            listQuery(accountKinds),
		"ItemServiceAdd":          listAdd(KindItemService, "ItemServiceAdd"),
		"ItemServiceMod":          listMod(KindItemService, "ItemServiceMod"),
		"ItemServiceQuery":        listQuery([]ListKind{KindItemService}),
		"ItemQuery":               listQuery(itemKinds),
		"CustomerAdd":             listAdd(KindCustomer, "CustomerAdd"),
		"CustomerMod":             listMod(KindCustomer, "CustomerMod"),
		"CustomerQuery":           listQuery([]ListKind{KindCustomer}),
		"VendorAdd":               listAdd(KindVendor, "VendorAdd"),
		"VendorMod":               listMod(KindVendor, "VendorMod"),
		"VendorQuery":             listQuery([]ListKind{KindVendor}),
		"VendorTypeAdd":           listAdd(KindVendorType, "VendorTypeAdd"),
		"VendorTypeQuery":         listQuery([]ListKind{KindVendorType}),
		"EmployeeQuery":           listQuery([]ListKind{KindEmployee}),
		"OtherNameQuery":          listQuery([]ListKind{KindOtherName}),
		"DataExtAdd":              (*Session).dataExtAdd,
		"DataExtMod":              (*Session).dataExtMod,
		"EstimateAdd":             txnAdd(TxnEstimate),
		"EstimateQuery":           txnQuery(TxnEstimate),
		"EstimateMod":             txnMod(estimateModSpec),
		"PurchaseOrderAdd":        txnAdd(TxnPurchaseOrder),
		"PurchaseOrderMod":        txnMod(purchaseOrderModSpec),
		"PurchaseOrderQuery":      txnQuery(TxnPurchaseOrder),
		"BillAdd":                 txnAdd(TxnBill),
		"BillQuery":               txnQuery(TxnBill),
		"BillMod":                 txnMod(billModSpec),
		"CheckAdd":                txnAdd(TxnCheck),
		"CheckQuery":              txnQuery(TxnCheck),
		"CreditCardChargeAdd":     txnAdd(TxnCreditCardCharge),
		"CreditCardChargeQuery":   txnQuery(TxnCreditCardCharge),
		"ItemReceiptAdd":          txnAdd(TxnItemReceipt),
		"ItemReceiptQuery":        txnQuery(TxnItemReceipt),
		"JournalEntryAdd":         txnAdd(TxnJournalEntry),
		"JournalEntryQuery":       txnQuery(TxnJournalEntry),
		"CreditCardCreditAdd":     txnAdd(TxnCreditCardCredit),
		"CreditCardCreditQuery":   txnQuery(TxnCreditCardCredit),
		"VendorCreditAdd":         txnAdd(TxnVendorCredit),
		"VendorCreditQuery":       txnQuery(TxnVendorCredit),
		"TxnVoid":                 (*Session).txnVoid,
		"JobReportQuery":          (*Session).jobReportQuery,
		"CustomDetailReportQuery": (*Session).customDetailReportQuery,
		"TransactionQuery":        (*Session).transactionQuery,
		"TxnDel":                  (*Session).txnDel,
		"TxnDeletedQuery":         (*Session).txnDeletedQuery,
		"ListDel":                 (*Session).listDel,
		"ListDeletedQuery":        (*Session).listDeletedQuery,
	}
}

func trimRq(name string) string { return strings.TrimSuffix(name, "Rq") }

// reply builds the *Rs element for rq: requestID echoed, status attributes
// in the order QuickBooks writes them.
func reply(rq *element, st status, rets ...*element) *element {
	rs := &element{name: trimRq(rq.name) + "Rs"}
	if rq.hasAttr("requestID") {
		rs.setAttr("requestID", rq.attr("requestID"))
	}
	rs.setAttr("statusCode", strconv.Itoa(st.code))
	rs.setAttr("statusSeverity", st.severity)
	rs.setAttr("statusMessage", st.message)
	rs.add(rets...)
	return rs
}

var validOnError = map[string]bool{"stopOnError": true, "continueOnError": true, "rollbackOnError": true}

func parseFailure() error { return &ProcessorError{HResult: HResultParseError, Message: msgParseError} }

// processLocked runs a message set with c.mu held.
func (s *Session) processLocked(ctx context.Context, request string) (string, error) {
	c := s.company
	c.stats.MessageSets++
	if c.faults.takeParseError() {
		return "", parseFailure()
	}
	msgs, err := parseMessageSet(request)
	if err != nil {
		return "", err
	}
	oldID, newID := msgs.attr("oldMessageSetID"), msgs.attr("newMessageSetID")
	if oldID != "" || newID != "" {
		if out, done := c.recover(msgs, oldID, newID); done {
			return writeResponse(out, 0), nil
		}
	}
	onError := msgs.attr("onError")
	stopOnError := onError != "continueOnError"
	includeNone := msgs.attr("responseData") == "includeNone"
	var before *companyState
	if onError == "rollbackOnError" {
		before = c.snapshot()
	}
	out := newElement("QBXMLMsgsRs")
	failed := false
	records := 0
	for _, rq := range msgs.children {
		if err := ctx.Err(); err != nil {
			return "", &ProcessorError{HResult: HResultUnexpected, Message: "Unexpected error. Check the qbsdklog.txt: " + err.Error()}
		}
		c.stats.Requests++
		var rs *element
		if failed && stopOnError {
			// QuickBooks answers each request after the failed one, so the
			// client can tell "not processed" from "lost" (3231).
			rs = reply(rq, statusNotProcessed)
		} else {
			rs = s.dispatch(rq)
		}
		if rs.attr("statusSeverity") == "Error" {
			c.stats.Errors++
			if !failed && before != nil {
				// rollbackOnError: undo what the earlier requests changed;
				// their responses no longer describe the company. Caveat:
				// third-party copies of the SDK reference say QuickBooks
				// Desktop does not support rollbackOnError at all
				// (is2qb.com "QBXML Message Information"); this follows
				// the attribute's documented intent, not observed QB.
				c.restore(before)
				for _, done := range out.children {
					if !strings.HasSuffix(done.name, "QueryRs") {
						*done = *reply(&element{name: strings.TrimSuffix(done.name, "Rs") + "Rq", attrs: done.attrs}, statusRolledBack)
					}
				}
			}
			failed = true
		}
		records += len(rs.children)
		if includeNone {
			rs.children = nil
		}
		out.add(rs)
	}
	if d := c.faults.perRequest*time.Duration(len(msgs.children)) + c.faults.perRecord*time.Duration(records); d > 0 {
		if err := pause.For(ctx, d); err != nil {
			return "", &ProcessorError{HResult: HResultUnexpected, Message: "Unexpected error. Check the qbsdklog.txt: " + err.Error()}
		}
	}
	if newID != "" {
		c.remember(msgs, newID, out)
	}
	return writeResponse(out, records), nil
}

// writeResponse renders the response document around QBXMLMsgsRs.
func writeResponse(out *element, records int) string {
	var b strings.Builder
	b.Grow(256 + records*512)
	b.WriteString("<?xml version=\"1.0\" ?>\n")
	newElement("QBXML", out).write(&b)
	return b.String()
}

// parseMessageSet parses and schema-checks the request document. Any
// failure is the processor's parse error: QuickBooks runs none of the
// requests of a set it cannot parse.
func parseMessageSet(request string) (*element, error) {
	root, pi, err := parseXML(request)
	if err != nil {
		return nil, parseFailure()
	}
	if root.name != "QBXML" || len(root.children) != 1 || root.children[0].name != "QBXMLMsgsRq" {
		return nil, parseFailure()
	}
	if v := qbxmlVersion(pi); v != "" && !supportedVersion(v) {
		return nil, parseFailure()
	}
	msgs := root.children[0]
	if !validOnError[msgs.attr("onError")] {
		return nil, parseFailure()
	}
	for _, rq := range msgs.children {
		if !strings.HasSuffix(rq.name, "Rq") {
			return nil, parseFailure()
		}
		if err := checkStructure(rq, rq.name); err != nil {
			var pe *parseError
			if errors.As(err, &pe) {
				return nil, &ProcessorError{HResult: HResultParseError, Message: msgParseError + " (" + pe.Error() + ")"}
			}
			return nil, parseFailure()
		}
	}
	return msgs, nil
}

// dispatch runs one request, applying injected lock faults first.
func (s *Session) dispatch(rq *element) *element {
	name := trimRq(rq.name)
	h, ok := handlers[name]
	if !ok {
		return reply(rq, errNotSupported(rq.name))
	}
	if code, locked := s.company.faults.takeLock(name); locked {
		return reply(rq, lockStatus(code, lockObject(name)))
	}
	if t := findTooLong(rq); t != nil {
		return reply(rq, errTooLong(t.value, t.field))
	}
	return h(s, rq)
}

// lockObject turns "CustomerAdd" into "Customer list" for lock messages.
func lockObject(request string) string {
	for _, suffix := range []string{"Add", "Mod", "Query", "Del"} {
		if strings.HasSuffix(request, suffix) {
			return strings.TrimSuffix(request, suffix) + " list"
		}
	}
	return request
}

// qbxmlVersion extracts 13.0 from `version="13.0"`.
func qbxmlVersion(pi string) string {
	i := strings.Index(pi, "version")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(pi[i+len("version"):], " =")
	return strings.Trim(rest, `"' `)
}

// supportedQBXMLVersions is what HostRet reports. The simulator speaks qbXML 13.0, so it
// reports support up to 13.0; a real QuickBooks 2024 would also list 14.0 to 16.0.
var supportedQBXMLVersions = []string{"1.0", "1.1", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0", "6.0",
	"7.0", "8.0", "9.0", "10.0", "11.0", "12.0", "13.0"}

func supportedVersion(v string) bool {
	for _, s := range supportedQBXMLVersions {
		if s == v {
			return true
		}
	}
	return false
}
