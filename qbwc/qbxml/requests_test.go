package qbxml

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	testTime  = time.Date(2024, 3, 1, 8, 30, 0, 0, time.FixedZone("EST", -5*3600))
	testDate  = time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	testOwner = "{6B063959-81B0-4B9B-B9E2-E1D4A1D6A9C1}"
	fullAddr  = &Address{
		Addr1: "Smith Remodeling LLC", Addr2: "Attn: John Smith", Addr3: "123 Main St", Addr4: "Suite 4",
		Addr5: "Building B", City: "Springfield", State: "IL", PostalCode: "62701-1234",
		Country: "USA", Note: "Gate code 1234",
	}
	fullComm = CommInfo{
		Phone: "555-123-4567", Mobile: "555-987-6543", Pager: "555-000-1111", AltPhone: "555-222-3333",
		Fax: "555-444-5555", Email: "john@example.com", Cc: "office@example.com",
		Contact: "John Smith", AltContact: "Jane Smith",
	}
	fullPerson = PersonName{Salutation: "Mr.", FirstName: "John", MiddleName: "Q", LastName: "Smith", Suffix: "Jr."}
	fullList   = ListSelection{ListFilter: ListFilter{
		MaxReturned: 100, ActiveStatus: ActiveAll, FromModifiedDate: testTime, ToModifiedDate: testTime.Add(48 * time.Hour),
		NameFilter: &NameFilter{MatchCriterion: StartsWith, Name: "Smith & Sons"},
	}}
	fullRet = RetOptions{IncludeRetElement: []string{"ListID", "EditSequence"}, OwnerID: []string{"0", testOwner}}
)

func fullCustomer() Customer {
	return Customer{
		Name: "2024-017 Smith Remodel", IsActive: Bool(true), ClassRef: RefByName("Residential"),
		ParentRef: RefByName("Smith, John"), CompanyName: "Smith Remodeling LLC", PersonName: fullPerson,
		JobTitle: "Owner", BillAddress: fullAddr, ShipAddress: fullAddr, PrintAs: "Smith Remodeling",
		CommInfo: fullComm, CustomerTypeRef: RefByName("Residential"), TermsRef: RefByName("Net 30"),
		SalesRepRef: RefByName("JS"), SalesTaxCodeRef: RefByName("Tax"), ItemSalesTaxRef: RefByName("IL Sales Tax"),
		SalesTaxCountry: "US", ResaleNumber: "R-123", AccountNumber: "A-0001", CreditLimit: "50000.00",
		PreferredPaymentMethodRef: RefByName("Check"), JobStatus: JobInProgress, JobStartDate: testDate,
		JobProjectedEndDate: testDate.AddDate(0, 3, 0), JobEndDate: testDate.AddDate(0, 4, 0),
		JobDesc: "Kitchen and bath remodel", JobTypeRef: RefByName("Remodel"), Notes: "Line one\nLine two",
		IsStatementWithParent: Bool(false), DeliveryMethod: "Email", PreferredDeliveryMethod: "Email",
		PriceLevelRef: RefByName("Standard"), TaxRegistrationNumber: "TR-1", CurrencyRef: RefByName("US Dollar"),
	}
}

func fullVendor() Vendor {
	return Vendor{
		Name: "ACME Lumber & Supply", IsActive: Bool(true), ClassRef: RefByName("Materials"),
		CompanyName: "ACME Lumber & Supply Inc.", PersonName: fullPerson, JobTitle: "Sales",
		VendorAddress: fullAddr, ShipAddress: fullAddr, CommInfo: fullComm, NameOnCheck: "ACME Lumber",
		AccountNumber: "C-778", Notes: "Preferred supplier", VendorTypeRef: RefByName("Supplies"),
		TermsRef: RefByName("Net 30"), CreditLimit: "10000", VendorTaxIdent: "12-3456789",
		IsVendorEligibleFor1099: Bool(true), BillingRateRef: RefByName("Standard"),
		SalesTaxCodeRef: RefByName("Non"), SalesTaxCountry: "US", TaxRegistrationNumber: "TR-2",
		PrefillAccountRefs: []Ref{{FullName: "Job Expenses:Job Materials"}, {ListID: "80000001-1234567890"}},
		CurrencyRef:        RefByName("US Dollar"),
	}
}

func fullItemService() ItemService {
	return ItemService{
		IsActive: Bool(true), ClassRef: RefByName("Construction"), ParentRef: RefByName("06 Wood"),
		UnitOfMeasureSetRef: RefByName("Hours"), IsTaxIncluded: Bool(false), SalesTaxCodeRef: RefByName("Non"),
		SalesAndPurchase: &SalesAndPurchase{
			SalesDesc: "Rough carpentry", SalesPrice: "85.50", IncomeAccountRef: RefByName("Construction Income"),
			PurchaseDesc: "Rough carpentry (sub)", PurchaseCost: "65.12345", PurchaseTaxCodeRef: RefByName("Non"),
			ExpenseAccountRef: RefByName("Job Expenses:Subcontractors"), PrefVendorRef: RefByName("ACME Lumber"),
		},
	}
}

// requestCases are representative requests with every supported optional field set, plus the
// iterator variants; each must validate against the official schema.
func requestCases() map[string]Request {
	modItem := fullItemService()
	modItem.ForceUOMChange = Bool(true)
	modItem.SalesAndPurchase.ApplyIncomeAccountRefToExistingTxns = Bool(true)
	modItem.SalesAndPurchase.ApplyExpenseAccountRefToExistingTxns = Bool(false)
	addItem := fullItemService()
	addItem.Name = "06-100 Rough Carpentry"
	addItem.ExternalGUID = testOwner
	sopItem := ItemService{Name: "Permit fees", SalesOrPurchase: &SalesOrPurchase{
		Desc: "Permits", PricePercent: "12.5", AccountRef: RefByName("Permits"),
	}}
	sopMod := ItemService{SalesOrPurchase: &SalesOrPurchase{
		Desc: "Permits", Price: "100", AccountRef: RefByName("Permits"), ApplyAccountRefToExistingTxns: Bool(true),
	}}
	addCustomer := fullCustomer()
	addCustomer.OpenBalance = "-12.00"
	addCustomer.OpenBalanceDate = testDate
	addCustomer.ExternalGUID = testOwner
	addVendor := fullVendor()
	addVendor.OpenBalance = "0.00"
	addVendor.OpenBalanceDate = testDate
	addVendor.ExternalGUID = testOwner

	return map[string]Request{
		"HostQuery":                  HostQuery{IncludeMaxCapacity: Bool(true), IncludeRetElement: []string{"ProductName"}},
		"HostQuery/minimal":          HostQuery{},
		"CompanyQuery":               CompanyQuery{RetOptions: fullRet},
		"PreferencesQuery":           PreferencesQuery{IncludeRetElement: []string{"JobsAndEstimatesPreferences"}},
		"AccountQuery/filter":        AccountQuery{ListSelection: fullList, AccountTypes: []string{"Expense", "CostOfGoodsSold"}, RetOptions: fullRet},
		"AccountQuery/ids":           AccountQuery{ListSelection: ListSelection{ListIDs: []string{"80000001-1234567890", "80000002-1234567890"}}},
		"AccountQuery/names":         AccountQuery{ListSelection: ListSelection{FullNames: []string{"Job Expenses:Job Materials"}}},
		"ItemServiceAdd":             ItemServiceAdd{ItemService: addItem, IncludeRetElement: []string{"ListID"}},
		"ItemServiceAdd/sop":         ItemServiceAdd{ItemService: sopItem},
		"ItemServiceMod":             ItemServiceMod{ListID: "80000010-1234567890", EditSequence: "1710000000", ItemService: modItem, IncludeRetElement: []string{"ListID"}},
		"ItemServiceMod/sop":         ItemServiceMod{ListID: "80000010-1234567890", EditSequence: "1710000000", ItemService: sopMod},
		"ItemServiceMod/minimal":     ItemServiceMod{ListID: "80000010-1234567890", EditSequence: "1710000000", ItemService: ItemService{Name: "Renamed"}},
		"ItemServiceQuery/start":     ItemServiceQuery{Iterator: Iterator{Mode: IteratorStart}, ListSelection: fullList, RetOptions: fullRet},
		"ItemServiceQuery/continue":  ItemServiceQuery{Iterator: Iterator{Mode: IteratorContinue, ID: "{e2c9f6a0-0c2d-4c65-9d4a-4a9c6b0e8f11}"}, ListSelection: ListSelection{ListFilter: ListFilter{MaxReturned: 100}}},
		"ItemServiceQuery/fullnames": ItemServiceQuery{ListSelection: ListSelection{FullNames: []string{"06 Wood:06-100 Rough Carpentry"}}},
		"ItemQuery/start":            ItemQuery{Iterator: Iterator{Mode: IteratorStart}, ListSelection: fullList, RetOptions: fullRet},
		"ItemQuery/stop":             ItemQuery{Iterator: Iterator{Mode: IteratorStop, ID: "{e2c9f6a0-0c2d-4c65-9d4a-4a9c6b0e8f11}"}},
		"CustomerAdd/job":            CustomerAdd{Customer: addCustomer, IncludeRetElement: []string{"ListID"}},
		"CustomerAdd/minimal":        CustomerAdd{Customer: Customer{Name: "Smith, John"}},
		"CustomerMod":                CustomerMod{ListID: "80000020-1234567890", EditSequence: "1710000001", Customer: fullCustomer(), IncludeRetElement: []string{"ListID"}},
		"CustomerQuery/start":        CustomerQuery{Iterator: Iterator{Mode: IteratorStart}, ListSelection: fullList, TotalBalanceFilter: &TotalBalanceFilter{Operator: "GreaterThan", Amount: "0.00"}, RetOptions: fullRet},
		"CustomerQuery/continue":     CustomerQuery{Iterator: Iterator{Mode: IteratorContinue, ID: "{e2c9f6a0-0c2d-4c65-9d4a-4a9c6b0e8f11}"}, ListSelection: ListSelection{ListFilter: ListFilter{MaxReturned: 100}}},
		"CustomerQuery/jobs":         CustomerQuery{ListSelection: ListSelection{FullNames: []string{"Smith, John:2024-017 Smith Remodel"}}, RetOptions: RetOptions{OwnerID: []string{"0"}}},
		"VendorAdd":                  VendorAdd{Vendor: addVendor, IncludeRetElement: []string{"ListID"}},
		"VendorMod":                  VendorMod{ListID: "80000030-1234567890", EditSequence: "1710000002", Vendor: fullVendor()},
		"VendorQuery/start":          VendorQuery{Iterator: Iterator{Mode: IteratorStart}, ListSelection: fullList, TotalBalanceFilter: &TotalBalanceFilter{Operator: "Equal", Amount: "10"}, RetOptions: fullRet},
		"VendorQuery/ids":            VendorQuery{ListSelection: ListSelection{ListIDs: []string{"80000030-1234567890"}}},
		"DataExtAdd/company":         DataExtAdd{DataExtValue{OwnerID: testOwner, DataExtName: "FileID", DataExtTarget: DataExtTarget{Company: true}, DataExtValue: "{ee032e95-47f7-2564-096f-2d4545fcb021}"}},
		"DataExtAdd/list":            DataExtAdd{DataExtValue{OwnerID: "0", DataExtName: "Procore ID", DataExtTarget: DataExtTarget{ListDataExtType: "Customer", ListObjRef: RefByID("80000020-1234567890")}, DataExtValue: "562949953421312"}},
		"DataExtMod/txn":             DataExtMod{DataExtValue{OwnerID: testOwner, DataExtName: "Procore ID", DataExtTarget: DataExtTarget{TxnDataExtType: "Bill", TxnID: "1A2B-1234567890", TxnLineID: "1A2D-1234567890"}, DataExtValue: "42"}},
		"DataExtMod/clear":           DataExtMod{DataExtValue{OwnerID: testOwner, DataExtName: "FileID", DataExtTarget: DataExtTarget{Company: true}}},
	}
}

func TestRequestsValidateAgainstSchema(t *testing.T) {
	for name, req := range requestCases() {
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

// TestMessageSetWithEveryRequest validates one set carrying all requests, the way a sync
// session batches them, and checks the envelope and sequential request IDs.
func TestMessageSetWithEveryRequest(t *testing.T) {
	ms := MessageSet{NewMessageSetID: "{11111111-2222-3333-4444-555555555555}"}
	cases := requestCases()
	for _, req := range cases {
		ms.Add(req)
	}
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	wantPrefix := `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError" newMessageSetID="{11111111-2222-3333-4444-555555555555}">`
	if !strings.HasPrefix(string(doc), wantPrefix) {
		t.Errorf("envelope:\n got %.200s\nwant %s", doc, wantPrefix)
	}
	if !strings.Contains(string(doc), ` requestID="1"`) || !strings.Contains(string(doc), ` requestID="`+strconv.Itoa(len(cases))+`"`) {
		t.Errorf("request IDs not sequential 1..%d", len(cases))
	}
	validateXSD(t, doc, Version13)
}
