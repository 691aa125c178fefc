package qbsim

import (
	"sort"
	"strconv"
	"strings"
)

// customDetailReportQuery answers CustomDetailReportQuery (CustomTxnDetail,
// QuickBooks' Custom Transaction Detail report) from the company's
// transactions: one DataRow per posting line (postedLine) that passes the
// filter, with the requested columns in request order after a blank label
// column. No CustomDetailReportQueryRs capture exists (documents.md C1), so
// the layout follows the job report capture's conventions and QuickBooks'
// printed report: with SummarizeRowsBy Customer the lines are grouped per
// customer:job (a TextRow with the job's full name, DataRows carrying
// RowData rowType="customer" with it, a "Total <job>" SubtotalRow), lines
// whose name is not a customer come first without a group, and a TOTAL row
// ends the report; TotalOnly lists the lines without groups. Other
// groupings and columns the simulator cannot fill answer 3250.
//
// Unlike the job report it sees every line: Expenses-tab lines, journal
// entry lines and the header splits (A/P, bank, card), which is how the
// job-costs flow finds costs posted without an item. A line's Name is its
// job (CustomerRef, or a journal line's EntityRef), else the header's
// vendor or payee; SourceName is always the header's.
func (s *Session) customDetailReportQuery(rq *element) *element {
	c := s.company
	f, st := c.parseReportFilter(rq)
	if st.isError() {
		return reply(rq, st)
	}
	by := rq.childText("SummarizeRowsBy")
	if by != "Customer" && by != "TotalOnly" {
		return reply(rq, errNotSupported("CustomDetailReportQuery SummarizeRowsBy "+by))
	}
	var cols []detailColumn
	for _, ic := range rq.all("IncludeColumn") {
		col, ok := detailColumns[strings.TrimSpace(ic.text)]
		if !ok {
			return reply(rq, errNotSupported("CustomDetailReportQuery IncludeColumn "+strings.TrimSpace(ic.text)))
		}
		cols = append(cols, col)
	}
	type group struct {
		job   *listRecord
		lines []postedLine
	}
	var loose []postedLine
	groups := map[*listRecord]*group{}
	for _, r := range c.reportCandidates(f) {
		if !c.reportTxnMatches(f, r) {
			continue
		}
		for _, p := range c.postedLines(r) {
			if !c.reportLineMatches(f, p) {
				continue
			}
			job := c.lists[p.entity.childText("ListID")]
			if by != "Customer" || job == nil || job.kind != KindCustomer {
				loose = append(loose, p)
				continue
			}
			if groups[job] == nil {
				groups[job] = &group{job: job}
			}
			groups[job].lines = append(groups[job].lines, p)
		}
	}
	ordered := make([]*group, 0, len(groups))
	for _, g := range groups {
		ordered = append(ordered, g)
	}
	sort.Slice(ordered, func(i, j int) bool {
		return strings.ToLower(c.fullName(ordered[i].job)) < strings.ToLower(c.fullName(ordered[j].job))
	})

	var rows []*element
	var total int64
	amountCol := 0
	for i, col := range cols {
		if col.colType == "Amount" {
			amountCol = i + 2
		}
	}
	sumRow := func(name, label string, rowData *element, sum int64) {
		e := newElement(name)
		e.setAttr("rowNumber", strconv.Itoa(len(rows)+1))
		if rowData != nil {
			e.add(rowData)
		}
		e.add(colData(1, label))
		if amountCol != 0 {
			e.add(colData(amountCol, centsText(sum)))
		}
		rows = append(rows, e)
	}
	dataRows := func(lines []postedLine, rowData func() *element) int64 {
		var sum int64
		for _, p := range lines {
			e := newElement("DataRow")
			e.setAttr("rowNumber", strconv.Itoa(len(rows)+1))
			if rowData != nil {
				e.add(rowData())
			}
			for i, col := range cols {
				if v := col.value(c, p); v != "" {
					e.add(colData(i+2, v))
				}
			}
			rows = append(rows, e)
			sum += p.cents
		}
		return sum
	}
	total += dataRows(loose, nil)
	for _, g := range ordered {
		name := c.fullName(g.job)
		text := newElement("TextRow")
		text.setAttr("rowNumber", strconv.Itoa(len(rows)+1))
		text.setAttr("value", name)
		rows = append(rows, text)
		customer := func() *element {
			e := newElement("RowData")
			e.setAttr("rowType", "customer")
			e.setAttr("value", name)
			return e
		}
		sum := dataRows(g.lines, customer)
		sumRow("SubtotalRow", "Total "+name, customer(), sum)
		total += sum
	}
	if len(rows) > 0 {
		sumRow("TotalRow", "TOTAL", nil, total)
	}
	ret := newElement("ReportRet", textElement("ReportTitle", "Custom Transaction Detail Report"),
		textElement("ReportSubtitle", reportSubtitle(f)), textElement("ReportBasis", "Accrual"),
		textElement("NumRows", strconv.Itoa(len(rows))), textElement("NumColumns", strconv.Itoa(len(cols)+1)),
		textElement("NumColTitleRows", "1"), colDesc(1, "", "Blank", "STRTYPE"))
	for i, col := range cols {
		ret.add(colDesc(i+2, col.title, col.colType, col.dataType))
	}
	if len(rows) > 0 {
		ret.add(newElement("ReportData", rows...))
	}
	return reply(rq, statusOK, ret)
}

func colData(id int, value string) *element {
	e := newElement("ColData")
	e.setAttr("colID", strconv.Itoa(id))
	e.setAttr("value", value)
	return e
}

// detailColumn is an IncludeColumn the simulator fills: its printed title,
// ColType, data type and value for a line.
type detailColumn struct {
	title, colType, dataType string
	value                    func(c *Company, p postedLine) string
}

var detailColumns = map[string]detailColumn{
	"TxnID":      {"Trans ID", "TxnID", "IDTYPE", func(_ *Company, p postedLine) string { return p.txn.txnID }},
	"TxnNumber":  {"Trans #", "TxnNumber", "INTTYPE", func(_ *Company, p postedLine) string { return strconv.Itoa(p.txn.txnNumber) }},
	"TxnType":    {"Type", "TxnType", "STRTYPE", func(_ *Company, p postedLine) string { return p.txn.typ.reportName() }},
	"Date":       {"Date", "Date", "DATETYPE", func(_ *Company, p postedLine) string { return p.txn.headerText("TxnDate") }},
	"RefNumber":  {"Num", "RefNumber", "STRTYPE", func(_ *Company, p postedLine) string { return p.txn.headerText("RefNumber") }},
	"Name":       {"Name", "Name", "STRTYPE", func(c *Company, p postedLine) string { return c.refName(p.entity) }},
	"SourceName": {"Source Name", "SourceName", "STRTYPE", func(c *Company, p postedLine) string { return c.refName(p.txn.headerRef(p.txn.typ.entityRef())) }},
	"Item":       {"Item", "Item", "STRTYPE", func(c *Company, p postedLine) string { return c.refName(p.item) }},
	"Account":    {"Account", "Account", "STRTYPE", func(c *Company, p postedLine) string { return c.refName(p.account) }},
	"Memo":       {"Memo", "Memo", "STRTYPE", func(_ *Company, p postedLine) string { return p.memo }},
	"Amount":     {"Amount", "Amount", "AMTTYPE", func(_ *Company, p postedLine) string { return centsText(p.cents) }},
	"Debit": {"Debit", "Debit", "AMTTYPE", func(_ *Company, p postedLine) string {
		if p.cents > 0 {
			return centsText(p.cents)
		}
		return ""
	}},
	"Credit": {"Credit", "Credit", "AMTTYPE", func(_ *Company, p postedLine) string {
		if p.cents < 0 {
			return centsText(-p.cents)
		}
		return ""
	}},
	"ModifiedTime": {"Last modified", "ModifiedTime", "DATETIMETYPE", func(c *Company, p postedLine) string { return c.stamp(p.txn.modified) }},
}

// refName is the current full name of the record a stored reference
// points at ("" for none).
func (c *Company) refName(ref *element) string {
	if ref == nil {
		return ""
	}
	r := c.lists[ref.childText("ListID")]
	if r == nil {
		return ref.childText("FullName")
	}
	if r.kind.hasFullName() {
		return c.fullName(r)
	}
	return r.name
}
