package qbsim

import (
	"sort"
	"strconv"
	"strings"
	"time"
)

// jobReportQuery answers JobReportQuery JobEstimatesVsActualsDetail from
// the company's own transactions, in the shape of the real capture
// (qbxml testdata apotema__reports_job_estimates_vs_actuals_detail*.xml):
// seven columns (label, Est. Cost, Act. Cost, ($) Diff., Est. Revenue,
// Act. Revenue, ($) Diff.); per item type a TextRow ("Service"), the items
// in name order, a parent item as a TextRow heading, its children's
// DataRows and a SubtotalRow carrying the parent's RowData; a "Total
// <type>" SubtotalRow and the TOTAL row.
//
// Figures follow QuickBooks' rule that the report reads items only:
//   - Est. Cost / Est. Revenue: the job's active estimates' item lines; the
//     cost is Quantity x Rate and the revenue the line amount (they differ
//     only when the line carries a markup).
//   - Act. Cost: item lines costed to the job on bills, checks, credit-card
//     charges, item receipts, minus those on vendor credits and credit-card
//     credits. Expense-tab (account) lines are not in it, nor are journal
//     entry lines (qbXML journal lines have no item); they show in the
//     Custom Transaction Detail report. A deleted transaction is gone; a
//     voided one counts zero.
//   - Act. Revenue: invoices and sales receipts, which the simulator does
//     not hold, so 0.00.
//
// Other job report types answer 3250 as before: the simulator does not
// produce them.
func (s *Session) jobReportQuery(rq *element) *element {
	c := s.company
	if typ := rq.childText("JobReportType"); typ != "JobEstimatesVsActualsDetail" {
		return reply(rq, errNotSupported("JobReportQuery "+typ))
	}
	f, st := c.parseReportFilter(rq)
	if st.isError() {
		return reply(rq, st)
	}
	if rq.childText("SummarizeColumnsBy") != "" && rq.childText("SummarizeColumnsBy") != "TotalOnly" {
		return reply(rq, errNotSupported("JobReportQuery SummarizeColumnsBy "+rq.childText("SummarizeColumnsBy")))
	}
	figures := map[*listRecord]*jobFigures{}
	add := func(item *element, fig jobFigures) {
		r := c.lists[item.childText("ListID")]
		if r == nil || !c.refSetMatches(f.item, item) {
			return
		}
		if figures[r] == nil {
			figures[r] = &jobFigures{}
		}
		figures[r].add(fig)
	}
	for _, r := range c.reportCandidates(f) {
		if !c.reportTxnMatches(reportFilter{types: f.types, dateFrom: f.dateFrom, dateTo: f.dateTo, modFrom: f.modFrom, modTo: f.modTo}, r) {
			continue
		}
		switch {
		case r.typ == TxnEstimate:
			if r.headerText("IsActive") == "false" || !c.refSetMatches(f.entity, r.headerRef("CustomerRef")) {
				continue
			}
			for _, l := range r.lines {
				if it := l.child("ItemRef"); it != nil {
					add(it, jobFigures{est: toCents(estimateLineCost(l)), estR: toCents(lineAmount(l))})
				}
			}
		case r.typ.posting() && r.typ != TxnJournalEntry:
			for _, p := range c.postedLines(r) {
				if p.line != nil && p.line.name == "ItemLineRet" && p.item != nil && c.refSetMatches(f.entity, p.line.child("CustomerRef")) &&
					c.refSetMatches(f.account, p.account) {
					add(p.item, jobFigures{act: p.cents})
				}
			}
		}
	}
	title := "Job Estimates vs. Actuals Detail"
	if f.entity.set && len(f.entity.recs) == 1 {
		title += " for " + c.fullName(f.entity.recs[0])
	}
	ret := newElement("ReportRet", textElement("ReportTitle", title), textElement("ReportSubtitle", reportSubtitle(f)),
		textElement("ReportBasis", "Accrual"))
	rows := c.jobReportRows(figures)
	ret.add(textElement("NumRows", strconv.Itoa(len(rows))), textElement("NumColumns", "7"), textElement("NumColTitleRows", "1"))
	for i, col := range [...][3]string{{"", "Label", "STRTYPE"}, {"Est. Cost", "Amount", "AMTTYPE"}, {"Act. Cost", "Amount", "AMTTYPE"},
		{"($) Diff.", "AmountDifference", "AMTTYPE"}, {"Est. Revenue", "Amount", "AMTTYPE"}, {"Act. Revenue", "Amount", "AMTTYPE"},
		{"($) Diff.", "AmountDifference", "AMTTYPE"}} {
		ret.add(colDesc(i+1, col[0], col[1], col[2]))
	}
	if len(rows) > 0 {
		ret.add(newElement("ReportData", rows...))
	}
	return reply(rq, statusOK, ret)
}

// jobFigures are one row's figures in cents.
type jobFigures struct{ est, act, estR, actR int64 }

func (f *jobFigures) add(o jobFigures) {
	f.est, f.act, f.estR, f.actR = f.est+o.est, f.act+o.act, f.estR+o.estR, f.actR+o.actR
}

// estimateLineCost is an estimate line's cost: Quantity x Rate when a
// rate is given (a markup then makes the amount, the revenue, larger),
// else its amount.
func estimateLineCost(l *element) float64 {
	rate, err := strconv.ParseFloat(l.childText("Rate"), 64)
	if err != nil {
		return lineAmount(l)
	}
	q, err := strconv.ParseFloat(l.childText("Quantity"), 64)
	if err != nil {
		q = 1
	}
	return q * rate
}

func colDesc(id int, title, colType, dataType string) *element {
	cd := newElement("ColDesc", newElement("ColTitle"), textElement("ColType", colType))
	cd.setAttr("colID", strconv.Itoa(id))
	cd.setAttr("dataType", dataType)
	cd.children[0].setAttr("titleRow", "1")
	if title != "" {
		cd.children[0].setAttr("value", title)
	}
	return cd
}

// reportSubtitle is the period as QuickBooks prints it under the title:
// "All Transactions", or "January 1 through March 31, 2024".
func reportSubtitle(f reportFilter) string {
	if f.allDates {
		return "All Transactions"
	}
	from, errFrom := time.Parse(qbDate, f.dateFrom)
	to, errTo := time.Parse(qbDate, f.dateTo)
	switch {
	case errFrom == nil && errTo == nil && from.Year() == to.Year():
		return from.Format("January 2") + " through " + to.Format("January 2, 2006")
	case errFrom == nil && errTo == nil:
		return from.Format("January 2, 2006") + " through " + to.Format("January 2, 2006")
	case errFrom == nil:
		return "From " + from.Format("January 2, 2006")
	case errTo == nil:
		return "Through " + to.Format("January 2, 2006")
	}
	return "All Transactions"
}

// itemTypeHeadings are the item-type groups of the report, in its order.
var itemTypeHeadings = []struct {
	kind ListKind
	name string
}{{KindItemService, "Service"}, {KindItemNonInventory, "Non-inventory Part"}, {KindItemOtherCharge, "Other Charge"}}

// jobReportRows lays out the rows: per item type, the item tree.
func (c *Company) jobReportRows(figures map[*listRecord]*jobFigures) []*element {
	children := map[*listRecord][]*listRecord{} // parent -> children present in the report
	roots := map[ListKind][]*listRecord{}
	seen := map[*listRecord]bool{}
	var place func(r *listRecord)
	place = func(r *listRecord) {
		if seen[r] {
			return
		}
		seen[r] = true
		if p := c.lists[r.parentID]; p != nil {
			children[p] = append(children[p], r)
			place(p)
			return
		}
		roots[r.kind] = append(roots[r.kind], r)
	}
	for r := range figures {
		place(r)
	}
	byName := func(rs []*listRecord) {
		sort.Slice(rs, func(i, j int) bool { return strings.ToLower(rs[i].name) < strings.ToLower(rs[j].name) })
	}
	var rows []*element
	row := func(name string, rowData *element, label string, fig jobFigures) {
		e := newElement(name)
		e.setAttr("rowNumber", strconv.Itoa(len(rows)+1))
		if rowData != nil {
			e.add(rowData)
		}
		for i, v := range []string{label, centsText(fig.est), centsText(fig.act), centsText(fig.act - fig.est), centsText(fig.estR),
			centsText(fig.actR), centsText(fig.actR - fig.estR)} {
			cd := newElement("ColData")
			cd.setAttr("colID", strconv.Itoa(i+1))
			cd.setAttr("value", v)
			e.add(cd)
		}
		rows = append(rows, e)
	}
	textRow := func(value string) {
		e := newElement("TextRow")
		e.setAttr("rowNumber", strconv.Itoa(len(rows)+1))
		e.setAttr("value", value)
		rows = append(rows, e)
	}
	itemData := func(r *listRecord) *element {
		e := newElement("RowData")
		e.setAttr("rowType", "item")
		e.setAttr("value", c.fullName(r))
		return e
	}
	var emit func(r *listRecord) jobFigures
	emit = func(r *listRecord) jobFigures {
		var own jobFigures
		if f := figures[r]; f != nil {
			own = *f
		}
		kids := children[r]
		if len(kids) == 0 {
			row("DataRow", itemData(r), itemLabel(r), own)
			return own
		}
		byName(kids)
		textRow(itemLabel(r))
		total := jobFigures{}
		if figures[r] != nil {
			// Costs posted to the parent item itself.
			row("DataRow", itemData(r), r.name+" - Other", own)
			total.add(own)
		}
		for _, k := range kids {
			total.add(emit(k))
		}
		row("SubtotalRow", itemData(r), "Total "+itemLabel(r), total)
		return total
	}
	var grand jobFigures
	for _, h := range itemTypeHeadings {
		rs := roots[h.kind]
		if len(rs) == 0 {
			continue
		}
		byName(rs)
		textRow(h.name)
		var sub jobFigures
		for _, r := range rs {
			sub.add(emit(r))
		}
		row("SubtotalRow", nil, "Total "+h.name, sub)
		grand.add(sub)
	}
	if len(rows) > 0 {
		row("TotalRow", nil, "TOTAL", grand)
	}
	return rows
}

// itemLabel is how the report prints an item: its name and, when it has
// one, its description in parentheses ("01.1 Plans (Plans)").
func itemLabel(r *listRecord) string {
	desc := ""
	for _, b := range r.body {
		switch b.name {
		case "SalesOrPurchase":
			desc = b.childText("Desc")
		case "SalesAndPurchase":
			if desc = b.childText("SalesDesc"); desc == "" {
				desc = b.childText("PurchaseDesc")
			}
		}
	}
	if desc = strings.TrimSpace(desc); desc == "" {
		return r.name
	}
	return r.name + " (" + desc + ")"
}

func centsText(n int64) string {
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	return sign + strconv.FormatInt(n/100, 10) + "." + strconv.FormatInt(n%100/10, 10) + strconv.FormatInt(n%10, 10)
}
