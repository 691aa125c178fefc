package qbsim

import (
	"strconv"
	"strings"
	"time"
)

// iterator is a query result set held by the session between Start and
// the last Continue. Like QuickBooks it fixes the set of matching records
// at Start; records are rendered when their page is sent.
type iterator struct {
	request string // the query name, a Continue must repeat it
	ids     []string
	render  func(id string) *element
	pos     int
	max     int
}

// listQuery answers AccountQuery, CustomerQuery, VendorQuery, ItemQuery...
func listQuery(kinds []ListKind) handler {
	return func(s *Session, rq *element) *element {
		if rq.attr("iterator") == "Continue" || rq.attr("iterator") == "Stop" {
			return s.continueIterator(rq)
		}
		c := s.company
		ids, st := c.selectLists(kinds, rq)
		if st.isError() {
			return reply(rq, st)
		}
		render := func(id string) *element {
			if r := c.lists[id]; r != nil {
				return c.renderList(r)
			}
			return nil
		}
		return s.respondWithPage(rq, ids, render, st)
	}
}

// selectLists applies the query's ID, name and filter criteria.
func (c *Company) selectLists(kinds []ListKind, rq *element) ([]string, status) {
	want := map[ListKind]bool{}
	for _, k := range kinds {
		want[k] = true
	}
	byID, byName := rq.all("ListID"), rq.all("FullName")
	if len(byID)+len(byName) > 0 {
		var ids []string
		st := statusOK
		for _, e := range byID {
			id := strings.TrimSpace(e.text)
			r := c.lists[id]
			if r == nil || !want[r.kind] {
				return nil, errObjectNotFound(id)
			}
			ids = append(ids, id)
		}
		for _, e := range byName {
			name := strings.TrimSpace(e.text)
			r := c.lookupName(kinds[0].nameSpace(), name)
			if r == nil || !want[r.kind] {
				// QuickBooks answers what it found and warns about the rest.
				st = errPartialMatch(name)
				continue
			}
			ids = append(ids, r.listID)
		}
		return ids, st
	}
	f, err := c.parseListFilter(rq)
	if err != nil {
		return nil, errInvalidValue("filter", err.Error(), "Invalid argument.")
	}
	var ids []string
	for _, r := range c.sortedLists(kinds...) {
		if f.matches(c, r) {
			ids = append(ids, r.listID)
		}
	}
	return ids, statusOK
}

type listFilter struct {
	activeStatus string
	from, to     time.Time
	nameMatch    string
	name         string
	rangeFrom    string
	rangeTo      string
	accountTypes map[string]bool
}

func (c *Company) parseListFilter(rq *element) (listFilter, error) {
	f := listFilter{activeStatus: "ActiveOnly"}
	if v := rq.childText("ActiveStatus"); v != "" {
		f.activeStatus = v
	}
	var err error
	if v := rq.childText("FromModifiedDate"); v != "" {
		if f.from, err = parseQBTime(v, c.loc, false); err != nil {
			return f, err
		}
	}
	if v := rq.childText("ToModifiedDate"); v != "" {
		if f.to, err = parseQBTime(v, c.loc, true); err != nil {
			return f, err
		}
	}
	if nf := rq.child("NameFilter"); nf != nil {
		f.nameMatch, f.name = nf.childText("MatchCriterion"), strings.ToLower(nf.childText("Name"))
	}
	if nr := rq.child("NameRangeFilter"); nr != nil {
		f.rangeFrom, f.rangeTo = strings.ToLower(nr.childText("FromName")), strings.ToLower(nr.childText("ToName"))
	}
	for _, t := range rq.all("AccountType") {
		if f.accountTypes == nil {
			f.accountTypes = map[string]bool{}
		}
		f.accountTypes[strings.TrimSpace(t.text)] = true
	}
	return f, nil
}

func (f listFilter) matches(c *Company, r *listRecord) bool {
	switch f.activeStatus {
	case "ActiveOnly":
		if !r.active {
			return false
		}
	case "InactiveOnly":
		if r.active {
			return false
		}
	}
	if !f.from.IsZero() && r.modified.Before(f.from) {
		return false
	}
	if !f.to.IsZero() && r.modified.After(f.to) {
		return false
	}
	full := strings.ToLower(c.fullName(r))
	switch f.nameMatch {
	case "StartsWith":
		if !strings.HasPrefix(full, f.name) {
			return false
		}
	case "Contains":
		if !strings.Contains(full, f.name) {
			return false
		}
	case "EndsWith":
		if !strings.HasSuffix(full, f.name) {
			return false
		}
	}
	if f.rangeFrom != "" && full < f.rangeFrom {
		return false
	}
	if f.rangeTo != "" && full > f.rangeTo && !strings.HasPrefix(full, f.rangeTo) {
		return false
	}
	if f.accountTypes != nil {
		var t string
		for _, b := range r.body {
			if b.name == "AccountType" {
				t = strings.TrimSpace(b.text)
			}
		}
		if !f.accountTypes[t] {
			return false
		}
	}
	return true
}

func maxReturned(rq *element) int {
	n, err := strconv.Atoi(rq.childText("MaxReturned"))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// respondWithPage answers a query: all results, the first MaxReturned, or
// the first page of a new iterator.
func (s *Session) respondWithPage(rq *element, ids []string, render func(string) *element, st status) *element {
	max := maxReturned(rq)
	if rq.attr("iterator") == "Start" {
		it := &iterator{request: rq.name, ids: ids, render: render, max: max}
		id := newGUID()
		s.iterators[id] = it
		return s.nextPage(rq, id, it, max)
	}
	if max > 0 && len(ids) > max {
		ids = ids[:max]
	}
	rets := make([]*element, 0, len(ids))
	for _, id := range ids {
		if r := render(id); r != nil {
			rets = append(rets, r)
		}
	}
	if len(rets) == 0 && !st.isError() && st.code != StatusPartialMatch {
		return reply(rq, statusNoMatch)
	}
	return reply(rq, st, rets...)
}

// continueIterator serves iterator="Continue" and "Stop".
func (s *Session) continueIterator(rq *element) *element {
	id := rq.attr("iteratorID")
	it := s.iterators[id]
	if it == nil || it.request != rq.name {
		return reply(rq, errInvalidIterator(id))
	}
	if rq.attr("iterator") == "Stop" {
		delete(s.iterators, id)
		rs := reply(rq, statusOK)
		rs.setAttr("iteratorRemainingCount", "0")
		rs.setAttr("iteratorID", id)
		return rs
	}
	max := maxReturned(rq)
	if max == 0 {
		max = it.max
	}
	return s.nextPage(rq, id, it, max)
}

func (s *Session) nextPage(rq *element, id string, it *iterator, max int) *element {
	end := len(it.ids)
	if max > 0 && it.pos+max < end {
		end = it.pos + max
	}
	var rets []*element
	for _, rid := range it.ids[it.pos:end] {
		if r := it.render(rid); r != nil {
			rets = append(rets, r)
		}
	}
	it.pos = end
	remaining := len(it.ids) - it.pos
	if remaining == 0 {
		// The set is exhausted: a further Continue is invalid (3391).
		delete(s.iterators, id)
	}
	st := statusOK
	if len(rets) == 0 {
		st = statusNoMatch
	}
	rs := reply(rq, st, rets...)
	rs.setAttr("iteratorRemainingCount", strconv.Itoa(remaining))
	rs.setAttr("iteratorID", id)
	return rs
}
