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
	account        *listRecord
	accountTree    bool
	paid           string
}

// listFilterRef turns an EntityFilter/AccountFilter-style aggregate
// (ListID | FullName | ListIDWithChildren | FullNameWithChildren) into the
// record it names and whether children match too. ok is false when the
// aggregate names nothing that exists.
func (c *Company) listFilterRef(e *element, kinds []ListKind) (r *listRecord, withChildren bool, ok bool) {
	ref := newElement("Ref")
	for _, k := range e.children {
		switch k.name {
		case "ListID", "ListIDWithChildren":
			ref.add(textElement("ListID", k.text))
		case "FullName", "FullNameWithChildren":
			ref.add(textElement("FullName", k.text))
		default:
			continue
		}
		withChildren = strings.HasSuffix(k.name, "WithChildren")
	}
	if len(ref.children) == 0 {
		return nil, false, true
	}
	r = c.resolveRef(ref, kinds)
	return r, withChildren, r != nil
}

// refMatches reports whether a stored reference points at want (or, with
// children, anywhere in its subtree).
func (c *Company) refMatches(ref *element, want *listRecord, withChildren bool) bool {
	if ref == nil {
		return false
	}
	e := c.lists[ref.childText("ListID")]
	if e == nil {
		return false
	}
	if withChildren {
		return c.isSelfOrDescendant(e, want)
	}
	return e == want
}

// lineAccountRef is the account a line posts to: its AccountRef, or for an
// item line the item's expense (or only) account.
func (c *Company) lineAccountRef(line *element) *element {
	if a := line.child("AccountRef"); a != nil {
		return a
	}
	if a := line.child("OverrideItemAccountRef"); a != nil {
		return a
	}
	if it := line.child("ItemRef"); it != nil {
		if item := c.lists[it.childText("ListID")]; item != nil {
			for _, b := range item.body {
				switch b.name {
				case "SalesAndPurchase":
					if a := b.child("ExpenseAccountRef"); a != nil {
						return a
					}
				case "SalesOrPurchase":
					if a := b.child("AccountRef"); a != nil {
						return a
					}
				}
			}
		}
	}
	return nil
}

// headerAccountRef is the account the header posts to (bank or card for
// checks and charges, A/P for bills and item receipts when given).
func (r *txnRecord) headerAccountRef() *element {
	if a := r.headerRef("AccountRef"); a != nil {
		return a
	}
	return r.headerRef("APAccountRef")
}

// lineEntityRef is the name a line is costed to: the job (CustomerRef) or
// a journal line's EntityRef.
func lineEntityRef(line *element) *element {
	if e := line.child("CustomerRef"); e != nil {
		return e
	}
	return line.child("EntityRef")
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
		var ok bool
		if f.entity, f.withChildren, ok = c.listFilterRef(e, entityKinds); !ok {
			return f, errInvalidRef("Entity", filterValue(e), "filter")
		}
	}
	if e := rq.child("AccountFilter"); e != nil {
		var ok bool
		if f.account, f.accountTree, ok = c.listFilterRef(e, accountKinds); !ok {
			return f, errInvalidRef("Account", filterValue(e), "filter")
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
		if name := r.typ.entityRef(); name != "" {
			if !c.refMatches(r.headerRef(name), f.entity, f.withChildren) {
				return false
			}
		} else if !c.anyLine(r, func(l *element) bool { return c.refMatches(l.child("EntityRef"), f.entity, f.withChildren) }) {
			return false
		}
	}
	if f.account != nil && !c.refMatches(r.headerAccountRef(), f.account, f.accountTree) &&
		!c.anyLine(r, func(l *element) bool { return c.refMatches(c.lineAccountRef(l), f.account, f.accountTree) }) {
		return false
	}
	return true
}

func (c *Company) anyLine(r *txnRecord, pred func(*element) bool) bool {
	for _, l := range r.lines {
		if pred(l) {
			return true
		}
	}
	return false
}

// filterValue is the name or ID a list filter aggregate carries, for messages.
func filterValue(e *element) string {
	for _, k := range e.children {
		if t := strings.TrimSpace(k.text); t != "" {
			return t
		}
	}
	return ""
}

// txnModSpec describes a transaction Mod: which line Mod elements map to
// which stored line Ret elements, and the Clear* flags that empty a kind.
type txnModSpec struct {
	typ   TxnType
	lines map[string]string // line Mod element -> line Ret element
	clear map[string]string // ClearExpenseLines -> ExpenseLineRet
	group string            // the group line Mod the simulator refuses (3250)
}

var (
	purchaseOrderModSpec = txnModSpec{typ: TxnPurchaseOrder, lines: map[string]string{"PurchaseOrderLineMod": "PurchaseOrderLineRet"},
		group: "PurchaseOrderLineGroupMod"}
	estimateModSpec = txnModSpec{typ: TxnEstimate, lines: map[string]string{"EstimateLineMod": "EstimateLineRet"},
		group: "EstimateLineGroupMod"}
	billModSpec = txnModSpec{typ: TxnBill,
		lines: map[string]string{"ExpenseLineMod": "ExpenseLineRet", "ItemLineMod": "ItemLineRet"},
		clear: map[string]string{"ClearExpenseLines": "ExpenseLineRet", "ClearItemLines": "ItemLineRet"},
		group: "ItemGroupLineMod"}
)

// txnMod handles PurchaseOrderMod, EstimateMod and BillMod with
// QuickBooks' rules: TxnID must exist (3120) and EditSequence be current
// (3200); header fields sent replace the stored ones (an empty element
// clears one); lines are changed by TxnLineID, "-1" adds a line, and once
// any line Mod of a kind is sent, the lines of that kind it does not list
// are deleted. EditSequence and TimeModified change.
func txnMod(spec txnModSpec) handler {
	return func(s *Session, rq *element) *element {
		c := s.company
		modName := spec.typ.Name() + "Mod"
		mod := rq.child(modName).clone()
		id := mod.childText("TxnID")
		rec := c.txns[id]
		if rec == nil || rec.typ != spec.typ {
			return reply(rq, errObjectNotFound(id))
		}
		if sent := mod.childText("EditSequence"); sent != rec.editSeq {
			return reply(rq, errStaleEditSequence(sent))
		}
		if mod.child(spec.group) != nil {
			return reply(rq, errNotSupported(spec.group))
		}
		if st, ok := c.checkRefs(mod, spec.typ.Name()); !ok {
			return reply(rq, st)
		}
		now := c.now()
		lines, st := c.modLines(spec, rec, mod, now)
		if st.isError() {
			return reply(rq, st)
		}
		header := newElement(spec.typ.Name() + "Ret")
		header.children = append([]*element(nil), rec.header...)
		for _, f := range mod.children {
			if f.name == "TxnID" || f.name == "EditSequence" || spec.lines[f.name] != "" || spec.clear[f.name] != "" {
				continue
			}
			if len(f.children) == 0 && strings.TrimSpace(f.text) == "" {
				header.remove(f.name)
			} else {
				header.set(f.clone())
			}
		}
		rec.header = header.children
		rec.lines = lines
		rec.modified = now
		c.txnVersion++
		rec.editSeq = c.ids.editSequence(now)
		return reply(rq, statusOK, c.renderTxn(rec, true))
	}
}

// modLines computes the new line list of a Mod without touching rec, so a
// failing Mod changes nothing.
func (c *Company) modLines(spec txnModSpec, rec *txnRecord, mod *element, now time.Time) ([]*element, status) {
	replaced := map[string]bool{} // line Ret kinds the Mod rewrites
	for modName, retName := range spec.lines {
		if len(mod.all(modName)) > 0 {
			replaced[retName] = true
		}
	}
	for clearName, retName := range spec.clear {
		if mod.childText(clearName) == "true" {
			replaced[retName] = true
		}
	}
	if len(replaced) == 0 {
		return rec.lines, statusOK
	}
	existing := map[string]*element{}
	for _, l := range rec.lines {
		existing[l.childText("TxnLineID")] = l
	}
	var lines []*element
	// Lines of kinds the Mod does not touch stay, in their order.
	for _, l := range rec.lines {
		if !replaced[l.name] {
			lines = append(lines, l)
		}
	}
	for _, lm := range mod.children {
		retName := spec.lines[lm.name]
		if retName == "" {
			continue
		}
		lineID := lm.childText("TxnLineID")
		if lineID == "-1" {
			add := lm.clone()
			add.remove("TxnLineID")
			lines = append(lines, c.newLine(retName, add, now))
			continue
		}
		old := existing[lineID]
		if old == nil || old.name != retName {
			return nil, errObjectNotFound(lineID)
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
		// Amount follows Quantity x Rate (or Cost) unless the Mod sets it.
		if lm.child("Amount") == nil && (lm.child("Quantity") != nil || lm.child("Rate") != nil || lm.child("Cost") != nil) {
			merged.remove("Amount")
		}
		lines = append(lines, merged)
	}
	return lines, statusOK
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
	c.txnVersion++
	for i, r := range c.txnSeq {
		if r == rec {
			c.txnSeq = append(c.txnSeq[:i], c.txnSeq[i+1:]...)
			break
		}
	}
	c.deleted = append(c.deleted, deletedTxn{typ: rec.typ, txnID: rec.txnID, refNumber: rec.headerText("RefNumber"),
		created: rec.created, deletedAt: now})
}

// txnDeletedQuery lists deleted transactions of the requested types, deleted within the
// DeletedDateRangeFilter and within deletedLogKept (listdel.go).
func (s *Session) txnDeletedQuery(rq *element) *element {
	c := s.company
	types := map[string]bool{}
	for _, t := range rq.all("TxnDelType") {
		types[strings.TrimSpace(t.text)] = true
	}
	from, to := deletedRange(c, rq)
	var rets []*element
	for _, d := range c.deleted {
		if !types[d.typ.Name()] || !d.deletedAt.After(c.now().Add(-deletedLogKept)) ||
			(!from.IsZero() && d.deletedAt.Before(from)) || (!to.IsZero() && d.deletedAt.After(to)) {
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
