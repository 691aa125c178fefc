package qbxml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readJobReports reads every JobReportQueryRs of a document with ReadJobReport.
func readJobReports(t testing.TB, doc []byte) []*JobCostReport {
	t.Helper()
	var out []*JobCostReport
	err := ReadReports(bytes.NewReader(doc), func(resp *Response, rep *ReportReader) error {
		if rep == nil {
			return fmt.Errorf("%s has no report (status %d %s)", resp.Name, resp.Status.Code, resp.Status.Message)
		}
		jr, err := ReadJobReport(rep)
		if err != nil {
			return err
		}
		out = append(out, jr)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReportReaderOnCapture reads the real capture row by row: header, columns, and every row
// kind in order.
func TestReportReaderOnCapture(t *testing.T) {
	doc := readTestdata(t, "apotema__reports_job_estimates_vs_actuals_detail.xml")
	d := NewResponseDecoder(bytes.NewReader(doc))
	resp, err := d.Next()
	if err != nil || resp.Name != "JobReportQueryRs" || resp.RequestID != "2" || resp.Status.Code != 0 {
		t.Fatalf("Next = %+v, %v", resp, err)
	}
	rep, err := d.NextReport()
	if err != nil {
		t.Fatal(err)
	}
	h := rep.Header()
	if h.Title != "Job Estimates vs. Actuals Detail for Loadrite Midwest" || h.Subtitle != "All Transactions" ||
		h.Basis != "Accrual" || h.NumRows != 8 || h.NumColumns != 7 || h.NumColTitleRows != 1 || len(h.Columns) != 7 {
		t.Fatalf("header %+v", h)
	}
	wantCols := []struct{ title, typ string }{{"", "Label"}, {"Est. Cost", "Amount"}, {"Act. Cost", "Amount"},
		{"($) Diff.", "AmountDifference"}, {"Est. Revenue", "Amount"}, {"Act. Revenue", "Amount"}, {"($) Diff.", "AmountDifference"}}
	for i, c := range h.Columns {
		if c.ID != i+1 || c.Title() != wantCols[i].title || c.Type != wantCols[i].typ || (i > 0) != (c.DataType == "AMTTYPE") {
			t.Errorf("column %d = %+v, want %+v", i, c, wantCols[i])
		}
	}
	if _, ok := h.ColumnByTitle("($) Diff."); ok {
		t.Error(`"($) Diff." is not unique but ColumnByTitle found one`)
	}
	var kinds []string
	for {
		row, err := rep.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, fmt.Sprintf("%d:%s", row.Number, row.Kind))
		if row.Number == 2 {
			if row.RowType != "item" || row.RowValue != "01 Plans & Permits  ." || len(row.Cells) != 7 {
				t.Errorf("row 2 = %+v", row)
			}
			if v, ok := row.Cell(1); !ok || v != "01 Plans & Permits  . (Plans & Permits)" {
				t.Errorf("row 2 label %q", v)
			}
		}
		if row.Number == 1 && row.Text != "Service" {
			t.Errorf("text row %+v", row)
		}
	}
	want := "1:TextRow 2:DataRow 3:DataRow 4:DataRow 5:DataRow 6:DataRow 7:SubtotalRow 8:TotalRow"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("rows %s, want %s", got, want)
	}
	if _, err := d.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("after the report: %v, want EOF", err)
	}
}

// TestReadJobReportCaptures asserts the figures of both real captures.
func TestReadJobReportCaptures(t *testing.T) {
	r1 := readJobReports(t, readTestdata(t, "apotema__reports_job_estimates_vs_actuals_detail.xml"))[0]
	if len(r1.Items) != 5 || len(r1.ParentTotals) != 0 || len(r1.GroupTotals) != 1 || !r1.HasTotal {
		t.Fatalf("capture 1: %d items, %d parent totals, %d group totals", len(r1.Items), len(r1.ParentTotals), len(r1.GroupTotals))
	}
	want1 := JobItemCost{Row: 2, RowType: "item", Item: "01 Plans & Permits  .", Label: "01 Plans & Permits  . (Plans & Permits)",
		EstCost: "450.00", ActCost: "0.00", EstRevenue: "500.00", ActRevenue: "500.00"}
	if r1.Items[0] != want1 {
		t.Errorf("capture 1 first item %+v, want %+v", r1.Items[0], want1)
	}
	if it, ok := r1.Item("07 Wall Framing"); !ok || it.EstCost != "10000.00" || it.ActRevenue != "3500.00" {
		t.Errorf("07 Wall Framing = %+v", it)
	}
	if r1.Total.EstCost != "24450.00" || r1.Total.ActCost != "0.00" || r1.Total.EstRevenue != "25500.00" ||
		r1.Total.ActRevenue != "9000.00" || r1.Total.Label != "TOTAL" || r1.GroupTotals[0].Label != "Total Service" {
		t.Errorf("capture 1 total %+v group %+v", r1.Total, r1.GroupTotals)
	}
	if err := r1.CheckTotal(); err != nil {
		t.Error(err)
	}

	r2 := readJobReports(t, readTestdata(t, "apotema__reports_job_estimates_vs_actuals_detail_2.xml"))[0]
	if r2.Title != "Job Estimates vs. Actuals Detail for Wilson, Brandon:Custom Home" {
		t.Errorf("title %q", r2.Title)
	}
	if len(r2.Items) != 28 || len(r2.ParentTotals) != 2 || len(r2.GroupTotals) != 1 {
		t.Fatalf("capture 2: %d items, %d parent totals, %d group totals", len(r2.Items), len(r2.ParentTotals), len(r2.GroupTotals))
	}
	for item, act := range map[string]Decimal{
		"01 Plans & Permits  .:01.1 Plans":                   "684.04",
		"01 Plans & Permits  .:01.2 Building Permits":        "566.51",
		"01 Plans & Permits  .:01.3 City & Co. Lic's & Fees": "51.46",
		"02 Site Work:02.10 Demo":                            "4686.15",
		"08 Roof Framing":                                    "17146.69",
		"26 Landscape & Paving":                              "2604.83",
	} {
		if it, ok := r2.Item(item); !ok || it.ActCost != act {
			t.Errorf("%q = %+v, want Act. Cost %s", item, it, act)
		}
	}
	// The parent items' subtotals are kept apart and repeat their children's sum.
	p := r2.ParentTotals[0]
	if p.Item != "01 Plans & Permits  ." || p.ActCost != "1302.01" || p.EstCost != "1000.00" || p.Label != "Total 01 Plans & Permits  . (Plans & Permits)" {
		t.Errorf("parent total %+v", p)
	}
	if r2.ParentTotals[1].Item != "02 Site Work" || r2.ParentTotals[1].ActCost != "4686.15" {
		t.Errorf("parent total %+v", r2.ParentTotals[1])
	}
	if _, ok := r2.Item("01 Plans & Permits  ."); ok {
		t.Error("the parent's subtotal was taken for an item row")
	}
	if r2.Total.ActCost != "81550.47" || r2.GroupTotals[0].ActCost != "81550.47" {
		t.Errorf("total %+v", r2.Total)
	}
	if err := r2.CheckTotal(); err != nil {
		t.Error(err)
	}
}

// jobReportRow is one generated item row: FullName, parent (empty for top-level) and figures in cents.
type jobReportRow struct {
	item               string
	est, act, estR, ac int64
}

// writeJobReport writes a JobReportQueryRs in the real capture's shape, with the column IDs in
// order (a permutation of 1..7 by title): items grouped under their parent's TextRow and
// SubtotalRow, a "Total Service" subtotal and a TOTAL row.
func writeJobReport(w io.Writer, requestID, job string, colOrder [7]int, rows []jobReportRow) {
	titles := [7]struct{ title, typ, dt string }{{"", "Label", "STRTYPE"}, {"Est. Cost", "Amount", "AMTTYPE"},
		{"Act. Cost", "Amount", "AMTTYPE"}, {"($) Diff.", "AmountDifference", "AMTTYPE"}, {"Est. Revenue", "Amount", "AMTTYPE"},
		{"Act. Revenue", "Amount", "AMTTYPE"}, {"($) Diff.", "AmountDifference", "AMTTYPE"}}
	fmt.Fprintf(w, `<JobReportQueryRs requestID="%s" statusCode="0" statusSeverity="Info" statusMessage="Status OK"><ReportRet>`, requestID)
	fmt.Fprintf(w, `<ReportTitle>Job Estimates vs. Actuals Detail for %s</ReportTitle><ReportSubtitle>All Transactions</ReportSubtitle><ReportBasis>Accrual</ReportBasis><NumRows>%d</NumRows><NumColumns>7</NumColumns><NumColTitleRows>1</NumColTitleRows>`,
		escapeText(job), len(rows)+2)
	for i, c := range titles {
		fmt.Fprintf(w, `<ColDesc colID="%d" dataType="%s"><ColTitle titleRow="1" value="%s"/><ColType>%s</ColType></ColDesc>`, colOrder[i], c.dt, escapeText(c.title), c.typ)
	}
	w.Write([]byte("<ReportData>"))
	n := 0
	cells := func(label string, r jobReportRow) {
		vals := [7]string{escapeText(label), string(Cents(r.est)), string(Cents(r.act)), string(Cents(r.act - r.est)),
			string(Cents(r.estR)), string(Cents(r.ac)), string(Cents(r.ac - r.estR))}
		for i, v := range vals {
			fmt.Fprintf(w, `<ColData colID="%d" value="%s"/>`, colOrder[i], v)
		}
	}
	n++
	fmt.Fprintf(w, `<TextRow rowNumber="%d" value="Service"/>`, n)
	var total, parentSum jobReportRow
	parent := ""
	closeParent := func() {
		if parent != "" {
			n++
			fmt.Fprintf(w, `<SubtotalRow rowNumber="%d"><RowData rowType="item" value="%s"/>`, n, escapeText(parent))
			cells("Total "+parent, parentSum)
			w.Write([]byte("</SubtotalRow>"))
		}
		parent, parentSum = "", jobReportRow{}
	}
	for _, r := range rows {
		p, _, hasParent := strings.Cut(r.item, ":")
		if !hasParent || p != parent {
			closeParent()
		}
		if hasParent && parent == "" {
			parent = p
			n++
			fmt.Fprintf(w, `<TextRow rowNumber="%d" value="%s"/>`, n, escapeText(p))
		}
		n++
		fmt.Fprintf(w, `<DataRow rowNumber="%d"><RowData rowType="item" value="%s"/>`, n, escapeText(r.item))
		cells(r.item[strings.LastIndex(r.item, ":")+1:], r)
		w.Write([]byte("</DataRow>"))
		for _, s := range []*jobReportRow{&total, &parentSum} {
			s.est, s.act, s.estR, s.ac = s.est+r.est, s.act+r.act, s.estR+r.estR, s.ac+r.ac
		}
	}
	closeParent()
	n++
	fmt.Fprintf(w, `<SubtotalRow rowNumber="%d">`, n)
	cells("Total Service", total)
	n++
	fmt.Fprintf(w, `</SubtotalRow><TotalRow rowNumber="%d">`, n)
	cells("TOTAL", total)
	w.Write([]byte("</TotalRow></ReportData></ReportRet></JobReportQueryRs>"))
}

// generatedJobRows makes n items, every fourth a child of a parent item, with varied figures.
func generatedJobRows(n int) []jobReportRow {
	rows := make([]jobReportRow, n)
	for i := range rows {
		name := fmt.Sprintf("%02d-%03d Cost code & \"%d\"", i/10, i, i)
		if i%4 != 0 {
			name = fmt.Sprintf("%02d-000 Division %d:%s", i/4, i/4, name)
		}
		rows[i] = jobReportRow{item: name, est: int64(i) * 10007, act: int64(i*i)*37 - 500, estR: int64(i) * 12011, ac: int64(i) * 9901}
	}
	return rows
}

// TestReadJobReportGenerated reads generated reports with the columns numbered in other
// orders: figures are found by title, parent subtotals never counted.
func TestReadJobReportGenerated(t *testing.T) {
	rows := generatedJobRows(41)
	for _, order := range [][7]int{{1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1}, {3, 9, 12, 2, 4, 6, 5}} {
		var buf bytes.Buffer
		buf.WriteString(docHead)
		writeJobReport(&buf, "1", "Smith, John:2024-017", order, rows)
		writeJobReport(&buf, "2", "Empty <job>", order, nil)
		buf.WriteString(docTail)
		reps := readJobReports(t, buf.Bytes())
		if len(reps) != 2 {
			t.Fatalf("%d reports", len(reps))
		}
		r := reps[0]
		if len(r.Items) != len(rows) {
			t.Fatalf("order %v: %d items, want %d", order, len(r.Items), len(rows))
		}
		var sum int64
		for i, it := range r.Items {
			want := rows[i]
			if it.Item != want.item || it.EstCost != Cents(want.est) || it.ActCost != Cents(want.act) ||
				it.EstRevenue != Cents(want.estR) || it.ActRevenue != Cents(want.ac) {
				t.Fatalf("order %v item %d = %+v, want %+v", order, i, it, want)
			}
			sum += want.act
		}
		if r.Total.ActCost != Cents(sum) || len(r.ParentTotals) == 0 {
			t.Errorf("order %v: total %s (want %s), %d parent totals", order, r.Total.ActCost, Cents(sum), len(r.ParentTotals))
		}
		if err := r.CheckTotal(); err != nil {
			t.Error(err)
		}
		if e := reps[1]; len(e.Items) != 0 || e.Total.ActCost != "0.00" || e.Title != "Job Estimates vs. Actuals Detail for Empty <job>" {
			t.Errorf("empty job report %+v", e)
		}
	}
}

func TestReadJobReportRejects(t *testing.T) {
	base := string(readTestdata(t, "apotema__reports_job_estimates_vs_actuals_detail.xml"))
	cases := map[string]string{
		"no Act. Cost column": strings.Replace(base, `value="Act. Cost"`, `value="Actual"`, 1),
		"two Act. Cost":       strings.Replace(base, `value="Est. Cost"`, `value="Act. Cost"`, 1),
		"bad amount":          strings.Replace(base, `<ColData colID="3" value="0.00" />`, `<ColData colID="3" value="1,000.00" />`, 1),
		"bad row number":      strings.Replace(base, `rowNumber="3"`, `rowNumber="three"`, 1),
		"truncated":           base[:len(base)/2],
	}
	for name, doc := range cases {
		err := ReadReports(strings.NewReader(doc), func(resp *Response, rep *ReportReader) error {
			_, err := ReadJobReport(rep)
			return err
		})
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// A total that the rows do not add up to is caught by CheckTotal.
	doc := strings.Replace(base, `<ColData colID="3" value="0.00" />`, `<ColData colID="3" value="12.00" />`, 1)
	if r := readJobReports(t, []byte(doc))[0]; r.CheckTotal() == nil {
		t.Error("CheckTotal accepted rows that do not add up to the total")
	}
}

// TestReadReportsMixedSet reads a set with a failed report, a report, and a TxnDeletedQueryRs,
// as the change-signal round trip returns them.
func TestReadReportsMixedSet(t *testing.T) {
	capture := string(readTestdata(t, "apotema__reports_job_estimates_vs_actuals_detail.xml"))
	start := strings.Index(capture, "<JobReportQueryRs")
	end := strings.Index(capture, "</QBXMLMsgsRs>")
	doc := docHead +
		`<JobReportQueryRs requestID="1" statusCode="3120" statusSeverity="Error" statusMessage="Object &quot;X&quot; specified in the request cannot be found."/>` +
		capture[start:end] +
		`<TxnDeletedQueryRs requestID="3" statusCode="0" statusSeverity="Info"><TxnDeletedRet><TxnDelType>Bill</TxnDelType><TxnID>1A-1</TxnID><TimeCreated>2024-03-01T08:00:00-05:00</TimeCreated><TimeDeleted>2024-03-02T08:00:00-05:00</TimeDeleted></TxnDeletedRet></TxnDeletedQueryRs>` +
		docTail
	var got []string
	err := ReadReports(strings.NewReader(doc), func(resp *Response, rep *ReportReader) error {
		switch {
		case rep != nil:
			// Read only the first row: the rest must be skipped cleanly.
			row, err := rep.Next()
			if err != nil {
				return err
			}
			got = append(got, fmt.Sprintf("%s report first row %s", resp.Name, row.Kind))
		case len(resp.Rets) > 0:
			got = append(got, fmt.Sprintf("%s %s", resp.Name, resp.Rets[0].(*TxnDeletedRet).TxnID))
		default:
			got = append(got, fmt.Sprintf("%s status %d", resp.Name, resp.Status.Code))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "JobReportQueryRs status 3120|JobReportQueryRs report first row TextRow|TxnDeletedQueryRs 1A-1"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// customDetailDoc is a CustomTxnDetail answer summarized by customer: two jobs' lines with
// their subtotals, columns in an order of their own.
const customDetailDoc = docHead + `<CustomDetailReportQueryRs requestID="1" statusCode="0" statusSeverity="Info" statusMessage="Status OK"><ReportRet>
<ReportTitle>Custom Transaction Detail Report</ReportTitle><ReportSubtitle>All Transactions</ReportSubtitle><ReportBasis>Accrual</ReportBasis>
<NumRows>9</NumRows><NumColumns>10</NumColumns><NumColTitleRows>1</NumColTitleRows>
<ColDesc colID="1" dataType="STRTYPE"><ColTitle titleRow="1"/><ColType>Blank</ColType></ColDesc>
<ColDesc colID="2" dataType="STRTYPE"><ColTitle titleRow="1" value="Type"/><ColType>TxnType</ColType></ColDesc>
<ColDesc colID="3" dataType="DATETYPE"><ColTitle titleRow="1" value="Date"/><ColType>Date</ColType></ColDesc>
<ColDesc colID="4" dataType="STRTYPE"><ColTitle titleRow="1" value="Num"/><ColType>RefNumber</ColType></ColDesc>
<ColDesc colID="5" dataType="STRTYPE"><ColTitle titleRow="1" value="Name"/><ColType>Name</ColType></ColDesc>
<ColDesc colID="6" dataType="STRTYPE"><ColTitle titleRow="1" value="Item"/><ColType>Item</ColType></ColDesc>
<ColDesc colID="7" dataType="STRTYPE"><ColTitle titleRow="1" value="Account"/><ColType>Account</ColType></ColDesc>
<ColDesc colID="8" dataType="AMTTYPE"><ColTitle titleRow="1" value="Amount"/><ColType>Amount</ColType></ColDesc>
<ColDesc colID="9" dataType="DATETIMETYPE"><ColTitle titleRow="1" value="Modified Time"/><ColType>ModifiedTime</ColType></ColDesc>
<ColDesc colID="10" dataType="IDTYPE"><ColTitle titleRow="1" value="Trans ID"/><ColType>TxnID</ColType></ColDesc>
<ReportData>
<TextRow rowNumber="1" value="Smith, John"/>
<TextRow rowNumber="2" value="2024-017 Smith Remodel"/>
<DataRow rowNumber="3"><RowData rowType="customer" value="Smith, John:2024-017 Smith Remodel"/><ColData colID="2" value="Bill"/><ColData colID="3" value="2024-03-01"/><ColData colID="4" value="INV-1"/><ColData colID="5" value="Smith, John:2024-017 Smith Remodel"/><ColData colID="6" value="06-100"/><ColData colID="7" value="Job Costs:Subcontractors"/><ColData colID="8" value="1250.00"/><ColData colID="9" value="2024-03-10T09:30:00-08:00"/><ColData colID="10" value="1A-100"/></DataRow>
<DataRow rowNumber="4"><RowData rowType="customer" value="Smith, John:2024-017 Smith Remodel"/><ColData colID="2" value="Check"/><ColData colID="3" value="2024-03-02"/><ColData colID="5" value="Smith, John:2024-017 Smith Remodel"/><ColData colID="7" value="Job Costs:Equipment Rental"/><ColData colID="8" value="310.55"/><ColData colID="9" value="2024-03-01T09:30:00-08:00"/><ColData colID="10" value="1A-101"/></DataRow>
<SubtotalRow rowNumber="5"><RowData rowType="customer" value="Smith, John:2024-017 Smith Remodel"/><ColData colID="1" value="Total 2024-017 Smith Remodel"/><ColData colID="8" value="1560.55"/></SubtotalRow>
<TextRow rowNumber="6" value="Lee, Amanda:Lee Deck"/>
<DataRow rowNumber="7"><RowData rowType="customer" value="Lee, Amanda:Lee Deck"/><ColData colID="2" value="Vendor Credit"/><ColData colID="3" value="2024-03-03"/><ColData colID="5" value="Lee, Amanda:Lee Deck"/><ColData colID="6" value="09-900"/><ColData colID="7" value="Job Costs:Materials"/><ColData colID="8" value="-75.00"/><ColData colID="9" value="2024-03-10"/><ColData colID="10" value="1A-102"/></DataRow>
<SubtotalRow rowNumber="8"><RowData rowType="customer" value="Lee, Amanda:Lee Deck"/><ColData colID="8" value="-75.00"/></SubtotalRow>
<TotalRow rowNumber="9"><ColData colID="1" value="TOTAL"/><ColData colID="8" value="1485.55"/></TotalRow>
</ReportData></ReportRet></CustomDetailReportQueryRs>` + docTail

func TestReadTxnDetailReport(t *testing.T) {
	var rows []TxnDetailRow
	err := ReadReports(strings.NewReader(customDetailDoc), func(resp *Response, rep *ReportReader) error {
		var err error
		rows, err = ReadJobCostDetail(rep)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []TxnDetailRow{
		{Row: 3, GroupType: "customer", Group: "Smith, John:2024-017 Smith Remodel", TxnID: "1A-100", TxnType: "Bill", Date: "2024-03-01",
			RefNumber: "INV-1", Name: "Smith, John:2024-017 Smith Remodel", Item: "06-100", Account: "Job Costs:Subcontractors",
			Amount: "1250.00", ModifiedTime: "2024-03-10T09:30:00-08:00"},
		{Row: 4, GroupType: "customer", Group: "Smith, John:2024-017 Smith Remodel", TxnID: "1A-101", TxnType: "Check", Date: "2024-03-02",
			Name: "Smith, John:2024-017 Smith Remodel", Account: "Job Costs:Equipment Rental", Amount: "310.55", ModifiedTime: "2024-03-01T09:30:00-08:00"},
		{Row: 7, GroupType: "customer", Group: "Lee, Amanda:Lee Deck", TxnID: "1A-102", TxnType: "Vendor Credit", Date: "2024-03-03",
			Name: "Lee, Amanda:Lee Deck", Item: "09-900", Account: "Job Costs:Materials", Amount: "-75.00", ModifiedTime: "2024-03-10"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d\n got %+v\nwant %+v", i, rows[i], want[i])
		}
	}
	if rows[1].Item != "" || rows[1].Job() != "Smith, John:2024-017 Smith Remodel" {
		t.Error("the expense-tab line must read as a cost without a cost code on its job")
	}
	if m, err := rows[0].Modified(nil); err != nil || !m.Equal(time.Date(2024, 3, 10, 17, 30, 0, 0, time.UTC)) {
		t.Errorf("Modified = %v, %v", m, err)
	}
	bad := strings.Replace(customDetailDoc, `value="310.55"`, `value="3l0.55"`, 1)
	err = ReadReports(strings.NewReader(bad), func(resp *Response, rep *ReportReader) error {
		_, err := ReadJobCostDetail(rep)
		return err
	})
	if err == nil {
		t.Error("a malformed amount was accepted")
	}
}

func TestReadJobCostChanges(t *testing.T) {
	since := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC) // 04:00 at -08:00
	var ch *JobCostChanges
	err := ReadReports(strings.NewReader(customDetailDoc), func(resp *Response, rep *ReportReader) error {
		var err error
		ch, err = ReadJobCostChanges(rep, since)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Row 4 was modified before since (with an offset: dropped); row 7 has a date only, within
	// a day of since: kept, so the change cannot be missed.
	if strings.Join(ch.Jobs, "|") != "Lee, Amanda:Lee Deck|Smith, John:2024-017 Smith Remodel" {
		t.Errorf("jobs %q", ch.Jobs)
	}
	if len(ch.TxnJobs) != 2 || ch.TxnJobs["1A-100"][0] != "Smith, John:2024-017 Smith Remodel" || ch.TxnJobs["1A-101"] != nil {
		t.Errorf("txn jobs %v", ch.TxnJobs)
	}
	later := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	err = ReadReports(strings.NewReader(customDetailDoc), func(resp *Response, rep *ReportReader) error {
		var err error
		ch, err = ReadJobCostChanges(rep, later)
		return err
	})
	if err != nil || len(ch.Jobs) != 0 {
		t.Errorf("changes after every modification: %+v, %v", ch, err)
	}
}
