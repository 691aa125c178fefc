package qbxml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A report answer (JobReportQueryRs, CustomDetailReportQueryRs …) holds one ReportRet: a header
// (title, subtitle, basis, counts), one ColDesc per column, then ReportData, a flat sequence of
// TextRow, DataRow, SubtotalRow and TotalRow elements. A company's detail report can be many
// megabytes, so ReportReader hands the rows out one at a time from the response stream and never
// builds the whole document: memory is one row, whatever the report's size.

// ReportColumn is one ColDesc: the column's ID (what ColData colID refers to), its data type
// (AMTTYPE, STRTYPE …), its titles (one per title row; "" where a row has none) and its ColType
// (Label, Amount, AmountDifference, TxnID, ModifiedTime …).
type ReportColumn struct {
	ID       int
	DataType string
	Titles   []string
	Type     string
}

// Title is the column's title as QuickBooks prints it: its non-empty title rows joined by a
// space ("Est. Cost", "Act. Cost").
func (c ReportColumn) Title() string {
	var parts []string
	for _, t := range c.Titles {
		if t = strings.TrimSpace(t); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// ReportHeader is everything in a ReportRet before its rows.
type ReportHeader struct {
	Title           string // "Job Estimates vs. Actuals Detail for Loadrite Midwest"
	Subtitle        string // "All Transactions"
	Basis           string // Accrual, Cash, None ("" when absent)
	NumRows         int
	NumColumns      int
	NumColTitleRows int
	Columns         []ReportColumn
}

// ColumnByTitle returns the column whose Title is title, compared without case; ok is false if
// none or several have it (a job report has two "($) Diff." columns).
func (h *ReportHeader) ColumnByTitle(title string) (ReportColumn, bool) {
	return h.uniqueColumn(func(c ReportColumn) bool { return strings.EqualFold(c.Title(), title) })
}

// ColumnByType returns the column of ColType typ ("TxnID", "Amount" …); ok is false if none or
// several have it.
func (h *ReportHeader) ColumnByType(typ string) (ReportColumn, bool) {
	return h.uniqueColumn(func(c ReportColumn) bool { return c.Type == typ })
}

func (h *ReportHeader) uniqueColumn(match func(ReportColumn) bool) (ReportColumn, bool) {
	var found ReportColumn
	n := 0
	for _, c := range h.Columns {
		if match(c) {
			found = c
			n++
		}
	}
	return found, n == 1
}

// RowKind tells the four kinds of report rows apart.
type RowKind uint8

const (
	// TextRow is a heading with no figures: an item type ("Service") or a parent item whose
	// children follow.
	TextRow RowKind = iota + 1
	// DataRow is one entry of the report: an item of a job report, a transaction line of a
	// detail report.
	DataRow
	// SubtotalRow totals the rows above it up to its heading: a parent item's children, or an
	// item type. Its figures repeat those rows' and must never be added to them.
	SubtotalRow
	// TotalRow is the report's grand total.
	TotalRow
)

func (k RowKind) String() string {
	switch k {
	case TextRow:
		return "TextRow"
	case DataRow:
		return "DataRow"
	case SubtotalRow:
		return "SubtotalRow"
	case TotalRow:
		return "TotalRow"
	}
	return "RowKind(" + strconv.Itoa(int(k)) + ")"
}

// ReportCell is one ColData: the column it belongs to and its value as QuickBooks wrote it.
type ReportCell struct {
	ColID int
	Value string
}

// ReportRow is one row of ReportData. Text is a TextRow's value; RowType and RowValue are the
// RowData of the other kinds (rowType "item" and the item's FullName in a job report; absent on
// type subtotals and totals); Cells are its ColData in document order.
type ReportRow struct {
	Kind     RowKind
	Number   int // rowNumber
	Text     string
	RowType  string
	RowValue string
	Cells    []ReportCell
}

// Cell returns the value of column colID; ok is false when the row has no such ColData (QuickBooks
// leaves out empty cells).
func (r *ReportRow) Cell(colID int) (string, bool) {
	for i := range r.Cells {
		if r.Cells[i].ColID == colID {
			return r.Cells[i].Value, true
		}
	}
	return "", false
}

// ReportReader streams one ReportRet. Header is read when the reader is made; Next returns the
// rows in document order.
type ReportReader struct {
	d      *ResponseDecoder
	header ReportHeader
	row    ReportRow
	inData bool // inside ReportData
	done   bool
}

// Header returns the report's header and column descriptions.
func (r *ReportReader) Header() *ReportHeader { return &r.header }

// NextReport reads the ReportRet of the current *Rs element (after Next returned a report
// response) up to its first row. It returns io.EOF when the element has no ReportRet, as when
// QuickBooks answered with an error status.
func (d *ResponseDecoder) NextReport() (*ReportReader, error) {
	if !d.inResponse {
		return nil, io.EOF
	}
	for {
		if err := d.s.next(); err != nil {
			return nil, d.reportErr(err)
		}
		switch d.s.kind {
		case tokStart:
			if string(d.s.local()) != "ReportRet" {
				if err := d.s.skip(); err != nil {
					return nil, d.reportErr(err)
				}
				continue
			}
			r := &ReportReader{d: d}
			if err := r.readHeader(); err != nil {
				return nil, err
			}
			return r, nil
		case tokEnd:
			d.inResponse = false
			return nil, io.EOF
		}
	}
}

func (d *ResponseDecoder) reportErr(err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("qbxml: reading ReportRet in %s: %w", d.current, err)
}

// readHeader consumes the ReportRet's children up to the start of ReportData (or its end).
func (r *ReportReader) readHeader() error {
	d := r.d
	for {
		if err := d.s.next(); err != nil {
			return d.reportErr(err)
		}
		switch d.s.kind {
		case tokEnd: // ReportRet without ReportData: no rows
			r.done = true
			return nil
		case tokStart:
		default:
			continue
		}
		var err error
		h := &r.header
		switch name := string(d.s.local()); name {
		case "ReportData":
			r.inData = true
			return nil
		case "ColDesc":
			err = r.readColDesc()
		case "ReportTitle":
			h.Title, err = r.text()
		case "ReportSubtitle":
			h.Subtitle, err = r.text()
		case "ReportBasis":
			h.Basis, err = r.text()
		case "NumRows":
			h.NumRows, err = r.number(name)
		case "NumColumns":
			h.NumColumns, err = r.number(name)
		case "NumColTitleRows":
			h.NumColTitleRows, err = r.number(name)
		default:
			err = d.s.skip()
		}
		if err != nil {
			return d.reportErr(err)
		}
	}
}

func (r *ReportReader) text() (string, error) {
	b, err := r.d.leafText()
	return string(b), err
}

func (r *ReportReader) number(name string) (int, error) {
	b, err := r.d.leafText()
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(string(bytes.TrimSpace(b)))
	if err != nil {
		return 0, fmt.Errorf("%s %q is not a number", name, b)
	}
	return n, nil
}

func (r *ReportReader) readColDesc() error {
	d := r.d
	var col ReportColumn
	for i := range d.s.attrs {
		a := &d.s.attrs[i]
		switch string(a.local()) {
		case "colID":
			id, err := attrInt(a)
			if err != nil {
				return err
			}
			col.ID = id
		case "dataType":
			col.DataType = string(a.value)
		}
	}
	for {
		if err := d.s.next(); err != nil {
			return err
		}
		switch d.s.kind {
		case tokEnd:
			r.header.Columns = append(r.header.Columns, col)
			return nil
		case tokStart:
			switch string(d.s.local()) {
			case "ColTitle":
				row, value := 0, ""
				for i := range d.s.attrs {
					a := &d.s.attrs[i]
					switch string(a.local()) {
					case "titleRow":
						n, err := attrInt(a)
						if err != nil {
							return err
						}
						row = n
					case "value":
						value = string(a.value)
					}
				}
				// Titles are kept by title row (1-based), so a column's second title row
				// stays second even when its first is empty.
				if row >= 1 && row <= 16 {
					for len(col.Titles) < row {
						col.Titles = append(col.Titles, "")
					}
					col.Titles[row-1] = value
				}
				if err := d.s.skip(); err != nil {
					return err
				}
			case "ColType":
				b, err := d.leafText()
				if err != nil {
					return err
				}
				col.Type = strings.TrimSpace(string(b))
			default:
				if err := d.s.skip(); err != nil {
					return err
				}
			}
		}
	}
}

func attrInt(a *scanAttr) (int, error) {
	n, err := strconv.Atoi(string(bytes.TrimSpace(a.value)))
	if err != nil {
		return 0, fmt.Errorf("attribute %s=%q is not a number", a.local(), a.value)
	}
	return n, nil
}

// Next returns the next row; io.EOF after the last. The row (and its Cells) is reused by the
// following call: copy what must outlive it.
func (r *ReportReader) Next() (*ReportRow, error) {
	if r.done || !r.inData {
		return nil, io.EOF
	}
	d := r.d
	for {
		if err := d.s.next(); err != nil {
			return nil, d.reportErr(err)
		}
		switch d.s.kind {
		case tokEnd: // end of ReportData; the rest of the response is skipped by Next
			r.done, r.inData = true, false
			return nil, io.EOF
		case tokStart:
		default:
			continue
		}
		var kind RowKind
		switch string(d.s.local()) {
		case "DataRow":
			kind = DataRow
		case "TextRow":
			kind = TextRow
		case "SubtotalRow":
			kind = SubtotalRow
		case "TotalRow":
			kind = TotalRow
		default:
			if err := d.s.skip(); err != nil {
				return nil, d.reportErr(err)
			}
			continue
		}
		if err := r.readRow(kind); err != nil {
			return nil, d.reportErr(err)
		}
		return &r.row, nil
	}
}

func (r *ReportReader) readRow(kind RowKind) error {
	d := r.d
	row := &r.row
	row.Kind, row.Number, row.Text, row.RowType, row.RowValue = kind, 0, "", "", ""
	row.Cells = row.Cells[:0]
	for i := range d.s.attrs {
		a := &d.s.attrs[i]
		switch string(a.local()) {
		case "rowNumber":
			n, err := attrInt(a)
			if err != nil {
				return err
			}
			row.Number = n
		case "value":
			row.Text = string(a.value)
		}
	}
	for {
		if err := d.s.next(); err != nil {
			return err
		}
		switch d.s.kind {
		case tokEnd:
			return nil
		case tokStart:
			switch string(d.s.local()) {
			case "ColData":
				cell := ReportCell{}
				for i := range d.s.attrs {
					a := &d.s.attrs[i]
					switch string(a.local()) {
					case "colID":
						n, err := attrInt(a)
						if err != nil {
							return err
						}
						cell.ColID = n
					case "value":
						cell.Value = string(a.value)
					}
				}
				row.Cells = append(row.Cells, cell)
			case "RowData":
				for i := range d.s.attrs {
					a := &d.s.attrs[i]
					switch string(a.local()) {
					case "rowType":
						row.RowType = string(a.value)
					case "value":
						row.RowValue = string(a.value)
					}
				}
			}
			if err := d.s.skip(); err != nil {
				return err
			}
		}
	}
}

// ReadReports reads a response message set whose answers include reports, calling fn once per
// *Rs element in document order. For report answers (…ReportQueryRs) rep streams its
// ReportRet (nil when QuickBooks sent none, e.g. on an error status; check resp.Status) and
// resp.Rets is empty; for other answers (a TxnDeletedQueryRs sent in the same set) rep is nil
// and resp.Rets holds the decoded records. Rows fn leaves unread are skipped.
func ReadReports(r io.Reader, fn func(resp *Response, rep *ReportReader) error) error {
	d := NewResponseDecoder(r)
	for {
		resp, err := d.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if !strings.HasSuffix(resp.Name, "ReportQueryRs") {
			for {
				ret, err := d.NextRet()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					return err
				}
				resp.Rets = append(resp.Rets, ret)
			}
			if err := fn(resp, nil); err != nil {
				return err
			}
			continue
		}
		rep, err := d.NextReport()
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		if err := fn(resp, rep); err != nil {
			return err
		}
	}
}
