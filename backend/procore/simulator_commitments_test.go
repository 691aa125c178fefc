package procore_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"testing"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// firstCommitment returns the first fixture commitment of a type and status.
func firstCommitment(t *testing.T, kind, status string) map[string]any {
	t.Helper()
	for _, row := range fixtureRows(t, "commitments.json") {
		if row["type"] == kind && row["status"] == status {
			return row
		}
	}
	t.Fatalf("no %s %s in the fixtures", status, kind)
	return nil
}

// TestCommitmentWritesAgainstTheSimulator creates, updates and syncs subcontracts and purchase
// orders (§9.4) through the client, and reads them back through the combined list (§9.5).
func TestCommitmentWritesAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{HourlyLimit: -1, SpikeLimit: -1})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	approved := firstCommitment(t, procoresim.WorkOrderContract, "Approved")
	project, vendor := idOf(t, approved, "project_id"), idOf(t, approved, "vendor_id")

	// A create whose answer is lost is found by origin_id, not made twice.
	origin := "QB-PO-7700"
	f := procore.WorkOrderContractFields{ContractFields: procore.ContractFields{Title: new("Electrical rough-in"),
		VendorID: &vendor, RetainagePercent: new(procore.DecimalString("10.0")), OriginID: &origin}, Inclusions: new("All wiring")}
	r.sim.LoseResponses(1)
	created, err := c.CreateWorkOrderContract(ctx, project, f)
	if err != nil {
		t.Fatalf("create after a lost answer: %v", err)
	}
	if created.ID == 0 || created.Status != "Draft" || created.RetainagePercent != "10.0" || deref(created.Inclusions) != "All wiring" ||
		created.Vendor == nil || created.Vendor.ID != vendor || created.LineItems == nil {
		t.Fatalf("created %+v", created)
	}
	same, err := c.ListWorkOrderContracts(project, procore.ListContractsOptions{OriginID: origin}).Collect(ctx)
	if err != nil || len(same) != 1 {
		t.Fatalf("subcontracts with origin_id %s: %d %v — the lost answer made a duplicate", origin, len(same), err)
	}
	again, err := c.CreateWorkOrderContract(ctx, project, f)
	if err != nil || again.ID != created.ID {
		t.Fatalf("repeating the create: %d %v", again.ID, err)
	}

	updated, err := c.UpdateWorkOrderContract(ctx, project, created.ID, procore.WorkOrderContractFields{
		ContractFields: procore.ContractFields{Status: new("Out For Signature"), Description: new("Per bid 12")}})
	if err != nil || updated.Status != "Out For Signature" || deref(updated.Description) != "Per bid 12" || deref(updated.Title) != "Electrical rough-in" {
		t.Fatalf("update: %+v %v", updated.ContractCommon, err)
	}
	// An approved subcontract keeps its vendor: 422, with the field named.
	other := idOf(t, firstCommitment(t, procoresim.PurchaseOrderContract, "Draft"), "vendor_id")
	_, err = c.UpdateWorkOrderContract(ctx, project, idOf(t, approved, "id"), procore.WorkOrderContractFields{
		ContractFields: procore.ContractFields{VendorID: &other}})
	var apiErr *procore.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != http.StatusUnprocessableEntity || apiErr.FieldErrors["vendor_id"] == nil {
		t.Fatalf("changing the vendor of an approved subcontract: %v", err)
	}

	// Sync: update by id, create by origin_id, an unknown id, and the approved one's vendor.
	res, err := c.SyncWorkOrderContracts(ctx, project, []procore.WorkOrderContractSyncItem{
		{ID: created.ID, WorkOrderContractFields: procore.WorkOrderContractFields{ContractFields: procore.ContractFields{Title: new("Electrical, phase 1")}}},
		{WorkOrderContractFields: procore.WorkOrderContractFields{ContractFields: procore.ContractFields{Title: new("Plumbing"), VendorID: &vendor, OriginID: new("QB-PO-7701")}}},
		{ID: 1, WorkOrderContractFields: procore.WorkOrderContractFields{ContractFields: procore.ContractFields{Title: new("Nobody")}}},
		{ID: idOf(t, approved, "id"), WorkOrderContractFields: procore.WorkOrderContractFields{ContractFields: procore.ContractFields{VendorID: &other}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 2 || deref(res.Entities[0].Title) != "Electrical, phase 1" || deref(res.Entities[1].OriginID) != "QB-PO-7701" {
		t.Fatalf("sync entities: %+v", res.Entities)
	}
	if len(res.Errors) != 2 || res.Errors[0].Index != 2 || res.Errors[0].FieldErrors["id"] == nil ||
		res.Errors[1].Index != 3 || res.Errors[1].FieldErrors["vendor_id"] == nil {
		t.Fatalf("sync errors: %+v", res.Errors)
	}

	// Purchase orders: create, update, sync.
	po, err := c.CreatePurchaseOrderContract(ctx, project, procore.PurchaseOrderContractFields{
		ContractFields: procore.ContractFields{Title: new("Lumber"), VendorID: &vendor, OriginID: new("QB-PO-7702")},
		ShipToAddress:  new("12 Site Rd"), DeliveryDate: new("2026-04-01")})
	if err != nil || deref(po.ShipToAddress) != "12 Site Rd" || deref(po.Number) == "" {
		t.Fatalf("purchase order create: %+v %v", po, err)
	}
	if po, err = c.UpdatePurchaseOrderContract(ctx, project, po.ID, procore.PurchaseOrderContractFields{
		ContractFields: procore.ContractFields{Status: new("Submitted")}}); err != nil || po.Status != "Submitted" {
		t.Fatalf("purchase order update: %s %v", po.Status, err)
	}
	poRes, err := c.SyncPurchaseOrderContracts(ctx, project, []procore.PurchaseOrderContractSyncItem{
		{PurchaseOrderContractFields: procore.PurchaseOrderContractFields{ContractFields: procore.ContractFields{OriginID: new("QB-PO-7702"), Status: new("Received")}}},
		{PurchaseOrderContractFields: procore.PurchaseOrderContractFields{ContractFields: procore.ContractFields{VendorID: &vendor, Status: new("Out For Bid")}}},
	})
	if err != nil || len(poRes.Entities) != 1 || poRes.Entities[0].ID != po.ID || poRes.Entities[0].Status != "Received" ||
		len(poRes.Errors) != 1 || poRes.Errors[0].FieldErrors["status"] == nil {
		t.Fatalf("purchase order sync: %+v %v", poRes, err)
	}

	// The combined list serves both kinds from the same records.
	all, err := c.ListCommitments(project).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]procore.Commitment{}
	for _, m := range all {
		byID[m.ID] = m
	}
	if byID[created.ID].Status != "Out For Signature" || byID[po.ID].Status != "Received" || deref(byID[po.ID].DeliveryDate) != "2026-04-01" ||
		byID[po.ID].Vendor == nil || byID[po.ID].Vendor.ID != vendor || byID[po.ID].Vendor.Name == "" {
		t.Fatalf("combined list: %+v / %+v", byID[created.ID], byID[po.ID])
	}
	one, err := c.Commitment(ctx, project, po.ID)
	if err != nil || one.ID != po.ID || deref(one.Title) != "Lumber" {
		t.Fatalf("combined show: %+v %v", one, err)
	}
}

// TestCommitmentChangeOrderWritesAgainstTheSimulator creates, changes and deletes commitment
// change orders (§9.6) and follows an approved one into the contract's sums and its invoices'
// change order items (§10.1).
func TestCommitmentChangeOrderWritesAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{HourlyLimit: -1, SpikeLimit: -1})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	req := fixtureRows(t, "requisitions.json")[0]
	project, contractID := idOf(t, req, "project_id"), idOf(t, req, "commitment_id")
	contract, err := c.WorkOrderContract(ctx, project, contractID)
	if err != nil || len(contract.LineItems) == 0 {
		t.Fatalf("contract %d: %v", contractID, err)
	}
	sov := contract.LineItems[0]

	origin := "QB-CO-501"
	f := procore.CommitmentChangeOrderFields{ContractID: &contractID, Title: new("Added outlets"), OriginID: &origin,
		LineItems: []procore.CommitmentChangeOrderLine{
			{CommitmentLineItemID: &sov.ID, CostCodeID: sov.CostCode.ID, LineItemTypeID: &sov.LineItemType.ID, Amount: new(procore.Decimal("1200.50"))},
			{CostCodeID: sov.CostCode.ID, ExtendedType: new("calculated"), Quantity: new(procore.Decimal("4")), UnitCost: new(procore.Decimal("25"))},
		}}
	r.sim.LoseResponses(1)
	order, err := c.CreateCommitmentChangeOrder(ctx, project, f)
	if err != nil {
		t.Fatalf("create after a lost answer: %v", err)
	}
	if order.ID == 0 || order.ContractID != contractID || order.Status != "draft" || !sameAmount(order.GrandTotal.String(), "1300.50") ||
		deref(order.OriginID) != origin {
		t.Fatalf("created %+v", order)
	}
	listed, err := c.ListCommitmentChangeOrders(project, procore.ListCommitmentChangeOrdersOptions{ContractID: contractID}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	copies := 0
	for _, o := range listed {
		if deref(o.OriginID) == origin {
			copies++
		}
	}
	if copies != 1 {
		t.Fatalf("%d change orders carry origin_id %s: the lost answer made a duplicate", copies, origin)
	}
	if _, err := c.CreateCommitmentChangeOrder(ctx, project, procore.CommitmentChangeOrderFields{Title: new("No contract")}); !isStatus(err, 422) {
		t.Fatalf("a change order without its commitment: %v", err)
	}

	// Approve it: the contract's approved sum and its invoices follow.
	approvedBefore := contract.ApprovedChangeOrders
	order, err = c.UpdateCommitmentChangeOrder(ctx, project, order.ID, procore.CommitmentChangeOrderFields{Status: new("approved")})
	if err != nil || order.Status != "approved" {
		t.Fatalf("approve: %+v %v", order, err)
	}
	contract, _ = c.WorkOrderContract(ctx, project, contractID)
	if !sameAmount(sumDecimals(t, contract.ApprovedChangeOrders, procore.Decimal("-"+approvedBefore.String())).String(), "1300.50") {
		t.Errorf("approved change orders %s → %s, want +1300.50", approvedBefore, contract.ApprovedChangeOrders)
	}
	lines, err := c.RequisitionDetail(ctx, project, idOf(t, req, "id"))
	if err != nil {
		t.Fatal(err)
	}
	var scheduled []procore.Decimal
	fromOrder := 0
	for _, l := range lines {
		scheduled = append(scheduled, l.ScheduledValue)
		if deref(l.ItemType) == "change_order_item" && (l.ID == 0 || l.WorkCompletedThisPeriod.String() != "0.0") {
			t.Errorf("change order item %+v", l)
		}
		if deref(l.ItemType) == "change_order_item" && sameAmount(l.ScheduledValue.String(), "1200.50") {
			fromOrder++
		}
	}
	invoice, err := c.Requisition(ctx, project, idOf(t, req, "id"), "extended")
	if err != nil {
		t.Fatal(err)
	}
	if fromOrder != 1 || !sameAmount(sumDecimals(t, scheduled...).String(), invoice.Summary.ContractSumToDate.String()) {
		t.Errorf("invoice lines: %d from the new change order; scheduled values add up to %s, contract sum to date %s",
			fromOrder, sumDecimals(t, scheduled...), invoice.Summary.ContractSumToDate)
	}

	// Approved: its lines stay and it cannot be deleted. A draft one can.
	if _, err := c.UpdateCommitmentChangeOrder(ctx, project, order.ID, procore.CommitmentChangeOrderFields{
		LineItems: []procore.CommitmentChangeOrderLine{{CostCodeID: sov.CostCode.ID, Amount: new(procore.Decimal("1"))}}}); !isStatus(err, 422) {
		t.Fatalf("changing an approved change order's lines: %v", err)
	}
	if err := c.DeleteCommitmentChangeOrder(ctx, project, order.ID); !isStatus(err, 422) {
		t.Fatalf("deleting an approved change order: %v", err)
	}
	draft, err := c.CreateCommitmentChangeOrder(ctx, project, procore.CommitmentChangeOrderFields{ContractID: &contractID, Title: new("Maybe")})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.DeleteCommitmentChangeOrder(ctx, project, draft.ID); err != nil {
		t.Fatalf("delete a draft: %v", err)
	}
	if _, err := c.CommitmentChangeOrder(ctx, project, draft.ID, ""); !isStatus(err, 404) {
		t.Fatalf("the deleted change order is still there: %v", err)
	}
}

func isStatus(err error, status int) bool {
	var apiErr *procore.APIError
	return errors.As(err, &apiErr) && apiErr.Status == status
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// sumDecimals adds amounts exactly.
func sumDecimals(t *testing.T, amounts ...procore.Decimal) procore.Decimal {
	t.Helper()
	total := new(big.Rat)
	for _, a := range amounts {
		x, ok := new(big.Rat).SetString(a.String())
		if !ok {
			t.Fatalf("%q is not an amount", a)
		}
		total.Add(total, x)
	}
	return procore.Decimal(total.FloatString(2))
}
