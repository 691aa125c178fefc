package qbsim

import "strings"

// txnVoid answers TxnVoid as QuickBooks voids a transaction: it stays in
// the company (and in every query and report) with each line's amount
// zeroed and "VOID: " before its memo; TimeModified and EditSequence change,
// so modified-since queries and reports see the void. A job's actual cost
// therefore drops by what the voided lines carried. The object must exist
// with that type (3120 otherwise, as for TxnDel).
func (s *Session) txnVoid(rq *element) *element {
	c := s.company
	typ, ok := txnTypeByName(rq.childText("TxnVoidType"))
	id := rq.childText("TxnID")
	rec := c.txns[id]
	if !ok || rec == nil || rec.typ != typ {
		return reply(rq, errObjectNotFound(id))
	}
	now := c.now()
	lines := make([]*element, len(rec.lines))
	for i, l := range rec.lines {
		line := l.clone()
		line.set(textElement("Amount", "0.00"))
		lines[i] = line
	}
	header := make([]*element, 0, len(rec.header)+1)
	memo := "VOID: "
	for _, h := range rec.header {
		if h.name == "Memo" {
			memo += strings.TrimSpace(h.text)
			continue
		}
		header = append(header, h)
	}
	if !strings.HasPrefix(rec.headerText("Memo"), "VOID:") {
		header = append(header, textElement("Memo", strings.TrimSpace(memo)))
	} else {
		header = append(header, rec.headerRef("Memo"))
	}
	rec.lines, rec.header = lines, header
	rec.modified = now
	c.txnVersion++
	rec.editSeq = c.ids.editSequence(now)
	rs := reply(rq, statusOK)
	rs.add(textElement("TxnVoidType", typ.Name()), textElement("TxnID", id),
		textElement("TimeCreated", c.stamp(rec.created)), textElement("TimeModified", c.stamp(now)))
	if ref := rec.headerText("RefNumber"); ref != "" {
		rs.add(textElement("RefNumber", ref))
	}
	return rs
}
