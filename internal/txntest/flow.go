package txntest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/engine"
	"joblink/backend/store"
	"joblink/qbwc/qbxml"
)

// Kind is the test flow's kind. It is not declared in package kinds: the product never runs it.
const Kind engine.Kind = "txntest-po"

// Flow adds the Spec's purchase orders to QuickBooks and appends their changes.
//
// Transactions have no unique name, so the flow finds its purchase orders by RefNumber and
// knows them by the ExternalGUID it sent (the item's Stamp); a purchase order with the same
// number and another GUID is someone else's. A change is a line appended by PurchaseOrderMod,
// and its marker in the line's description is the flow's ledger: Found reads QuickBooks'
// lines to tell whether a change whose answer was lost arrived, so no line is appended twice.
//
// A Mod must name every line it keeps by TxnLineID (QuickBooks deletes the lines a Mod leaves
// out), so the flow keeps a copy of each purchase order as QuickBooks last returned it. The
// copy is written to the store by Found and Done before the engine records the answer, so an
// item can never be synced while its copy is older than the answer that synced it; a copy
// overtaken by a change in QuickBooks carries a stale EditSequence, which QuickBooks refuses
// (3200) and the engine answers by re-reading.
type Flow struct {
	spec Spec

	mu      sync.Mutex
	st      *store.Store
	changes int
	copies  map[string]*Copy // by RefNumber
}

// Copy is the flow's copy of a purchase order in QuickBooks.
type Copy struct {
	TxnID        string     `json:"txnID"`
	EditSequence string     `json:"editSequence"`
	GUID         string     `json:"guid"`
	Lines        []CopyLine `json:"lines"`
}

// CopyLine is a line of the copy: its ID, to keep it in a Mod, and its description, where a
// change's marker is.
type CopyLine struct {
	TxnLineID string `json:"txnLineID"`
	Desc      string `json:"desc"`
}

// New returns the flow for spec, with no changes switched on.
func New(spec Spec) *Flow { return &Flow{spec: spec, copies: map[string]*Copy{}} }

// Keep makes the flow keep its copies in st, where a restarted process finds them; call it
// before the first export. Without it they live in memory only.
func (f *Flow) Keep(st *store.Store) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.st = st
}

// SetChanges switches on the first n changes of the modified purchase orders: the next
// Detect reports them, and the engine sends them.
func (f *Flow) SetChanges(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.changes = n
}

func (f *Flow) Kind() engine.Kind { return Kind }
func (f *Flow) Label() string     { return "Test purchase orders" }
func (f *Flow) Rank() int         { return 100 } // documents go after the lists they name
func (f *Flow) Approval() bool    { return false }

// Detect reports every purchase order of the spec, with the changes switched on.
func (f *Flow) Detect(ctx context.Context) ([]engine.Record, error) {
	f.mu.Lock()
	changes := f.changes
	f.mu.Unlock()
	pos := f.spec.POs(changes)
	out := make([]engine.Record, len(pos))
	for i, po := range pos {
		data, err := json.Marshal(po)
		if err != nil {
			return nil, err
		}
		out[i] = engine.Record{Key: po.Ref, Title: po.Ref, Detail: fmt.Sprintf("%s, %d lines", po.Vendor, len(po.Lines)+len(po.Changes)), Data: data}
	}
	return out, nil
}

func poOf(it *engine.Item) (PO, error) {
	var po PO
	if err := json.Unmarshal(it.Data, &po); err != nil {
		return po, fmt.Errorf("txntest: data of %s: %w", it.ID, err)
	}
	return po, nil
}

// Prepare adds a purchase order not in QuickBooks yet, with every line and change, stamped
// with the item's GUID; for one already there it appends the changes its copy lacks.
func (f *Flow) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	po, err := poOf(it)
	if err != nil {
		return engine.Step{}, err
	}
	if it.QB == nil || it.QB.TxnID == "" {
		add := qbxml.PurchaseOrderAdd{PurchaseOrder: qbxml.PurchaseOrder{VendorRef: qbxml.RefByName(po.Vendor),
			RefNumber: po.Ref, Memo: "Joblink crash test", ExternalGUID: it.Stamp}}
		for _, l := range po.Lines {
			add.Lines = append(add.Lines, newLine(l))
		}
		for _, c := range po.Changes {
			add.Lines = append(add.Lines, newLine(c.Line))
		}
		return engine.Step{Request: add, Message: "Purchase order added."}, nil
	}
	cp, err := f.copyOf(po.Ref)
	if err != nil {
		return engine.Step{}, err
	}
	if cp == nil || cp.TxnID != it.QB.TxnID {
		return engine.Step{}, &engine.FailureError{Failure: engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("Joblink has no copy of purchase order %s (TxnID %s) to change.", po.Ref, it.QB.TxnID),
			Meaning: "The test flow writes its copy before the engine records an answer; a missing copy is a bug."}}
	}
	mod := qbxml.PurchaseOrderMod{TxnID: cp.TxnID, EditSequence: cp.EditSequence}
	for _, l := range cp.Lines {
		mod.Lines = append(mod.Lines, qbxml.PurchaseOrderLine{TxnLineID: l.TxnLineID}) // kept as it is
	}
	appended := 0
	for _, c := range po.Changes {
		if !cp.has(c.Marker) {
			l := newLine(c.Line)
			l.TxnLineID = qbxml.NewTxnLineID
			mod.Lines = append(mod.Lines, l)
			appended++
		}
	}
	if appended == 0 {
		return engine.Step{Linked: cp.ref(po.Ref), Message: "QuickBooks already has every change."}, nil
	}
	return engine.Step{Request: mod, Target: cp.TxnID, Message: fmt.Sprintf("%d change(s) appended.", appended)}, nil
}

func newLine(l Line) qbxml.PurchaseOrderLine {
	return qbxml.PurchaseOrderLine{ItemRef: qbxml.RefByName(l.Item), Desc: l.Desc,
		Quantity: qbxml.Decimal(l.Qty), Rate: qbxml.Decimal(l.Rate)}
}

// Lookup reads the purchase orders with the item's number, lines included (the ledger).
func (f *Flow) Lookup(it *engine.Item) qbxml.Request {
	yes := true
	return qbxml.PurchaseOrderQuery{TxnSelection: qbxml.TxnSelection{RefNumbers: []string{it.Key}}, IncludeLineItems: &yes}
}

// Found picks the purchase order stamped with the item's GUID and returns it when it has
// every change the item carries; nil sends the item (again). Another purchase order with the
// number is not Joblink's: it is never taken, and when it is the only one the item fails,
// saying so.
func (f *Flow) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	po, err := poOf(it)
	if err != nil {
		return nil, err
	}
	var ours []*qbxml.PurchaseOrderRet
	others := 0
	for _, ret := range resp.Rets {
		p, ok := ret.(*qbxml.PurchaseOrderRet)
		if !ok || !strings.EqualFold(p.RefNumber, po.Ref) {
			continue
		}
		if it.Stamp != "" && p.ExternalGUID == it.Stamp {
			ours = append(ours, p)
		} else {
			others++
		}
	}
	switch {
	case len(ours) > 1:
		return nil, &engine.FailureError{Failure: engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("QuickBooks has %d purchase orders %s stamped %s.", len(ours), po.Ref, it.Stamp),
			Meaning: "Joblink added this purchase order more than once.", Fix: "Delete the extra copies in QuickBooks."}}
	case len(ours) == 0 && others > 0 && (it.QB == nil || it.QB.TxnID == ""):
		return nil, &engine.FailureError{Failure: engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("QuickBooks has a purchase order %s that Joblink did not add.", po.Ref),
			Meaning: "Its ExternalGUID is not the one Joblink stamps on this purchase order, so it is someone else's.",
			Fix:     "Renumber one of the two, then export again."}}
	case len(ours) == 0:
		return nil, nil
	}
	cp, err := f.record(po.Ref, ours[0])
	if err != nil {
		return nil, err
	}
	for _, c := range po.Changes {
		if !cp.has(c.Marker) {
			return nil, nil // the change has not arrived: send it
		}
	}
	return cp.ref(po.Ref), nil
}

// Done reads QuickBooks' answer to an Add or a Mod: the purchase order as it now is.
func (f *Flow) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	for _, ret := range resp.Rets {
		p, ok := ret.(*qbxml.PurchaseOrderRet)
		if !ok {
			continue
		}
		if p.ExternalGUID != it.Stamp {
			return nil, &engine.FailureError{Failure: engine.Failure{Class: engine.FixData,
				Message: fmt.Sprintf("QuickBooks answered for %s with ExternalGUID %q; the item's stamp is %q.", it.Key, p.ExternalGUID, it.Stamp),
				Meaning: "The answer is about another purchase order: a Joblink bug."}}
		}
		cp, err := f.record(it.Key, p)
		if err != nil {
			return nil, err
		}
		return cp.ref(it.Key), nil
	}
	return nil, fmt.Errorf("txntest: no purchase order in the answer for %s", it.ID)
}

// WriteBack has no Procore to write to.
func (f *Flow) WriteBack(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return nil, nil
}

func (c *Copy) has(marker string) bool {
	return slices.ContainsFunc(c.Lines, func(l CopyLine) bool { return strings.Contains(l.Desc, marker) })
}

func (c *Copy) ref(refNumber string) *engine.QBRef {
	return &engine.QBRef{TxnID: c.TxnID, EditSequence: c.EditSequence, FullName: refNumber}
}

const copyPrefix = "txntest/copy/"

// record keeps p as the copy of ref, in the store when the flow has one. Found and Done call
// it inside the engine's transaction; the copy is committed first, in its own, so it is never
// behind what the engine records. Doing it again (the engine retries its transaction) writes
// the same copy.
func (f *Flow) record(ref string, p *qbxml.PurchaseOrderRet) (*Copy, error) {
	cp := &Copy{TxnID: p.TxnID, EditSequence: p.EditSequence, GUID: p.ExternalGUID}
	for _, l := range p.Lines {
		cp.Lines = append(cp.Lines, CopyLine{TxnLineID: l.TxnLineID, Desc: l.Desc})
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.st != nil {
		val, err := json.Marshal(cp)
		if err != nil {
			return nil, err
		}
		if err := f.st.Update(func(txn *badger.Txn) error { return txn.Set([]byte(copyPrefix+ref), val) }); err != nil {
			return nil, fmt.Errorf("txntest: keep the copy of %s: %w", ref, err)
		}
	}
	f.copies[ref] = cp
	return cp, nil
}

// copyOf returns the copy of ref, from memory or the store; nil when there is none.
func (f *Flow) copyOf(ref string) (*Copy, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if cp := f.copies[ref]; cp != nil || f.st == nil {
		return cp, nil
	}
	var cp *Copy
	err := f.st.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(copyPrefix + ref))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(val []byte) error {
			cp = &Copy{}
			return json.Unmarshal(val, cp)
		})
	})
	if err != nil {
		return nil, fmt.Errorf("txntest: read the copy of %s: %w", ref, err)
	}
	if cp != nil {
		f.copies[ref] = cp
	}
	return cp, nil
}
