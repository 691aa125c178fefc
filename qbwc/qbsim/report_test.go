package qbsim

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	remodel = "Smith, John:Remodel"
	deck    = "Lee, Amanda:Deck"
)

// jobCostCompany is a small company with every kind of job cost on two jobs: an estimate with
// a markup, a bill (item lines on both jobs and an expense line), a check, a card charge on the
// parent item itself, a card credit, an item receipt and a journal entry; the vendor credit is
// added through qbXML by the tests. The clock is the test's to move.
func jobCostCompany(t *testing.T, now *time.Time) *harness {
	t.Helper()
	c := New(WithClock(func() time.Time { *now = now.Add(time.Second); return *now }))
	f := Fixture{
		Accounts: []Account{{Name: "Operating Checking", Type: "Bank"}, {Name: "Accounts Payable", Type: "AccountsPayable"},
			{Name: "Company Visa", Type: "CreditCard"}, {Name: "Job Costs", Type: "CostOfGoodsSold"}, {Name: "Income", Type: "Income"}},
		Items: []Item{
			{Name: "01 Plans", Description: "Plans & Permits", IncomeAccount: "Income", ExpenseAccount: "Job Costs"},
			{Name: "01.1 Drawings", Parent: "01 Plans", Description: "Drawings", IncomeAccount: "Income", ExpenseAccount: "Job Costs"},
			{Name: "01.2 Permits", Parent: "01 Plans", IncomeAccount: "Income", ExpenseAccount: "Job Costs"},
			{Name: "02 Concrete", Description: "Concrete", IncomeAccount: "Income", ExpenseAccount: "Job Costs"},
		},
		Vendors:   []Vendor{{Name: "Acme Supply"}},
		Customers: []Customer{{Name: "Smith, John"}, {Name: "Remodel", Parent: "Smith, John"}, {Name: "Lee, Amanda"}, {Name: "Deck", Parent: "Lee, Amanda"}},
		Transactions: []Transaction{
			{Type: "Bill", Vendor: "Acme Supply", Date: "2024-03-01", Ref: "B-1",
				ItemLines: []ItemLine{{Item: "01 Plans:01.1 Drawings", Amount: "684.04", Job: remodel},
					{Item: "01 Plans:01.2 Permits", Quantity: "2", Cost: "283.25", Job: remodel},
					{Item: "02 Concrete", Amount: "3000.00", Job: deck}},
				ExpenseLines: []ExpenseLine{{Account: "Job Costs", Amount: "310.55", Job: remodel}}},
			{Type: "Check", Payee: "Acme Supply", Account: "Operating Checking", Date: "2024-03-02", Ref: "1001",
				ItemLines:    []ItemLine{{Item: "02 Concrete", Amount: "1200.00", Job: remodel}},
				ExpenseLines: []ExpenseLine{{Account: "Job Costs", Amount: "99.99", Job: remodel}}},
			{Type: "CreditCardCharge", Payee: "Acme Supply", Account: "Company Visa", Date: "2024-03-03",
				ItemLines: []ItemLine{{Item: "01 Plans", Amount: "50.00", Job: remodel}}},
			{Type: "CreditCardCredit", Payee: "Acme Supply", Account: "Company Visa", Date: "2024-03-04",
				ItemLines: []ItemLine{{Item: "02 Concrete", Amount: "20.00", Job: remodel}}},
			{Type: "ItemReceipt", Vendor: "Acme Supply", Date: "2024-03-05",
				ItemLines: []ItemLine{{Item: "01 Plans:01.2 Permits", Amount: "100.00", Job: remodel}}},
			{Type: "JournalEntry", Date: "2024-03-06", JournalLines: []JournalLine{
				{Debit: true, Account: "Job Costs", Amount: "500.00", Entity: remodel}, {Account: "Operating Checking", Amount: "500.00"}}},
		},
	}
	if err := c.Seed(f); err != nil {
		t.Fatal(err)
	}
	s, err := c.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.End)
	h := &harness{t: t, company: c, session: s, schema: newSchemaValidator(t)}
	expectStatus(t, h.one(`<EstimateAddRq><EstimateAdd><CustomerRef><FullName>`+remodel+`</FullName></CustomerRef><TxnDate>2024-02-20</TxnDate>`+
		`<EstimateLineAdd><ItemRef><FullName>01 Plans:01.1 Drawings</FullName></ItemRef><Quantity>1</Quantity><Rate>1000</Rate><Amount>1500.00</Amount><MarkupRatePercent>50</MarkupRatePercent></EstimateLineAdd>`+
		`<EstimateLineAdd><ItemRef><FullName>02 Concrete</FullName></ItemRef><Amount>4000.00</Amount></EstimateLineAdd>`+
		`</EstimateAdd></EstimateAddRq>`), 0)
	rs := h.one(`<VendorCreditAddRq><VendorCreditAdd><VendorRef><FullName>Acme Supply</FullName></VendorRef><TxnDate>2024-03-07</TxnDate><RefNumber>VC-1</RefNumber>` +
		`<ItemLineAdd><ItemRef><FullName>01 Plans:01.1 Drawings</FullName></ItemRef><Amount>84.04</Amount><CustomerRef><FullName>` + remodel + `</FullName></CustomerRef></ItemLineAdd>` +
		`</VendorCreditAdd></VendorCreditAddRq>`)
	expectStatus(t, rs, 0)
	if ret := rs.child("VendorCreditRet"); ret.childText("CreditAmount") != "84.04" || ret.childText("OpenAmount") != "84.04" {
		t.Fatalf("VendorCreditRet %+v", ret)
	}
	return h
}

// reportFigures reads a job report element: per item FullName (and per parent total, prefixed
// "Total ") the Est. Cost, Act. Cost and Est. Revenue, located by column title.
func reportFigures(t *testing.T, rs *element) (map[string][3]string, []string) {
	t.Helper()
	expectStatus(t, rs, 0)
	ret := rs.child("ReportRet")
	cols := map[string]string{}
	for _, cd := range ret.all("ColDesc") {
		cols[cd.child("ColTitle").attr("value")] = cd.attr("colID")
	}
	out := map[string][3]string{}
	var layout []string
	for _, row := range ret.child("ReportData").children {
		cell := func(title string) string {
			for _, cd := range row.all("ColData") {
				if cd.attr("colID") == cols[title] {
					return cd.attr("value")
				}
			}
			return ""
		}
		key := rowDataValue(row)
		switch row.name {
		case "TextRow":
			layout = append(layout, "T:"+row.attr("value"))
			continue
		case "SubtotalRow":
			key = "Total " + key
		case "TotalRow":
			key = "TOTAL"
		}
		layout = append(layout, row.name[:1]+":"+cell(""))
		out[key] = [3]string{cell("Est. Cost"), cell("Act. Cost"), cell("Est. Revenue")}
	}
	if n, _ := strconv.Atoi(ret.childText("NumRows")); n != len(ret.child("ReportData").children) {
		t.Errorf("NumRows %d, %d rows", n, len(ret.child("ReportData").children))
	}
	return out, layout
}

// rowDataValue is a row's RowData value, "" when it has none.
func rowDataValue(row *element) string {
	if rd := row.child("RowData"); rd != nil {
		return rd.attr("value")
	}
	return ""
}

func jobReportRq(job string) string {
	return `<JobReportQueryRq requestID="j"><JobReportType>JobEstimatesVsActualsDetail</JobReportType><ReportEntityFilter><FullName>` +
		escapeText(job) + `</FullName></ReportEntityFilter></JobReportQueryRq>`
}

func TestJobReportFromOwnTransactions(t *testing.T) {
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	h := jobCostCompany(t, &now)
	got, layout := reportFigures(t, h.one(jobReportRq(remodel)))
	want := map[string][3]string{
		"01 Plans":               {"0.00", "50.00", "0.00"}, // costs on the parent item itself
		"01 Plans:01.1 Drawings": {"1000.00", "600.00", "1500.00"},
		"01 Plans:01.2 Permits":  {"0.00", "666.50", "0.00"},
		"Total 01 Plans":         {"1000.00", "1316.50", "1500.00"},
		"02 Concrete":            {"4000.00", "1180.00", "4000.00"},
		"Total ":                 {"5000.00", "2496.50", "5500.00"}, // Total Service (no RowData)
		"TOTAL":                  {"5000.00", "2496.50", "5500.00"},
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%q = %v, want %v", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("rows %v", got)
	}
	wantLayout := "T:Service|T:01 Plans (Plans & Permits)|D:01 Plans - Other|D:01.1 Drawings (Drawings)|D:01.2 Permits|S:Total 01 Plans (Plans & Permits)|D:02 Concrete (Concrete)|S:Total Service|T:TOTAL"
	if strings.Join(layout, "|") != wantLayout {
		t.Errorf("layout\n got %s\nwant %s", strings.Join(layout, "|"), wantLayout)
	}
	if title := h.one(jobReportRq(remodel)).child("ReportRet").childText("ReportTitle"); title != "Job Estimates vs. Actuals Detail for "+remodel {
		t.Errorf("title %q", title)
	}
	got, _ = reportFigures(t, h.one(jobReportRq(deck)))
	if got["02 Concrete"] != [3]string{"0.00", "3000.00", "0.00"} || len(got) != 3 {
		t.Errorf("deck %v", got)
	}

	// A deleted check no longer counts; a voided bill counts zero (its items stay listed).
	check := h.one(`<CheckQueryRq><RefNumber>1001</RefNumber></CheckQueryRq>`).child("CheckRet").childText("TxnID")
	expectStatus(t, h.one(`<TxnDelRq><TxnDelType>Check</TxnDelType><TxnID>`+check+`</TxnID></TxnDelRq>`), 0)
	bill := h.one(`<BillQueryRq><RefNumber>B-1</RefNumber></BillQueryRq>`).child("BillRet").childText("TxnID")
	void := h.one(`<TxnVoidRq><TxnVoidType>Bill</TxnVoidType><TxnID>` + bill + `</TxnID></TxnVoidRq>`)
	expectStatus(t, void, 0)
	if void.childText("TxnID") != bill || void.childText("RefNumber") != "B-1" {
		t.Errorf("TxnVoidRs %v", void)
	}
	got, _ = reportFigures(t, h.one(jobReportRq(remodel)))
	for k, w := range map[string]string{"01 Plans:01.1 Drawings": "-84.04", "01 Plans:01.2 Permits": "100.00", "02 Concrete": "-20.00", "TOTAL": "45.96"} {
		if got[k][1] != w {
			t.Errorf("after delete and void: %q Act. Cost %s, want %s", k, got[k][1], w)
		}
	}
	if b := h.one(`<BillQueryRq><TxnID>` + bill + `</TxnID><IncludeLineItems>true</IncludeLineItems></BillQueryRq>`).child("BillRet"); b.childText("AmountDue") != "0.00" || !strings.HasPrefix(b.childText("Memo"), "VOID:") {
		t.Errorf("voided bill %v", b)
	}
	got, _ = reportFigures(t, h.one(jobReportRq(deck)))
	if got["02 Concrete"][1] != "0.00" {
		t.Errorf("deck after void %v", got)
	}
}

func TestJobReportErrors(t *testing.T) {
	h := newHarness(t, true)
	rs := h.one(`<JobReportQueryRq><JobReportType>JobProfitabilityDetail</JobReportType></JobReportQueryRq>`)
	expectStatus(t, rs, StatusNotSupported)
	rs = h.one(jobReportRq("Nobody:No Job"))
	if code(rs) == 0 || rs.attr("statusSeverity") != "Error" {
		t.Errorf("unknown job answered %d", code(rs))
	}
	// A job with nothing on it: a report without rows.
	rs = h.one(`<CustomerAddRq><CustomerAdd><Name>Quiet Job</Name></CustomerAdd></CustomerAddRq>`)
	expectStatus(t, rs, 0)
	rs = h.one(jobReportRq("Quiet Job"))
	expectStatus(t, rs, 0)
	if ret := rs.child("ReportRet"); ret.child("ReportData") != nil || ret.childText("NumRows") != "0" {
		t.Errorf("empty job report %v", ret)
	}
}

// TestJobReportMatchesReferenceFixture compares every job's report with the per-job, per-item
// item-line costs computed straight from the fixture JSON.
func TestJobReportMatchesReferenceFixture(t *testing.T) {
	h := newHarness(t, true)
	_, perJobItem, _ := expectedJobCosts(t)
	jobs := map[string]bool{}
	for k := range perJobItem {
		jobs[k[0]] = true
	}
	for job := range jobs {
		got, _ := reportFigures(t, h.one(jobReportRq(job)))
		var sum int64
		for k, want := range perJobItem {
			if k[0] != job {
				continue
			}
			sum += want
			if g := cents(got[k[1]][1]); g != want {
				t.Errorf("%s / %s: report %s, fixture %d cents", job, k[1], got[k[1]][1], want)
			}
		}
		if cents(got["TOTAL"][1]) != sum {
			t.Errorf("%s: total %s, items %d cents", job, got["TOTAL"][1], sum)
		}
	}
}

// detailRows runs a CustomDetailReportQuery and returns its DataRows as column title -> value,
// with the row's RowData value under "group".
func detailRows(t *testing.T, h *harness, filters string, columns ...string) []map[string]string {
	t.Helper()
	rq := `<CustomDetailReportQueryRq requestID="d"><CustomDetailReportType>CustomTxnDetail</CustomDetailReportType>` + filters +
		`<SummarizeRowsBy>Customer</SummarizeRowsBy>`
	for _, c := range columns {
		rq += `<IncludeColumn>` + c + `</IncludeColumn>`
	}
	rs := h.one(rq + `</CustomDetailReportQueryRq>`)
	expectStatus(t, rs, 0)
	ret := rs.child("ReportRet")
	types := map[string]string{}
	for _, cd := range ret.all("ColDesc") {
		types[cd.attr("colID")] = cd.childText("ColType")
	}
	var out []map[string]string
	for _, row := range ret.child("ReportData").all("DataRow") {
		m := map[string]string{"group": rowDataValue(row)}
		for _, cd := range row.all("ColData") {
			m[types[cd.attr("colID")]] = cd.attr("value")
		}
		out = append(out, m)
	}
	return out
}

const jobCostTypes = `<ReportTxnTypeFilter><TxnTypeFilter>Bill</TxnTypeFilter><TxnTypeFilter>Check</TxnTypeFilter><TxnTypeFilter>CreditCardCharge</TxnTypeFilter>` +
	`<TxnTypeFilter>CreditCardCredit</TxnTypeFilter><TxnTypeFilter>ItemReceipt</TxnTypeFilter><TxnTypeFilter>JournalEntry</TxnTypeFilter>` +
	`<TxnTypeFilter>Paycheck</TxnTypeFilter><TxnTypeFilter>VendorCredit</TxnTypeFilter></ReportTxnTypeFilter>`

func TestCustomDetailReportJobCosts(t *testing.T) {
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	h := jobCostCompany(t, &now)
	rows := detailRows(t, h, `<ReportDateMacro>All</ReportDateMacro><ReportEntityFilter><FullNameWithChildren>Smith, John</FullNameWithChildren></ReportEntityFilter>`+
		jobCostTypes+`<ReportPostingStatusFilter>Posting</ReportPostingStatusFilter>`,
		"TxnID", "TxnType", "Date", "RefNumber", "Name", "Item", "Account", "Amount", "ModifiedTime")
	var all, noItem int64
	var types []string
	for _, r := range rows {
		if r["group"] != remodel || r["Name"] != remodel || r["TxnID"] == "" || r["ModifiedTime"] == "" {
			t.Errorf("row %v", r)
		}
		all += cents(r["Amount"])
		if r["Item"] == "" {
			noItem += cents(r["Amount"])
		}
		types = append(types, r["TxnType"])
	}
	// Item lines 2496.50 (the job report's Act. Cost) + Expenses-tab 310.55 and 99.99 + the
	// journal debit 500.00: everything reconciles.
	if all != 340704 || noItem != 91054 || len(rows) != 10 {
		t.Errorf("%d rows, all %d, without item %d cents: %v", len(rows), all, noItem, rows)
	}
	if got := strings.Join(types, ","); got != "Bill,Bill,Bill,Check,Check,Credit Card Charge,Credit Card Credit,Item Receipt,General Journal,Credit" {
		t.Errorf("types %s", got)
	}
	// Without an entity filter the header splits (A/P, bank, card) appear too, under no job.
	rows = detailRows(t, h, `<ReportTxnTypeFilter><TxnTypeFilter>Bill</TxnTypeFilter></ReportTxnTypeFilter>`, "Name", "Account", "Amount")
	if len(rows) != 5 || rows[0]["Account"] != "Accounts Payable" || rows[0]["Amount"] != "-4561.09" || rows[0]["Name"] != "Acme Supply" || rows[0]["group"] != "" {
		t.Errorf("bill rows %v", rows)
	}
}

// TestJobCostChangeSignal is the one-round-trip change signal: a custom detail report over
// every customer's lines modified since a date, with TxnDeletedQuery in the same set.
func TestJobCostChangeSignal(t *testing.T) {
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	h := jobCostCompany(t, &now)
	now = time.Date(2024, 3, 15, 9, 0, 0, 0, time.UTC)
	check := h.one(`<CheckQueryRq><RefNumber>1001</RefNumber></CheckQueryRq>`).child("CheckRet").childText("TxnID")
	expectStatus(t, h.one(`<TxnDelRq><TxnDelType>Check</TxnDelType><TxnID>`+check+`</TxnID></TxnDelRq>`), 0)
	vc := h.one(`<VendorCreditQueryRq><RefNumber>VC-1</RefNumber></VendorCreditQueryRq>`).child("VendorCreditRet").childText("TxnID")
	expectStatus(t, h.one(`<TxnVoidRq><TxnVoidType>VendorCredit</TxnVoidType><TxnID>`+vc+`</TxnID></TxnVoidRq>`), 0)

	signal := `<CustomDetailReportQueryRq requestID="changes"><CustomDetailReportType>CustomTxnDetail</CustomDetailReportType><ReportDateMacro>All</ReportDateMacro>` +
		`<ReportEntityFilter><EntityTypeFilter>Customer</EntityTypeFilter></ReportEntityFilter>` + jobCostTypes +
		`<ReportModifiedDateRangeFilter><FromReportModifiedDate>2024-03-14</FromReportModifiedDate></ReportModifiedDateRangeFilter>` +
		`<ReportPostingStatusFilter>Posting</ReportPostingStatusFilter><SummarizeRowsBy>Customer</SummarizeRowsBy>` +
		`<IncludeColumn>TxnID</IncludeColumn><IncludeColumn>Item</IncludeColumn><IncludeColumn>Amount</IncludeColumn><IncludeColumn>Name</IncludeColumn><IncludeColumn>ModifiedTime</IncludeColumn></CustomDetailReportQueryRq>` +
		`<TxnDeletedQueryRq requestID="deleted"><TxnDelType>Bill</TxnDelType><TxnDelType>Check</TxnDelType><TxnDelType>VendorCredit</TxnDelType>` +
		`<DeletedDateRangeFilter><FromDeletedDate>2024-03-14T00:00:00+00:00</FromDeletedDate></DeletedDateRangeFilter></TxnDeletedQueryRq>`
	rss := h.do("continueOnError", signal)
	expectStatus(t, rss[0], 0)
	rows := rss[0].child("ReportRet").child("ReportData").all("DataRow")
	if len(rows) != 1 || rowDataValue(rows[0]) != remodel {
		t.Fatalf("changed rows %d: %v", len(rows), rss[0])
	}
	if v := rows[0].all("ColData"); v[0].attr("value") != vc || v[1].attr("value") != "01 Plans:01.1 Drawings" || v[2].attr("value") != "0.00" ||
		!strings.HasPrefix(v[4].attr("value"), "2024-03-15T") {
		t.Errorf("voided line %v", rows[0])
	}
	expectStatus(t, rss[1], 0)
	if d := rss[1].all("TxnDeletedRet"); len(d) != 1 || d[0].childText("TxnID") != check {
		t.Errorf("deleted %v", rss[1])
	}
	// Nothing modified since: the report is empty.
	quiet := strings.Replace(signal, "2024-03-14", "2024-03-16", 1)
	if rs := h.do("continueOnError", quiet)[0]; rs.child("ReportRet").child("ReportData") != nil {
		t.Errorf("quiet signal %v", rs)
	}
}

func TestCreditTransactionsAddAndQuery(t *testing.T) {
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	h := jobCostCompany(t, &now)
	rs := h.one(`<CreditCardCreditQueryRq><IncludeLineItems>true</IncludeLineItems></CreditCardCreditQueryRq>`)
	expectStatus(t, rs, 0)
	ret := rs.child("CreditCardCreditRet")
	if ret.childText("Amount") != "20.00" || ret.child("AccountRef").childText("FullName") != "Company Visa" ||
		ret.child("ItemLineRet").child("CustomerRef").childText("FullName") != remodel {
		t.Errorf("CreditCardCreditRet %v", ret)
	}
	rs = h.one(`<CreditCardCreditAddRq><CreditCardCreditAdd><AccountRef><FullName>Company Visa</FullName></AccountRef>` +
		`<ExpenseLineAdd><AccountRef><FullName>No Such Account</FullName></AccountRef><Amount>1.00</Amount></ExpenseLineAdd></CreditCardCreditAdd></CreditCardCreditAddRq>`)
	expectStatus(t, rs, 3140)
	rs = h.one(`<VendorCreditQueryRq><EntityFilter><FullName>Acme Supply</FullName></EntityFilter><IncludeLineItems>true</IncludeLineItems></VendorCreditQueryRq>`)
	if len(rs.all("VendorCreditRet")) != 1 || rs.child("VendorCreditRet").child("ItemLineRet").childText("Amount") != "84.04" {
		t.Errorf("VendorCreditQuery %v", rs)
	}
}

// TestCustomDetailReportByVendor filters on a name found only on transaction headers: the job
// index must not lose those transactions.
func TestCustomDetailReportByVendor(t *testing.T) {
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	h := jobCostCompany(t, &now)
	rows := detailRows(t, h, `<ReportEntityFilter><FullName>Acme Supply</FullName></ReportEntityFilter><ReportTxnTypeFilter><TxnTypeFilter>Bill</TxnTypeFilter></ReportTxnTypeFilter>`,
		"TxnType", "Account", "Amount")
	if len(rows) != 1 || rows[0]["Account"] != "Accounts Payable" || rows[0]["Amount"] != "-4561.09" {
		t.Errorf("vendor rows %v", rows)
	}
}

// TestJobReportPeriod limits the report to a period: only transactions dated in it count, and
// the subtitle says which.
func TestJobReportPeriod(t *testing.T) {
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	h := jobCostCompany(t, &now)
	rs := h.one(`<JobReportQueryRq><JobReportType>JobEstimatesVsActualsDetail</JobReportType><ReportPeriod><FromReportDate>2024-03-02</FromReportDate>` +
		`<ToReportDate>2024-03-04</ToReportDate></ReportPeriod><ReportEntityFilter><FullName>` + remodel + `</FullName></ReportEntityFilter></JobReportQueryRq>`)
	got, _ := reportFigures(t, rs)
	// The check (1200.00 on 02 Concrete), the card charge (50.00 on 01 Plans) and the card credit (-20.00).
	if got["TOTAL"][1] != "1230.00" || got["02 Concrete"][1] != "1180.00" || got["01 Plans"][1] != "50.00" {
		t.Errorf("period figures %v", got)
	}
	if sub := rs.child("ReportRet").childText("ReportSubtitle"); sub != "March 2 through March 4, 2024" {
		t.Errorf("subtitle %q", sub)
	}
}
