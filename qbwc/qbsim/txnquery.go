package qbsim

import (
	"strings"
	"time"
)

// txnQuery answers EstimateQuery, PurchaseOrderQuery, BillQuery, CheckQuery.
// Lines are returned only with IncludeLineItems=true, as in QuickBooks.
func txnQuery(t TxnType) handler {
	return func(s *Session, rq *element) *element {
		if rq.attr("iterator") == "Continue" || rq.attr("iterator") == "Stop" {
			return s.continueIterator(rq)
		}
		c := s.company
		ids, st := c.selectTxns(t, rq)
		if st.isError() {
			return reply(rq, st)
		}
		includeLines := rq.childText("IncludeLineItems") == "true"
		render := func(id string) *element {
			if r := c.txns[id]; r != nil {
				return c.renderTxn(r, includeLines)
			}
			return nil
		}
		return s.respondWithPage(rq, ids, render, st)
	}
}

type txnFilter struct {
	modFrom, modTo time.Time
	dateFrom       string
	dateTo         string
	entity         *listRecord
	withChildren   bool
	paid           string
}

func (c *Company) selectTxns(t TxnType, rq *element) ([]string, status) {
	if byID := rq.all("TxnID"); len(byID) > 0 {
		var ids []string
		for _, e := range byID {
			id := strings.TrimSpace(e.text)
			r := c.txns[id]
			if r == nil || r.typ != t {
				return nil, errObjectNotFound(id)
			}
			ids = append(ids, id)
		}
		return ids, statusOK
	}
	refs := map[string]bool{}
	for _, e := range append(rq.all("RefNumber"), rq.all("RefNumberCaseSensitive")...) {
		refs[strings.ToLower(strings.TrimSpace(e.text))] = true
	}
	f, st := c.parseTxnFilter(rq)
	if st.isError() {
		return nil, st
	}
	var ids []string
	for _, r := range c.txnSeq {
		if r.typ != t {
			continue
		}
		if len(refs) > 0 && !refs[strings.ToLower(r.headerText("RefNumber"))] {
			continue
		}
		if f.matches(c, r) {
			ids = append(ids, r.txnID)
		}
	}
	return ids, statusOK
}

func (c *Company) parseTxnFilter(rq *element) (txnFilter, status) {
	var f txnFilter
	var err error
	if m := rq.child("ModifiedDateRangeFilter"); m != nil {
		if v := m.childText("FromModifiedDate"); v != "" {
			if f.modFrom, err = parseQBTime(v, c.loc, false); err != nil {
				return f, errInvalidValue("FromModifiedDate", v, "Invalid date.")
			}
		}
		if v := m.childText("ToModifiedDate"); v != "" {
			if f.modTo, err = parseQBTime(v, c.loc, true); err != nil {
				return f, errInvalidValue("ToModifiedDate", v, "Invalid date.")
			}
		}
	}
	if d := rq.child("TxnDateRangeFilter"); d != nil {
		f.dateFrom, f.dateTo = d.childText("FromTxnDate"), d.childText("ToTxnDate")
	}
	if e := rq.child("EntityFilter"); e != nil {
		ref := newElement("EntityRef")
		for _, k := range e.children {
			switch k.name {
			case "ListID", "ListIDWithChildren":
				ref.add(textElement("ListID", k.text))
			case "FullName", "FullNameWithChildren":
				ref.add(textElement("FullName", k.text))
			}
			f.withChildren = strings.HasSuffix(k.name, "WithChildren")
		}
		f.entity = c.resolveRef(ref, entityKinds)
		if f.entity == nil {
			return f, errInvalidRef("Entity", refValue(ref), "filter")
		}
	}
	f.paid = rq.childText("PaidStatus")
	return f, statusOK
}

func (f txnFilter) matches(c *Company, r *txnRecord) bool {
	if !f.modFrom.IsZero() && r.modified.Before(f.modFrom) {
		return false
	}
	if !f.modTo.IsZero() && r.modified.After(f.modTo) {
		return false
	}
	// qbXML dates are ISO, so string comparison orders them.
	date := r.headerText("TxnDate")
	if f.dateFrom != "" && date < f.dateFrom {
		return false
	}
	if f.dateTo != "" && date > f.dateTo {
		return false
	}
	if f.paid == "PaidOnly" {
		return false // the simulator has no bill payments yet
	}
	if f.entity != nil {
		ref := r.headerRef(r.typ.entityRef())
		if ref == nil {
			return false
		}
		e := c.lists[ref.childText("ListID")]
		if e == nil {
			return false
		}
		if f.withChildren {
			return c.isSelfOrDescendant(e, f.entity)
		}
		return e == f.entity
	}
	return true
}

// purchaseOrderMod changes a PO. QuickBooks' rule for lines: once any
// PurchaseOrderLineMod is sent, lines not listed are deleted; TxnLineID
// "-1" adds a line (a change order).
func (s *Session) purchaseOrderMod(rq *element) *element {
	c := s.company
	mod := rq.child("PurchaseOrderMod").clone()
	id := mod.childText("TxnID")
	rec := c.txns[id]
	if rec == nil || rec.typ != TxnPurchaseOrder {
		return reply(rq, errObjectNotFound(id))
	}
	if sent := mod.childText("EditSequence"); sent != rec.editSeq {
		return reply(rq, errStaleEditSequence(sent))
	}
	if mod.child("PurchaseOrderLineGroupMod") != nil {
		return reply(rq, errNotSupported("PurchaseOrderLineGroupMod"))
	}
	if st, ok := c.checkRefs(mod, "PurchaseOrder"); !ok {
		return reply(rq, st)
	}
	now := c.now()
	lineMods := mod.all("PurchaseOrderLineMod")
	if len(lineMods) > 0 {
		existing := map[string]*element{}
		for _, l := range rec.lines {
			existing[l.childText("TxnLineID")] = l
		}
		var lines []*element
		for _, lm := range lineMods {
			lineID := lm.childText("TxnLineID")
			if lineID == "-1" {
				add := lm.clone()
				add.remove("TxnLineID")
				lines = append(lines, c.newLine("PurchaseOrderLineRet", add, now))
				continue
			}
			old := existing[lineID]
			if old == nil {
				return reply(rq, errObjectNotFound(lineID))
			}
			merged := old.clone()
			for _, f := range lm.children {
				if f.name == "TxnLineID" {
					continue
				}
				if len(f.children) == 0 && strings.TrimSpace(f.text) == "" {
					merged.remove(f.name)
				} else {
					merged.set(f.clone())
				}
			}
			// Amount follows Quantity x Rate unless the Mod sets it.
			if lm.child("Amount") == nil && (lm.child("Quantity") != nil || lm.child("Rate") != nil) {
				merged.remove("Amount")
			}
			lines = append(lines, merged)
		}
		rec.lines = lines
	}
	header := newElement("PurchaseOrderRet")
	header.children = rec.header
	for _, f := range mod.children {
		switch f.name {
		case "TxnID", "EditSequence", "PurchaseOrderLineMod":
			continue
		}
		if len(f.children) == 0 && strings.TrimSpace(f.text) == "" {
			header.remove(f.name)
		} else {
			header.set(f.clone())
		}
	}
	rec.header = header.children
	rec.modified = now
	rec.editSeq = c.ids.editSequence(now)
	return reply(rq, statusOK, c.renderTxn(rec, true))
}

// txnDel deletes a transaction, remembering it for TxnDeletedQuery.
func (s *Session) txnDel(rq *element) *element {
	c := s.company
	typ, ok := txnTypeByName(rq.childText("TxnDelType"))
	id := rq.childText("TxnID")
	rec := c.txns[id]
	if !ok || rec == nil || rec.typ != typ {
		return reply(rq, errObjectNotFound(id))
	}
	now := c.now()
	c.deleteTxn(rec, now)
	rs := reply(rq, statusOK)
	rs.add(textElement("TxnDelType", typ.Name()), textElement("TxnID", id), textElement("TimeDeleted", c.stamp(now)))
	if ref := rec.headerText("RefNumber"); ref != "" {
		rs.add(textElement("RefNumber", ref))
	}
	return rs
}

func (c *Company) deleteTxn(rec *txnRecord, now time.Time) {
	delete(c.txns, rec.txnID)
	for i, r := range c.txnSeq {
		if r == rec {
			c.txnSeq = append(c.txnSeq[:i], c.txnSeq[i+1:]...)
			break
		}
	}
	c.deleted = append(c.deleted, deletedTxn{typ: rec.typ, txnID: rec.txnID, refNumber: rec.headerText("RefNumber"),
		created: rec.created, deletedAt: now})
}

// txnDeletedQuery lists deleted transactions of the requested types.
func (s *Session) txnDeletedQuery(rq *element) *element {
	c := s.company
	types := map[string]bool{}
	for _, t := range rq.all("TxnDelType") {
		types[strings.TrimSpace(t.text)] = true
	}
	var from, to time.Time
	if f := rq.child("DeletedDateRangeFilter"); f != nil {
		if v := f.childText("FromDeletedDate"); v != "" {
			from, _ = parseQBTime(v, c.loc, false)
		}
		if v := f.childText("ToDeletedDate"); v != "" {
			to, _ = parseQBTime(v, c.loc, true)
		}
	}
	var rets []*element
	for _, d := range c.deleted {
		if !types[d.typ.Name()] || (!from.IsZero() && d.deletedAt.Before(from)) || (!to.IsZero() && d.deletedAt.After(to)) {
			continue
		}
		ret := newElement("TxnDeletedRet", textElement("TxnDelType", d.typ.Name()), textElement("TxnID", d.txnID),
			textElement("TimeCreated", c.stamp(d.created)), textElement("TimeDeleted", c.stamp(d.deletedAt)))
		if d.refNumber != "" {
			ret.add(textElement("RefNumber", d.refNumber))
		}
		rets = append(rets, ret)
	}
	if len(rets) == 0 {
		return reply(rq, statusNoMatch)
	}
	return reply(rq, statusOK, rets...)
}
