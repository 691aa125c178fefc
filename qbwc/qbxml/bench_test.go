package qbxml

import (
	"bytes"
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
