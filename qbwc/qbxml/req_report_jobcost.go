package qbxml

import (
	"sort"
	"strings"
	"time"
)

// Job costs: the requests and readers the job-costs refresh builds on.
//
//   - Per job, the job-to-date cost per item (cost code): JobReportQuery{Job: fullName}, read with
//     ReadJobReport. One request per job; many jobs fit in one message set.
//   - Per job, the costs posted without an item (Expenses tab, journal entries), which that report
//     leaves out: JobCostDetailQuery(fullName), read with ReadTxnDetailReport; rows with Item ""
//     are the costs without a cost code.
//   - Which jobs changed since the last refresh: JobCostChangesQuery(since) and
//     JobCostDeletedQuery(since) in one message set (one round trip), read with
//     ReadJobCostChanges and the TxnDeletedRet records.
//
// Why a Custom Transaction Detail report is the change signal, not TransactionQuery: the signal
// must name the jobs, and a job is named on each cost line (ItemLine/ExpenseLine CustomerRef,
// a journal line's EntityRef), not on the transaction. TransactionRet (qbXML 13.0 and 16.0) has
// one EntityRef, which on a bill or check is the vendor or payee, and no line CustomerRef or
// ItemRef (documents.md C1); finding the jobs from it takes a second, per-type query by TxnID for
// every changed transaction. It is also an iterator query, so a busy day takes several round
// trips. CustomDetailReportQuery over every name of type Customer, with
// ReportModifiedDateRangeFilter, SummarizeRowsBy Customer and the TxnID/Item/Amount/Name/
// ModifiedTime columns, answers in one request with one row per changed cost line, each carrying
// its job, whether it has an item, and its TxnID. Its modified-date filter has day granularity
// (DATETYPE), so the request starts a day early and ReadJobCostChanges drops older rows by their
// ModifiedTime; a void is a modification (the line stays, amount 0), so it shows up too. A
// deleted transaction leaves the report entirely: TxnDeletedQuery, in the same message set,
// gives its TxnID, and JobCostChanges.TxnJobs from earlier refreshes says which jobs it touched
// (a TxnID never seen means re-reading every linked job, once).

// JobCostTxnTypes are the transaction types that put actual costs on a job: purchases and
// their credits, journal entries and paychecks (payroll assigned to jobs).
var JobCostTxnTypes = []string{"Bill", "Check", "CreditCardCharge", "CreditCardCredit", "ItemReceipt",
	"JournalEntry", "Paycheck", "VendorCredit"}

// JobCostDelTypes are JobCostTxnTypes as TxnDelType values (a deleted paycheck is not reported
// by TxnDeletedQuery in qbXML 13.0).
var JobCostDelTypes = []string{"Bill", "Check", "CreditCardCharge", "CreditCardCredit", "ItemReceipt",
	"JournalEntry", "VendorCredit"}

// JobCostColumns are the IncludeColumn values of the job-cost detail reports.
var JobCostColumns = []string{"TxnID", "TxnType", "Date", "RefNumber", "Name", "Item", "Account", "Amount", "ModifiedTime"}

// JobCostDetailQuery asks for every posted cost line of one job, all dates, grouped by job:
// item lines and the Expenses-tab and journal lines the job report omits. It names the job
// exactly (FullName), the scope of JobReportQuery{Job: job}, so the two reconcile line for line;
// a sub-job is a job of its own with its own reports (FullNameWithChildren would count its lines
// under both). For a whole customer at once, build a CustomDetailReportQuery with
// EntityFilter.FullNameWithChildren and group the rows by TxnDetailRow.Job.
func JobCostDetailQuery(job string) CustomDetailReportQuery {
	return CustomDetailReportQuery{
		ReportFilter: ReportFilter{
			ReportDateMacro: "All",
			EntityFilter:    &TransactionEntityFilter{RefFilter: RefFilter{FullNames: []string{job}}},
			TxnTypes:        JobCostTxnTypes,
			PostingStatus:   "Posting",
		},
		SummarizeRowsBy: "Customer",
		IncludeColumns:  JobCostColumns,
	}
}

// JobCostChangesQuery asks for the cost lines of every job on transactions modified since
// since (from the day before, see above). Read it with ReadJobCostChanges.
func JobCostChangesQuery(since time.Time) CustomDetailReportQuery {
	return CustomDetailReportQuery{
		ReportFilter: ReportFilter{
			ReportDateMacro:  "All",
			EntityFilter:     &TransactionEntityFilter{EntityType: "Customer"},
			TxnTypes:         JobCostTxnTypes,
			FromModifiedDate: since.AddDate(0, 0, -1),
			PostingStatus:    "Posting",
		},
		SummarizeRowsBy: "Customer",
		IncludeColumns:  JobCostColumns,
	}
}

// JobCostDeletedQuery asks which cost transactions were deleted since since.
func JobCostDeletedQuery(since time.Time) TxnDeletedQuery {
	return TxnDeletedQuery{TxnDelTypes: JobCostDelTypes, FromDeletedDate: since}
}

// JobCostChanges is what ReadJobCostChanges found: the jobs with a cost line added, changed or
// voided since the refresh time, and per TxnID the jobs its lines are on (keep these: when that
// transaction is deleted later, they are the jobs to re-read).
type JobCostChanges struct {
	Jobs    []string            // sorted, distinct
	TxnJobs map[string][]string // TxnID -> sorted jobs
}

// ReadJobCostChanges reads a JobCostChangesQuery answer, keeping lines modified at or after
// since. A ModifiedTime without a UTC offset is the QuickBooks machine's local time, unknown
// here: such a line is kept when it is within a day of since, so a change is never missed (at
// worst a job is re-read needlessly).
func ReadJobCostChanges(rep *ReportReader, since time.Time) (*JobCostChanges, error) {
	jobs := map[string]bool{}
	txnJobs := map[string]map[string]bool{}
	err := ReadTxnDetailReport(rep, func(r *TxnDetailRow) error {
		job := r.Job()
		if job == "" || !modifiedSince(r, since) {
			return nil
		}
		jobs[job] = true
		if r.TxnID != "" {
			if txnJobs[r.TxnID] == nil {
				txnJobs[r.TxnID] = map[string]bool{}
			}
			txnJobs[r.TxnID][job] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := &JobCostChanges{Jobs: sortedKeys(jobs), TxnJobs: make(map[string][]string, len(txnJobs))}
	for id, js := range txnJobs {
		out.TxnJobs[id] = sortedKeys(js)
	}
	return out, nil
}

func modifiedSince(r *TxnDetailRow, since time.Time) bool {
	if since.IsZero() || strings.TrimSpace(r.ModifiedTime) == "" {
		return true
	}
	t, err := r.Modified(time.UTC)
	if err != nil {
		return true
	}
	if _, err := time.Parse(time.RFC3339, strings.TrimSpace(r.ModifiedTime)); err == nil {
		return !t.Before(since)
	}
	return !t.Before(since.Add(-24 * time.Hour))
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ReadJobCostDetail reads a JobCostDetailQuery answer into its lines, copied.
func ReadJobCostDetail(rep *ReportReader) ([]TxnDetailRow, error) {
	var rows []TxnDetailRow
	err := ReadTxnDetailReport(rep, func(r *TxnDetailRow) error {
		rows = append(rows, *r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, nil
}
