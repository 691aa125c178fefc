package budgets

import (
	"encoding/json"
	"time"
)

// summary is an item's Detail for these kinds: a small JSON object the Approvals list reads
// (project, QuickBooks job, number, title, total, line count, who changed it in Procore and
// when) without opening each item's preview.
type summary struct {
	Project    string `json:"project"`
	ProjectID  string `json:"projectId"`
	Job        string `json:"job,omitempty"` // the QuickBooks Customer:Job; empty: not linked
	Number     string `json:"number,omitempty"`
	Title      string `json:"title"`
	Total      string `json:"total"` // "45,000.00"
	TotalCents int64  `json:"totalCents"`
	Lines      int    `json:"lines"`
	ChangedBy  string `json:"changedBy,omitempty"` // empty: Procore's API does not say
	ChangedAt  string `json:"changedAt,omitempty"` // RFC 3339; empty: Procore's API does not say
}

func summaryOf(s summary) string {
	s.Total = money(s.TotalCents)
	b, _ := json.Marshal(s)
	return string(b)
}

func readSummary(detail string) summary {
	var s summary
	_ = json.Unmarshal([]byte(detail), &s)
	return s
}

// jobWords is the QuickBooks job a project's documents go to: the exported estimate's job (it
// stays there even if the project is linked elsewhere later), else the project's linked job.
func jobWords(linked string, cp *estimateCopy) string {
	if cp != nil && cp.Job != "" {
		return cp.Job
	}
	return linked
}

// timeWords writes a Procore time as RFC 3339 UTC ("" when Procore gave none).
func timeWords(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
