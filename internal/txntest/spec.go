// Package txntest is a test flow for transactions: purchase orders added to QuickBooks, then
// changed by appending lines, driven through the sync engine exactly as a product flow is. It
// is used by crash tests and benchmarks and is not registered in the product (no kind
// declaration, no pages).
//
// Everything it sends is derived from a Spec (a seed and counts), so two processes — a crash
// test's parent checking QuickBooks and its child running Joblink — agree on every purchase
// order, line and change without talking to each other.
package txntest

import (
	"fmt"
	"math/rand/v2"

	"joblink/qbwc/qbsim"
)

// The QuickBooks records the purchase orders name. Seed adds them to a simulated company;
// the flow refers to them by name.
var (
	Vendors = []string{"Txntest Concrete", "Txntest Electric", "Txntest Framing", "Txntest Plumbing", "Txntest Roofing"}
	Items   = []string{"TT Labor", "TT Materials", "TT Equipment", "TT Subcontract"}
	// Account is the expense account the items post to.
	Account = "Txntest Job Costs"
)

// Seed adds the account, items and vendors the purchase orders use to c.
func Seed(c *qbsim.Company) error {
	if _, err := c.AddAccount(qbsim.Account{Name: Account, Type: "Expense"}); err != nil {
		return fmt.Errorf("txntest account: %w", err)
	}
	for _, name := range Items {
		if _, err := c.AddItem(qbsim.Item{Name: name, Description: name, IncomeAccount: Account}); err != nil {
			return fmt.Errorf("txntest item %s: %w", name, err)
		}
	}
	for _, name := range Vendors {
		if _, err := c.AddVendor(qbsim.Vendor{Name: name}); err != nil {
			return fmt.Errorf("txntest vendor %s: %w", name, err)
		}
	}
	return nil
}

// Spec is a set of purchase orders: Count of them, PO-00001…, of which Modified get an
// appended line per change once changes are switched on.
type Spec struct {
	Seed     uint64
	Count    int
	Modified int
}

// PO is one purchase order as "Procore" has it: what the flow sends and what QuickBooks must
// end up with. Its JSON is the item's Data, so it must be deterministic.
type PO struct {
	Ref     string   `json:"ref"`
	Vendor  string   `json:"vendor"`
	Lines   []Line   `json:"lines"`
	Changes []Change `json:"changes,omitempty"`
}

// Line is a purchase order line on a service item.
type Line struct {
	Item string `json:"item"`
	Desc string `json:"desc"`
	Qty  string `json:"qty"`
	Rate string `json:"rate"`
}

// Change is a change order: one line appended to the purchase order. Its line's Desc carries
// Marker, which is how the flow tells from QuickBooks whether the change arrived.
type Change struct {
	Marker string `json:"marker"`
	Line   Line   `json:"line"`
}

// Ref is the RefNumber of the i-th purchase order (from 1).
func Ref(i int) string { return fmt.Sprintf("PO-%05d", i) }

// Marker names change n (from 1) of the purchase order ref; it is unique to that change.
func Marker(ref string, n int) string { return fmt.Sprintf("[JL %s/c%d]", ref, n) }

// POs returns the purchase orders, PO-00001 first, the modified ones with their first changes
// changes.
func (s Spec) POs(changes int) []PO {
	modified := s.ModifiedSet()
	out := make([]PO, s.Count)
	for i := range out {
		out[i] = s.po(i+1, changes, modified[i+1])
	}
	return out
}

// PO returns the i-th purchase order (from 1), as POs does.
func (s Spec) PO(i, changes int) PO { return s.po(i, changes, s.ModifiedSet()[i]) }

func (s Spec) po(i, changes int, modified bool) PO {
	r := rand.New(rand.NewPCG(s.Seed, uint64(i)))
	po := PO{Ref: Ref(i), Vendor: Vendors[r.IntN(len(Vendors))]}
	for n := range 2 + r.IntN(2) {
		po.Lines = append(po.Lines, line(r, fmt.Sprintf("Line %d of %s", n+1, po.Ref)))
	}
	if modified {
		for n := 1; n <= changes; n++ {
			m := Marker(po.Ref, n)
			po.Changes = append(po.Changes, Change{Marker: m, Line: line(r, fmt.Sprintf("Change %d to %s %s", n, po.Ref, m))})
		}
	}
	return po
}

func line(r *rand.Rand, desc string) Line {
	return Line{Item: Items[r.IntN(len(Items))], Desc: desc, Qty: fmt.Sprint(1 + r.IntN(20)),
		Rate: fmt.Sprintf("%d.%02d", 10+r.IntN(990), r.IntN(100))}
}

// ModifiedSet is the indexes (from 1) of the Modified purchase orders changes apply to: the
// first Modified of a permutation of 1…Count drawn from the seed.
func (s Spec) ModifiedSet() map[int]bool {
	perm := rand.New(rand.NewPCG(s.Seed, 0xC4A76E)).Perm(s.Count)
	out := make(map[int]bool, s.Modified)
	for _, p := range perm[:min(s.Modified, s.Count)] {
		out[p+1] = true
	}
	return out
}
