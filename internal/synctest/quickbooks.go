package synctest

import (
	"context"
	"strings"
	"testing"

	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// ServiceItem is a service item as the simulated QuickBooks holds it.
type ServiceItem struct {
	ListID, Name, SalesDesc, PurchaseDesc, IncomeAccount, ExpenseAccount string
}

// ServiceItems reads every service item of qb through a qbXML query, as QuickBooks would
// answer it, by name.
func ServiceItems(t testing.TB, qb *qbsim.Company) map[string]ServiceItem {
	t.Helper()
	s, err := qb.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	set := qbxml.MessageSet{}
	set.Add(qbxml.ItemServiceQuery{ListSelection: qbxml.ListSelection{ListFilter: qbxml.ListFilter{ActiveStatus: qbxml.ActiveAll}}})
	doc, _, err := set.Build()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.ProcessRequest(context.Background(), string(doc))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]ServiceItem{}
	err = qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
		for _, ret := range r.Rets {
			it, ok := ret.(*qbxml.ItemServiceRet)
			if !ok {
				continue
			}
			si := ServiceItem{ListID: it.ListID, Name: it.FullName}
			if sp := it.SalesAndPurchase; sp != nil {
				si.SalesDesc, si.PurchaseDesc = sp.SalesDesc, sp.PurchaseDesc
				si.IncomeAccount, si.ExpenseAccount = sp.IncomeAccountRef.FullName, sp.ExpenseAccountRef.FullName
			} else if sp := it.SalesOrPurchase; sp != nil {
				si.SalesDesc = sp.Desc
			}
			out[strings.ToLower(si.Name)] = si
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
