package qbxml

import (
	"bytes"
	"strconv"
	"testing"
)

// BenchmarkParseResponses parses a realistic ~13 MB response: 100 iterator pages of 100 jobs.
func BenchmarkParseResponses(b *testing.B) {
	var buf bytes.Buffer
	n, err := writeSyntheticResponse(&buf, 100, 100)
	if err != nil {
		b.Fatal(err)
	}
	doc := buf.Bytes()
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		records := 0
		err := ParseResponses(bytes.NewReader(doc), func(r *Response) error {
			records += len(r.Rets)
			return nil
		})
		if err != nil || records != 10000 {
			b.Fatalf("records %d, err %v", records, err)
		}
	}
}

// BenchmarkParseJobReport reads a message set of 300 Job Estimates vs. Actuals Detail reports of
// 60 cost codes each (a first job-costs refresh of the benchmark company, ~7 MB) through
// ReadReports and ReadJobReport.
func BenchmarkParseJobReport(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(docHead)
	rows := generatedJobRows(60)
	for i := range 300 {
		writeJobReport(&buf, strconv.Itoa(i+1), "Customer "+strconv.Itoa(i)+":Job "+strconv.Itoa(i), [7]int{1, 2, 3, 4, 5, 6, 7}, rows)
	}
	buf.WriteString(docTail)
	doc := buf.Bytes()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		items := 0
		err := ReadReports(bytes.NewReader(doc), func(_ *Response, rep *ReportReader) error {
			jr, err := ReadJobReport(rep)
			if err != nil {
				return err
			}
			items += len(jr.Items)
			return nil
		})
		if err != nil || items != 300*60 {
			b.Fatalf("items %d, err %v", items, err)
		}
	}
}
