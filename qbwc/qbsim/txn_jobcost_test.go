package qbsim

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

var costTypes = []string{"Bill", "Check", "CreditCardCharge", "ItemReceipt", "JournalEntry"}

func cents(s string) int64 {
	v, _ := strconv.ParseFloat(s, 64)
	return int64(math.Round(v * 100))
}

// expectedJobCosts computes job-to-date cost per job and per job+item
// straight from the fixture JSON, independently of the simulator.
func expectedJobCosts(t *testing.T) (perJob map[string]int64, perJobItem map[[2]string]int64, perType map[string]int) {
	t.Helper()
	f, err := LoadFixture("testdata/reference_company.json")
	if err != nil {
		t.Fatal(err)
	}
	perJob, perJobItem, perType = map[string]int64{}, map[[2]string]int64{}, map[string]int{}
	for _, tx := range f.Transactions {
		perType[tx.Type]++
		for _, l := range tx.ExpenseLines {
			if l.Job != "" {
				perJob[l.Job] += cents(l.Amount)
			}
		}
		for _, l := range tx.ItemLines {
			if l.Job == "" {
				continue
			}
			a := cents(l.Amount)
			if l.Amount == "" {
				q, _ := strconv.ParseFloat(l.Quantity, 64)
				c, _ := strconv.ParseFloat(l.Cost, 64)
				a = int64(math.Round(q * c * 100))
			}
			perJob[l.Job] += a
			perJobItem[[2]string{l.Job, l.Item}] += a
		}
		for _, l := range tx.JournalLines {
			if l.Entity != "" && l.Debit {
				perJob[l.Entity] += cents(l.Amount)
			}
		}
	}
	return perJob, perJobItem, perType
}

func TestReferenceTransactionsFixture(t *testing.T) {
	h := newHarness(t, true)
	perJob, perJobItem, perType := expectedJobCosts(t)
	total := 0
	for _, n := range perType {
		total += n
	}
	if total < 55 || len(perJob) < 8 || len(perJobItem) < 20 {
		t.Fatalf("fixture too thin: %d txns, %d jobs, %d job/item pairs", total, len(perJob), len(perJobItem))
	}
	// Closed/inactive jobs carry cost too.
	for _, j := range []string{"Lee, Amanda:Lee Deck Replacement", "Harbor Point Development LLC:Harbor Point Phase 1"} {
		if perJob[j] == 0 {
			t.Errorf("closed job %s has no cost in the fixture", j)
		}
	}
	for _, typ := range costTypes {
		want := perType[typ]
		tt, _ := txnTypeByName(typ)
		if got := h.company.TxnCount(tt); got != want {
			t.Errorf("%s count = %d, want %d", typ, got, want)
		}
		// Iterate with pages of 7 and IncludeLineItems: every record once, with lines.
		rq := `<` + typ + `QueryRq requestID="it" iterator="Start"><MaxReturned>7</MaxReturned><IncludeLineItems>true</IncludeLineItems></` + typ + `QueryRq>`
		rs := h.one(rq)
		seen := map[string]bool{}
		for {
			expectStatus(t, rs, 0)
			for _, r := range rs.children {
				seen[r.childText("TxnID")] = true
				if len(r.children) < 8 {
					t.Errorf("%s too thin", r.name)
				}
				lines := len(r.all("ExpenseLineRet")) + len(r.all("ItemLineRet")) + len(r.all("JournalDebitLine")) + len(r.all("JournalCreditLine"))
				if lines == 0 {
					t.Errorf("%s %s returned without lines", typ, r.childText("TxnID"))
				}
			}
			if rs.attr("iteratorRemainingCount") == "0" {
				break
			}
			rs = h.one(`<` + typ + `QueryRq requestID="it" iterator="Continue" iteratorID="` + rs.attr("iteratorID") + `"><MaxReturned>7</MaxReturned></` + typ + `QueryRq>`)
		}
		if len(seen) != want {
			t.Errorf("%s iterator returned %d distinct, want %d", typ, len(seen), want)
		}
	}

	// Job-to-date per job and per job+item from the per-type queries' lines.
	gotJob, gotJobItem := map[string]int64{}, map[[2]string]int64{}
	for _, typ := range costTypes {
		for _, r := range h.one(`<` + typ + `QueryRq><IncludeLineItems>true</IncludeLineItems></` + typ + `QueryRq>`).children {
			for _, l := range r.children {
				job := l.child("CustomerRef").childText("FullName")
				if l.name == "JournalDebitLine" {
					job = l.child("EntityRef").childText("FullName")
				}
				if job == "" || l.name == "JournalCreditLine" {
					continue
				}
				gotJob[job] += cents(l.childText("Amount"))
				if item := l.child("ItemRef").childText("FullName"); item != "" {
					gotJobItem[[2]string{job, item}] += cents(l.childText("Amount"))
				}
			}
		}
	}
	for j, want := range perJob {
		if gotJob[j] != want {
			t.Errorf("job %s: queries give %d cents, fixture %d", j, gotJob[j], want)
		}
	}
	for k, want := range perJobItem {
		if gotJobItem[k] != want {
			t.Errorf("job/item %v: queries give %d cents, fixture %d", k, gotJobItem[k], want)
		}
	}

	// The same roll-up through TransactionQuery, one job at a time.
	types := ""
	for _, typ := range costTypes {
		types += `<TxnTypeFilter>` + typ + `</TxnTypeFilter>`
	}
	for j, want := range perJob {
		rs := h.one(`<TransactionQueryRq><TransactionEntityFilter><FullName>` + escapeText(j) + `</FullName></TransactionEntityFilter>` +
			`<TransactionTypeFilter>` + types + `</TransactionTypeFilter><TransactionDetailLevelFilter>AllExceptSummary</TransactionDetailLevelFilter></TransactionQueryRq>`)
		var got int64
		for _, row := range rs.children {
			if row.child("EntityRef").childText("FullName") == j {
				got += cents(row.childText("Amount"))
			}
			if row.childText("TxnLineID") == "" {
				t.Errorf("line row without TxnLineID")
			}
		}
		if got != want {
			t.Errorf("TransactionQuery job %s = %d cents, want %d", j, got, want)
		}
	}
}

func TestCostQueryFilters(t *testing.T) {
	h := newHarness(t, true)
	ccs := h.one(`<CreditCardChargeQueryRq><AccountFilter><FullName>Company Visa</FullName></AccountFilter></CreditCardChargeQueryRq>`).children
	if len(ccs) != 8 || ccs[0].child("AccountRef").childText("FullName") != "Company Visa" || ccs[0].childText("Amount") == "" {
		t.Fatalf("CreditCardChargeQuery by account: %d", len(ccs))
	}
	// AccountFilter with children reaches line accounts (and item accounts).
	rentals := h.one(`<CreditCardChargeQueryRq><AccountFilter><FullName>Job Costs:Equipment Rental</FullName></AccountFilter></CreditCardChargeQueryRq>`).children
	if len(rentals) == 0 || len(rentals) >= 8 {
		t.Errorf("charges with equipment rental lines = %d", len(rentals))
	}
	withChildren := h.one(`<BillQueryRq><AccountFilter><FullNameWithChildren>Job Costs</FullNameWithChildren></AccountFilter></BillQueryRq>`).children
	if len(withChildren) != h.company.TxnCount(TxnBill) {
		t.Errorf("bills posting under Job Costs = %d", len(withChildren))
	}
	expectStatus(t, h.one(`<BillQueryRq><AccountFilter><FullName>No Such Account</FullName></AccountFilter></BillQueryRq>`), StatusInvalidRef)

	// Journal entries filter by the names on their lines.
	je := h.one(`<JournalEntryQueryRq><EntityFilter><FullNameWithChildren>Smith, John</FullNameWithChildren></EntityFilter><IncludeLineItems>true</IncludeLineItems></JournalEntryQueryRq>`)
	expectStatus(t, je, 0)
	for _, r := range je.children {
		if !strings.HasPrefix(r.child("JournalDebitLine").child("EntityRef").childText("FullName"), "Smith, John") {
			t.Errorf("JE %s not for Smith", r.childText("RefNumber"))
		}
	}
	ir := h.one(`<ItemReceiptQueryRq><RefNumber>PS-302</RefNumber><IncludeLineItems>true</IncludeLineItems></ItemReceiptQueryRq>`).child("ItemReceiptRet")
	if ir.childText("TotalAmount") == "" || ir.child("ItemLineRet").child("CustomerRef") == nil {
		t.Errorf("item receipt: %v", ir)
	}
	byID := h.one(`<ItemReceiptQueryRq><TxnID>` + ir.childText("TxnID") + `</TxnID></ItemReceiptQueryRq>`)
	if len(byID.children) != 1 {
		t.Errorf("by TxnID: %d", len(byID.children))
	}
	expectStatus(t, h.one(`<JournalEntryQueryRq><TxnID>`+ir.childText("TxnID")+`</TxnID></JournalEntryQueryRq>`), StatusNotFound)
	feb := h.one(`<CheckQueryRq><TxnDateRangeFilter><FromTxnDate>2024-02-01</FromTxnDate><ToTxnDate>2024-02-29</ToTxnDate></TxnDateRangeFilter></CheckQueryRq>`).children
	for _, r := range feb {
		if d := r.childText("TxnDate"); d < "2024-02-01" || d > "2024-02-29" {
			t.Errorf("check dated %s in February filter", d)
		}
	}
	expectStatus(t, h.one(`<JournalEntryQueryRq><ModifiedDateRangeFilter><FromModifiedDate>2030-01-01T00:00:00</FromModifiedDate></ModifiedDateRangeFilter></JournalEntryQueryRq>`), StatusNoMatch)

	// TransactionQuery: summary rows, types, posting status, TxnID, iterator.
	sum := h.one(`<TransactionQueryRq><TransactionTypeFilter><TxnTypeFilter>JournalEntry</TxnTypeFilter></TransactionTypeFilter></TransactionQueryRq>`).children
	if len(sum) != 6 || sum[0].childText("TxnType") != "JournalEntry" || sum[0].childText("TxnLineID") != "" {
		t.Errorf("JE summary rows = %d", len(sum))
	}
	all := h.one(`<TransactionQueryRq><TransactionTypeFilter><TxnTypeFilter>JournalEntry</TxnTypeFilter></TransactionTypeFilter><TransactionDetailLevelFilter>All</TransactionDetailLevelFilter></TransactionQueryRq>`).children
	if len(all) != 6*3 {
		t.Errorf("JE summary+line rows = %d, want 18", len(all))
	}
	h.one(`<EstimateAddRq><EstimateAdd>` + job + `<EstimateLineAdd><ItemRef><FullName>09-200 Drywall</FullName></ItemRef><Amount>800.00</Amount></EstimateLineAdd></EstimateAdd></EstimateAddRq>`)
	posting := h.one(`<TransactionQueryRq><TransactionPostingStatusFilter>NonPosting</TransactionPostingStatusFilter></TransactionQueryRq>`).children
	if len(posting) != 1 || posting[0].childText("TxnType") != "Estimate" {
		t.Errorf("non-posting rows = %d", len(posting))
	}
	one := h.one(`<TransactionQueryRq><TxnID>` + sum[0].childText("TxnID") + `</TxnID></TransactionQueryRq>`).children
	if len(one) != 1 || one[0].childText("Amount") == "0.00" {
		t.Errorf("TransactionQuery by TxnID: %v", one)
	}
	start := h.one(`<TransactionQueryRq iterator="Start"><MaxReturned>25</MaxReturned><TransactionModifiedDateRangeFilter><FromModifiedDate>2024-01-01</FromModifiedDate></TransactionModifiedDateRangeFilter></TransactionQueryRq>`)
	if len(start.children) != 25 || start.attr("iteratorRemainingCount") == "0" {
		t.Errorf("TransactionQuery iterator: %d rows, remaining %s", len(start.children), start.attr("iteratorRemainingCount"))
	}
	item := h.one(`<TransactionQueryRq><TransactionItemFilter><FullName>16-100 Electrical</FullName></TransactionItemFilter><TransactionDetailLevelFilter>AllExceptSummary</TransactionDetailLevelFilter></TransactionQueryRq>`).children
	if len(item) == 0 {
		t.Error("no rows for item 16-100")
	}
}

func TestJournalEntryMustBalance(t *testing.T) {
	h := newHarness(t, true)
	rs := h.one(`<JournalEntryAddRq><JournalEntryAdd><TxnDate>2024-03-09</TxnDate>` +
		`<JournalDebitLine><AccountRef><FullName>Job Costs:Direct Labor</FullName></AccountRef><Amount>100.00</Amount><EntityRef><FullName>Peña Family Trust:Peña ADU</FullName></EntityRef></JournalDebitLine>` +
		`<JournalCreditLine><AccountRef><FullName>Payroll Checking</FullName></AccountRef><Amount>90.00</Amount></JournalCreditLine></JournalEntryAdd></JournalEntryAddRq>`)
	expectStatus(t, rs, 3210)
	rs = h.one(`<JournalEntryAddRq><JournalEntryAdd><JournalDebitLine><AccountRef><FullName>Job Costs:Direct Labor</FullName></AccountRef><Amount>1</Amount>` +
		`<EntityRef><FullName>Nobody</FullName></EntityRef></JournalDebitLine><JournalCreditLine><AccountRef><FullName>Payroll Checking</FullName></AccountRef><Amount>1</Amount></JournalCreditLine></JournalEntryAdd></JournalEntryAddRq>`)
	expectStatus(t, rs, StatusInvalidRef)
}

func TestDeletedCostTransactions(t *testing.T) {
	h := newHarness(t, true)
	var want []string
	for _, typ := range costTypes {
		r := h.one(`<` + typ + `QueryRq><MaxReturned>1</MaxReturned></` + typ + `QueryRq>`).children[0]
		expectStatus(t, h.one(`<TxnDelRq><TxnDelType>`+typ+`</TxnDelType><TxnID>`+r.childText("TxnID")+`</TxnID></TxnDelRq>`), 0)
		want = append(want, typ+"/"+r.childText("TxnID")+"/"+r.childText("TimeCreated")+"/"+r.childText("RefNumber"))
	}
	q := `<TxnDeletedQueryRq>`
	for _, typ := range costTypes {
		q += `<TxnDelType>` + typ + `</TxnDelType>`
	}
	rs := h.one(q + `</TxnDeletedQueryRq>`)
	var got []string
	for _, d := range rs.children {
		if d.childText("TimeDeleted") == "" {
			t.Errorf("no TimeDeleted: %v", d)
		}
		got = append(got, d.childText("TxnDelType")+"/"+d.childText("TxnID")+"/"+d.childText("TimeCreated")+"/"+d.childText("RefNumber"))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("TxnDeletedQuery:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Deleted transactions are gone from TransactionQuery too.
	id := strings.Split(want[0], "/")[1]
	expectStatus(t, h.one(`<TransactionQueryRq><TxnID>`+id+`</TxnID></TransactionQueryRq>`), StatusNotFound)
}
