package qbxml

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseResponses feeds mutated captures to both parsers: they may return errors but must
// never panic, and a successful parse must have produced well-formed headers.
func FuzzParseResponses(f *testing.F) {
	files, err := filepath.Glob("testdata/*.xml")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode="0"/></QBXMLMsgsRs></QBXML>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		err := ParseResponses(strings.NewReader(string(doc)), func(r *Response) error {
			if r.Name == "" || !strings.HasSuffix(r.Name, "Rs") {
				t.Fatalf("bad response name %q", r.Name)
			}
			_ = r.Status.Explain()
			for _, ret := range r.Rets {
				if ret == nil || ret.RetElement() == "" {
					t.Fatalf("nil or unnamed record in %s", r.Name)
				}
			}
			return nil
		})
		if err != nil && err.Error() == "" {
			t.Fatal("empty error message")
		}
		_, _ = ParseHCP(strings.NewReader(string(doc)))
	})
}
