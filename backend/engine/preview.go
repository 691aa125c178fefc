package engine

import "fmt"

// Previewer is implemented by flows that can show, before the bookkeeper decides, exactly what
// QuickBooks will receive for an item (the Approvals page opens it): the lines, the totals, the
// record it goes to, and what blocks it.
type Previewer interface {
	Preview(it *Item) (Preview, error)
}

// Preview is what QuickBooks will receive for one item. Amounts are written as the bookkeeper
// reads them ("45,000.00").
type Preview struct {
	ID    string `json:"id"`
	Kind  Kind   `json:"kind"`
	Title string `json:"title"`
	// Request is the qbXML request that will be sent ("EstimateAdd", "EstimateMod"); empty when
	// nothing will be sent (already in QuickBooks, or blocked).
	Request string `json:"request"`
	// Says is the preview in one sentence: "A new estimate on Acme:Main Street, 12 lines, 45,000.00."
	Says    string `json:"says"`
	Project string `json:"project"`
	Number  string `json:"number"`
	// Job is the QuickBooks Customer:Job it goes on; empty while the project is not linked.
	Job string `json:"job"`
	// Target is the QuickBooks record it changes ("Estimate 1001"); empty for a new record.
	Target string        `json:"target"`
	Lines  []PreviewLine `json:"lines"` // what is sent: every line of a new record, the appended lines of a change
	// Total is the sum of Lines; LineCount their number.
	Total     string `json:"total"`
	LineCount int    `json:"lineCount"`
	// TotalBefore and TotalAfter are the record's total before and after, for a change to an
	// existing record; empty otherwise.
	TotalBefore string `json:"totalBefore"`
	TotalAfter  string `json:"totalAfter"`
	// ChangedBy and ChangedAt say who last changed it in Procore and when (RFC 3339), where
	// Procore's API says; empty otherwise.
	ChangedBy string `json:"changedBy"`
	ChangedAt string `json:"changedAt"`
	// Blocks lists what stops it from being sent; empty when it can go as it is.
	Blocks []PreviewBlock `json:"blocks"`
	Notes  []string       `json:"notes"`
	// Rejection says what Reject does for the kind ("…your comment is kept in Joblink's Activity").
	Rejection string `json:"rejection"`
}

// PreviewLine is one line QuickBooks will receive.
type PreviewLine struct {
	Item        string `json:"item"` // the QuickBooks item ("01-010"); the code when not an item yet
	Description string `json:"description"`
	Amount      string `json:"amount"`
}

// PreviewBlock is one thing that stops an item: the words, and the item that would clear it
// when there is one (a cost code to export first: the page offers its Export).
type PreviewBlock struct {
	Says   string `json:"says"`
	ItemID string `json:"itemId"`
	Kind   Kind   `json:"kind"`
}

// NoPreviewError: the item's kind has no preview.
type NoPreviewError struct{ Kind Kind }

func (e *NoPreviewError) Error() string { return fmt.Sprintf("%s items have no preview", e.Kind) }

// Preview returns the preview of item id from its flow.
func (e *Engine) Preview(id string) (Preview, error) {
	it, err := e.Get(id)
	if err != nil {
		return Preview{}, err
	}
	p, ok := e.byKind[it.Kind].(Previewer)
	if !ok {
		return Preview{}, &NoPreviewError{Kind: it.Kind}
	}
	return p.Preview(it)
}
