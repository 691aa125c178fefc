package txntest

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// PurchaseOrders reads every purchase order of c, lines included, through qbXML as Joblink
// would.
func PurchaseOrders(ctx context.Context, c *qbsim.Company) ([]*qbxml.PurchaseOrderRet, error) {
	yes := true
	set := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError}
	set.Add(qbxml.PurchaseOrderQuery{IncludeLineItems: &yes})
	doc, _, err := set.Build()
	if err != nil {
		return nil, err
	}
	resp, err := c.ProcessRequest(ctx, string(doc))
	if err != nil {
		return nil, err
	}
	var out []*qbxml.PurchaseOrderRet
	err = qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
		if r.Status.IsError() && r.Status.Code != 1 { // 1: none found
			return fmt.Errorf("PurchaseOrderQuery: %d %s", r.Status.Code, r.Status.Message)
		}
		for _, ret := range r.Rets {
			if p, ok := ret.(*qbxml.PurchaseOrderRet); ok {
				out = append(out, p)
			}
		}
		return nil
	})
	return out, err
}

// Check compares QuickBooks' purchase orders with the spec's, with changes changes switched
// on, and returns what differs (at most 20 problems, then a count): every purchase order
// exactly once, with a GUID of its own, its lines in order and nothing more.
func Check(spec Spec, changes int, pos []*qbxml.PurchaseOrderRet) []string {
	var problems []string
	more := 0
	bad := func(format string, args ...any) {
		if len(problems) < 20 {
			problems = append(problems, fmt.Sprintf(format, args...))
		} else {
			more++
		}
	}
	byRef := map[string][]*qbxml.PurchaseOrderRet{}
	guids := map[string]string{}
	for _, p := range pos {
		byRef[p.RefNumber] = append(byRef[p.RefNumber], p)
		if p.ExternalGUID == "" {
			bad("%s (TxnID %s) has no ExternalGUID", p.RefNumber, p.TxnID)
		} else if other, dup := guids[p.ExternalGUID]; dup {
			bad("%s and %s share ExternalGUID %s", other, p.RefNumber, p.ExternalGUID)
		}
		guids[p.ExternalGUID] = p.RefNumber
	}
	want := spec.POs(changes)
	for _, po := range want {
		got := byRef[po.Ref]
		delete(byRef, po.Ref)
		switch {
		case len(got) == 0:
			bad("%s is not in QuickBooks", po.Ref)
			continue
		case len(got) > 1:
			bad("%s is in QuickBooks %d times", po.Ref, len(got))
			continue
		}
		p := got[0]
		if p.VendorRef.FullName != po.Vendor {
			bad("%s: vendor %q, want %q", po.Ref, p.VendorRef.FullName, po.Vendor)
		}
		lines := append([]Line(nil), po.Lines...)
		for _, c := range po.Changes {
			lines = append(lines, c.Line)
		}
		if len(p.Lines) != len(lines) {
			bad("%s has %d lines, want %d (%d original, %d changes)", po.Ref, len(p.Lines), len(lines), len(po.Lines), len(po.Changes))
			continue
		}
		for i, l := range lines {
			g := p.Lines[i]
			if g.ItemRef.FullName != l.Item || g.Desc != l.Desc || !sameNumber(string(g.Quantity), l.Qty) || !sameNumber(string(g.Rate), l.Rate) {
				bad("%s line %d: %s %q %s × %s, want %s %q %s × %s", po.Ref, i+1, g.ItemRef.FullName, g.Desc, g.Quantity, g.Rate, l.Item, l.Desc, l.Qty, l.Rate)
			}
		}
	}
	extra := make([]string, 0, len(byRef))
	for ref := range byRef {
		extra = append(extra, ref)
	}
	sort.Strings(extra)
	for _, ref := range extra {
		bad("QuickBooks has %d purchase order(s) %s the spec does not", len(byRef[ref]), ref)
	}
	if more > 0 {
		problems = append(problems, fmt.Sprintf("… and %d more", more))
	}
	return problems
}

// sameNumber compares decimals as QuickBooks may write them back ("5" and "5.00").
func sameNumber(a, b string) bool {
	var x, y float64
	_, errA := fmt.Sscan(a, &x)
	_, errB := fmt.Sscan(b, &y)
	return errA == nil && errB == nil && x == y
}
