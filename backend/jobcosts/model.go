package jobcosts

import "time"

// JobActuals is what the last read of one QuickBooks job found, stored under its ListID.
type JobActuals struct {
	ListID   string    `json:"listID"`
	FullName string    `json:"fullName"`
	ReadAt   time.Time `json:"readAt"`
	// Items are the actual costs per item (cost code), after exclusions, in report order. An
	// item that had actuals and no longer appears in the report is kept at 0, so Procore's line
	// is brought back to 0 too.
	Items []ItemActual `json:"items"`
	// Excluded are the figures left out so nothing counts twice (retainage, Joblink's bills).
	Excluded []Excluded `json:"excluded,omitempty"`
	// NoCode are the cost lines without an item: Expenses tab, journal entries.
	NoCode      []CostLine `json:"noCode,omitempty"`
	NoCodeTotal int64      `json:"noCodeTotal"`
	// ReportTotal is the report's own total actual cost (items, before exclusions).
	ReportTotal int64 `json:"reportTotal"`
	// Problem is QuickBooks' refusal of the last read, if any (the figures are the earlier ones).
	Problem *Problem `json:"problem,omitempty"`
	Seq     uint64   `json:"seq"` // its place in the change index
}

// ItemActual is one item's job-to-date actual cost.
type ItemActual struct {
	Item   string `json:"item"`   // the item's FullName as QuickBooks reports it
	Actual int64  `json:"actual"` // cents
	// Previous is the figure before the last read, set only when that read changed it (nil:
	// unchanged or first read).
	Previous *int64 `json:"previous,omitempty"`
	New      bool   `json:"new,omitempty"` // first seen at the last read
}

// Excluded is an amount left out of an item's actual, and why.
type Excluded struct {
	Item   string `json:"item"`
	Amount int64  `json:"amount"`
	Reason string `json:"reason"` // ReasonRetainage or ReasonJoblinkBill
}

// Reasons an amount is excluded.
const (
	ReasonRetainage   = "retainage"
	ReasonJoblinkBill = "created_by_joblink"
)

// CostLine is one transaction line of the custom detail report.
type CostLine struct {
	TxnID     string `json:"txnId"`
	TxnType   string `json:"txnType"`
	Date      string `json:"date"`
	RefNumber string `json:"refNumber"`
	Name      string `json:"name"`
	Account   string `json:"account"`
	Memo      string `json:"memo"`
	Amount    int64  `json:"amount"`
}

// Problem is a refusal with words, kept for the page.
type Problem struct {
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

// actualOf returns the item's actual.
func (j *JobActuals) actualOf(item string) (int64, bool) {
	for _, it := range j.Items {
		if it.Item == item {
			return it.Actual, true
		}
	}
	return 0, false
}

// ItemsTotal is the sum of the item actuals (after exclusions).
func (j *JobActuals) ItemsTotal() int64 {
	var t int64
	for _, it := range j.Items {
		t += it.Actual
	}
	return t
}
