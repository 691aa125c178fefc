package qbxml

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Column titles of QuickBooks' Job Estimates vs. Actuals Detail (US editions). The figures are
// found by these titles, never by position: a report customised in QuickBooks, or a later
// version, may order or number the columns differently.
const (
	ColEstCost    = "Est. Cost"
	ColActCost    = "Act. Cost"
	ColEstRevenue = "Est. Revenue"
	ColActRevenue = "Act. Revenue"
)

// JobItemCost is one row of a job report with its figures. For an item row, Item is the item's
// FullName ("01 Plans & Permits  .:01.1 Plans": QuickBooks' own spelling, trailing spaces and
// all) and RowType is "item"; Label is the first column as printed ("01.1 Plans (Plans)"). A
// figure QuickBooks left out is "0.00".
type JobItemCost struct {
	Row        int
	RowType    string
	Item       string
	Label      string
	EstCost    Decimal
	ActCost    Decimal
	EstRevenue Decimal
	ActRevenue Decimal
}

// JobCostReport is a Job Estimates vs. Actuals Detail report of one job, read by ReadJobReport.
//
//   - Items: the DataRows, one per item with costs or estimates on the job, in report order. These
//     are the figures to use: they never overlap, and they add up to Total.
//   - ParentTotals: the SubtotalRows of parent items ("Total 01 Plans & Permits"), whose figures
//     repeat their children's. Keep them for display only: adding them to Items counts those
//     costs twice.
//   - GroupTotals: the SubtotalRows of item types ("Total Service"), also repeats.
//   - Total: the TotalRow.
type JobCostReport struct {
	Title        string
	Subtitle     string
	Basis        string
	Items        []JobItemCost
	ParentTotals []JobItemCost
	GroupTotals  []JobItemCost
	Total        JobItemCost
	HasTotal     bool
}

// Item returns the item row of fullName; ok is false when the job has no row for it.
func (r *JobCostReport) Item(fullName string) (JobItemCost, bool) {
	for _, it := range r.Items {
		if it.Item == fullName {
			return it, true
		}
	}
	return JobItemCost{}, false
}

// CheckTotal verifies that the item rows add up to the report's total actual cost, the
// reconciliation QuickBooks' own layout guarantees; an error means rows were lost or
// misclassified. A report without a TotalRow (a job with nothing on it) passes.
func (r *JobCostReport) CheckTotal() error {
	if !r.HasTotal {
		return nil
	}
	var sum int64
	for _, it := range r.Items {
		c, err := it.ActCost.Units(2)
		if err != nil {
			return err
		}
		sum += c
	}
	total, err := r.Total.ActCost.Units(2)
	if err != nil {
		return err
	}
	if sum != total {
		return fmt.Errorf("qbxml: job report %q: item rows add up to %s actual cost, the total says %s",
			r.Title, Cents(sum), r.Total.ActCost)
	}
	return nil
}

// ReadJobReport reads a JobEstimatesVsActualsDetail report (the rep ReadReports hands out for a
// JobReportQuery) to its end. It fails if the report has no unique "Act. Cost" column or a
// figure is not an amount.
//
//	err := qbxml.ReadReports(body, func(resp *qbxml.Response, rep *qbxml.ReportReader) error {
//		if resp.Status.Code != 0 || rep == nil { … QuickBooks' message: resp.Status … }
//		jr, err := qbxml.ReadJobReport(rep)
//		… jr.Items[i].Item, jr.Items[i].ActCost …
//	})
func ReadJobReport(rep *ReportReader) (*JobCostReport, error) {
	h := rep.Header()
	out := &JobCostReport{Title: h.Title, Subtitle: h.Subtitle, Basis: h.Basis}
	var cols [4]int // column IDs of jobReportFigures; 0 when the report lacks one
	for i, title := range jobReportFigures {
		if c, ok := h.ColumnByTitle(title); ok {
			cols[i] = c.ID
		}
	}
	if cols[1] == 0 {
		return nil, fmt.Errorf("qbxml: report %q has no single %q column: not a Job Estimates vs. Actuals Detail report", h.Title, ColActCost)
	}
	label := 0
	if c, ok := h.ColumnByType("Label"); ok {
		label = c.ID
	}
	for {
		row, err := rep.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if row.Kind == TextRow {
			continue
		}
		it, err := jobItemCost(row, &cols, label)
		if err != nil {
			return nil, fmt.Errorf("qbxml: report %q row %d: %w", h.Title, row.Number, err)
		}
		switch {
		case row.Kind == TotalRow:
			out.Total, out.HasTotal = it, true
		case row.Kind == SubtotalRow && row.RowValue != "":
			out.ParentTotals = append(out.ParentTotals, it)
		case row.Kind == SubtotalRow:
			out.GroupTotals = append(out.GroupTotals, it)
		default:
			out.Items = append(out.Items, it)
		}
	}
}

// jobReportFigures are the columns ReadJobReport reads, in JobItemCost's order.
var jobReportFigures = [...]string{ColEstCost, ColActCost, ColEstRevenue, ColActRevenue}

func jobItemCost(row *ReportRow, cols *[4]int, label int) (JobItemCost, error) {
	it := JobItemCost{Row: row.Number, RowType: row.RowType, Item: row.RowValue}
	if label != 0 {
		it.Label, _ = row.Cell(label)
	}
	for i, dst := range [...]*Decimal{&it.EstCost, &it.ActCost, &it.EstRevenue, &it.ActRevenue} {
		*dst = "0.00"
		title := jobReportFigures[i]
		id := cols[i]
		if id == 0 {
			continue
		}
		v, ok := row.Cell(id)
		if v = strings.TrimSpace(v); !ok || v == "" {
			continue
		}
		if _, err := Decimal(v).Units(2); err != nil {
			return it, fmt.Errorf("%s %q is not an amount", title, v)
		}
		*dst = Decimal(v)
	}
	return it, nil
}
