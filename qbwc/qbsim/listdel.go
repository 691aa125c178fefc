package qbsim

import (
	"fmt"
	"strings"
	"time"
)

// deletedLogKept is how long QuickBooks keeps a deletion for ListDeletedQuery and
// TxnDeletedQuery: 90 days per Conductor's API documentation (not confirmed by Intuit). The
// simulator forgets older deletions too, so a client that stays away longer learns, as it
// would from QuickBooks, nothing about them.
const deletedLogKept = 90 * 24 * time.Hour

// delType is the kind's ListDelType, as ListDel and ListDeletedQuery spell it.
func (k ListKind) delType() string {
	return [...]string{"Account", "ItemService", "ItemNonInventory", "ItemOtherCharge", "Customer", "Vendor",
		"Employee", "OtherName", "VendorType"}[k]
}

// deletedList is a list record deleted with ListDel, remembered for ListDeletedQuery.
type deletedList struct {
	kind               ListKind
	listID, fullName   string
	created, deletedAt time.Time
}

// errInUse refuses to delete a record other records still point at. QuickBooks refuses this
// too (a used item, a customer with jobs); its status code and wording for it are not
// documented, so these are the simulator's.
func errInUse(what, name string) status {
	return status{StatusLockModify, "Error", fmt.Sprintf("There was an error when deleting %s list element %q.  QuickBooks error message: It is used by other records or has records below it, so it cannot be deleted.", what, name)}
}

// listDel deletes a list record, as a bookkeeper does in QuickBooks, and remembers it for
// ListDeletedQuery. The ListID is never given out again.
func (s *Session) listDel(rq *element) *element {
	c := s.company
	id := strings.TrimSpace(rq.childText("ListID"))
	rec := c.lists[id]
	if rec == nil || rec.kind.delType() != strings.TrimSpace(rq.childText("ListDelType")) {
		return reply(rq, errObjectNotFound(id))
	}
	full := c.fullName(rec)
	if c.referenced(id) {
		return reply(rq, errInUse(rec.kind.refNoun(), full))
	}
	now := c.now()
	c.unindexName(rec)
	delete(c.lists, id)
	c.deletedLists = append(c.deletedLists, deletedList{kind: rec.kind, listID: id, fullName: full, created: rec.created, deletedAt: now})
	rs := reply(rq, statusOK)
	rs.add(textElement("ListDelType", rec.kind.delType()), textElement("ListID", id), textElement("TimeDeleted", c.stamp(now)),
		textElement("FullName", full))
	return rs
}

// referenced reports whether a list record has records below it or is referenced (by ListID,
// as stored references are) from another list record or a transaction.
func (c *Company) referenced(id string) bool {
	for _, r := range c.lists {
		if r.parentID == id || refersTo(r.body, id) {
			return true
		}
	}
	for _, t := range c.txnSeq {
		if refersTo(t.header, id) || refersTo(t.lines, id) {
			return true
		}
	}
	return false
}

func refersTo(es []*element, id string) bool {
	for _, e := range es {
		if strings.HasSuffix(e.name, "Ref") && e.childText("ListID") == id {
			return true
		}
		if refersTo(e.children, id) {
			return true
		}
	}
	return false
}

// listDeletedQuery lists deleted list records of the requested types, deleted within the
// DeletedDateRangeFilter (both bounds inclusive, to the second) and within deletedLogKept.
func (s *Session) listDeletedQuery(rq *element) *element {
	c := s.company
	types := map[string]bool{}
	for _, t := range rq.all("ListDelType") {
		types[strings.TrimSpace(t.text)] = true
	}
	from, to := deletedRange(c, rq)
	var rets []*element
	for _, d := range c.deletedLists {
		if !types[d.kind.delType()] || !d.deletedAt.After(c.now().Add(-deletedLogKept)) ||
			(!from.IsZero() && d.deletedAt.Before(from)) || (!to.IsZero() && d.deletedAt.After(to)) {
			continue
		}
		rets = append(rets, newElement("ListDeletedRet", textElement("ListDelType", d.kind.delType()), textElement("ListID", d.listID),
			textElement("TimeCreated", c.stamp(d.created)), textElement("TimeDeleted", c.stamp(d.deletedAt)),
			textElement("FullName", d.fullName)))
	}
	if len(rets) == 0 {
		return reply(rq, statusNoMatch)
	}
	return reply(rq, statusOK, rets...)
}

// deletedRange reads a DeletedDateRangeFilter; a bound not given is zero.
func deletedRange(c *Company, rq *element) (from, to time.Time) {
	if f := rq.child("DeletedDateRangeFilter"); f != nil {
		if v := f.childText("FromDeletedDate"); v != "" {
			from, _ = parseQBTime(v, c.loc, false)
		}
		if v := f.childText("ToDeletedDate"); v != "" {
			to, _ = parseQBTime(v, c.loc, true)
		}
	}
	return from, to
}
