package qbrefresh

import "time"

// pageSize is MaxReturned for iterator pages: QODBC's 500 (qbxml.md §4 and market.md §5) keeps
// a response well inside the Web Connector's time-outs while paging 1,000 items in 2 pages.
const pageSize = 500

type config struct {
	refreshInterval time.Duration
	pageSize        int
	now             func() time.Time
	deletedTxnTypes []string // TxnDelType values to ask TxnDeletedQuery for; none: not asked
}

func defaultConfig() config {
	return config{pageSize: pageSize, now: time.Now}
}

// Option configures an Engine.
type Option func(*config)

// WithRefreshInterval makes HasWork false until d has passed since the last complete run.
// Zero (the default) refreshes in every Web Connector session.
func WithRefreshInterval(d time.Duration) Option {
	return func(c *config) { c.refreshInterval = d }
}

// WithPageSize sets MaxReturned for iterator pages (default 500).
func WithPageSize(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.pageSize = n
		}
	}
}

// WithClock replaces time.Now, for the timestamps the engine records and for when it asked
// QuickBooks for a list, which stands in for QuickBooks' own clock within clockMargin.
func WithClock(now func() time.Time) Option {
	return func(c *config) { c.now = now }
}

// WithDeletedTransactions makes each run also ask TxnDeletedQuery for deletions of these
// transaction types ("Bill", "PurchaseOrder", "Estimate" …; TxnDelType values), reported to
// the DeletionSink like deleted list records. Transactions are not mirrored, so none is asked
// for by default; the document flows name the types they create.
func WithDeletedTransactions(types ...string) Option {
	return func(c *config) { c.deletedTxnTypes = append([]string(nil), types...) }
}
