package qbxml

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReportRet feeds mutated report answers (the real captures, a generated report with parent
// items, a Custom Transaction Detail answer) to the streaming report reader and both typed
// readers: errors are allowed, panics are not, and what is read must be consistent (row kinds
// known, a report that reads cleanly reads the same way twice).
func FuzzReportRet(f *testing.F) {
	files, err := filepath.Glob("testdata/apotema__reports_*.xml")
	if err != nil || len(files) == 0 {
		f.Fatal("no report captures", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	var gen bytes.Buffer
	gen.WriteString(docHead)
	writeJobReport(&gen, "1", "A & B:Job", [7]int{3, 9, 12, 2, 4, 6, 5}, generatedJobRows(9))
	gen.WriteString(docTail)
	f.Add(gen.Bytes())
	f.Add([]byte(customDetailDoc))
	f.Add([]byte(docHead + `<JobReportQueryRs statusCode="0" statusSeverity="Info"><ReportRet><ReportTitle/><ReportSubtitle/><NumRows>0</NumRows><NumColumns>0</NumColumns><NumColTitleRows>0</NumColTitleRows></ReportRet></JobReportQueryRs>` + docTail))
	f.Fuzz(func(t *testing.T, doc []byte) {
		first := readAllReports(t, doc)
		if first != "" && first != readAllReports(t, doc) {
			t.Fatal("the same document read differently twice")
		}
	})
}

// readAllReports reads doc three ways (raw rows, as a job report, as a detail report) and
// returns a summary of the raw rows, "" when reading failed.
func readAllReports(t *testing.T, doc []byte) string {
	var sum strings.Builder
	err := ReadReports(bytes.NewReader(doc), func(resp *Response, rep *ReportReader) error {
		if rep == nil {
			return nil
		}
		for _, c := range rep.Header().Columns {
			_ = c.Title()
		}
		for {
			row, err := rep.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			if row.Kind < TextRow || row.Kind > TotalRow {
				t.Fatalf("row kind %d", row.Kind)
			}
			sum.WriteString(row.Kind.String())
			for _, c := range row.Cells {
				sum.WriteString(c.Value)
			}
		}
	})
	_ = ReadReports(bytes.NewReader(doc), func(resp *Response, rep *ReportReader) error {
		if rep == nil {
			return nil
		}
		jr, err := ReadJobReport(rep)
		if err == nil {
			_ = jr.CheckTotal()
			for _, it := range jr.Items {
				if _, err := it.ActCost.Units(2); err != nil {
					t.Fatalf("item %q: Act. Cost %q accepted but not an amount", it.Item, it.ActCost)
				}
			}
		}
		return err
	})
	_ = ReadReports(bytes.NewReader(doc), func(resp *Response, rep *ReportReader) error {
		if rep == nil {
			return nil
		}
		_, err := ReadJobCostChanges(rep, testTime)
		return err
	})
	if err != nil {
		return ""
	}
	return sum.String()
}
