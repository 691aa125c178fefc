package costcodes

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"joblink/backend/engine"
	"joblink/backend/kinds"
	"joblink/backend/problem"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
)

// Kind is the engine kind of cost codes.
const Kind engine.Kind = "costcode"

// Decl declares cost codes to the registry of kinds: the engine, the setup wizard and the pages
// read everything about the kind from here.
var Decl = kinds.Register(kinds.Kind{
	Name:         Kind,
	Label:        "Cost codes",
	One:          "Cost code",
	Direction:    kinds.ToQuickBooks,
	Page:         "cost-codes",
	Rank:         10, // items come before every document that uses them
	DirectExport: "New and changed cost codes become QuickBooks service items without waiting for you.",
})

// maxName is QuickBooks' limit on an item name.
const maxName = 31

// Accounts are the accounts a cost code's service item posts to.
type Accounts struct {
	Income, Expense qbmirror.Record // ListID and FullName are used
}

// Deps is what the flow reads.
type Deps struct {
	Procore  func() (*procore.Client, error)
	Accounts func() (Accounts, error)
	Mirror   *qbmirror.Mirror
}

// Flow exports standard cost codes. Create it with New.
type Flow struct {
	kinds.Declared      // Kind, Label, Rank, Approval: from Decl
	d                   Deps
	*qbrefresh.Returned // what QuickBooks returned, for the mirror
	host                engine.Host
}

// Attach keeps the engine, which says which QuickBooks items other codes are linked to.
func (f *Flow) Attach(h engine.Host) { f.host = h }

// linker is the part of the engine that answers "is this record linked already?".
type linker interface {
	LinkedTo(kind engine.Kind, ref engine.QBRef) (bool, error)
}

// taken reports whether another cost code is linked to the QuickBooks item listID.
func (f *Flow) taken(listID string) (bool, error) {
	l, ok := f.host.(linker)
	if !ok {
		return false, nil
	}
	return l.LinkedTo(Kind, engine.QBRef{ListID: listID})
}

// New returns the cost code flow.
func New(d Deps) *Flow {
	return &Flow{Declared: kinds.Declared{Decl: Decl}, d: d, Returned: qbrefresh.NewReturned(d.Mirror)}
}

// code is what the flow keeps of a cost code: what is sent and where it came from. It holds
// no origin_id, so writing the link back does not look like a change in Procore.
type code struct {
	ListID int64  `json:"listId"` // the Procore standard cost code list
	Code   string `json:"code"`   // full code, with the parents' prefixes: the item name
	Name   string `json:"name"`
}

func decode(it *engine.Item) (code, error) {
	var c code
	if err := json.Unmarshal(it.Data, &c); err != nil {
		return c, fmt.Errorf("cost code %s: %w", it.ID, err)
	}
	return c, nil
}

// Detect reads the company's standard cost code list.
func (f *Flow) Detect(ctx context.Context) ([]engine.Record, error) {
	ch, err := f.DetectSince(ctx, "")
	return ch.Records, err
}

// codeCursor is where the cost code reads stand: the list read, and how many reads ago the
// lists were last checked.
type codeCursor struct {
	List  int64 `json:"list"`
	Reads int   `json:"reads"`
}

var (
	_ engine.Incremental = (*Flow)(nil)
	_ engine.Metered     = (*Flow)(nil)
)

// listsEvery is how many reads use the remembered list before the lists are read again (a
// new ERP list is rare; at the default 15-minute poll this is hourly).
const listsEvery = 4

// DetectSince reads the whole code list on every poll: standard cost codes carry no
// updated_at to filter on and a deleted code leaves no tombstone, only its absence (§6.2), so
// a complete read is the only way to see changes and deletions. Pages of 2,000 make it one
// call for up to 2,000 codes; the lists are read again every listsEvery reads, or at once
// when the remembered list is gone.
func (f *Flow) DetectSince(ctx context.Context, cursor string) (engine.Changes, error) {
	client, err := f.d.Procore()
	if err != nil {
		return engine.Changes{}, err
	}
	var cur codeCursor
	if cursor != "" {
		_ = json.Unmarshal([]byte(cursor), &cur) // unreadable: start again
	}
	fresh := cur.List == 0 || cur.Reads%listsEvery == 0
	for {
		if fresh {
			lists, err := client.ListStandardCostCodeLists().Collect(ctx)
			if err != nil {
				return engine.Changes{}, fmt.Errorf("read the standard cost code lists: %w", err)
			}
			list, ok := pickList(lists)
			if !ok {
				// No list (or none visible): nothing to read, and nothing to call deleted.
				return engine.Changes{}, nil
			}
			cur = codeCursor{List: list.ID}
		}
		codes, err := client.ListStandardCostCodes(cur.List, procore.ListStandardCostCodesOptions{}).PerPage(procore.MaxPerPage).Collect(ctx)
		var apiErr *procore.APIError
		if !fresh && errors.As(err, &apiErr) && apiErr.Status == http.StatusNotFound {
			fresh = true // the list is gone: choose again
			continue
		}
		if err != nil {
			return engine.Changes{}, fmt.Errorf("read the standard cost codes of list %d: %w", cur.List, err)
		}
		cur.Reads++
		next, _ := json.Marshal(cur)
		ch := engine.Changes{Complete: true, Cursor: string(next), Records: make([]engine.Record, 0, len(codes)),
			Vanished: engine.Gone{Why: "Deleted from Procore's standard cost code list",
				Fix: "If the code is no longer used, make its service item inactive in QuickBooks (Lists → Item List → Edit Item → Item is inactive), then skip this item."}}
		for _, c := range codes {
			ch.Records = append(ch.Records, f.record(cur.List, c))
		}
		return ch, nil
	}
}

// Meter is the Procore client's call meter: the poller spends the hour's budget by it.
func (f *Flow) Meter() (engine.Meter, error) {
	client, err := f.d.Procore()
	if err != nil {
		return nil, err
	}
	return client.Calls(), nil
}

// pickList chooses the company's cost code list: the ERP list when there is one (Procore
// keeps exactly one for an ERP connection), else the first list offered to new projects.
func pickList(lists []procore.StandardCostCodeList) (procore.StandardCostCodeList, bool) {
	for _, l := range lists {
		if l.IsERPList {
			return l, true
		}
	}
	for _, l := range lists {
		if l.AvailableToUseOnNewProjects {
			return l, true
		}
	}
	if len(lists) > 0 {
		return lists[0], true
	}
	return procore.StandardCostCodeList{}, false
}

func (f *Flow) record(listID int64, c procore.StandardCostCode) engine.Record {
	full := strings.TrimSpace(deref(c.FullCode))
	if full == "" {
		full = strings.TrimSpace(deref(c.Code))
	}
	name := strings.TrimSpace(deref(c.Name))
	data, _ := json.Marshal(code{ListID: listID, Code: full, Name: name})
	r := engine.Record{Key: strconv.FormatInt(c.ID, 10), Title: full, Detail: name, Data: data, Problem: checkCode(full)}
	if origin := deref(c.OriginID); origin != "" && f.d.Mirror != nil {
		// The item named by the code, or one the bookkeeper linked whose name starts with it.
		if rec, err := f.d.Mirror.Get(qbmirror.Items, origin); err == nil && (strings.EqualFold(rec.FullName, full) || strings.EqualFold(leadingCode(rec.Name), full)) {
			r.LinkedTo = qbrefresh.Ref(rec)
		}
	}
	return r
}

// checkCode reports why a code cannot be a QuickBooks item name.
func checkCode(full string) *engine.Failure {
	switch n := utf8.RuneCountInString(full); {
	case n == 0:
		return &engine.Failure{Class: engine.FixData, Message: "This cost code has no code.",
			Meaning: "QuickBooks items need a name, and Joblink names them by the code.",
			Fix:     "Give the code a value in Procore's standard cost code list; it is exported on the next sync."}
	case n > maxName:
		return &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The code %q has %d characters.", full, n),
			Meaning: fmt.Sprintf("QuickBooks item names hold at most %d characters, and Joblink does not shorten codes silently.", maxName),
			Fix:     fmt.Sprintf("Shorten the code to %d characters or fewer in Procore's standard cost code list; it is exported on the next sync.", maxName)}
	case strings.Contains(full, ":"):
		return &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The code %q contains a colon.", full),
			Meaning: "QuickBooks reads a colon in an item name as \"parent:sub-item\".",
			Fix:     "Replace the colon in Procore's standard cost code list (a hyphen or a dot works); it is exported on the next sync."}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// noAccounts fails an item whose accounts went missing after it was queued (Export refuses
// before that: ExportRefused). It is a setup problem, not QuickBooks' answer, so it waits for
// the bookkeeper rather than being retried as if QuickBooks might say otherwise next time.
func noAccounts(err error) *engine.FailureError {
	p := accountsProblem(err)
	p.Class = engine.FixData
	p.Fix = "Finish Setup → QuickBooks (choose the income and expense accounts for cost-code items), then export the code again."
	return &engine.FailureError{Failure: *p}
}

// accountsProblem says that setup has not chosen the accounts a service item needs, or that
// they could not be read.
func accountsProblem(err error) *problem.Problem {
	msg := "The income and expense accounts for cost-code items are not chosen yet."
	if err != nil && !errors.Is(err, ErrNoAccounts) {
		msg = "Joblink could not read the accounts chosen for cost-code items: " + err.Error() + "."
	}
	return &problem.Problem{Class: problem.Refused, Message: msg,
		Meaning: "Setup is not finished: QuickBooks needs both accounts to create a service item, so nothing was queued and nothing was sent to QuickBooks.",
		Fix:     "Finish Setup → QuickBooks (choose the income and expense accounts for cost-code items), then export again."}
}

var _ engine.ExportGate = (*Flow)(nil)

// ExportRefused refuses an export while setup has not chosen the accounts: the codes stay
// ready instead of being queued to fail.
func (f *Flow) ExportRefused() *problem.Problem {
	acc, err := f.d.Accounts()
	if err != nil || acc.Income.ListID == "" || acc.Expense.ListID == "" {
		return accountsProblem(err)
	}
	return nil
}

// ErrNoAccounts: Accounts returns it while setup has not chosen them.
var ErrNoAccounts = errors.New("cost code accounts not chosen")
