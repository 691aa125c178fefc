package qbsim

import (
	"sort"
	"strings"
	"sync"
	"time"
)

// Company is one in-memory QuickBooks company file. It is safe for
// concurrent use; like QuickBooks it processes one request at a time.
type Company struct {
	mu     sync.Mutex
	clock  func() time.Time
	loc    *time.Location
	info   CompanyInfo
	ids    idSource
	lists  map[string]*listRecord // by ListID
	names  map[nameSpace]map[string]*listRecord
	txns   map[string]*txnRecord // by TxnID
	txnSeq []*txnRecord          // creation order, the order queries return
	// txnVersion moves on every transaction add, change, void, delete and
	// rollback; the reports' job index (report_index.go) is rebuilt when it does.
	txnVersion uint64
	jobIndex   *jobIndex
	// deleted transactions, for TxnDeletedQuery
	deleted []deletedTxn
	// deleted list records, for ListDeletedQuery
	deletedLists []deletedList
	dataExt      []dataExtValue // DataExt on the Company object (OwnerID, FileID, ...)
	// responses of message sets sent with newMessageSetID (error recovery);
	// kept in the company file, so they outlive sessions
	recovery map[string]storedMessageSet
	sessions map[string]*Session
	faults   faults
	stats    Stats
}

// CompanyInfo is what HostQuery and CompanyQuery report.
type CompanyInfo struct {
	CompanyName string // CompanyRet/CompanyName
	FilePath    string // the .QBW path the Web Connector reports
	ProductName string // HostRet/ProductName
	MajorVer    string // HostRet/MajorVersion (QuickBooks year - 1990)
	Country     string
	FileMode    string // SingleUser | MultiUser
}

// Stats counts what the company did, for tests and benchmarks.
type Stats struct {
	MessageSets int
	Requests    int
	Errors      int // requests answered with statusSeverity Error
}

// Option configures a Company.
type Option func(*Company)

// WithClock makes time deterministic (TimeCreated, EditSequence, ListIDs).
func WithClock(now func() time.Time) Option { return func(c *Company) { c.clock = now } }

// WithLocation sets the machine time zone timestamps are written in.
func WithLocation(loc *time.Location) Option { return func(c *Company) { c.loc = loc } }

// WithInfo overrides the company and host description.
func WithInfo(info CompanyInfo) Option { return func(c *Company) { c.info = info } }

// New returns an empty company (no accounts, items or names).
func New(opts ...Option) *Company {
	c := &Company{
		clock: time.Now,
		// A fixed US Pacific offset, not time.Local, so output does not
		// depend on the machine running the tests.
		loc: time.FixedZone("PST", -8*3600),
		info: CompanyInfo{
			CompanyName: "Joblink Demo Construction",
			FilePath:    `C:\Users\Public\Documents\Intuit\QuickBooks\Company Files\Joblink Demo Construction.QBW`,
			// A version Joblink supports (2022 or newer); tests of refusals set an older one.
			ProductName: "QuickBooks Enterprise Solutions: Contractor 24.0",
			MajorVer:    "34",
			Country:     "US",
			FileMode:    "SingleUser",
		},
		ids:      newIDSource(),
		lists:    map[string]*listRecord{},
		names:    map[nameSpace]map[string]*listRecord{},
		txns:     map[string]*txnRecord{},
		sessions: map[string]*Session{},
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Info returns the company description.
func (c *Company) Info() CompanyInfo { return c.info }

// Stats returns counters since creation.
func (c *Company) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stats
}

func (c *Company) now() time.Time { return c.clock().In(c.loc).Truncate(time.Second) }

func (c *Company) stamp(t time.Time) string { return t.In(c.loc).Format(qbDateTime) }

// nameKey folds case: QuickBooks names are case-insensitive ("ACME" and
// "Acme" collide).
func nameKey(fullName string) string { return strings.ToLower(strings.TrimSpace(fullName)) }

func (c *Company) lookupName(ns nameSpace, fullName string) *listRecord {
	return c.names[ns][nameKey(fullName)]
}

func (c *Company) indexName(r *listRecord) {
	ns := r.kind.nameSpace()
	if c.names[ns] == nil {
		c.names[ns] = map[string]*listRecord{}
	}
	c.names[ns][nameKey(c.fullName(r))] = r
}

func (c *Company) unindexName(r *listRecord) {
	delete(c.names[r.kind.nameSpace()], nameKey(c.fullName(r)))
}

// sortedLists returns the records of the kinds in FullName order, the
// order QuickBooks lists them (parents directly before their children).
func (c *Company) sortedLists(kinds ...ListKind) []*listRecord {
	want := map[ListKind]bool{}
	for _, k := range kinds {
		want[k] = true
	}
	out := make([]*listRecord, 0, len(c.lists))
	for _, r := range c.lists {
		if want[r.kind] {
			out = append(out, r)
		}
	}
	keys := make(map[*listRecord]string, len(out))
	for _, r := range out {
		keys[r] = nameKey(c.fullName(r))
	}
	sort.Slice(out, func(i, j int) bool { return keys[out[i]] < keys[out[j]] })
	return out
}
