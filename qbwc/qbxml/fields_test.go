package qbxml

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestLatin1(t *testing.T) {
	cases := []struct {
		in, want string
		changed  bool
	}{
		{"Smith Remodel", "Smith Remodel", false},
		{"Café Crème", "Café Crème", false},       // Latin-1 letters stay
		{"Cafe\u0301", "Café", true},              // decomposed input is composed, not stripped
		{"Straße Müller", "Straße Müller", false}, // ß and ü are Latin-1
		{"Łódź Office", "Lódz Office", true},      // Ł via table; ó is Latin-1; ź drops its accent
		{"Erdős Pál", "Erdos Pál", true},          // ő is not Latin-1: accent dropped
		{"Œuvre cœur", "OEuvre coeur", true},      // ligature spelled out
		{"“Quoted” ‘single’", `"Quoted" 'single'`, true},
		{"2020–2024 — phase", "2020-2024 - phase", true},
		{"Wait…", "Wait...", true},
		{"Кириллица", "Kirillitsa", true},
		{"Москва Щука", "Moskva Shchuka", true},
		{"Αθήνα", "Athina", true},
		{"中文 Name", "__ Name", true}, // no simple mapping: visible placeholder
		{"ﬁle Ａ１", "file A1", true},  // compatibility forms
		{"tab\tnew\nline\r", "tab\tnew\nline\r", false},
		{"bell\a nul\x00 esc\x1b c1\u0085", "bell nul esc c1", true},
		{"zero\u200Bwidth\uFEFF", "zerowidth", true},
		{"thin\u2009space", "thin space", true},
		{"bad \xff byte", "bad _ byte", true},
		{"€100 ™", "EUR100 TM", true},
		{"", "", false},
	}
	for _, c := range cases {
		got, changed := Latin1(c.in)
		if got != c.want || changed != c.changed {
			t.Errorf("Latin1(%q) = %q, %v; want %q, %v", c.in, got, changed, c.want, c.changed)
		}
		if strings.Contains(got, "?") {
			t.Errorf("Latin1(%q) produced a question mark", c.in)
		}
		for _, r := range got {
			if r > 0xFF {
				t.Errorf("Latin1(%q) left %U", c.in, r)
			}
		}
	}
}

func TestEscaping(t *testing.T) {
	ms := MessageSet{}
	ms.Add(CustomerAdd{Customer: Customer{Name: `A&B <"Bob's"> Co`}})
	doc, changes, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), `<Name>A&amp;B &lt;&quot;Bob's&quot;&gt; Co</Name>`) {
		t.Errorf("escaping wrong: %s", doc)
	}
	if len(changes) != 0 {
		t.Errorf("escaping is not a change: %v", changes)
	}
	validateXSD(t, doc, Version13)
}

func TestFieldTooLong(t *testing.T) {
	cases := []struct {
		name    string
		req     Request
		field   string
		max     int
		request string
	}{
		{"item name 31", ItemServiceAdd{ItemService: ItemService{Name: strings.Repeat("x", 32), SalesOrPurchase: &SalesOrPurchase{}}}, "Name", 31, "ItemServiceAdd"},
		{"customer name 41", CustomerAdd{Customer: Customer{Name: strings.Repeat("é", 42)}}, "Name", 41, "CustomerAdd"},
		{"vendor addr 41", VendorAdd{Vendor: Vendor{Name: "V", VendorAddress: &Address{Addr1: strings.Repeat("a", 42)}}}, "VendorAddress/Addr1", 41, "VendorAdd"},
		{"phone 21", VendorMod{ListID: "1", EditSequence: "1", Vendor: Vendor{CommInfo: CommInfo{Phone: strings.Repeat("5", 22)}}}, "Phone", 21, "VendorMod"},
		{"postal 13", CustomerMod{ListID: "1", EditSequence: "1", Customer: Customer{ShipAddress: &Address{PostalCode: "12345-6789-0123"}}}, "ShipAddress/PostalCode", 13, "CustomerMod"},
		{"job desc 99", CustomerAdd{Customer: Customer{Name: "J", JobDesc: strings.Repeat("d", 100)}}, "JobDesc", 99, "CustomerAdd"},
		{"class ref 159", CustomerAdd{Customer: Customer{Name: "J", ClassRef: RefByName(strings.Repeat("c", 160))}}, "ClassRef/FullName", 159, "CustomerAdd"},
		{"sales tax code 3", ItemServiceMod{ListID: "1", EditSequence: "1", ItemService: ItemService{SalesTaxCodeRef: RefByName("Taxx")}}, "SalesTaxCodeRef/FullName", 3, "ItemServiceMod"},
		{"edit sequence 16", ItemServiceMod{ListID: "1", EditSequence: strings.Repeat("9", 17)}, "EditSequence", 16, "ItemServiceMod"},
		{"data ext name 31", DataExtAdd{DataExtValue{OwnerID: "0", DataExtName: strings.Repeat("n", 32), DataExtTarget: DataExtTarget{Company: true}}}, "DataExtName", 31, "DataExtAdd"},
		// Transliteration can lengthen a value (Щ→Shch): the limit applies to what is sent.
		{"expanded by transliteration", CustomerAdd{Customer: Customer{Name: strings.Repeat("Щ", 11)}}, "Name", 41, "CustomerAdd"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := MessageSet{}
			ms.Add(c.req)
			_, _, err := ms.Build()
			var tl *FieldTooLongError
			if !errors.As(err, &tl) {
				t.Fatalf("err = %v, want FieldTooLongError", err)
			}
			if tl.Field != c.field || tl.Max != c.max || tl.Request != c.request || tl.Len <= c.max {
				t.Errorf("got %+v", tl)
			}
			msg := err.Error()
			if !strings.Contains(msg, c.field) || !strings.Contains(msg, "at most "+strconv.Itoa(c.max)) || !strings.Contains(msg, tl.Value[:1]) {
				t.Errorf("message does not name field, limit and value: %s", msg)
			}
		})
	}
}

func TestFieldAtLimitPasses(t *testing.T) {
	ms := MessageSet{}
	ms.Add(CustomerAdd{Customer: Customer{Name: strings.Repeat("é", 41), BillAddress: &Address{Addr1: strings.Repeat("a", 41), PostalCode: strings.Repeat("1", 13)}}})
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	validateXSD(t, doc, Version13)
}

func TestBuildReportsChanges(t *testing.T) {
	ms := MessageSet{}
	id := ms.Add(VendorAdd{Vendor: Vendor{Name: "Łódź Framing", VendorAddress: &Address{City: "Kraków"}, Notes: "ok"}})
	_, changes, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 {
		t.Fatalf("changes = %+v", changes)
	}
	c := changes[0]
	if c.RequestID != id || c.Request != "VendorAdd" || c.Field != "Name" || c.Original != "Łódź Framing" || c.Sent != "Lódz Framing" {
		t.Errorf("change = %+v", c)
	}
}

func TestBuildRejectsInvalidValues(t *testing.T) {
	cases := map[string]Request{
		"missing name":        CustomerAdd{},
		"bad amount":          CustomerAdd{Customer: Customer{Name: "A", CreditLimit: "12.5"}},
		"float-ish amount":    CustomerAdd{Customer: Customer{Name: "A", CreditLimit: "1e3"}},
		"bad enum":            CustomerAdd{Customer: Customer{Name: "A", JobStatus: "Done"}},
		"bad guid":            CompanyQuery{RetOptions: RetOptions{OwnerID: []string{"not-a-guid"}}},
		"ids and names":       CustomerQuery{ListSelection: ListSelection{ListIDs: []string{"1"}, FullNames: []string{"a"}}},
		"ids and filter":      CustomerQuery{ListSelection: ListSelection{ListIDs: []string{"1"}, ListFilter: ListFilter{MaxReturned: 5}}},
		"continue without id": CustomerQuery{Iterator: Iterator{Mode: IteratorContinue}},
		"both item kinds":     ItemServiceAdd{ItemService: ItemService{Name: "a", SalesOrPurchase: &SalesOrPurchase{}, SalesAndPurchase: &SalesAndPurchase{}}},
		"no item kind":        ItemServiceAdd{ItemService: ItemService{Name: "a"}},
		"mod without list id": CustomerMod{EditSequence: "1"},
		"mod open balance":    VendorMod{ListID: "1", EditSequence: "1", Vendor: Vendor{OpenBalance: "1.00"}},
		"non-ascii list id":   CustomerQuery{ListSelection: ListSelection{ListIDs: []string{"80000001-é"}}},
		"dataext two targets": DataExtAdd{DataExtValue{OwnerID: "0", DataExtName: "a", DataExtTarget: DataExtTarget{Company: true, TxnDataExtType: "Bill", TxnID: "1"}}},
	}
	for name, req := range cases {
		ms := MessageSet{}
		ms.Add(req)
		if _, _, err := ms.Build(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	long := MessageSet{}
	long.AddWithID(strings.Repeat("r", 51), HostQuery{})
	if _, _, err := long.Build(); err == nil {
		t.Error("51-character requestID accepted")
	}
}

func TestDecimal(t *testing.T) {
	if Cents(-12345) != "-123.45" || Cents(5) != "0.05" || Cents(0) != "0.00" {
		t.Errorf("Cents: %s %s %s", Cents(-12345), Cents(5), Cents(0))
	}
	for in, want := range map[Decimal]int64{"10.00": 1000, "-20.5": -2050, "3": 300, "0.010": 1} {
		if got, err := in.Units(2); err != nil || got != want {
			t.Errorf("%q.Units(2) = %d, %v", in, got, err)
		}
	}
	for _, bad := range []Decimal{"", "1.234", "abc", "1e5"} {
		if _, err := bad.Units(2); err == nil {
			t.Errorf("%q.Units(2) accepted", bad)
		}
	}
}
