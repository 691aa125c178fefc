package qbsim

import (
	"strconv"
	"strings"
)

// transactionQuery answers TransactionQuery: a thin, cross-type listing
// (TxnType, TxnID, TxnLineID, EntityRef, AccountRef, TxnDate, RefNumber,
// Amount, Memo) used as a change feed and for job-cost roll-ups. With
// TransactionDetailLevelFilter SummaryOnly (the default) there is one row
// per transaction; All adds one row per line; AllExceptSummary gives the
// line rows only. Entity, account and item filters select transactions
// with a matching header or line, and at line level the matching lines.
func (s *Session) transactionQuery(rq *element) *element {
	if rq.attr("iterator") == "Continue" || rq.attr("iterator") == "Stop" {
		return s.continueIterator(rq)
	}
	c := s.company
	rows, st := c.selectTransactionRows(rq)
	if st.isError() {
		return reply(rq, st)
	}
	ids := make([]string, len(rows))
	for i := range rows {
		ids[i] = strconv.Itoa(i)
	}
	render := func(id string) *element {
		i, err := strconv.Atoi(id)
		if err != nil || i < 0 || i >= len(rows) {
			return nil
		}
		return rows[i]
	}
	return s.respondWithPage(rq, ids, render, st)
}

type transactionFilter struct {
	txnFilter
	types           map[string]bool
	item            *listRecord
	itemTree        bool
	entityTypes     map[string]bool
	posting         string // Either | Posting | NonPosting
	summary, detail bool
}

func (c *Company) parseTransactionFilter(rq *element) (transactionFilter, status) {
	f := transactionFilter{posting: rq.childText("TransactionPostingStatusFilter"), summary: true}
	// The Transaction* filters have the shapes of the per-type filters
	// under other names; translate and reuse the per-type parser.
	plain := newElement(rq.name)
	if m := rq.child("TransactionModifiedDateRangeFilter"); m != nil {
		plain.add(newElement("ModifiedDateRangeFilter", m.child("FromModifiedDate"), m.child("ToModifiedDate")))
	}
	if d := rq.child("TransactionDateRangeFilter"); d != nil {
		plain.add(newElement("TxnDateRangeFilter", d.child("FromTxnDate"), d.child("ToTxnDate")))
	}
	base, st := c.parseTxnFilter(plain)
	if st.isError() {
		return f, st
	}
	f.txnFilter = base
	if e := rq.child("TransactionEntityFilter"); e != nil {
		var ok bool
		if f.entity, f.withChildren, ok = c.listFilterRef(e, entityKinds); !ok {
			return f, errInvalidRef("Entity", filterValue(e), "filter")
		}
		for _, t := range e.all("EntityTypeFilter") {
			if f.entityTypes == nil {
				f.entityTypes = map[string]bool{}
			}
			f.entityTypes[strings.TrimSpace(t.text)] = true
		}
	}
	if e := rq.child("TransactionAccountFilter"); e != nil {
		var ok bool
		if f.account, f.accountTree, ok = c.listFilterRef(e, accountKinds); !ok {
			return f, errInvalidRef("Account", filterValue(e), "filter")
		}
	}
	if e := rq.child("TransactionItemFilter"); e != nil {
		var ok bool
		if f.item, f.itemTree, ok = c.listFilterRef(e, itemKinds); !ok {
			return f, errInvalidRef("Item", filterValue(e), "filter")
		}
	}
	if tf := rq.child("TransactionTypeFilter"); tf != nil {
		f.types = map[string]bool{}
		for _, t := range tf.all("TxnTypeFilter") {
			f.types[strings.TrimSpace(t.text)] = true
		}
		if f.types["All"] {
			f.types = nil
		}
	}
	switch rq.childText("TransactionDetailLevelFilter") {
	case "All":
		f.detail = true
	case "AllExceptSummary":
		f.summary, f.detail = false, true
	}
	return f, statusOK
}

// entityKindMatches applies EntityTypeFilter (Customer, Vendor, Employee,
// OtherName) to a referenced name.
func (c *Company) entityKindMatches(ref *element, types map[string]bool) bool {
	if types == nil {
		return true
	}
	r := c.lists[ref.childText("ListID")]
	if r == nil {
		return false
	}
	return types[map[ListKind]string{KindCustomer: "Customer", KindVendor: "Vendor", KindEmployee: "Employee", KindOtherName: "OtherName"}[r.kind]]
}

// lineMatches applies the entity, account and item filters to one line;
// header references count for the line (a bill's vendor is the vendor of
// each of its lines).
func (c *Company) lineMatches(f transactionFilter, r *txnRecord, l *element) bool {
	if f.entity != nil {
		ent := lineEntityRef(l)
		hdr := r.headerRef(r.typ.entityRef())
		if !(c.refMatches(ent, f.entity, f.withChildren) && c.entityKindMatches(ent, f.entityTypes)) &&
			!(c.refMatches(hdr, f.entity, f.withChildren) && c.entityKindMatches(hdr, f.entityTypes)) {
			return false
		}
	}
	if f.account != nil && !c.refMatches(c.lineAccountRef(l), f.account, f.accountTree) &&
		!c.refMatches(r.headerAccountRef(), f.account, f.accountTree) {
		return false
	}
	if f.item != nil && !c.refMatches(l.child("ItemRef"), f.item, f.itemTree) {
		return false
	}
	return true
}

func (c *Company) selectTransactionRows(rq *element) ([]*element, status) {
	var recs []*txnRecord
	if byID := rq.all("TxnID"); len(byID) > 0 {
		for _, e := range byID {
			id := strings.TrimSpace(e.text)
			r := c.txns[id]
			if r == nil {
				return nil, errObjectNotFound(id)
			}
			recs = append(recs, r)
		}
		return c.transactionRows(recs, transactionFilter{summary: true}), statusOK
	}
	f, st := c.parseTransactionFilter(rq)
	if st.isError() {
		return nil, st
	}
	refs := map[string]bool{}
	for _, e := range append(rq.all("RefNumber"), rq.all("RefNumberCaseSensitive")...) {
		refs[strings.ToLower(strings.TrimSpace(e.text))] = true
	}
	// Entity/account/item are applied per line below; the header-level
	// matcher handles dates only.
	dates := f.txnFilter
	dates.entity, dates.account = nil, nil
	for _, r := range c.txnSeq {
		if f.types != nil && !f.types[r.typ.Name()] {
			continue
		}
		if (f.posting == "Posting" && !r.typ.posting()) || (f.posting == "NonPosting" && r.typ.posting()) {
			continue
		}
		if len(refs) > 0 && !refs[strings.ToLower(r.headerText("RefNumber"))] {
			continue
		}
		if !dates.matches(c, r) {
			continue
		}
		if f.entity != nil || f.account != nil || f.item != nil {
			hit := c.anyLine(r, func(l *element) bool { return c.lineMatches(f, r, l) })
			if !hit && f.item == nil && len(r.lines) == 0 {
				hdr := r.headerRef(r.typ.entityRef())
				hit = (f.entity == nil || (c.refMatches(hdr, f.entity, f.withChildren) && c.entityKindMatches(hdr, f.entityTypes))) &&
					(f.account == nil || c.refMatches(r.headerAccountRef(), f.account, f.accountTree))
			}
			if !hit {
				continue
			}
		}
		recs = append(recs, r)
	}
	return c.transactionRows(recs, f), statusOK
}

// transactionRows renders the TransactionRet rows of the records.
func (c *Company) transactionRows(recs []*txnRecord, f transactionFilter) []*element {
	var rows []*element
	lineFiltered := f.entity != nil || f.account != nil || f.item != nil
	for _, r := range recs {
		total := 0.0
		for _, l := range r.lines {
			if r.typ != TxnJournalEntry || l.name == "JournalDebitLine" {
				total += lineAmount(l)
			}
		}
		if f.summary {
			row := c.transactionRow(r, nil)
			row.add(textElement("Amount", amount(total)))
			orderBySchema(row)
			rows = append(rows, row)
		}
		if !f.detail {
			continue
		}
		for _, l := range r.lines {
			if lineFiltered && !c.lineMatches(f, r, l) {
				continue
			}
			row := c.transactionRow(r, l)
			v := lineAmount(l)
			if l.name == "JournalCreditLine" {
				v = -v
			}
			row.add(textElement("Amount", amount(v)))
			orderBySchema(row)
			rows = append(rows, row)
		}
	}
	return rows
}

// transactionRow builds one TransactionRet without its Amount (the caller
// adds it and orders the row); line nil is the summary row.
func (c *Company) transactionRow(r *txnRecord, line *element) *element {
	row := newElement("TransactionRet",
		textElement("TxnType", r.typ.Name()),
		textElement("TxnID", r.txnID),
		textElement("TimeCreated", c.stamp(r.created)),
		textElement("TimeModified", c.stamp(r.modified)),
		textElement("TxnDate", r.headerText("TxnDate")),
	)
	entity := r.headerRef(r.typ.entityRef())
	account := r.headerAccountRef()
	memo := r.headerText("Memo")
	if line != nil {
		row.add(textElement("TxnLineID", line.childText("TxnLineID")))
		if e := lineEntityRef(line); e != nil {
			entity = e
		}
		account = c.lineAccountRef(line)
		memo = line.childText("Memo")
	}
	if entity != nil {
		row.add(c.resolveRefs(renamed(entity, "EntityRef")))
	}
	if account != nil {
		row.add(c.resolveRefs(renamed(account, "AccountRef")))
	}
	if ref := r.headerText("RefNumber"); ref != "" {
		row.add(textElement("RefNumber", ref))
	}
	if memo != "" {
		row.add(textElement("Memo", memo))
	}
	return row
}

func renamed(e *element, name string) *element {
	out := e.clone()
	out.name = name
	return out
}
