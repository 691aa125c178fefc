package qbsim

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// TxnType is a transaction type the simulator stores.
type TxnType int

const (
	TxnEstimate TxnType = iota
	TxnPurchaseOrder
	TxnBill
	TxnCheck
	TxnCreditCardCharge
	TxnItemReceipt
	TxnJournalEntry
	TxnCreditCardCredit
	TxnVendorCredit
)

// Name is the qbXML name ("PurchaseOrder"), also the TxnDelType value.
func (t TxnType) Name() string {
	return [...]string{"Estimate", "PurchaseOrder", "Bill", "Check", "CreditCardCharge", "ItemReceipt", "JournalEntry",
		"CreditCardCredit", "VendorCredit"}[t]
}

func txnTypeByName(name string) (TxnType, bool) {
	for t := TxnEstimate; t <= TxnVendorCredit; t++ {
		if t.Name() == name {
			return t, true
		}
	}
	return 0, false
}

// lineKinds maps a transaction's line Add element to its Ret element.
func (t TxnType) lineKinds() map[string]string {
	switch t {
	case TxnEstimate:
		return map[string]string{"EstimateLineAdd": "EstimateLineRet"}
	case TxnPurchaseOrder:
		return map[string]string{"PurchaseOrderLineAdd": "PurchaseOrderLineRet"}
	case TxnJournalEntry:
		return map[string]string{"JournalDebitLine": "JournalDebitLine", "JournalCreditLine": "JournalCreditLine"}
	default:
		return map[string]string{"ExpenseLineAdd": "ExpenseLineRet", "ItemLineAdd": "ItemLineRet"}
	}
}

// entityRef is the header reference that filters by EntityFilter. Journal
// entries have none: their names are on the lines (EntityRef).
func (t TxnType) entityRef() string {
	switch t {
	case TxnEstimate:
		return "CustomerRef"
	case TxnCheck, TxnCreditCardCharge, TxnCreditCardCredit:
		return "PayeeEntityRef"
	case TxnJournalEntry:
		return ""
	}
	return "VendorRef"
}

// posting reports whether the type posts to the ledger (estimates and
// purchase orders do not: TransactionPostingStatusFilter).
func (t TxnType) posting() bool { return t != TxnEstimate && t != TxnPurchaseOrder }

// txnRecord is a stored transaction. Like listRecord it keeps Ret-shaped
// header fields and line elements; totals are computed on render.
type txnRecord struct {
	typ       TxnType
	txnID     string
	txnNumber int
	created   time.Time
	modified  time.Time
	editSeq   string
	header    []*element
	lines     []*element
}

type deletedTxn struct {
	typ                TxnType
	txnID, refNumber   string
	created, deletedAt time.Time
}

func (r *txnRecord) headerText(name string) string {
	for _, h := range r.header {
		if h.name == name {
			return strings.TrimSpace(h.text)
		}
	}
	return ""
}

func (r *txnRecord) headerRef(name string) *element {
	for _, h := range r.header {
		if h.name == name {
			return h
		}
	}
	return nil
}

// txnAdd handles EstimateAdd, PurchaseOrderAdd, BillAdd, CheckAdd,
// CreditCardChargeAdd, CreditCardCreditAdd, VendorCreditAdd, ItemReceiptAdd
// and JournalEntryAdd.
func txnAdd(t TxnType) handler {
	return func(s *Session, rq *element) *element {
		c := s.company
		rec, st := c.addTxn(t, rq.child(t.Name()+"Add").clone())
		if st.isError() {
			return reply(rq, st)
		}
		return reply(rq, statusOK, c.renderTxn(rec, true))
	}
}

func (c *Company) addTxn(t TxnType, add *element) (*txnRecord, status) {
	for _, k := range add.children {
		if strings.Contains(k.name, "GroupLine") || k.name == "ApplyCheckToTxnAdd" {
			return nil, errNotSupported(k.name)
		}
	}
	if st, ok := c.checkRefs(add, t.Name()); !ok {
		return nil, st
	}
	for _, l := range add.all("LinkToTxnID") {
		if linked := c.txns[strings.TrimSpace(l.text)]; linked == nil {
			return nil, errObjectNotFound(strings.TrimSpace(l.text))
		}
	}
	if t == TxnJournalEntry {
		if st := journalBalance(add); st.isError() {
			return nil, st
		}
	}
	now := c.now()
	rec := &txnRecord{typ: t, txnID: c.ids.txnID(now), txnNumber: c.ids.nextTxnNumber(),
		created: now, modified: now, editSeq: c.ids.editSequence(now)}
	kinds := t.lineKinds()
	for _, k := range add.children {
		switch {
		case kinds[k.name] != "":
			rec.lines = append(rec.lines, c.newLine(kinds[k.name], k, now))
		case k.name == "LinkToTxnID" || k.name == "DataExt":
			// Linking is validated above; the link itself is not simulated.
		default:
			rec.header = append(rec.header, k)
		}
	}
	if rec.headerText("TxnDate") == "" {
		rec.header = append(rec.header, textElement("TxnDate", now.Format(qbDate)))
	}
	if rec.headerText("RefNumber") == "" && (t == TxnEstimate || t == TxnPurchaseOrder) {
		// QuickBooks numbers estimates and POs itself when none is given.
		rec.header = append(rec.header, textElement("RefNumber", strconv.Itoa(rec.txnNumber)))
	}
	c.txns[rec.txnID] = rec
	c.txnSeq = append(c.txnSeq, rec)
	c.txnVersion++
	return rec, statusOK
}

// newLine turns a line Add into its Ret form with a fresh TxnLineID.
func (c *Company) newLine(retName string, add *element, now time.Time) *element {
	line := newElement(retName, textElement("TxnLineID", c.ids.txnLineID(now)))
	for _, k := range add.children {
		if k.name != "DataExt" && k.name != "LinkToTxn" && k.name != "TxnLineID" {
			line.add(k.clone())
		}
	}
	return line
}

// lineAmount is Amount if given, else Quantity x Rate (or Cost).
func lineAmount(line *element) float64 {
	if v, err := strconv.ParseFloat(line.childText("Amount"), 64); err == nil {
		return v
	}
	q, err := strconv.ParseFloat(line.childText("Quantity"), 64)
	if err != nil {
		q = 1
	}
	for _, price := range []string{"Rate", "Cost"} {
		if v, err := strconv.ParseFloat(line.childText(price), 64); err == nil {
			return q * v
		}
	}
	return 0
}

func amount(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// renderTxn builds the *Ret, computing the totals QuickBooks derives.
func (c *Company) renderTxn(r *txnRecord, includeLines bool) *element {
	ret := newElement(r.typ.Name()+"Ret",
		textElement("TxnID", r.txnID),
		textElement("TimeCreated", c.stamp(r.created)),
		textElement("TimeModified", c.stamp(r.modified)),
		textElement("EditSequence", r.editSeq),
		textElement("TxnNumber", strconv.Itoa(r.txnNumber)),
	)
	for _, h := range r.header {
		ret.add(h.clone())
	}
	total := 0.0
	for _, l := range r.lines {
		total += lineAmount(l)
	}
	switch r.typ {
	case TxnEstimate:
		setDefault(ret, "IsActive", "true")
		ret.add(textElement("Subtotal", amount(total)), textElement("SalesTaxPercentage", "0.00"),
			textElement("SalesTaxTotal", "0.00"), textElement("TotalAmount", amount(total)))
	case TxnPurchaseOrder:
		setDefault(ret, "IsManuallyClosed", "false")
		ret.add(textElement("TotalAmount", amount(total)), textElement("IsFullyReceived", "false"))
	case TxnBill:
		if r.headerText("DueDate") == "" {
			if d, err := time.Parse(qbDate, r.headerText("TxnDate")); err == nil {
				ret.add(textElement("DueDate", d.AddDate(0, 0, 10).Format(qbDate)))
			}
		}
		ret.add(textElement("AmountDue", amount(total)), textElement("IsPaid", "false"),
			textElement("OpenAmount", amount(total)))
	case TxnCheck, TxnCreditCardCharge, TxnCreditCardCredit:
		ret.add(textElement("Amount", amount(total)))
	case TxnVendorCredit:
		ret.add(textElement("CreditAmount", amount(total)), textElement("OpenAmount", amount(total)))
	case TxnItemReceipt:
		ret.add(textElement("TotalAmount", amount(total)))
	}
	if includeLines {
		for _, l := range r.lines {
			line := l.clone()
			if line.child("Amount") == nil {
				line.add(textElement("Amount", amount(lineAmount(l))))
			}
			if r.typ == TxnPurchaseOrder {
				setDefault(line, "ReceivedQuantity", "0")
				setDefault(line, "IsBilled", "false")
				setDefault(line, "IsManuallyClosed", "false")
			}
			ret.add(line)
		}
	}
	pruneToSchema(ret)
	ret = c.resolveRefs(ret)
	orderBySchema(ret)
	return ret
}

// journalBalance refuses a journal entry whose debits and credits differ,
// as QuickBooks does (the status code for it is not documented; 3210 with
// QuickBooks' UI wording is used).
func journalBalance(add *element) status {
	cents := func(lines []*element) int64 {
		var n int64
		for _, l := range lines {
			v, _ := strconv.ParseFloat(l.childText("Amount"), 64)
			n += int64(math.Round(v * 100))
		}
		return n
	}
	debit, credit := cents(add.all("JournalDebitLine")), cents(add.all("JournalCreditLine"))
	if debit != credit {
		return errInvalidValue("JournalEntry", amount(float64(debit-credit)/100), "Transaction not in balance.")
	}
	return statusOK
}
