package qbrefresh

import (
	"testing"
	"time"

	"joblink/backend/qbmirror"
)

func TestDeletedRecordsInWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ delType, fullName, want string }{
		{"ItemService", "03-300", "service item"},
		{"ItemNonInventory", "Lumber", "non-inventory item"},
		{"ItemOtherCharge", "Freight", "other charge item"},
		{"ItemSalesTaxGroup", "Tax", "sales tax group item"},
		{"Customer", "Smith, John", "customer"},
		{"Customer", "Smith, John:2025-017 Remodel", "job"},
		{"Vendor", "ACME: The Lumber People", "vendor"},
		{"Account", "Job Costs:Subcontractors", "account"},
		{"PurchaseOrder", "PO-1", "purchase order"},
		{"Bill", "B-1", "bill"},
	} {
		if got := deletedWhat(tc.delType, tc.fullName); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.delType, tc.fullName, got, tc.want)
		}
	}
	for _, tc := range []struct {
		r    qbmirror.Record
		want string
	}{
		{qbmirror.Record{Kind: qbmirror.Items, Type: "Service"}, "service item"},
		{qbmirror.Record{Kind: qbmirror.Items, Type: "NonInventory"}, "non-inventory item"},
		{qbmirror.Record{Kind: qbmirror.Customers, Sublevel: 1, FullName: "A:B"}, "job"},
		{qbmirror.Record{Kind: qbmirror.Customers}, "customer"},
		{qbmirror.Record{Kind: qbmirror.Vendors}, "vendor"},
		{qbmirror.Record{Kind: qbmirror.Accounts}, "account"},
	} {
		if got := mirrorWhat(tc.r); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.r, got, tc.want)
		}
	}
	for _, k := range mirroredDelTypes {
		if _, ok := listDelTypes[k]; !ok {
			t.Errorf("%s has no list", k)
		}
	}
	if len(mirroredDelTypes) != len(listDelTypes) {
		t.Error("mirroredDelTypes and listDelTypes disagree")
	}
}

func TestDeletionHistoryIsTrustedForSixtyDays(t *testing.T) {
	t.Parallel()
	checked := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	m := &deletedMemo{Types: []string{"Vendor", "Customer"}, CheckedAt: checked}
	if m.stale(checked.Add(60 * 24 * time.Hour)) {
		t.Error("stale after 60 days")
	}
	if !m.stale(checked.Add(60*24*time.Hour + time.Second)) {
		t.Error("trusted past 60 days")
	}
	if !m.covers([]string{"Customer"}) || m.covers([]string{"Customer", "Employee"}) {
		t.Error("covers")
	}
	if got := settledBefore(time.Date(2025, 3, 3, 9, 0, 0, 900e6, time.UTC)); !got.Equal(checked.Add(-5 * time.Second)) {
		t.Errorf("a first run's cursor: %v", got)
	}
}
