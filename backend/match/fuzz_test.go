package match

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"A.B.C. Plumbing, Inc.", "Müller GmbH & Co. KG", "北京城建集团有限公司", "ｶﾞｽ ㈱",
		"\xff\xfeInc", "Inc.", "", "Oak Grove: Phase 2", "S. de R.L. de C.V.", "The The", "Co Co Co", "a b c d"} {
		f.Add(s, 41)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		n := Normalise(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalise(%q) = %q: invalid UTF-8", s, n)
		}
		if n != strings.TrimSpace(n) || strings.Contains(n, "  ") {
			t.Fatalf("Normalise(%q) = %q: stray spaces", s, n)
		}
		max = ((max % 100) + 100) % 100
		sh := Shorten(s, max)
		if c := utf8.RuneCountInString(sh); c > max {
			t.Fatalf("Shorten(%q, %d) = %q: %d runes", s, max, sh, c)
		}
		if !utf8.ValidString(sh) || strings.ContainsRune(sh, ':') {
			t.Fatalf("Shorten(%q, %d) = %q", s, max, sh)
		}
		if Shorten(sh, max) != sh {
			t.Fatalf("Shorten not idempotent on %q", sh)
		}
		alt := Alternative(s, max, "Vendor", func(c string) bool { return c == s })
		if c := utf8.RuneCountInString(alt); c > max || !utf8.ValidString(alt) || strings.ContainsRune(alt, ':') {
			t.Fatalf("Alternative(%q, %d) = %q", s, max, alt)
		}
	})
}

func FuzzSuggest(f *testing.F) {
	ix := qbIndex()
	for _, s := range [][3]string{
		{"ABC Electrc", "206-555-0142", "1450 Industrial Way"},
		{"Home Depot #4432", "", ""},
		{"北京城建集团", "+86 10 1234 5678", ""},
		{"\x00\xff", "x", "PO Box"},
		{"Baker Fire Protection", "ext 5555555555", "12 N 1st, Ste 2"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, name, phone, addr string) {
		e := Entry{ID: "p", Name: name, Phone: phone, Address: addr}
		got := ix.Suggest(e, 3)
		if len(got) > 3 {
			t.Fatalf("%d suggestions", len(got))
		}
		for i, s := range got {
			if s.Score < floor || s.Score > 1 || (i > 0 && s.Score > got[i-1].Score) {
				t.Fatalf("scores out of order or range: %+v", got)
			}
			if s.Confidence.rank() == 0 || s.Reason == "" || !utf8.ValidString(s.Reason) {
				t.Fatalf("bad suggestion %+v", s)
			}
		}
		a := Assign([]Entry{e, {ID: "q", Name: name + " Inc"}}, ix)
		if len(a) == 2 && a["p"].ID == a["q"].ID {
			t.Fatalf("one QuickBooks entry assigned twice: %+v", a)
		}
	})
}
