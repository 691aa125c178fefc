package qbxml

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	testJob     = "Smith, John:2024-017 Smith Remodel"
	testTxnID   = "1A2B-1234567890"
	testLineID  = "1A2D-1234567890"
	testIterID  = "{e2c9f6a0-0c2d-4c65-9d4a-4a9c6b0e8f11}"
	testEditSeq = "1710000003"
)

var (
	fullTxnRet    = RetOptions{IncludeRetElement: []string{"TxnID", "EditSequence"}, OwnerID: []string{"0", testOwner}}
	fullTxnFilter = TxnFilter{
		MaxReturned: 100, FromModifiedDate: testTime, ToModifiedDate: testTime.Add(48 * time.Hour),
		EntityFilter:    &RefFilter{FullNameWithChildren: testJob},
		AccountFilter:   &RefFilter{ListIDs: []string{"80000001-1234567890", "80000002-1234567890"}},
		RefNumberFilter: &RefNumberFilter{MatchCriterion: StartsWith, RefNumber: "PO-"},
	}
	txnDateFilter = TxnFilter{
		FromTxnDate: testDate, ToTxnDate: testDate.AddDate(0, 1, 0),
		EntityFilter:         &RefFilter{FullNames: []string{testJob, "Smith, John:2024-018 Garage"}},
		AccountFilter:        &RefFilter{ListIDWithChildren: "80000003-1234567890"},
		RefNumberRangeFilter: &RefNumberRangeFilter{FromRefNumber: "1000", ToRefNumber: "1999"},
	}
	txnMacroFilter = TxnFilter{TxnDateMacro: "ThisFiscalYearToDate", EntityFilter: &RefFilter{ListIDs: []string{"80000020-1234567890"}}}
)

func fullEstimate() Estimate {
	return Estimate{
		CustomerRef: RefByName(testJob), ClassRef: RefByName("Residential"), TemplateRef: RefByName("Custom Estimate"),
		TxnDate: testDate, RefNumber: "2024-017", BillAddress: fullAddr, ShipAddress: fullAddr, IsActive: Bool(true),
		PONumber: "Owner PO 4471", TermsRef: RefByName("Net 30"), DueDate: testDate.AddDate(0, 1, 0),
		SalesRepRef: RefByName("JS"), FOB: "Job site", ItemSalesTaxRef: RefByName("IL Sales Tax"),
		Memo: "Procore budget 2024-017\nrevision 3", CustomerMsgRef: RefByName("Thank you for your business."),
		IsToBeEmailed: Bool(false), IsTaxIncluded: Bool(false), CustomerSalesTaxCodeRef: RefByName("Non"), Other: "Budget v3",
	}
}

func fullEstimateLines(mod bool) []EstimateLine {
	lines := []EstimateLine{
		{
			ItemRef: RefByName("06 Wood:06-100 Rough Carpentry"), Desc: "Framing labor & material", Quantity: "120.5",
			UnitOfMeasure: "Hours", Rate: "65.12345", ClassRef: RefByName("Residential"), Amount: "7847.38",
			SalesTaxCodeRef: RefByName("Non"), MarkupRate: "85.5", OverrideItemAccountRef: RefByName("Construction Income"),
			Other1: "Cost type L", Other2: "Line 1",
		},
		{ItemRef: RefByID("80000010-1234567890"), Desc: "Contingency", RatePercent: "5", MarkupRatePercent: "10.25"},
		{ItemRef: RefByName("01 General:01-500 Permits"), Amount: "-250.00"},
	}
	if mod {
		lines[0].TxnLineID = testLineID
		lines[0].OverrideItemAccountRef = nil
		lines[1].TxnLineID = "1A2E-1234567890"
		lines[2].TxnLineID = NewTxnLineID
	}
	return lines
}

func fullPurchaseOrder() PurchaseOrder {
	return PurchaseOrder{
		VendorRef: RefByName("ACME Lumber & Supply"), ClassRef: RefByName("Materials"), ShipToEntityRef: RefByName(testJob),
		TemplateRef: RefByName("Custom Purchase Order"), TxnDate: testDate, RefNumber: "SC-2024-017",
		VendorAddress: fullAddr, ShipAddress: fullAddr, TermsRef: RefByName("Net 30"), DueDate: testDate.AddDate(0, 0, 30),
		ExpectedDate: testDate.AddDate(0, 0, 14), ShipMethodRef: RefByName("Truck"), FOB: "Job site",
		Memo: "Procore commitment SC-017", VendorMsg: "Deliver to gate 2", IsToBePrinted: Bool(false),
		IsToBeEmailed: Bool(true), IsTaxIncluded: Bool(false), SalesTaxCodeRef: RefByName("Non"),
		Other1: "Contract 17", Other2: "Retainage 10%",
	}
}

func fullPOLines(mod bool) []PurchaseOrderLine {
	lines := []PurchaseOrderLine{
		{
			ItemRef: RefByName("06 Wood:06-100 Rough Carpentry"), ManufacturerPartNumber: "2x4-KD-8", Desc: "Framing package",
			Quantity: "400", UnitOfMeasure: "Each", Rate: "4.87500", ClassRef: RefByName("Materials"), Amount: "1950.00",
			CustomerRef: RefByName(testJob), ServiceDate: testDate, SalesTaxCodeRef: RefByName("Non"),
			OverrideItemAccountRef: RefByName("Job Expenses:Job Materials"), Other1: "SOV 1", Other2: "CO 0",
		},
		{ItemRef: RefByName("09 Finishes:09-200 Drywall"), Amount: "12500.00", CustomerRef: RefByID("80000020-1234567890")},
	}
	if mod {
		lines[0].TxnLineID = testLineID
		lines[0].IsManuallyClosed = Bool(false)
		lines[1].TxnLineID = NewTxnLineID
	}
	return lines
}

func fullBill() BillAdd {
	return BillAdd{
		VendorRef: RefByName("ACME Lumber & Supply"), VendorAddress: fullAddr, APAccountRef: RefByName("Accounts Payable"),
		TxnDate: testDate, DueDate: testDate.AddDate(0, 0, 30), RefNumber: "INV-88812-2024-03", TermsRef: RefByName("Net 30"),
		Memo: "Procore invoice #3 (pay app)", IsTaxIncluded: Bool(false), SalesTaxCodeRef: RefByName("Non"),
		ExternalGUID: testOwner, LinkToTxnIDs: []string{testTxnID},
		ExpenseLines: []ExpenseLineAdd{
			{
				AccountRef: RefByName("Job Expenses:Job Materials"), Amount: "150.00", Memo: "Delivery", CustomerRef: RefByName(testJob),
				ClassRef: RefByName("Materials"), SalesTaxCodeRef: RefByName("Non"), BillableStatus: NotBillable, SalesRepRef: RefByName("JS"),
			},
			{AccountRef: RefByName("Retainage Payable"), Amount: "-85.00", CustomerRef: RefByName(testJob)},
		},
		ItemLines: []ItemLineAdd{
			{
				ItemRef: RefByName("06 Wood:06-100 Rough Carpentry"), Desc: "Framing, 50% complete", Quantity: "1",
				UnitOfMeasure: "Each", Cost: "850.12345", Amount: "850.12", CustomerRef: RefByName(testJob),
				ClassRef: RefByName("Materials"), SalesTaxCodeRef: RefByName("Non"), BillableStatus: Billable,
				OverrideItemAccountRef: RefByName("Job Expenses:Subcontractors"),
				LinkToTxn:              &LinkToTxn{TxnID: testTxnID, TxnLineID: testLineID}, SalesRepRef: RefByName("JS"),
			},
			{ItemRef: RefByID("80000010-1234567890"), Amount: "0.00"},
		},
		IncludeRetElement: []string{"TxnID", "EditSequence"},
	}
}

func fullTransactionFilter() TransactionFilter {
	return TransactionFilter{
		MaxReturned: 500, RefNumberFilter: &RefNumberFilter{MatchCriterion: Contains, RefNumber: "2024"},
		FromModifiedDate: testTime, ToModifiedDate: testTime.Add(time.Hour),
		FromTxnDate: testDate, ToTxnDate: testDate.AddDate(0, 3, 0),
		EntityFilter:  &TransactionEntityFilter{RefFilter: RefFilter{FullNameWithChildren: "Smith, John"}},
		AccountFilter: &TransactionAccountFilter{AccountType: "CostOfSales"},
		ItemFilter:    &TransactionItemFilter{ItemType: "Service"},
		ClassFilter:   &RefFilter{FullNames: []string{"Residential"}},
		TxnTypes:      []string{"Bill", "Check", "CreditCardCharge", "ItemReceipt", "JournalEntry"},
		DetailLevel:   DetailAll, PostingStatus: "Posting", PaidStatus: "Either",
	}
}

// txnRequestCases are the transaction requests in maximal and minimal variants plus the
// selection alternatives; each must validate against the 13.0 and 16.0 schemas.
func txnRequestCases() map[string]Request {
	modEstimate := fullEstimate()
	modEstimate.CreateChangeOrder = Bool(true)
	addEstimate := fullEstimate()
	addEstimate.ExternalGUID = testOwner
	modPO := fullPurchaseOrder()
	modPO.IsManuallyClosed = Bool(false)
	addPO := fullPurchaseOrder()
	addPO.ExternalGUID = testOwner
	start := Iterator{Mode: IteratorStart}
	cont := Iterator{Mode: IteratorContinue, ID: testIterID}
	byIDs := TxnSelection{TxnIDs: []string{testTxnID, "1A2C-1234567890"}}
	byRef := TxnSelection{RefNumbers: []string{"2024-017"}}
	byRefCS := TxnSelection{RefNumbersCaseSensitive: []string{"SC-2024-017"}}
	page := TxnSelection{TxnFilter: TxnFilter{MaxReturned: 100}}

	return map[string]Request{
		"EstimateAdd":                EstimateAdd{Estimate: addEstimate, Lines: fullEstimateLines(false), IncludeRetElement: []string{"TxnID"}},
		"EstimateAdd/minimal":        EstimateAdd{Estimate: Estimate{CustomerRef: RefByName(testJob)}, Lines: []EstimateLine{{ItemRef: RefByName("Budget")}}},
		"EstimateMod":                EstimateMod{TxnID: testTxnID, EditSequence: testEditSeq, Estimate: modEstimate, Lines: fullEstimateLines(true), IncludeRetElement: []string{"TxnID"}},
		"EstimateMod/minimal":        EstimateMod{TxnID: testTxnID, EditSequence: testEditSeq},
		"EstimateMod/header":         EstimateMod{TxnID: testTxnID, EditSequence: testEditSeq, Estimate: Estimate{Memo: "Budget approved", IsActive: Bool(false)}},
		"EstimateQuery/start":        EstimateQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: fullTxnFilter}, IncludeLineItems: Bool(true), IncludeLinkedTxns: Bool(true), RetOptions: fullTxnRet},
		"EstimateQuery/continue":     EstimateQuery{Iterator: cont, TxnSelection: page, IncludeLineItems: Bool(true)},
		"EstimateQuery/ids":          EstimateQuery{TxnSelection: byIDs},
		"EstimateQuery/refs":         EstimateQuery{TxnSelection: byRef},
		"EstimateQuery/minimal":      EstimateQuery{},
		"PurchaseOrderAdd":           PurchaseOrderAdd{PurchaseOrder: addPO, Lines: fullPOLines(false), IncludeRetElement: []string{"TxnID"}},
		"PurchaseOrderAdd/minimal":   PurchaseOrderAdd{Lines: []PurchaseOrderLine{{Amount: "1.00"}}},
		"PurchaseOrderMod":           PurchaseOrderMod{TxnID: testTxnID, EditSequence: testEditSeq, PurchaseOrder: modPO, Lines: fullPOLines(true), IncludeRetElement: []string{"TxnID"}},
		"PurchaseOrderMod/minimal":   PurchaseOrderMod{TxnID: testTxnID, EditSequence: testEditSeq},
		"PurchaseOrderMod/close":     PurchaseOrderMod{TxnID: testTxnID, EditSequence: testEditSeq, PurchaseOrder: PurchaseOrder{IsManuallyClosed: Bool(true)}},
		"PurchaseOrderQuery/start":   PurchaseOrderQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: txnDateFilter}, IncludeLineItems: Bool(true), IncludeLinkedTxns: Bool(false), RetOptions: fullTxnRet},
		"PurchaseOrderQuery/refs":    PurchaseOrderQuery{TxnSelection: byRefCS},
		"PurchaseOrderQuery/minimal": PurchaseOrderQuery{},
		"BillAdd":                    fullBill(),
		"BillAdd/minimal":            BillAdd{VendorRef: RefByID("80000030-1234567890")},
		"BillAdd/po":                 BillAdd{VendorRef: RefByName("ACME Lumber & Supply"), RefNumber: "INV-1", LinkToTxnIDs: []string{testTxnID, "1A2C-1234567890"}},
		"BillQuery/start":            BillQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: fullTxnFilter}, PaidStatus: NotPaidOnly, IncludeLineItems: Bool(true), IncludeLinkedTxns: Bool(true), RetOptions: fullTxnRet},
		"BillQuery/macro":            BillQuery{TxnSelection: TxnSelection{TxnFilter: txnMacroFilter}, PaidStatus: PaidAll},
		"BillQuery/continue":         BillQuery{Iterator: cont, TxnSelection: page, IncludeLineItems: Bool(true)},
		"BillQuery/ids":              BillQuery{TxnSelection: byIDs, IncludeLineItems: Bool(true)},
		"BillQuery/minimal":          BillQuery{},
		"BillPaymentCheckQuery":      BillPaymentCheckQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: fullTxnFilter}, IncludeLineItems: Bool(true), RetOptions: fullTxnRet},
		"BillPaymentCheckQuery/refs": BillPaymentCheckQuery{TxnSelection: byRef},
		"BillPaymentCheckQuery/min":  BillPaymentCheckQuery{},
		"CheckQuery":                 CheckQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: txnDateFilter}, IncludeLineItems: Bool(true), IncludeLinkedTxns: Bool(true), RetOptions: fullTxnRet},
		"CheckQuery/ids":             CheckQuery{TxnSelection: byIDs},
		"CheckQuery/minimal":         CheckQuery{},
		"CreditCardChargeQuery":      CreditCardChargeQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: fullTxnFilter}, IncludeLineItems: Bool(true), RetOptions: fullTxnRet},
		"CreditCardChargeQuery/cont": CreditCardChargeQuery{Iterator: cont, TxnSelection: page},
		"CreditCardChargeQuery/min":  CreditCardChargeQuery{},
		"ItemReceiptQuery":           ItemReceiptQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: txnMacroFilter}, IncludeLineItems: Bool(true), IncludeLinkedTxns: Bool(true), RetOptions: fullTxnRet},
		"ItemReceiptQuery/refs":      ItemReceiptQuery{TxnSelection: byRefCS},
		"ItemReceiptQuery/minimal":   ItemReceiptQuery{},
		"JournalEntryQuery":          JournalEntryQuery{Iterator: start, TxnSelection: TxnSelection{TxnFilter: fullTxnFilter}, IncludeLineItems: Bool(true), RetOptions: fullTxnRet},
		"JournalEntryQuery/stop":     JournalEntryQuery{Iterator: Iterator{Mode: IteratorStop, ID: testIterID}},
		"JournalEntryQuery/minimal":  JournalEntryQuery{},
		"TransactionQuery/start":     TransactionQuery{Iterator: start, TransactionFilter: fullTransactionFilter(), IncludeRetElement: []string{"TxnID", "TxnType"}},
		"TransactionQuery/macros": TransactionQuery{TransactionFilter: TransactionFilter{
			RefNumbers: []string{"2024-017"}, ModifiedDateMacro: "LastWeek", TxnDateMacro: "ThisCalendarYear",
			EntityFilter:  &TransactionEntityFilter{EntityType: "Vendor"},
			AccountFilter: &TransactionAccountFilter{RefFilter: RefFilter{FullNameWithChildren: "Job Expenses"}},
			ItemFilter:    &TransactionItemFilter{RefFilter: RefFilter{ListIDs: []string{"80000010-1234567890"}}},
			ClassFilter:   &RefFilter{ListIDWithChildren: "80000040-1234567890"},
			TxnTypes:      []string{"All"}, DetailLevel: DetailAllExceptSummary,
		}},
		"TransactionQuery/refrange": TransactionQuery{TransactionFilter: TransactionFilter{
			RefNumberRangeFilter: &RefNumberRangeFilter{ToRefNumber: "999"}, EntityFilter: &TransactionEntityFilter{RefFilter: RefFilter{ListIDs: []string{"80000020-1234567890"}}},
			AccountFilter: &TransactionAccountFilter{RefFilter: RefFilter{FullNames: []string{"Job Expenses:Job Materials"}}},
		}},
		"TransactionQuery/casesens": TransactionQuery{TransactionFilter: TransactionFilter{RefNumbersCaseSensitive: []string{"INV-1"}, FromModifiedDate: testTime}},
		"TransactionQuery/continue": TransactionQuery{Iterator: cont, TransactionFilter: TransactionFilter{MaxReturned: 500}},
		"TransactionQuery/ids":      TransactionQuery{TxnIDs: []string{testTxnID}},
		"TransactionQuery/minimal":  TransactionQuery{},
		"TxnDeletedQuery":           TxnDeletedQuery{TxnDelTypes: []string{"Bill", "Check", "CreditCardCharge", "Estimate", "ItemReceipt", "JournalEntry", "PurchaseOrder", "BillPaymentCheck"}, FromDeletedDate: testTime, ToDeletedDate: testTime.Add(time.Hour), IncludeRetElement: []string{"TxnID"}},
		"TxnDeletedQuery/minimal":   TxnDeletedQuery{TxnDelTypes: []string{"Bill"}},
	}
}

func TestTxnRequestsValidateAgainstSchema(t *testing.T) {
	for name, req := range txnRequestCases() {
		for _, v := range []Version{Version13, Version16} {
			t.Run(name+"/"+string(v), func(t *testing.T) {
				t.Parallel()
				ms := MessageSet{Version: v, OnError: ContinueOnError}
				ms.Add(req)
				doc, _, err := ms.Build()
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				validateXSD(t, doc, v)
			})
		}
	}
}

// TestTxnMessageSetWithEveryRequest validates one set carrying every transaction request, as a
// cost-sync session batches them.
func TestTxnMessageSetWithEveryRequest(t *testing.T) {
	ms := MessageSet{OnError: ContinueOnError}
	cases := txnRequestCases()
	for _, req := range cases {
		ms.Add(req)
	}
	doc, changes, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 0 {
		t.Errorf("unexpected text changes: %+v", changes)
	}
	if !strings.Contains(string(doc), ` requestID="`+strconv.Itoa(len(cases))+`"`) {
		t.Errorf("request IDs not sequential 1..%d", len(cases))
	}
	validateXSD(t, doc, Version13)
}

// buildTxnRequest builds a one-request message set and returns its text.
func buildTxnRequest(t *testing.T, req Request) string {
	t.Helper()
	ms := MessageSet{}
	ms.Add(req)
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	return string(doc)
}

func TestTxnRequestShapes(t *testing.T) {
	cases := []struct {
		req  Request
		want []string
	}{
		{EstimateMod{TxnID: testTxnID, EditSequence: testEditSeq, Lines: []EstimateLine{{TxnLineID: NewTxnLineID, ItemRef: RefByName("CO-1"), Amount: Cents(125000)}}},
			[]string{`<EstimateMod><TxnID>1A2B-1234567890</TxnID><EditSequence>1710000003</EditSequence><EstimateLineMod><TxnLineID>-1</TxnLineID><ItemRef><FullName>CO-1</FullName></ItemRef><Amount>1250.00</Amount></EstimateLineMod></EstimateMod>`}},
		{PurchaseOrderQuery{Iterator: Iterator{Mode: IteratorStart}, TxnSelection: TxnSelection{TxnFilter: TxnFilter{MaxReturned: 50, FromModifiedDate: testTime}}, IncludeLineItems: Bool(true)},
			[]string{`<PurchaseOrderQueryRq requestID="1" iterator="Start"><MaxReturned>50</MaxReturned><ModifiedDateRangeFilter><FromModifiedDate>2024-03-01T08:30:00-05:00</FromModifiedDate></ModifiedDateRangeFilter><IncludeLineItems>true</IncludeLineItems></PurchaseOrderQueryRq>`}},
		{BillQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{TxnDateMacro: "LastMonth", EntityFilter: &RefFilter{FullNameWithChildren: "A & B"}}}, PaidStatus: NotPaidOnly},
			[]string{`<TxnDateRangeFilter><DateMacro>LastMonth</DateMacro></TxnDateRangeFilter><EntityFilter><FullNameWithChildren>A &amp; B</FullNameWithChildren></EntityFilter><PaidStatus>NotPaidOnly</PaidStatus>`}},
		{TransactionQuery{TransactionFilter: TransactionFilter{FromTxnDate: testDate, TxnTypes: []string{"Bill", "Check"}, DetailLevel: DetailAll}},
			[]string{`<TransactionDateRangeFilter><FromTxnDate>2024-03-10</FromTxnDate></TransactionDateRangeFilter><TransactionTypeFilter><TxnTypeFilter>Bill</TxnTypeFilter><TxnTypeFilter>Check</TxnTypeFilter></TransactionTypeFilter><TransactionDetailLevelFilter>All</TransactionDetailLevelFilter>`}},
		{TxnDeletedQuery{TxnDelTypes: []string{"Bill"}}, []string{`<TxnDeletedQueryRq requestID="1"><TxnDelType>Bill</TxnDelType></TxnDeletedQueryRq>`}},
		{BillAdd{VendorRef: RefByName("V"), ItemLines: []ItemLineAdd{{LinkToTxn: &LinkToTxn{TxnID: testTxnID, TxnLineID: testLineID}}}},
			[]string{`<ItemLineAdd><LinkToTxn><TxnID>1A2B-1234567890</TxnID><TxnLineID>1A2D-1234567890</TxnLineID></LinkToTxn></ItemLineAdd>`}},
	}
	for _, c := range cases {
		doc := buildTxnRequest(t, c.req)
		for _, w := range c.want {
			if !strings.Contains(doc, w) {
				t.Errorf("%s:\n got %s\nwant %s", c.req.rqName(), doc, w)
			}
		}
	}
	// TxnDeletedQuery is not iterator-capable: it must never carry iterator attributes.
	if _, ok := Request(TxnDeletedQuery{}).(iterable); ok {
		t.Error("TxnDeletedQuery is iterable")
	}
	for _, r := range []Request{EstimateQuery{}, PurchaseOrderQuery{}, BillQuery{}, BillPaymentCheckQuery{}, CheckQuery{},
		CreditCardChargeQuery{}, ItemReceiptQuery{}, JournalEntryQuery{}, TransactionQuery{}} {
		if _, ok := r.(iterable); !ok {
			t.Errorf("%s is not iterable", r.rqName())
		}
	}
}

func TestTxnFieldTooLong(t *testing.T) {
	long := func(n int) string { return strings.Repeat("x", n) }
	cases := []struct {
		name    string
		req     Request
		field   string
		max     int
		request string
	}{
		{"estimate ref 11", EstimateAdd{Estimate: Estimate{CustomerRef: RefByName("J"), RefNumber: long(12)}, Lines: []EstimateLine{{}}}, "RefNumber", 11, "EstimateAdd"},
		{"estimate job 209", EstimateAdd{Estimate: Estimate{CustomerRef: RefByName(long(210))}, Lines: []EstimateLine{{}}}, "CustomerRef/FullName", 209, "EstimateAdd"},
		{"estimate PONumber 25", EstimateMod{TxnID: "1", EditSequence: "1", Estimate: Estimate{PONumber: long(26)}}, "PONumber", 25, "EstimateMod"},
		{"estimate line desc 4095", EstimateAdd{Estimate: Estimate{CustomerRef: RefByName("J")}, Lines: []EstimateLine{{Desc: long(4096)}}}, "EstimateLineAdd/Desc", 4095, "EstimateAdd"},
		{"estimate line uom 31", EstimateMod{TxnID: "1", EditSequence: "1", Lines: []EstimateLine{{TxnLineID: "-1", UnitOfMeasure: long(32)}}}, "EstimateLineMod/UnitOfMeasure", 31, "EstimateMod"},
		{"estimate edit sequence 16", EstimateMod{TxnID: "1", EditSequence: strings.Repeat("9", 17)}, "EditSequence", 16, "EstimateMod"},
		{"po ref 11", PurchaseOrderAdd{PurchaseOrder: PurchaseOrder{RefNumber: "SC-2024-0171"}, Lines: []PurchaseOrderLine{{}}}, "RefNumber", 11, "PurchaseOrderAdd"},
		{"po vendor 41", PurchaseOrderAdd{PurchaseOrder: PurchaseOrder{VendorRef: RefByName(long(42))}, Lines: []PurchaseOrderLine{{}}}, "VendorRef/FullName", 41, "PurchaseOrderAdd"},
		{"po other1 25", PurchaseOrderMod{TxnID: "1", EditSequence: "1", PurchaseOrder: PurchaseOrder{Other1: long(26)}}, "Other1", 25, "PurchaseOrderMod"},
		{"po line other1 29", PurchaseOrderAdd{Lines: []PurchaseOrderLine{{Other1: long(30)}}}, "PurchaseOrderLineAdd/Other1", 29, "PurchaseOrderAdd"},
		{"po line job 209", PurchaseOrderMod{TxnID: "1", EditSequence: "1", Lines: []PurchaseOrderLine{{TxnLineID: "-1", CustomerRef: RefByName(long(210))}}}, "PurchaseOrderLineMod/CustomerRef/FullName", 209, "PurchaseOrderMod"},
		{"bill ref 20", BillAdd{VendorRef: RefByName("V"), RefNumber: long(21)}, "RefNumber", 20, "BillAdd"},
		{"bill expense memo 4095", BillAdd{VendorRef: RefByName("V"), ExpenseLines: []ExpenseLineAdd{{Memo: long(4096)}}}, "ExpenseLineAdd/Memo", 4095, "BillAdd"},
		{"bill item account 159", BillAdd{VendorRef: RefByName("V"), ItemLines: []ItemLineAdd{{OverrideItemAccountRef: RefByName(long(160))}}}, "ItemLineAdd/OverrideItemAccountRef/FullName", 159, "BillAdd"},
		{"link txn id 36", BillAdd{VendorRef: RefByName("V"), LinkToTxnIDs: []string{long(37)}}, "LinkToTxnID", 36, "BillAdd"},
		{"include ret 50", CheckQuery{RetOptions: RetOptions{IncludeRetElement: []string{long(51)}}}, "IncludeRetElement", 50, "CheckQuery"},
		{"expanded by transliteration", EstimateAdd{Estimate: Estimate{CustomerRef: RefByName("J"), RefNumber: "ЩЩЩ"}, Lines: []EstimateLine{{}}}, "RefNumber", 11, "EstimateAdd"},
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
		})
	}
}

func TestTxnFieldsAtLimitPass(t *testing.T) {
	ms := MessageSet{}
	ms.Add(EstimateAdd{Estimate: Estimate{CustomerRef: RefByName(strings.Repeat("j", 209)), RefNumber: strings.Repeat("é", 11)},
		Lines: []EstimateLine{{Desc: strings.Repeat("d", 4095), Quantity: "9999999999.99999", Rate: "-9999999999.99999", Amount: "9999999999999.99"}}})
	ms.Add(PurchaseOrderAdd{PurchaseOrder: PurchaseOrder{RefNumber: strings.Repeat("1", 11), VendorRef: RefByName(strings.Repeat("v", 41))},
		Lines: []PurchaseOrderLine{{Amount: "-9999999999999"}}})
	ms.Add(BillAdd{VendorRef: RefByName("V"), RefNumber: strings.Repeat("r", 20)})
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	validateXSD(t, doc, Version13)
}

func TestTxnBuildReportsChanges(t *testing.T) {
	ms := MessageSet{}
	id := ms.Add(EstimateAdd{Estimate: Estimate{CustomerRef: RefByName("Łódź Office:Fit-out"), Memo: "ok"},
		Lines: []EstimateLine{{Desc: "“Phase 1” – framing"}}})
	_, changes, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	want := []TextChange{
		{RequestID: id, Request: "EstimateAdd", Field: "CustomerRef/FullName", Original: "Łódź Office:Fit-out", Sent: "Lódz Office:Fit-out"},
		{RequestID: id, Request: "EstimateAdd", Field: "EstimateLineAdd/Desc", Original: "“Phase 1” – framing", Sent: `"Phase 1" - framing`},
	}
	if len(changes) != len(want) {
		t.Fatalf("changes = %+v", changes)
	}
	for i := range want {
		if changes[i] != want[i] {
			t.Errorf("change %d = %+v, want %+v", i, changes[i], want[i])
		}
	}
}

func TestTxnBuildRejectsInvalidValues(t *testing.T) {
	job := RefByName("J")
	est := func(l EstimateLine) Request {
		return EstimateAdd{Estimate: Estimate{CustomerRef: job}, Lines: []EstimateLine{l}}
	}
	cases := map[string]Request{
		"estimate no customer":        EstimateAdd{Lines: []EstimateLine{{}}},
		"estimate no lines":           EstimateAdd{Estimate: Estimate{CustomerRef: job}},
		"estimate add change order":   EstimateAdd{Estimate: Estimate{CustomerRef: job, CreateChangeOrder: Bool(true)}, Lines: []EstimateLine{{}}},
		"estimate mod external guid":  EstimateMod{TxnID: "1", EditSequence: "1", Estimate: Estimate{ExternalGUID: testOwner}},
		"estimate mod no txn id":      EstimateMod{EditSequence: "1"},
		"estimate mod no edit seq":    EstimateMod{TxnID: "1"},
		"estimate bad guid":           EstimateAdd{Estimate: Estimate{CustomerRef: job, ExternalGUID: "x"}, Lines: []EstimateLine{{}}},
		"estimate amount 1 decimal":   est(EstimateLine{Amount: "12.5"}),
		"estimate amount 3 decimals":  est(EstimateLine{Amount: "12.500"}),
		"estimate amount 14 digits":   est(EstimateLine{Amount: "12345678901234"}),
		"estimate amount float":       est(EstimateLine{Amount: "1e3"}),
		"estimate rate 6 decimals":    est(EstimateLine{Rate: "1.123456"}),
		"estimate quantity text":      est(EstimateLine{Quantity: "ten"}),
		"estimate rate and percent":   est(EstimateLine{Rate: "1", RatePercent: "2"}),
		"estimate two markups":        est(EstimateLine{MarkupRate: "1", MarkupRatePercent: "2"}),
		"estimate add line id":        est(EstimateLine{TxnLineID: "-1"}),
		"estimate mod line no id":     EstimateMod{TxnID: "1", EditSequence: "1", Lines: []EstimateLine{{Amount: "1.00"}}},
		"estimate mod override acct":  EstimateMod{TxnID: "1", EditSequence: "1", Lines: []EstimateLine{{TxnLineID: "-1", OverrideItemAccountRef: job}}},
		"po no lines":                 PurchaseOrderAdd{},
		"po add manually closed":      PurchaseOrderAdd{PurchaseOrder: PurchaseOrder{IsManuallyClosed: Bool(true)}, Lines: []PurchaseOrderLine{{}}},
		"po add line manually closed": PurchaseOrderAdd{Lines: []PurchaseOrderLine{{IsManuallyClosed: Bool(true)}}},
		"po mod external guid":        PurchaseOrderMod{TxnID: "1", EditSequence: "1", PurchaseOrder: PurchaseOrder{ExternalGUID: testOwner}},
		"po mod line no id":           PurchaseOrderMod{TxnID: "1", EditSequence: "1", Lines: []PurchaseOrderLine{{}}},
		"po bad amount":               PurchaseOrderAdd{Lines: []PurchaseOrderLine{{Amount: "1,000.00"}}},
		"po non-ascii line id":        PurchaseOrderMod{TxnID: "1", EditSequence: "1", Lines: []PurchaseOrderLine{{TxnLineID: "1A2D-é"}}},
		"bill no vendor":              BillAdd{},
		"bill bad billable":           BillAdd{VendorRef: job, ExpenseLines: []ExpenseLineAdd{{BillableStatus: "Yes"}}},
		"bill bad expense amount":     BillAdd{VendorRef: job, ExpenseLines: []ExpenseLineAdd{{Amount: "150"}, {Amount: "1.5"}}},
		"bill bad cost":               BillAdd{VendorRef: job, ItemLines: []ItemLineAdd{{Cost: "1.000001"}}},
		"bill link no line id":        BillAdd{VendorRef: job, ItemLines: []ItemLineAdd{{LinkToTxn: &LinkToTxn{TxnID: "1"}}}},
		"query ids and filter":        BillQuery{TxnSelection: TxnSelection{TxnIDs: []string{"1"}, TxnFilter: TxnFilter{MaxReturned: 5}}},
		"query ids and refs":          CheckQuery{TxnSelection: TxnSelection{TxnIDs: []string{"1"}, RefNumbers: []string{"2"}}},
		"query ids and paid status":   BillQuery{TxnSelection: TxnSelection{TxnIDs: []string{"1"}}, PaidStatus: PaidOnly},
		"query bad paid status":       BillQuery{PaidStatus: "Unpaid"},
		"query modified and txn date": EstimateQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{FromModifiedDate: testTime, FromTxnDate: testDate}}},
		"query macro and dates":       CheckQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{FromTxnDate: testDate, TxnDateMacro: "Today"}}},
		"query bad macro":             CheckQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{TxnDateMacro: "Tomorrow"}}},
		"query empty entity filter":   CheckQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{EntityFilter: &RefFilter{}}}},
		"query two entity choices":    CheckQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{AccountFilter: &RefFilter{ListIDs: []string{"1"}, FullNames: []string{"a"}}}}},
		"query both refnum filters":   JournalEntryQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{RefNumberFilter: &RefNumberFilter{MatchCriterion: Contains, RefNumber: "1"}, RefNumberRangeFilter: &RefNumberRangeFilter{FromRefNumber: "1"}}}},
		"query refnum no criterion":   JournalEntryQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{RefNumberFilter: &RefNumberFilter{RefNumber: "1"}}}},
		"query negative max":          ItemReceiptQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{MaxReturned: -1}}},
		"query continue without id":   CreditCardChargeQuery{Iterator: Iterator{Mode: IteratorContinue}},
		"query bad owner":             BillPaymentCheckQuery{RetOptions: RetOptions{OwnerID: []string{"joblink"}}},
		"transaction ids and filter":  TransactionQuery{TxnIDs: []string{"1"}, TransactionFilter: TransactionFilter{DetailLevel: DetailAll}},
		"transaction two refnums":     TransactionQuery{TransactionFilter: TransactionFilter{RefNumbers: []string{"1"}, RefNumberRangeFilter: &RefNumberRangeFilter{}}},
		"transaction bad type":        TransactionQuery{TransactionFilter: TransactionFilter{TxnTypes: []string{"Bills"}}},
		"transaction bad detail":      TransactionQuery{TransactionFilter: TransactionFilter{DetailLevel: "Lines"}},
		"transaction bad posting":     TransactionQuery{TransactionFilter: TransactionFilter{PostingStatus: "Both"}},
		"transaction type and ids":    TransactionQuery{TransactionFilter: TransactionFilter{EntityFilter: &TransactionEntityFilter{EntityType: "Vendor", RefFilter: RefFilter{ListIDs: []string{"1"}}}}},
		"transaction bad entity type": TransactionQuery{TransactionFilter: TransactionFilter{EntityFilter: &TransactionEntityFilter{EntityType: "Job"}}},
		"transaction bad acct type":   TransactionQuery{TransactionFilter: TransactionFilter{AccountFilter: &TransactionAccountFilter{AccountType: "Expense"}}},
		"transaction empty item":      TransactionQuery{TransactionFilter: TransactionFilter{ItemFilter: &TransactionItemFilter{}}},
		"transaction macro and dates": TransactionQuery{TransactionFilter: TransactionFilter{ToModifiedDate: testTime, ModifiedDateMacro: "Today"}},
		"deleted no types":            TxnDeletedQuery{},
		"deleted bad type":            TxnDeletedQuery{TxnDelTypes: []string{"Transfer"}},
	}
	for name, req := range cases {
		ms := MessageSet{}
		ms.Add(req)
		_, _, err := ms.Build()
		var inv *InvalidFieldError
		var tl *FieldTooLongError
		switch {
		case err == nil:
			t.Errorf("%s: no error", name)
		case !errors.As(err, &inv) && !errors.As(err, &tl) && !strings.Contains(err.Error(), "iterator"):
			t.Errorf("%s: unexpected error type %T: %v", name, err, err)
		}
	}
}

// TestTxnInvalidFieldPaths checks that errors name the offending element by its path, so the
// sync engine can tell the user which Procore field to fix.
func TestTxnInvalidFieldPaths(t *testing.T) {
	cases := []struct {
		req   Request
		field string
	}{
		{CheckQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{EntityFilter: &RefFilter{}}}}, "EntityFilter"},
		{TransactionQuery{TransactionFilter: TransactionFilter{AccountFilter: &TransactionAccountFilter{AccountType: "Bank", RefFilter: RefFilter{FullNames: []string{"a"}}}}}, "TransactionAccountFilter"},
		{BillQuery{TxnSelection: TxnSelection{TxnFilter: TxnFilter{TxnDateMacro: "Tomorrow"}}}, "TxnDateRangeFilter/DateMacro"},
		{EstimateAdd{Estimate: Estimate{CustomerRef: RefByName("J")}, Lines: []EstimateLine{{}, {Amount: "1.5"}}}, "EstimateLineAdd/Amount"},
		{PurchaseOrderMod{TxnID: "1", EditSequence: "1", Lines: []PurchaseOrderLine{{}}}, "PurchaseOrderLineMod/TxnLineID"},
		{BillAdd{VendorRef: RefByName("V"), ItemLines: []ItemLineAdd{{BillableStatus: "billable"}}}, "ItemLineAdd/BillableStatus"},
		{TransactionQuery{TransactionFilter: TransactionFilter{TxnTypes: []string{"Bills"}}}, "TransactionTypeFilter/TxnTypeFilter"},
	}
	for _, c := range cases {
		ms := MessageSet{}
		ms.Add(c.req)
		_, _, err := ms.Build()
		var inv *InvalidFieldError
		if !errors.As(err, &inv) || inv.Field != c.field || inv.Request+"Rq" != c.req.rqName() {
			t.Errorf("%s: err = %v, want InvalidFieldError on %s", c.req.rqName(), err, c.field)
		}
	}
}
