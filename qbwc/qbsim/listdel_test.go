package qbsim

import (
	"strings"
	"testing"
	"time"
)

// manualClock moves only when told, so deletion times and ranges are exact.
type manualClock struct{ t time.Time }

func (c *manualClock) now() time.Time { return c.t }

func newDeletionHarness(t *testing.T) (*harness, *manualClock) {
	t.Helper()
	clk := &manualClock{t: time.Date(2025, 3, 3, 17, 0, 0, 0, time.UTC)} // 09:00 in the company's PST
	c := New(WithClock(clk.now))
	for _, a := range []Account{{Name: "Contract Revenue", Type: "Income"}, {Name: "Subcontractors", Type: "CostOfGoodsSold"}} {
		if _, err := c.AddAccount(a); err != nil {
			t.Fatal(err)
		}
	}
	s, err := c.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.End)
	return &harness{t: t, company: c, session: s, schema: newSchemaValidator(t)}, clk
}

func listDel(typ, id string) string {
	return `<ListDelRq><ListDelType>` + typ + `</ListDelType><ListID>` + id + `</ListID></ListDelRq>`
}

// adder returns f(AddX(…)): the new ListID, failing t if the add failed.
func adder(t *testing.T) func(string, error) string {
	return func(id string, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
}

func TestListDelAndListDeletedQuery(t *testing.T) {
	h, clk := newDeletionHarness(t)
	mustAdd := adder(t)
	vendor := mustAdd(h.company.AddVendor(Vendor{Name: "ACME Lumber & Supply"}))
	item := mustAdd(h.company.AddItem(Item{Name: "03-300", IncomeAccount: "Contract Revenue", ExpenseAccount: "Subcontractors"}))
	customer := mustAdd(h.company.AddCustomer(Customer{Name: "Smith, John"}))
	job := mustAdd(h.company.AddCustomer(Customer{Name: "2025-017 Remodel", Parent: "Smith, John"}))

	// The type must be the record's own, as QuickBooks finds a record by type and ListID.
	expectStatus(t, h.one(listDel("Customer", vendor)), StatusNotFound)
	// A customer with a job below it cannot go first.
	expectStatus(t, h.one(listDel("Customer", customer)), StatusLockModify)

	clk.t = clk.t.Add(time.Minute) // 09:01:00
	rs := h.one(listDel("Vendor", vendor))
	expectStatus(t, rs, StatusOK)
	if rs.childText("ListDelType") != "Vendor" || rs.childText("ListID") != vendor || rs.childText("FullName") != "ACME Lumber & Supply" ||
		rs.childText("TimeDeleted") != "2025-03-03T09:01:00-08:00" {
		t.Fatalf("ListDelRs: %+v", rs.children)
	}
	expectStatus(t, h.one(listDel("Vendor", vendor)), StatusNotFound)
	clk.t = clk.t.Add(time.Second) // 09:01:01
	expectStatus(t, h.one(listDel("Customer", job)), StatusOK)
	clk.t = clk.t.Add(time.Second) // 09:01:02
	expectStatus(t, h.one(listDel("ItemService", item)), StatusOK)
	if h.company.ListCount(KindVendor) != 0 || h.company.ListCount(KindCustomer) != 1 || h.company.ListCount(KindItemService) != 0 {
		t.Fatal("the records are still in the company")
	}
	// The name is free again; the new record has a new ListID.
	if again := mustAdd(h.company.AddVendor(Vendor{Name: "ACME Lumber & Supply"})); again == vendor {
		t.Fatal("a ListID was given out twice")
	}

	query := func(types []string, filter string) []*element {
		t.Helper()
		rq := `<ListDeletedQueryRq>`
		for _, typ := range types {
			rq += `<ListDelType>` + typ + `</ListDelType>`
		}
		rs := h.one(rq + filter + `</ListDeletedQueryRq>`)
		if len(rs.children) == 0 {
			expectStatus(t, rs, StatusNoMatch)
		}
		return rs.children
	}
	all := query([]string{"Vendor", "Customer", "ItemService"}, "")
	if got := names(all, "ListID"); strings.Join(got, ",") != vendor+","+job+","+item {
		t.Fatalf("every deletion: %v", got)
	}
	if j := all[1]; j.childText("FullName") != "Smith, John:2025-017 Remodel" || j.childText("ListDelType") != "Customer" ||
		j.childText("TimeDeleted") != "2025-03-03T09:01:01-08:00" || j.childText("TimeCreated") != "2025-03-03T09:00:00-08:00" {
		t.Errorf("the job's record: %+v", j.children)
	}
	if got := query([]string{"Vendor"}, ""); len(got) != 1 {
		t.Errorf("only vendors: %d records", len(got))
	}
	// Both bounds are inclusive, to the second, whatever offset they are written with.
	from := `<DeletedDateRangeFilter><FromDeletedDate>2025-03-03T17:01:01+00:00</FromDeletedDate></DeletedDateRangeFilter>`
	if got := names(query([]string{"Vendor", "Customer", "ItemService"}, from), "ListID"); strings.Join(got, ",") != job+","+item {
		t.Errorf("from 09:01:01: %v", got)
	}
	between := `<DeletedDateRangeFilter><FromDeletedDate>2025-03-03T09:01:01-08:00</FromDeletedDate><ToDeletedDate>2025-03-03T09:01:01-08:00</ToDeletedDate></DeletedDateRangeFilter>`
	if got := names(query([]string{"Vendor", "Customer", "ItemService"}, between), "ListID"); strings.Join(got, ",") != job {
		t.Errorf("within 09:01:01: %v", got)
	}
	after := `<DeletedDateRangeFilter><FromDeletedDate>2025-03-03T09:01:03-08:00</FromDeletedDate></DeletedDateRangeFilter>`
	if got := query([]string{"Vendor", "Customer", "ItemService"}, after); len(got) != 0 {
		t.Errorf("after the last deletion: %d records", len(got))
	}

	// QuickBooks keeps deletions for about 90 days only.
	clk.t = clk.t.Add(89 * 24 * time.Hour)
	if got := query([]string{"Vendor"}, ""); len(got) != 1 {
		t.Errorf("after 89 days: %d records", len(got))
	}
	clk.t = clk.t.Add(2 * 24 * time.Hour)
	if got := query([]string{"Vendor", "Customer", "ItemService"}, ""); len(got) != 0 {
		t.Errorf("after 91 days: %d records", len(got))
	}
}

func TestListDelRefusesARecordInUse(t *testing.T) {
	h, _ := newDeletionHarness(t)
	mustAdd := adder(t)
	vendor := mustAdd(h.company.AddVendor(Vendor{Name: "Used Vendor"}))
	mustAdd(h.company.AddVendor(Vendor{Name: "Unused Vendor"}))
	expectStatus(t, h.one(`<BillAddRq><BillAdd><VendorRef><ListID>`+vendor+`</ListID></VendorRef>`+
		`<ExpenseLineAdd><AccountRef><FullName>Subcontractors</FullName></AccountRef><Amount>10.00</Amount></ExpenseLineAdd></BillAdd></BillAddRq>`), StatusOK)
	expectStatus(t, h.one(listDel("Vendor", vendor)), StatusLockModify)
	if h.company.ListCount(KindVendor) != 2 {
		t.Fatal("a refused deletion deleted")
	}
	expectStatus(t, h.one(`<ListDeletedQueryRq><ListDelType>Vendor</ListDelType></ListDeletedQueryRq>`), StatusNoMatch)
}

func TestListDelIsRolledBack(t *testing.T) {
	h, _ := newDeletionHarness(t)
	mustAdd := adder(t)
	vendor := mustAdd(h.company.AddVendor(Vendor{Name: "Kept Vendor"}))
	rs := h.do("rollbackOnError", listDel("Vendor", vendor), listDel("Vendor", "nonexistent"))
	expectStatus(t, rs[1], StatusNotFound)
	if h.company.ListCount(KindVendor) != 1 {
		t.Fatal("the deletion was not rolled back")
	}
	expectStatus(t, h.one(`<ListDeletedQueryRq><ListDelType>Vendor</ListDelType></ListDeletedQueryRq>`), StatusNoMatch)
}

func TestTxnDeletedQueryForgetsAfter90Days(t *testing.T) {
	h, clk := newDeletionHarness(t)
	mustAdd := adder(t)
	vendor := mustAdd(h.company.AddVendor(Vendor{Name: "Bill Vendor"}))
	bill := h.one(`<BillAddRq><BillAdd><VendorRef><ListID>` + vendor + `</ListID></VendorRef><RefNumber>B-1</RefNumber>` +
		`<ExpenseLineAdd><AccountRef><FullName>Subcontractors</FullName></AccountRef><Amount>10.00</Amount></ExpenseLineAdd></BillAdd></BillAddRq>`).child("BillRet")
	expectStatus(t, h.one(`<TxnDelRq><TxnDelType>Bill</TxnDelType><TxnID>`+bill.childText("TxnID")+`</TxnID></TxnDelRq>`), StatusOK)
	query := `<TxnDeletedQueryRq><TxnDelType>Bill</TxnDelType></TxnDeletedQueryRq>`
	if rs := h.one(query); len(rs.children) != 1 || rs.child("TxnDeletedRet").childText("RefNumber") != "B-1" {
		t.Fatalf("TxnDeletedQuery: %+v", rs.children)
	}
	clk.t = clk.t.Add(91 * 24 * time.Hour)
	expectStatus(t, h.one(query), StatusNoMatch)
}
