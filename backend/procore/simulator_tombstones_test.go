package procore_test

import (
	"context"
	"net/url"
	"strconv"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
)

// Document lists keep tombstones: a deleted subcontract is listed with deleted_at when
// filters[include_deleted] asks, a voided one carries status Void. A project-scoped kind reading
// them (the document stand-in) reports both as gone, and the engine says so on the items.
func TestADeletedAndAVoidedDocumentAreSetAsideWithTheReason(t *testing.T) {
	r := newEngineRig(t, engineRigOptions{extra: documentKinds})
	ctx := context.Background()
	r.pollAt(t, 0)
	var deleted, voided struct{ project, id int64 }
	projects, err := r.user.ListProjects(procore.ListProjectsOptions{Status: "All", Compact: true}).PerPage(procore.MaxPerPage).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range projects {
		contracts, err := r.user.ListWorkOrderContracts(p.ID, procore.ListContractsOptions{}).Collect(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range contracts {
			switch {
			case c.Status == "Draft" && deleted.id == 0:
				deleted.project, deleted.id = p.ID, c.ID
			case c.Status != "Void" && voided.id == 0:
				voided.project, voided.id = p.ID, c.ID
			}
		}
	}
	if deleted.id == 0 || voided.id == 0 {
		t.Fatal("no draft and no other subcontract in the reference company")
	}
	var links []engine.LinkSpec
	for _, p := range []int64{deleted.project, voided.project} {
		links = append(links, engine.LinkSpec{ID: engine.ItemID(jobs.Kind, strconv.FormatInt(p, 10)), Ref: engine.QBRef{ListID: "JOB-" + strconv.FormatInt(p, 10)}})
	}
	if _, err := r.e.LinkAll(links, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.pollAt(t, 15*time.Minute) // the linked projects' first read
	key := func(d struct{ project, id int64 }) string {
		return strconv.FormatInt(d.project, 10) + "/" + strconv.FormatInt(d.id, 10)
	}
	for _, d := range []struct{ project, id int64 }{deleted, voided} {
		if it := r.item(t, "test-subcontract", key(d)); it.State != engine.Waiting {
			t.Fatalf("subcontract %s before: %s", key(d), it.State)
		}
	}
	r.clock.set(r.start.Add(20 * time.Minute))
	q := url.Values{"project_id": {strconv.FormatInt(deleted.project, 10)}}
	if err := r.user.Send(ctx, "DELETE", "/rest/v1.0/work_order_contracts/"+strconv.FormatInt(deleted.id, 10), q, nil, nil); err != nil {
		t.Fatalf("delete: %v", err)
	}
	void := "Void"
	if _, err := r.user.UpdateWorkOrderContract(ctx, voided.project, voided.id, procore.WorkOrderContractFields{
		ContractFields: procore.ContractFields{Status: &void}}); err != nil {
		t.Fatalf("void: %v", err)
	}
	// Quiet projects are read hourly; the bookkeeper's Sync now reads them in the next poll.
	r.e.SyncProjects(strconv.FormatInt(deleted.project, 10), strconv.FormatInt(voided.project, 10))
	r.pollAt(t, 30*time.Minute)
	for d, why := range map[struct{ project, id int64 }]string{deleted: "Deleted in Procore", voided: "Voided in Procore"} {
		it := r.item(t, "test-subcontract", key(d))
		if it.State != engine.Rejected || it.Comment != why+" before it was exported; nothing was sent." {
			t.Fatalf("subcontract %s: %s %q, want rejected because %s", key(d), it.State, it.Comment, why)
		}
	}
}
