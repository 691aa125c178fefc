package match

import "testing"

func TestPhoneKey(t *testing.T) {
	for in, want := range map[string]string{
		"(206) 555-0142":          "2065550142",
		"+1 206 555 0142":         "2065550142",
		"206.555.0142 x204":       "2065550142",
		"1-206-555-0142 ext. 12":  "2065550142",
		"Tel: 206-555-0142 #3":    "2065550142",
		"555-0142":                "5550142",
		"12345":                   "",
		"":                        "",
		"+44 20 7946 0958":        "2079460958",
		"Fax 206 555 0199 (main)": "2065550199",
	} {
		if got := phoneKey(in); got != want {
			t.Errorf("phoneKey(%q) = %q, want %q", in, got, want)
		}
	}
	if agree, _ := samePhone("5550142", "2065550142"); !agree {
		t.Error("a local number should match the end of the full one")
	}
}

func TestStreetKey(t *testing.T) {
	for in, want := range map[string]string{
		"1450 Industrial Way, Suite 200":  "1450 industrial",
		"Suite 200, 1450 Industrial Wy":   "1450 industrial",
		"Attn: AP\n1450 Industrial Way":   "1450 industrial",
		"100 N. Main St":                  "100 main",
		"100 North Main Street":           "100 main",
		"22 First Ave S":                  "22 1st",
		"P.O. Box 455":                    "pobox 455",
		"PO Box 455, Seattle":             "pobox 455",
		"Pier 66, 2100 Alaskan Way":       "2100 alaskan",
		"":                                "",
		"Main Street (no number on file)": "",
	} {
		if got := streetKey(in); got != want {
			t.Errorf("streetKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCompareContact(t *testing.T) {
	a := contactOf(Entry{Phone: "206-555-0142", Address: "1450 Industrial Way", Zip: "98108"})
	b := contactOf(Entry{Phone: "(206) 555-0142", Address: "1450 Industrial Wy Ste 2", Zip: "98108-1234"})
	if g := compareContact(&a, &b); !g.phone || !g.address || g.phoneDiff || g.addressDiff {
		t.Errorf("same contact: %+v", g)
	}
	c := contactOf(Entry{Phone: "253-555-0199", Address: "1450 Industrial Way", Zip: "98402"})
	if g := compareContact(&a, &c); g.phone || g.address || !g.phoneDiff || !g.addressDiff {
		t.Errorf("other contact: %+v", g)
	}
	if g := compareContact(&a, &contact{}); g != (agreement{}) {
		t.Errorf("unknown contact: %+v", g)
	}
}
