package match

import (
	"slices"
	"testing"
)

func TestNormalise(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ABC Plumbing", "abc plumbing"},
		{"  ABC   Plumbing  ", "abc plumbing"},
		{"A.B.C. Plumbing, Inc.", "abc plumbing"},
		{"A B C Plumbing", "abc plumbing"},
		{"Smith & Jones", "smith and jones"},
		{"Smith + Jones", "smith and jones"},
		{"Smith and Jones", "smith and jones"},
		{"The Smith Group", "smith group"},
		{"Hartford, The", "hartford"},
		{"Acme Concrete Inc", "acme concrete"},
		{"Acme Concrete Incorporated", "acme concrete"},
		{"Acme Concrete, L.L.C.", "acme concrete"},
		{"Acme Concrete Co., Inc.", "acme concrete"},
		{"Acme Concrete Company Limited", "acme concrete"},
		{"Acme Concrete Corp.", "acme concrete"},
		{"Acme Concrete Corporation", "acme concrete"},
		{"Acme Concrete LP", "acme concrete"},
		{"Acme Concrete, LLP", "acme concrete"},
		{"Patel Engineering PLLC", "patel engineering"},
		{"Thorne Engineers, P.C.", "thorne engineers"},
		{"Smith & Co.", "smith"},
		{"Müller Bau GmbH & Co. KG", "muller bau"},
		{"Cemex S.A.B. de C.V.", "cemex"},
		{"Constructora S.A. de C.V.", "constructora"},
		{"Budimex Sp. z o.o.", "budimex"},
		{"Koç Holding A.Ş.", "koc holding"},
		{"Hochtief AG", "hochtief"},
		{"Ballast Nedam BV", "ballast nedam"},
		{"Lendlease Pty Ltd", "lendlease"},
		{"Société Générale", "societe generale"},
		{"Straße", "strasse"},
		{"Ørsted", "orsted"},
		{"Łódź", "lodz"},
		{"Ｆｕｌｌ　Ｗｉｄｔｈ", "full width"},
		{"O'Brien Bros.", "obrien bros"},
		{"Home Depot #4421", "home depot 4421"},
		{"Inc.", "inc"}, // a name that is only a legal form keeps it
		{"", ""},
		{"!!!", ""},
		{"北京城建集团有限公司", "北京城建集团"},
		// Traditional characters are read as simplified ones, in Japanese names too: the key is
		// for matching, not for display.
		{"株式会社大林組", "大林组"},
		{"(株)竹中工務店", "竹中工务店"},
		{"㈱竹中工務店", "竹中工务店"},
		{"현대건설 주식회사", "현대건설"},
		{"ООО «СтройМонтаж»", "строймонтаж"},
		{"Ёлка", "елка"},
		{"Йошкар", "йошкар"}, // the breve of й is part of the letter
		{"ΑΚΤΩΡ Α.Ε.", "ακτωρ"},
		{"ΟΔΟΣ", "οδοσ"},
		{"οδός", "οδοσ"},
		{"شركة المقاولون العرب", "المقاولون العرب"},
		{"ガス", "ガス"},
		{"ｶﾞｽ", "ガス"}, // half-width katakana, voicing mark kept
		{"中國鐵建", "中国铁建"},
	} {
		if got := Normalise(c.in); got != c.want {
			t.Errorf("Normalise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNormaliseAgrees checks pairs a bookkeeper reads as the same name.
func TestNormaliseAgrees(t *testing.T) {
	for _, p := range [][2]string{
		{"Müller Bau", "Muller Bau"},
		{"ABC Plumbing, Inc.", "A.B.C. Plumbing"},
		{"Smith & Sons, LLC", "Smith and Sons"},
		{"Acme Co., Inc.", "ACME"},
		{"Rodriguez Landscaping L.L.C.", "Rodriguez Landscaping LLC"},
	} {
		if a, b := Normalise(p[0]), Normalise(p[1]); a != b {
			t.Errorf("Normalise(%q) = %q but Normalise(%q) = %q", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{
		{"ABC Plumbing", "ABC Electric"},
		{"Home Depot #4421", "Home Depot #4432"},
		{"Building A", "Building B"},
		{"Smith Roofing", "Smith Roofing Supply"},
	} {
		if a, b := Normalise(p[0]), Normalise(p[1]); a == b {
			t.Errorf("Normalise(%q) = Normalise(%q) = %q", p[0], p[1], a)
		}
	}
}

func TestTradingAsShort(t *testing.T) {
	a := analyse("Bluebonnet Ready Mix Inc. t/a Bluebonnet Concrete")
	if !slices.Contains(a.aliases, "bluebonnet concrete") {
		t.Errorf("aliases %q: want the trade name after t/a", a.aliases)
	}
	if a := analyse("TA Services Group"); len(a.aliases) != 0 {
		t.Errorf("TA as a word is not t/a: aliases %q", a.aliases)
	}
	if got := Normalise("DPR Construction, A General Partnership"); got != "dpr construction" {
		t.Errorf("Normalise = %q, want the partnership form dropped", got)
	}
}
