package qbsim

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestHostCompanyPreferencesQueries(t *testing.T) {
	h := newHarness(t, true)
	h.company.SetCompanyDataExt("{5A3B1C2D-0000-4000-8000-000000000001}", "FileID", "{ee032e95-47f7-2564-096f-2d4545fcb021}")
	rs := h.do("continueOnError",
		`<HostQueryRq requestID="0" />`,
		`<CompanyQueryRq requestID="1"><OwnerID>{5A3B1C2D-0000-4000-8000-000000000001}</OwnerID></CompanyQueryRq>`,
		`<PreferencesQueryRq requestID="2" />`)
	for i, r := range rs {
		expectStatus(t, r, 0)
		if r.attr("requestID") != []string{"0", "1", "2"}[i] {
			t.Errorf("requestID not echoed: %v", r.attrs)
		}
	}
	host := rs[0].child("HostRet")
	if v := host.all("SupportedQBXMLVersion"); v[len(v)-1].text != "13.0" {
		t.Errorf("highest SupportedQBXMLVersion = %s", v[len(v)-1].text)
	}
	ext := rs[1].child("CompanyRet").child("DataExtRet")
	if ext.childText("DataExtName") != "FileID" {
		t.Errorf("CompanyRet lacks the FileID DataExt: %v", ext)
	}
	// Without the OwnerID, private DataExt stay hidden.
	if rs := h.one(`<CompanyQueryRq />`); rs.child("CompanyRet").child("DataExtRet") != nil {
		t.Error("DataExt returned without OwnerID")
	}
}

func TestAccountQueryFilters(t *testing.T) {
	h := newHarness(t, true)
	all := h.one(`<AccountQueryRq requestID="a"><ActiveStatus>All</ActiveStatus></AccountQueryRq>`).children
	active := h.one(`<AccountQueryRq />`).children
	if len(all) != 22 || len(active) != 21 {
		t.Fatalf("accounts all=%d active=%d, want 22/21", len(all), len(active))
	}
	cogs := h.one(`<AccountQueryRq><AccountType>CostOfGoodsSold</AccountType></AccountQueryRq>`).children
	if len(cogs) != 6 {
		t.Errorf("COGS accounts = %v", names(cogs, "FullName"))
	}
	sub := h.one(`<AccountQueryRq><FullName>Job Costs:Permits &amp; Fees</FullName></AccountQueryRq>`).child("AccountRet")
	if sub.childText("Sublevel") != "1" || sub.child("ParentRef").childText("FullName") != "Job Costs" {
		t.Errorf("sub-account: %+v", sub)
	}
	rs := h.one(`<AccountQueryRq><NameFilter><MatchCriterion>StartsWith</MatchCriterion><Name>zzz</Name></NameFilter></AccountQueryRq>`)
	expectStatus(t, rs, StatusNoMatch)
	if rs.attr("statusSeverity") != "Info" {
		t.Errorf("no-match severity = %s", rs.attr("statusSeverity"))
	}
}

const serviceAdd = `<ItemServiceAddRq requestID="1"><ItemServiceAdd><Name>%s</Name>%s<SalesAndPurchase>` +
	`<SalesDesc>Rough carpentry</SalesDesc><SalesPrice>0.00</SalesPrice><IncomeAccountRef><FullName>Construction Income:Contract Revenue</FullName></IncomeAccountRef>` +
	`<PurchaseDesc>Rough carpentry</PurchaseDesc><PurchaseCost>0.00</PurchaseCost><ExpenseAccountRef><FullName>%s</FullName></ExpenseAccountRef>` +
	`</SalesAndPurchase></ItemServiceAdd></ItemServiceAddRq>`

func itemAdd(name, parent, expense string) string {
	p := ""
	if parent != "" {
		p = "<ParentRef><FullName>" + escapeText(parent) + "</FullName></ParentRef>"
	}
	return strings.NewReplacer("%s", "").Replace("") + sprintf3(serviceAdd, escapeText(name), p, escapeText(expense))
}

func sprintf3(f, a, b, c string) string {
	f = strings.Replace(f, "%s", a, 1)
	f = strings.Replace(f, "%s", b, 1)
	return strings.Replace(f, "%s", c, 1)
}

func TestItemServiceAddModQuery(t *testing.T) {
	h := newHarness(t, true)
	rs := h.one(itemAdd("06-150 Blocking & Backing", "", "Job Costs:Subcontractors"))
	expectStatus(t, rs, 0)
	ret := rs.child("ItemServiceRet")
	if !strings.HasPrefix(ret.childText("ListID"), "8000") || ret.childText("FullName") != "06-150 Blocking & Backing" {
		t.Fatalf("ItemServiceRet: ListID %q FullName %q", ret.childText("ListID"), ret.childText("FullName"))
	}
	if got := ret.child("SalesAndPurchase").child("ExpenseAccountRef").childText("ListID"); got == "" {
		t.Error("ExpenseAccountRef not resolved to a ListID")
	}

	// Names are unique among all item types, case-insensitively.
	expectStatus(t, h.one(itemAdd("lumber", "", "Job Costs:Subcontractors")), StatusNameInUse)
	expectStatus(t, h.one(itemAdd("06-150 BLOCKING & BACKING", "", "Job Costs:Subcontractors")), StatusNameInUse)
	// References must exist.
	bad := h.one(itemAdd("06-160 Sheathing", "", "No Such Account"))
	expectStatus(t, bad, StatusInvalidRef)
	if !strings.Contains(bad.attr("statusMessage"), `Account "No Such Account"`) {
		t.Errorf("3140 message: %s", bad.attr("statusMessage"))
	}
	expectStatus(t, h.one(itemAdd("Sub", "No Parent", "Job Costs:Subcontractors")), StatusInvalidRef)

	// Sub-items: FullName and Sublevel follow the parent.
	sub := h.one(itemAdd("Blocking", "06-150 Blocking & Backing", "Job Costs:Subcontractors")).child("ItemServiceRet")
	if sub.childText("FullName") != "06-150 Blocking & Backing:Blocking" || sub.childText("Sublevel") != "1" {
		t.Errorf("sub-item FullName %q Sublevel %q", sub.childText("FullName"), sub.childText("Sublevel"))
	}

	// Mod: stale EditSequence is refused, a fresh one renames (and the
	// child's FullName follows).
	id, seq := ret.childText("ListID"), ret.childText("EditSequence")
	mod := `<ItemServiceModRq requestID="m"><ItemServiceMod><ListID>` + id + `</ListID><EditSequence>%s</EditSequence>` +
		`<Name>06-150 Blocking</Name><SalesAndPurchaseMod><PurchaseCost>12.50</PurchaseCost></SalesAndPurchaseMod></ItemServiceMod></ItemServiceModRq>`
	expectStatus(t, h.one(strings.Replace(mod, "%s", "123", 1)), StatusStaleEditSeq)
	modded := h.one(strings.Replace(mod, "%s", seq, 1)).child("ItemServiceRet")
	if modded.childText("EditSequence") == seq {
		t.Error("EditSequence did not change on Mod")
	}
	if got := modded.child("SalesAndPurchase").childText("PurchaseCost"); got != "12.50" {
		t.Errorf("PurchaseCost = %q", got)
	}
	if modded.child("SalesAndPurchase").childText("SalesDesc") != "Rough carpentry" {
		t.Error("Mod dropped fields it did not mention")
	}
	child := h.one(`<ItemServiceQueryRq><FullName>06-150 Blocking:Blocking</FullName></ItemServiceQueryRq>`)
	expectStatus(t, child, 0)
	expectStatus(t, h.one(strings.Replace(mod, "%s", seq, 1)), StatusStaleEditSeq)
	expectStatus(t, h.one(`<ItemServiceModRq><ItemServiceMod><ListID>80FFFFFF-1</ListID><EditSequence>1</EditSequence></ItemServiceMod></ItemServiceModRq>`), StatusNotFound)

	// ItemQuery returns every item type; ItemServiceQuery only services.
	items := h.one(`<ItemQueryRq><ActiveStatus>All</ActiveStatus></ItemQueryRq>`).children
	services := h.one(`<ItemServiceQueryRq><ActiveStatus>All</ActiveStatus></ItemServiceQueryRq>`).children
	if len(items) != len(services)+3 {
		t.Errorf("ItemQuery %d, ItemServiceQuery %d", len(items), len(services))
	}
	// A missing FullName among found ones is a warning (500), not an error.
	partial := h.one(`<ItemServiceQueryRq><FullName>09-200 Drywall</FullName><FullName>bleech</FullName></ItemServiceQueryRq>`)
	expectStatus(t, partial, StatusPartialMatch)
	if len(partial.children) != 1 || partial.attr("statusSeverity") != "Warn" {
		t.Errorf("partial match: %d rets, severity %s", len(partial.children), partial.attr("statusSeverity"))
	}
}

func TestTooLongFieldIs3070(t *testing.T) {
	h := newHarness(t, true)
	// 32 characters: one over the ItemService Name limit. Schema-invalid
	// on purpose, so the request itself is not validated.
	rs := h.doUnchecked(msgSet("stopOnError", itemAdd(strings.Repeat("x", 32), "", "Job Costs:Subcontractors")))[0]
	expectStatus(t, rs, StatusTooLong)
	ok := h.one(`<CustomerAddRq><CustomerAdd><Name>` + strings.Repeat("y", 41) + `</Name></CustomerAdd></CustomerAddRq>`)
	expectStatus(t, ok, 0)
}

func TestCustomerJobsAndNameUniqueness(t *testing.T) {
	h := newHarness(t, true)
	job := h.one(`<CustomerAddRq requestID="j"><CustomerAdd><Name>2024-031 Garage</Name><ParentRef><FullName>Smith, John</FullName></ParentRef>` +
		`<JobStatus>Awarded</JobStatus><JobDesc>Detached garage</JobDesc></CustomerAdd></CustomerAddRq>`)
	expectStatus(t, job, 0)
	ret := job.child("CustomerRet")
	if ret.childText("FullName") != "Smith, John:2024-031 Garage" || ret.childText("Sublevel") != "1" {
		t.Errorf("job FullName %q Sublevel %q", ret.childText("FullName"), ret.childText("Sublevel"))
	}
	// Same job name under another customer is fine; FullName differs.
	expectStatus(t, h.one(`<CustomerAddRq><CustomerAdd><Name>2024-031 Garage</Name><ParentRef><FullName>Lee, Amanda</FullName></ParentRef></CustomerAdd></CustomerAddRq>`), 0)
	// Customers, vendors, employees and other names share one namespace.
	for _, taken := range []string{"ACME Lumber &amp; Supply", "Maria Garcia", "Petty Cash", "smith, john"} {
		expectStatus(t, h.one(`<CustomerAddRq><CustomerAdd><Name>`+taken+`</Name></CustomerAdd></CustomerAddRq>`), StatusNameInUse)
	}
	expectStatus(t, h.one(`<VendorAddRq><VendorAdd><Name>Walk-in Customer</Name></VendorAdd></VendorAddRq>`), StatusNameInUse)
	expectStatus(t, h.one(`<CustomerAddRq><CustomerAdd><Name>A:B</Name></CustomerAdd></CustomerAddRq>`), StatusInvalidName)
	expectStatus(t, h.one(`<CustomerAddRq><CustomerAdd><Name>X</Name><ParentRef><FullName>Nobody</FullName></ParentRef></CustomerAdd></CustomerAddRq>`), StatusInvalidRef)

	// Renaming the parent renames the job's FullName.
	parent := h.one(`<CustomerQueryRq><FullName>Smith, John</FullName></CustomerQueryRq>`).child("CustomerRet")
	expectStatus(t, h.one(`<CustomerModRq><CustomerMod><ListID>`+parent.childText("ListID")+`</ListID><EditSequence>`+
		parent.childText("EditSequence")+`</EditSequence><Name>Smith, Johnny</Name></CustomerMod></CustomerModRq>`), 0)
	moved := h.one(`<CustomerQueryRq><ListID>` + ret.childText("ListID") + `</ListID></CustomerQueryRq>`).child("CustomerRet")
	if moved.childText("FullName") != "Smith, Johnny:2024-031 Garage" || moved.child("ParentRef").childText("FullName") != "Smith, Johnny" {
		t.Errorf("after parent rename: %q", moved.childText("FullName"))
	}
	// Three levels deep.
	deep := h.one(`<CustomerQueryRq><FullName>Harbor Point Development LLC:Harbor Point Phase 2:Lot 14 Retaining Wall</FullName></CustomerQueryRq>`).child("CustomerRet")
	if deep.childText("Sublevel") != "2" {
		t.Errorf("Sublevel = %s", deep.childText("Sublevel"))
	}
	expectStatus(t, h.one(`<CustomerQueryRq><ListID>80000FFF-1</ListID></CustomerQueryRq>`), StatusNotFound)
}

func TestVendorAddModQueryFilters(t *testing.T) {
	h := newHarness(t, true)
	add := h.one(`<VendorAddRq requestID="v1"><VendorAdd><Name>Ñandú Demolition &amp; Hauling</Name><CompanyName>Ñandú Demolition</CompanyName>` +
		`<VendorAddress><Addr1>1 Main St</Addr1><City>Oakland</City><State>CA</State></VendorAddress><Phone>510-555-0100</Phone>` +
		`<Email>ap@nandu.example</Email><IsVendorEligibleFor1099>true</IsVendorEligibleFor1099><OpenBalance>125</OpenBalance></VendorAdd></VendorAddRq>`)
	expectStatus(t, add, 0)
	v := add.child("VendorRet")
	if v.childText("Balance") != "125.00" || v.child("VendorAddress").childText("City") != "Oakland" {
		t.Errorf("VendorRet balance %q", v.childText("Balance"))
	}
	mod := h.one(`<VendorModRq><VendorMod><ListID>` + v.childText("ListID") + `</ListID><EditSequence>` + v.childText("EditSequence") +
		`</EditSequence><IsActive>false</IsActive><VendorAddress><City>Berkeley</City></VendorAddress><Phone></Phone></VendorMod></VendorModRq>`).child("VendorRet")
	if mod.childText("IsActive") != "false" || mod.child("VendorAddress").childText("Addr1") != "1 Main St" ||
		mod.child("VendorAddress").childText("City") != "Berkeley" || mod.child("Phone") != nil {
		t.Errorf("VendorMod merge wrong")
	}
	active := h.one(`<VendorQueryRq />`).children
	all := h.one(`<VendorQueryRq><ActiveStatus>All</ActiveStatus></VendorQueryRq>`).children
	if len(all) != 41 || len(active) != 39 {
		t.Errorf("vendors all=%d active=%d", len(all), len(active))
	}
	limited := h.one(`<VendorQueryRq><MaxReturned>5</MaxReturned></VendorQueryRq>`).children
	if len(limited) != 5 {
		t.Errorf("MaxReturned 5 returned %d", len(limited))
	}
	contains := h.one(`<VendorQueryRq><NameFilter><MatchCriterion>Contains</MatchCriterion><Name>&amp;</Name></NameFilter></VendorQueryRq>`).children
	if len(contains) < 5 {
		t.Errorf("NameFilter Contains & = %v", names(contains, "Name"))
	}
	// The Mod happened after every seeded record was created.
	recent := h.one(`<VendorQueryRq><ActiveStatus>All</ActiveStatus><FromModifiedDate>` + mod.childText("TimeModified") + `</FromModifiedDate></VendorQueryRq>`).children
	if len(recent) != 1 {
		t.Errorf("FromModifiedDate returned %v", names(recent, "Name"))
	}
}

func TestIteratorsLiveInTheirSession(t *testing.T) {
	h := newHarness(t, true)
	first := h.one(`<CustomerQueryRq requestID="it" iterator="Start"><MaxReturned>10</MaxReturned><ActiveStatus>All</ActiveStatus></CustomerQueryRq>`)
	id := first.attr("iteratorID")
	if len(first.children) != 10 || first.attr("iteratorRemainingCount") != "15" || id == "" {
		t.Fatalf("first page: %d rets, remaining %s", len(first.children), first.attr("iteratorRemainingCount"))
	}
	cont := `<CustomerQueryRq requestID="it" iterator="Continue" iteratorID="` + id + `"><MaxReturned>10</MaxReturned></CustomerQueryRq>`
	second := h.one(cont)
	third := h.one(cont)
	if len(second.children) != 10 || len(third.children) != 5 || third.attr("iteratorRemainingCount") != "0" {
		t.Errorf("pages: %d, %d remaining %s", len(second.children), len(third.children), third.attr("iteratorRemainingCount"))
	}
	if second.attr("requestID") != "it" {
		t.Error("requestID lost while iterating")
	}
	seen := map[string]bool{}
	for _, p := range [][]*element{first.children, second.children, third.children} {
		for _, r := range p {
			seen[r.childText("ListID")] = true
		}
	}
	if len(seen) != 25 {
		t.Errorf("iterator returned %d distinct customers, want 25", len(seen))
	}

	// A new session (the next Web Connector run) does not know the iterator.
	again := h.one(`<CustomerQueryRq iterator="Start"><MaxReturned>3</MaxReturned></CustomerQueryRq>`)
	other, err := h.company.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer other.End()
	resp, err := other.ProcessRequest(context.Background(), msgSet("stopOnError",
		`<CustomerQueryRq iterator="Continue" iteratorID="`+again.attr("iteratorID")+`"><MaxReturned>3</MaxReturned></CustomerQueryRq>`))
	if err != nil {
		t.Fatal(err)
	}
	h.schema.check("3391", resp)
	if !strings.Contains(resp, `statusCode="3391"`) {
		t.Errorf("continue from another session: %s", resp)
	}
}

func TestOnErrorAndRequestIDs(t *testing.T) {
	h := newHarness(t, true)
	bad := `<VendorAddRq requestID="2"><VendorAdd><Name>Golden Gate Electric</Name></VendorAdd></VendorAddRq>`
	rs := h.do("stopOnError",
		`<VendorAddRq requestID="1"><VendorAdd><Name>New Vendor One</Name></VendorAdd></VendorAddRq>`, bad,
		`<VendorAddRq requestID="3"><VendorAdd><Name>New Vendor Three</Name></VendorAdd></VendorAddRq>`,
		`<VendorQueryRq requestID="4" />`)
	want := []int{0, StatusNameInUse, StatusNotProcessed, StatusNotProcessed}
	for i, r := range rs {
		expectStatus(t, r, want[i])
		if r.attr("requestID") != []string{"1", "2", "3", "4"}[i] {
			t.Errorf("requestID %q", r.attr("requestID"))
		}
	}
	if q := h.one(`<VendorQueryRq><FullName>New Vendor Three</FullName></VendorQueryRq>`); code(q) != StatusPartialMatch {
		t.Error("a request after a stopOnError failure was processed")
	}
	rs = h.do("continueOnError", bad, `<VendorAddRq requestID="5"><VendorAdd><Name>New Vendor Five</Name></VendorAdd></VendorAddRq>`)
	expectStatus(t, rs[0], StatusNameInUse)
	expectStatus(t, rs[1], 0)
}

func TestUnparsableRequestsFailAsProcessorErrors(t *testing.T) {
	h := newHarness(t, true)
	cases := map[string]string{
		"not xml":       `<QBXML><QBXMLMsgsRq onError="stopOnError"><VendorQueryRq>`,
		"no onError":    `<?xml version="1.0"?><QBXML><QBXMLMsgsRq><VendorQueryRq /></QBXMLMsgsRq></QBXML>`,
		"out of order":  msgSet("stopOnError", `<BillAddRq><BillAdd><TxnDate>2024-03-10</TxnDate><VendorRef><FullName>Home Depot</FullName></VendorRef></BillAdd></BillAddRq>`),
		"unknown field": msgSet("stopOnError", `<VendorAddRq><VendorAdd><Name>X</Name><Bogus>1</Bogus></VendorAdd></VendorAddRq>`),
		"missing Name":  msgSet("stopOnError", `<VendorAddRq><VendorAdd><CompanyName>X</CompanyName></VendorAdd></VendorAddRq>`),
		"version 16":    strings.Replace(msgSet("stopOnError", `<VendorQueryRq />`), "13.0", "16.0", 1),
	}
	for name, req := range cases {
		_, err := h.session.ProcessRequest(context.Background(), req)
		var pe *ProcessorError
		if !errors.As(err, &pe) || pe.HResult != HResultParseError || !strings.HasPrefix(pe.Message, msgParseError) {
			t.Errorf("%s: err = %v, want %s", name, err, HResultParseError)
		}
	}
	// Nothing of a rejected set is applied.
	if q := h.one(`<VendorQueryRq><FullName>X</FullName></VendorQueryRq>`); code(q) != StatusPartialMatch {
		t.Error("a rejected message set changed the company")
	}
}
