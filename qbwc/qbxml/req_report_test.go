package qbxml

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// reportRequestCases are every report request variant: full (every field), minimal, and the
// job-cost helpers. Each must validate against the 13.0 and 16.0 schemas.
func reportRequestCases() map[string]Request {
	full := ReportFilter{
		FromReportDate: testDate, ToReportDate: testDate.AddDate(0, 1, 0),
		AccountFilter:    &TransactionAccountFilter{AccountType: "CostOfSales"},
		EntityFilter:     &TransactionEntityFilter{RefFilter: RefFilter{FullNameWithChildren: "Smith, John"}},
		ItemFilter:       &TransactionItemFilter{RefFilter: RefFilter{FullNames: []string{"06-100", "06-200"}}},
		ClassFilter:      &RefFilter{ListIDs: []string{"80000001-1234567890"}},
		TxnTypes:         JobCostTxnTypes,
		FromModifiedDate: testDate, ToModifiedDate: testDate.AddDate(0, 0, 7),
		DetailLevel: DetailAllExceptSummary, PostingStatus: "Posting",
	}
	return map[string]Request{
		"JobReportQuery/minimal": JobReportQuery{Job: testJob},
		"JobReportQuery/macro":   JobReportQuery{Job: testJob, ReportFilter: ReportFilter{ReportDateMacro: "All", PostingStatus: "Posting"}},
		"JobReportQuery/period": JobReportQuery{Job: testJob, DisplayReport: Bool(false),
			ReportFilter: ReportFilter{FromReportDate: testDate, ToReportDate: testDate.AddDate(0, 2, 0)}},
		"JobReportQuery/full": JobReportQuery{ReportType: JobProfitabilityDetail, DisplayReport: Bool(false),
			ReportFilter: full, SummarizeColumnsBy: "TotalOnly", IncludeSubcolumns: Bool(true)},
		"JobReportQuery/modifiedMacro": JobReportQuery{Job: testJob, ReportFilter: ReportFilter{ModifiedDateMacro: "ThisYearToDate",
			EntityFilter: nil, ItemFilter: &TransactionItemFilter{ItemType: "Service"}}},
		"JobReportQuery/byListID":         JobReportQuery{ReportFilter: ReportFilter{EntityFilter: &TransactionEntityFilter{RefFilter: RefFilter{ListIDs: []string{"80000020-1234567890"}}}}},
		"CustomDetailReportQuery/minimal": CustomDetailReportQuery{SummarizeRowsBy: "TotalOnly", IncludeColumns: []string{"Amount"}},
		"CustomDetailReportQuery/full": CustomDetailReportQuery{DisplayReport: Bool(false), ReportFilter: full,
			SummarizeRowsBy: "Customer", IncludeColumns: append([]string{"SourceName", "Memo"}, JobCostColumns...),
			IncludeAccounts: "InUse", OpenBalanceAsOf: "ReportEndDate", ReportBasis: "Accrual"},
		"CustomDetailReportQuery/jobCostDetail":  JobCostDetailQuery(testJob),
		"CustomDetailReportQuery/jobCostChanges": JobCostChangesQuery(testTime),
		"CustomDetailReportQuery/modifiedMacro": CustomDetailReportQuery{ReportFilter: ReportFilter{ReportDateMacro: "LastYear",
			ModifiedDateMacro: "Today", EntityFilter: &TransactionEntityFilter{EntityType: "Customer"}}, SummarizeRowsBy: "Customer",
			IncludeColumns: []string{"TxnID", "ModifiedTime"}},
		"TxnDeletedQuery/jobCosts": JobCostDeletedQuery(testTime),
	}
}

func TestReportRequestsValidateAgainstSchema(t *testing.T) {
	for name, req := range reportRequestCases() {
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

// TestJobCostRefreshSetValidates validates the message sets a job-costs refresh sends: many
// jobs' reports in one set, and the one-round-trip change signal.
func TestJobCostRefreshSetValidates(t *testing.T) {
	reports := MessageSet{OnError: ContinueOnError}
	for _, job := range []string{testJob, "Smith, John:2024-018 Garage", "Harbor Point Development LLC:Harbor Point Phase 1"} {
		reports.Add(JobReportQuery{Job: job})
		reports.Add(JobCostDetailQuery(job))
	}
	changes := MessageSet{OnError: ContinueOnError}
	changes.Add(JobCostChangesQuery(testTime))
	changes.Add(JobCostDeletedQuery(testTime))
	for _, ms := range []*MessageSet{&reports, &changes} {
		doc, _, err := ms.Build()
		if err != nil {
			t.Fatal(err)
		}
		validateXSD(t, doc, Version13)
		ms.Version = Version16
		if doc, _, err = ms.Build(); err != nil {
			t.Fatal(err)
		}
		validateXSD(t, doc, Version16)
	}
}

func TestReportRequestShapes(t *testing.T) {
	cases := []struct {
		req  Request
		want string
	}{
		{JobReportQuery{Job: "Smith, John:2024-017 Smith & Co"},
			`<JobReportQueryRq requestID="1"><JobReportType>JobEstimatesVsActualsDetail</JobReportType><ReportEntityFilter><FullName>Smith, John:2024-017 Smith &amp; Co</FullName></ReportEntityFilter></JobReportQueryRq>`},
		{JobReportQuery{Job: testJob, ReportFilter: ReportFilter{FromReportDate: testDate, PostingStatus: "Posting"}},
			`<JobReportType>JobEstimatesVsActualsDetail</JobReportType><ReportPeriod><FromReportDate>2024-03-10</FromReportDate></ReportPeriod><ReportEntityFilter><FullName>` + testJob + `</FullName></ReportEntityFilter><ReportPostingStatusFilter>Posting</ReportPostingStatusFilter>`},
		{JobCostChangesQuery(time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)),
			`<CustomDetailReportType>CustomTxnDetail</CustomDetailReportType><ReportDateMacro>All</ReportDateMacro><ReportEntityFilter><EntityTypeFilter>Customer</EntityTypeFilter></ReportEntityFilter><ReportTxnTypeFilter><TxnTypeFilter>Bill</TxnTypeFilter><TxnTypeFilter>Check</TxnTypeFilter><TxnTypeFilter>CreditCardCharge</TxnTypeFilter><TxnTypeFilter>CreditCardCredit</TxnTypeFilter><TxnTypeFilter>ItemReceipt</TxnTypeFilter><TxnTypeFilter>JournalEntry</TxnTypeFilter><TxnTypeFilter>Paycheck</TxnTypeFilter><TxnTypeFilter>VendorCredit</TxnTypeFilter></ReportTxnTypeFilter><ReportModifiedDateRangeFilter><FromReportModifiedDate>2024-03-09</FromReportModifiedDate></ReportModifiedDateRangeFilter><ReportPostingStatusFilter>Posting</ReportPostingStatusFilter><SummarizeRowsBy>Customer</SummarizeRowsBy><IncludeColumn>TxnID</IncludeColumn><IncludeColumn>TxnType</IncludeColumn><IncludeColumn>Date</IncludeColumn><IncludeColumn>RefNumber</IncludeColumn><IncludeColumn>Name</IncludeColumn><IncludeColumn>Item</IncludeColumn><IncludeColumn>Account</IncludeColumn><IncludeColumn>Amount</IncludeColumn><IncludeColumn>ModifiedTime</IncludeColumn></CustomDetailReportQueryRq>`},
		{JobCostDetailQuery(testJob),
			`<ReportEntityFilter><FullName>` + testJob + `</FullName></ReportEntityFilter>`},
	}
	for _, c := range cases {
		if doc := buildTxnRequest(t, c.req); !strings.Contains(doc, c.want) {
			t.Errorf("%s:\n got %s\nwant %s", c.req.rqName(), doc, c.want)
		}
	}
	for _, r := range []Request{JobReportQuery{}, CustomDetailReportQuery{}} {
		if _, ok := r.(iterable); ok {
			t.Errorf("%s is iterable; QuickBooks reports are not", r.rqName())
		}
	}
}

func TestReportRequestsRejectInvalid(t *testing.T) {
	cases := []struct {
		name  string
		req   Request
		field string
	}{
		{"job and entity filter", JobReportQuery{Job: testJob, ReportFilter: ReportFilter{EntityFilter: &TransactionEntityFilter{EntityType: "Customer"}}}, "ReportEntityFilter"},
		{"bad report type", JobReportQuery{ReportType: "JobCosts", Job: testJob}, "JobReportType"},
		{"period and macro", JobReportQuery{Job: testJob, ReportFilter: ReportFilter{FromReportDate: testDate, ReportDateMacro: "All"}}, "ReportDateMacro"},
		{"transaction date macro", JobReportQuery{Job: testJob, ReportFilter: ReportFilter{ReportDateMacro: "ThisCalendarQuarter"}}, "ReportDateMacro"},
		{"modified range and macro", CustomDetailReportQuery{ReportFilter: ReportFilter{FromModifiedDate: testDate, ModifiedDateMacro: "Today"}, SummarizeRowsBy: "Customer", IncludeColumns: []string{"Amount"}}, "ReportModifiedDateRangeMacro"},
		{"no summarize", CustomDetailReportQuery{IncludeColumns: []string{"Amount"}}, "SummarizeRowsBy"},
		{"no columns", CustomDetailReportQuery{SummarizeRowsBy: "Customer"}, "IncludeColumn"},
		{"bad column", CustomDetailReportQuery{SummarizeRowsBy: "Customer", IncludeColumns: []string{"Job"}}, "IncludeColumn"},
		{"bad txn type", CustomDetailReportQuery{SummarizeRowsBy: "Customer", IncludeColumns: []string{"Amount"}, ReportFilter: ReportFilter{TxnTypes: []string{"Paychecks"}}}, "ReportTxnTypeFilter/TxnTypeFilter"},
		{"two entity choices", CustomDetailReportQuery{SummarizeRowsBy: "Customer", IncludeColumns: []string{"Amount"}, ReportFilter: ReportFilter{EntityFilter: &TransactionEntityFilter{EntityType: "Customer", RefFilter: RefFilter{FullNames: []string{"A"}}}}}, "ReportEntityFilter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := MessageSet{}
			ms.Add(c.req)
			_, _, err := ms.Build()
			var inv *InvalidFieldError
			if !errors.As(err, &inv) {
				t.Fatalf("Build error = %v, want InvalidFieldError", err)
			}
			if inv.Field != c.field {
				t.Errorf("field %q, want %q (%v)", inv.Field, c.field, err)
			}
		})
	}
}
