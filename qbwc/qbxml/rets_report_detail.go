package qbxml

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// TxnDetailRow is one transaction line of a Custom Transaction Detail report. Each field is
// filled from the column of that ColType when the request included it (IncludeColumn), "" when
// not. Group and GroupType are the row's RowData: with SummarizeRowsBy "Customer", GroupType is
// "customer" and Group the FullName of the job the line is costed to. Name is the line's name
// (the job on a job-costed line; the vendor on a bill's A/P side); SourceName the header's.
type TxnDetailRow struct {
	Row          int
	GroupType    string
	Group        string
	TxnID        string
	TxnType      string // as QuickBooks prints it: "Bill", "Check", "Credit Card Charge" …
	Date         string
	RefNumber    string
	Name         string
	SourceName   string
	Item         string
	Account      string
	Memo         string
	Amount       Decimal
	ModifiedTime string
}

// Job is the job the line is costed to: the row's customer group when the report is summarized
// by customer, else its Name column.
func (r *TxnDetailRow) Job() string {
	if r.GroupType == "customer" && r.Group != "" {
		return r.Group
	}
	return r.Name
}

// Modified parses ModifiedTime. QuickBooks writes it in the company machine's local time, with
// or without an offset; without one it is read in loc (nil: UTC).
func (r *TxnDetailRow) Modified(loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	v := strings.TrimSpace(r.ModifiedTime)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.DateOnly, "01/02/2006 15:04:05", "01/02/2006"} {
		if t, err := time.ParseInLocation(layout, v, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("qbxml: modified time %q is not a date", r.ModifiedTime)
}

// txnDetailColumns maps the ColTypes ReadTxnDetailReport reads to their field.
var txnDetailColumns = [...]string{"TxnID", "TxnType", "Date", "RefNumber", "Name", "SourceName", "Item", "Account", "Memo", "Amount", "ModifiedTime"}

func (r *TxnDetailRow) fields() [len(txnDetailColumns)]*string {
	return [...]*string{&r.TxnID, &r.TxnType, &r.Date, &r.RefNumber, &r.Name, &r.SourceName, &r.Item, &r.Account,
		&r.Memo, (*string)(&r.Amount), &r.ModifiedTime}
}

// ReadTxnDetailReport streams the transaction lines (DataRows) of a CustomTxnDetail report to
// fn, in report order; headings, subtotals and the total are skipped (they repeat the lines).
// The row passed to fn is reused: copy it to keep it. Columns are found by ColType, so any
// IncludeColumn order works. An Amount that is not an amount is an error.
func ReadTxnDetailReport(rep *ReportReader, fn func(*TxnDetailRow) error) error {
	h := rep.Header()
	var cols [len(txnDetailColumns)]int
	for i, typ := range txnDetailColumns {
		if c, ok := h.ColumnByType(typ); ok {
			cols[i] = c.ID
		}
	}
	var out TxnDetailRow
	for {
		row, err := rep.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if row.Kind != DataRow {
			continue
		}
		out = TxnDetailRow{Row: row.Number, GroupType: row.RowType, Group: row.RowValue}
		for i, dst := range out.fields() {
			if cols[i] != 0 {
				*dst, _ = row.Cell(cols[i])
			}
		}
		if out.Amount != "" {
			if _, err := out.Amount.Units(2); err != nil {
				return fmt.Errorf("qbxml: report %q row %d: amount %q is not an amount", h.Title, row.Number, out.Amount)
			}
		}
		if err := fn(&out); err != nil {
			return err
		}
	}
}
