package qbxml

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseFixture parses a capture from testdata (provenance: testdata/PROVENANCE.md).
func parseFixture(t *testing.T, name string) []*Response {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*Response
	if err := ParseResponses(f, func(r *Response) error { out = append(out, r); return nil }); err != nil {
		t.Fatalf("ParseResponses(%s): %v", name, err)
	}
	return out
}

func only[T Ret](t *testing.T, rets []Ret) []T {
	t.Helper()
	var out []T
	for _, r := range rets {
		v, ok := r.(T)
		if !ok {
			t.Fatalf("unexpected record %T (%s)", r, r.RetElement())
		}
		out = append(out, v)
	}
	return out
}

func TestParseCustomersWithJobs(t *testing.T) {
	rs := parseFixture(t, "apotema__customers_with_many_jobs.xml")
	if len(rs) != 1 {
		t.Fatalf("got %d responses, want 1", len(rs))
	}
	r := rs[0]
	if r.Name != "CustomerQueryRs" || r.Request() != "CustomerQuery" || r.Status.Code != 0 || r.Status.Severity != "Info" || r.Status.Message != "Status OK" {
		t.Errorf("header = %+v", r)
	}
	if !r.HasIterator || r.IteratorRemainingCount != 0 || r.IteratorID != "{fb47b347-07e7-485a-82db-16ee419e6094}" {
		t.Errorf("iterator = %v %d %q", r.HasIterator, r.IteratorRemainingCount, r.IteratorID)
	}
	cs := only[*CustomerRet](t, r.Rets)
	if len(cs) != 5 {
		t.Fatalf("got %d customers, want 5", len(cs))
	}
	c := cs[0]
	if c.ListID != "80000001-1408037988" || c.EditSequence != "1408037988" || c.TimeCreated != "2014-08-14T14:39:48-02:00" ||
		c.FullName != "Marcos Brian" || c.Sublevel != 0 || c.BillAddress.Addr1 != "Igreja" || c.Balance != "1000.00" {
		t.Errorf("first customer = %+v", c)
	}
	job := cs[2]
	if job.FullName != "Steve Jobs:Steve Jobs" || job.Sublevel != 1 || job.ParentRef.ListID != "80000003-1408977329" || job.ParentRef.FullName != "Steve Jobs" {
		t.Errorf("job = %+v", job)
	}
	if cents, err := cs[1].TotalBalance.Units(2); err != nil || cents != 1000000 {
		t.Errorf("TotalBalance cents = %d, %v", cents, err)
	}
}

func TestParseIteratorRemaining(t *testing.T) {
	r := parseFixture(t, "qbxmlgem__customer_query_terator_rs.xml")[0]
	if r.RequestID != "1" || r.IteratorRemainingCount != 18 || r.IteratorID != "{eb05f701-e727-472f-8ade-6753c4f67a46}" {
		t.Errorf("got %+v", r)
	}
	c := only[*CustomerRet](t, r.Rets)[0]
	if c.ListID != "110000-1232697602" || c.Name != "10th Customer" || !c.IsActive {
		t.Errorf("customer = %+v", c)
	}
}

func TestParseAccounts(t *testing.T) {
	for file, want := range map[string]int{"apotema__accounts.xml": 43, "selfjared__account_query_rs.xml": 106} {
		r := parseFixture(t, file)[0]
		as := only[*AccountRet](t, r.Rets)
		if len(as) != want {
			t.Errorf("%s: %d accounts, want %d", file, len(as), want)
		}
	}
	a := only[*AccountRet](t, parseFixture(t, "apotema__accounts.xml")[0].Rets)[0]
	if a.Name != "Accounts Receivable" || a.AccountType != "AccountsReceivable" || a.SpecialAccountType != "AccountsReceivable" || a.Balance != "11000.00" {
		t.Errorf("first account = %+v", a)
	}
}

func TestParseItems(t *testing.T) {
	r := parseFixture(t, "apotema__items.xml")[0]
	counts := map[string]int{}
	for _, ret := range r.Rets {
		counts[ret.RetElement()]++
	}
	want := map[string]int{"ItemDiscountRet": 1, "ItemGroupRet": 1, "ItemNonInventoryRet": 2, "ItemOtherChargeRet": 2,
		"ItemPaymentRet": 1, "ItemServiceRet": 1, "ItemSubtotalRet": 1}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("%s: %d, want %d (all: %v)", k, counts[k], v, counts)
		}
	}
	svc, ok := r.Rets[0].(*ItemServiceRet)
	if !ok || svc.ListID != "80000001-1409348960" || svc.Name != "Fibra de Carbono" || svc.EditSequence != "1409348960" {
		t.Errorf("first item = %#v", r.Rets[0])
	}
	ni, ok := r.Rets[1].(*ItemRet)
	if !ok || ni.RetElement() != "ItemNonInventoryRet" || ni.ListID != "80000002-1409589924" || ni.EditSequence != "1409590116" ||
		ni.Name != "Apontador" || ni.FullName != "Apontador" {
		t.Errorf("second item = %#v", r.Rets[1])
	}
}

func TestParseItemServiceAdd(t *testing.T) {
	r := parseFixture(t, "apotema__add_item_service_add.xml")[0]
	s := only[*ItemServiceRet](t, r.Rets)[0]
	if r.RequestID != "2" || s.ListID != "80000019-1413224720" || s.Name != "Service item name" || s.SalesOrPurchase == nil ||
		s.SalesOrPurchase.Price != "10.00" || s.SalesOrPurchase.AccountRef.FullName != "Computer and Internet Expenses" {
		t.Errorf("got %+v %+v", r, s)
	}
}

func TestParseVendors(t *testing.T) {
	v := only[*VendorRet](t, parseFixture(t, "apotema__vendors.xml")[0].Rets)[0]
	if v.ListID != "80000008-1410362704" || v.Name != "Carl Sagan" || v.Balance != "1000.00" {
		t.Errorf("vendor = %+v", v)
	}
}

func TestParseBillLines(t *testing.T) {
	bills := only[*BillRet](t, parseFixture(t, "apotema__bill_with_line_items.xml")[0].Rets)
	if len(bills) != 2 {
		t.Fatalf("%d bills", len(bills))
	}
	b := bills[0]
	if b.TxnID != "1-1425005776" || b.VendorRef.FullName != "Carlos" || b.AmountDue != "10.00" || b.OpenAmount != "10.00" || len(b.ExpenseLines) != 1 {
		t.Fatalf("bill = %+v", b)
	}
	l := b.ExpenseLines[0]
	if l.AccountRef.FullName != "Purchases - Software for Resale" || l.Amount != "10.00" || l.CustomerRef.FullName != "Mark:Markito" || l.BillableStatus != "Billable" {
		t.Errorf("line = %+v", l)
	}
	if n := len(bills[1].ExpenseLines); n != 3 || bills[1].ExpenseLines[1].Amount != "-20.00" || len(bills[1].ItemLines) != 1 {
		t.Errorf("second bill lines = %+v", bills[1])
	}
}

func TestParsePurchaseOrderAndEstimates(t *testing.T) {
	po := only[*PurchaseOrderRet](t, parseFixture(t, "apotema__add_purchase_order_add.xml")[0].Rets)[0]
	if po.TxnID != "2C-1413851583" || po.RefNumber != "45SKY" || po.TotalAmount != "0.00" || len(po.Lines) != 1 ||
		po.Lines[0].TxnLineID != "2E-1413851583" || po.Lines[0].ItemRef.FullName != "Apontador" {
		t.Errorf("po = %+v", po)
	}
	es := only[*EstimateRet](t, parseFixture(t, "apotema__estimates.xml")[0].Rets)
	if len(es) != 2 || es[0].TxnID == "" || es[0].CustomerRef.FullName == "" {
		t.Errorf("estimates = %+v", es)
	}
}

func TestParseBatchStatuses(t *testing.T) {
	rs := parseFixture(t, "flowlink__sales_order_add_rs_raw.xml")
	var codes []int
	for _, r := range rs {
		codes = append(codes, r.Status.Code)
	}
	if len(rs) != 4 || codes[0] != 1 || codes[1] != 1 || codes[2] != 0 || codes[3] != 3140 {
		t.Fatalf("codes = %v", codes)
	}
	// SalesOrderRet has no Go type: it must come back as UnknownRet, not be dropped or fail.
	if u, ok := rs[2].Rets[0].(*UnknownRet); !ok || u.Element != "SalesOrderRet" {
		t.Errorf("rets = %#v", rs[2].Rets)
	}
	if o := rs[3].Status.Explain(); o.Class != ClassFixData || !strings.Contains(rs[3].Status.Message, "invalid reference to QuickBooks Customer") {
		t.Errorf("3140 = %+v", o)
	}
	if rs[0].Status.Explain().Class != ClassNoMatch {
		t.Errorf("status 1 not NoMatch")
	}
}

func TestParseErrorStatuses(t *testing.T) {
	cases := []struct {
		file  string
		code  int
		sev   string
		class Class
		msg   string
	}{
		{"consolibyte__item_service_add_rs_status3100.xml", 3100, "Error", ClassFixData, `The name "Shipping Item`},
		{"qbwcgem__customer_query_rs_status3120.xml", 3120, "Error", ClassFixData, `Object "8000001B-1405768916" specified in the request cannot be found.`},
		{"qbwcgem__customer_query_rs_status500.xml", 500, "Warn", ClassWarning, "The query request has not been fully completed."},
	}
	for _, c := range cases {
		r := parseFixture(t, c.file)[0]
		if r.Status.Code != c.code || r.Status.Severity != c.sev || !strings.Contains(r.Status.Message, c.msg) || r.Status.Explain().Class != c.class {
			t.Errorf("%s: %+v class %v", c.file, r.Status, r.Status.Explain().Class)
		}
	}
	rs := parseFixture(t, "jsgoupil__customer_add_rs_status3090_then_3231.xml")
	if len(rs) != 2 || rs[0].Status.Code != 3090 || rs[1].Status.Code != 3231 || rs[1].Status.Message != "The request has not been processed." {
		t.Errorf("got %+v %+v", rs[0], rs[1])
	}
}

func TestParseDataExtMod(t *testing.T) {
	rs := parseFixture(t, "consolibyte__customer_mod_rs_2008.xml")
	if len(rs) != 6 || rs[0].RequestID != "Q3VzdG9tZXJNb2R8MTExMTIxMjE=" {
		t.Fatalf("got %d responses", len(rs))
	}
	d := only[*DataExtRet](t, rs[1].Rets)[0]
	if d.OwnerID != "0" || d.DataExtName != "StudentNumber" || d.DataExtType != "STR255TYPE" || d.DataExtValue != "11112121" {
		t.Errorf("DataExtRet = %+v", d)
	}
}

func TestParseRejectsBadInput(t *testing.T) {
	for name, doc := range map[string]string{
		"empty":          "",
		"not xml":        "hello",
		"no msgs":        "<QBXML></QBXML>",
		"truncated":      `<QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode="0"><CustomerRet><ListID>1`,
		"bad code":       `<QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode="x"/></QBXMLMsgsRs></QBXML>`,
		"no code":        `<QBXML><QBXMLMsgsRs><CustomerQueryRs/></QBXMLMsgsRs></QBXML>`,
		"bad sublevel":   `<QBXML><QBXMLMsgsRs><CustomerQueryRs statusCode="0"><CustomerRet><Sublevel>x</Sublevel></CustomerRet></CustomerQueryRs></QBXMLMsgsRs></QBXML>`,
		"bad encoding":   `<?xml version="1.0" encoding="EBCDIC"?><QBXML><QBXMLMsgsRs/></QBXML>`,
		"mismatched tag": `<QBXML><QBXMLMsgsRs><HostQueryRs statusCode="0"></CompanyQueryRs></QBXMLMsgsRs></QBXML>`,
	} {
		err := ParseResponses(strings.NewReader(doc), func(*Response) error { return nil })
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestParseLatin1Declared(t *testing.T) {
	doc := append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><QBXML><QBXMLMsgsRs><VendorQueryRs statusCode="0" statusSeverity="Info"><VendorRet><Name>Caf`), 0xE9)
	doc = append(doc, []byte(`</Name></VendorRet></VendorQueryRs></QBXMLMsgsRs></QBXML>`)...)
	var name string
	err := ParseResponses(strings.NewReader(string(doc)), func(r *Response) error {
		name = r.Rets[0].(*VendorRet).Name
		return nil
	})
	if err != nil || name != "Café" {
		t.Errorf("name %q, err %v", name, err)
	}
}

func TestResponseDecoderSkipsUnreadRets(t *testing.T) {
	f, err := os.Open("testdata/consolibyte__customer_mod_rs_2008.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := NewResponseDecoder(f)
	var names []string
	for {
		r, err := d.Next() // never calls NextRet: records must be skipped, not misread as responses
		if err != nil {
			break
		}
		names = append(names, r.Name)
	}
	if len(names) != 6 || names[0] != "CustomerModRs" || names[5] != "DataExtModRs" {
		t.Errorf("names = %v", names)
	}
}
