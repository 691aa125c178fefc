package procore

import (
	"context"
	"net/http"
	"net/url"
	"testing"
)

const ccoJSON = `{"id":5000005000,"contract_id":8589934693,"batch_id":null,"legacy_package_id":5000004200,"legacy_request_id":null,
	"location_id":null,"number":"SC-001-CO-1","title":"Extra rock","description":"<p>Rock</p>","status":"approved",
	"type":"CommitmentChangeOrder","revision":0,"reference":null,"executed":true,"paid":false,"signature_required":false,
	"private":false,"field_change":false,"grand_total":"500.00","schedule_impact_amount":3,"invoiced_date":null,"due_date":"2024-03-20",
	"revised_substantial_completion_date":null,"signed_change_order_received_date":null,"reviewed_at":"2024-03-04T10:00:00Z",
	"created_by":{"id":5000000700,"name":"Ann Books"},"designated_reviewer":null,"received_from":{"id":5000003000,"name":"Dig Co"},
	"reviewed_by":{"id":5000000701,"name":"Pat PM"},"change_order_change_reason":{"id":5000005100,"change_reason":"Unforeseen"},
	"currency_configuration":{"currency_iso_code":"USD"},"created_at":"2024-03-03T10:00:00Z","updated_at":"2024-03-04T10:00:00Z"`

func TestCommitmentChangeOrdersListAndShow(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rest/v1.0/projects/4294967397/commitment_change_orders" {
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"filters[status]": {"approved"}, "filters[contract_id]": {"8589934693"},
				"filters[executed]": {"true"}, "view": {"extended"}})
			writePage(w, 1, `[`+ccoJSON+`,"change_events":[{"id":5000005200,"number":"001"},{"id":5000005201,"number":2}]}]`)
			return
		}
		checkCall(t, r, http.MethodGet, "/rest/v1.0/projects/4294967397/commitment_change_orders/5000005000", nil)
		writeJSON(w, 200, ccoJSON+`,"attachments":[{"id":5000005300,"url":"https://example.com/co.pdf","name":"co.pdf"}]}`)
	})
	ctx := context.Background()
	list, err := c.ListCommitmentChangeOrders(bigProject, ListCommitmentChangeOrdersOptions{Status: "approved", ContractID: bigContract,
		Executed: new(true), View: "extended"}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	co := list[0]
	if len(list) != 1 || co.ID != 5000005000 || co.ContractID != bigContract || co.BatchID != nil || *co.LegacyPackageID != 5000004200 ||
		*co.Number != "SC-001-CO-1" || co.Status != "approved" || co.GrandTotal != "500.00" || *co.ScheduleImpactAmount != 3 ||
		*co.DueDate != "2024-03-20" || co.DesignatedReviewer != nil || *co.ReviewedBy.Name != "Pat PM" ||
		*co.ChangeOrderChangeReason.ChangeReason != "Unforeseen" || co.ReviewedAt.Day() != 4 {
		t.Fatalf("%+v", co)
	}
	if len(co.ChangeEvents) != 2 || *co.ChangeEvents[0].Number != "001" || *co.ChangeEvents[1].Number != "2" {
		t.Fatalf("%+v", co.ChangeEvents)
	}
	show, err := c.CommitmentChangeOrder(ctx, bigProject, 5000005000, "")
	if err != nil || show.ID != 5000005000 || *show.Attachments[0].Name != "co.pdf" || show.ChangeEvents != nil {
		t.Fatalf("%+v %v", show, err)
	}
}

func TestCommitmentChangeOrderLineItemsFromV2(t *testing.T) {
	calls := 0
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls++
		checkCall(t, r, http.MethodGet, "/rest/v2.0/companies/5000000001/projects/4294967397/commitment_change_orders/5000005000/line_items", nil)
		if calls == 1 {
			w.Header().Set("Link", `<https://api.procore.com/rest/v2.0/companies/5000000001/projects/4294967397/commitment_change_orders/5000005000/line_items?page=2&per_page=100>; rel="next"`)
			writeJSON(w, 200, `{"data":[{"id":"5000005400","commitment_line_item_id":"5000002001","prime_line_item_id":null,"description":"Rock",
				"uom":"cy","quantity":10.5,"unit_cost":"40.0","amount":"420.0","extended_type":"calculated","wbs_code_id":"5000000900",
				"tax_code_id":null,"position":1,"wbs_code":{"id":"5000000900","flat_code":"02-100.S","description":"Site Work.Subcontract"},
				"work_breakdown_structure":{}}]}`)
			return
		}
		if r.URL.Query().Get("page") != "2" {
			t.Errorf("page %q", r.URL.Query().Get("page"))
		}
		writeJSON(w, 200, `{"data":[{"id":"5000005401","commitment_line_item_id":null,"prime_line_item_id":null,"description":"Haul",
			"uom":null,"quantity":null,"unit_cost":null,"amount":"80.00","extended_type":"manual","wbs_code_id":null,"tax_code_id":null,
			"position":2,"wbs_code":null}]}`)
	})
	lines, err := c.CommitmentChangeOrderLineItems(bigProject, 5000005000).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || calls != 2 {
		t.Fatalf("%d lines in %d calls", len(lines), calls)
	}
	l0, l1 := lines[0], lines[1]
	if l0.ID != 5000005400 || l0.CommitmentLineItemID != 5000002001 || l0.PrimeLineItemID != 0 || l0.Quantity != "10.5" ||
		l0.UnitCost != "40.0" || l0.Amount != "420.0" || l0.WBSCodeID != 5000000900 || l0.WBSCode.ID != 5000000900 || *l0.Position != 1 {
		t.Fatalf("%+v", l0)
	}
	if l1.Amount != "80.00" || l1.Quantity.IsSet() || l1.WBSCode != nil || l1.UOM != nil {
		t.Fatalf("%+v", l1)
	}
}

func TestChangeOrderPackagesWithLineItems(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rest/v1.0/change_order_packages" {
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"project_id": {"4294967397"}, "contract_id": {"8589934693"}})
			writePage(w, 1, `[{"id":5000004200,"contract_id":8589934693,"number":"1","title":"Extra rock","status":"approved","executed":true,
				"grand_total":"500.00","revision":0,"due_date":null,"invoiced_date":null,"paid_date":null,"signed_change_order_received_date":null,
				"reviewed_at":null,"origin_id":null,"origin_code":null,"origin_data":null,"created_at":"2024-03-03T10:00:00Z",
				"updated_at":"2024-03-04T10:00:00Z","deleted_at":null,"currency_configuration":{"currency_iso_code":"USD"}}]`)
			return
		}
		checkCall(t, r, http.MethodGet, "/rest/v1.0/change_order_packages/5000004200", url.Values{"project_id": {"4294967397"}})
		writeJSON(w, 200, `{"id":5000004200,"contract_id":8589934693,"number":"1","status":"approved","grand_total":"500.00",
			"description":null,"private":false,"schedule_impact_amount":null,
			"line_items":[{"id":5000004250,"position":1,"description":"Rock","quantity":"10.0","uom":"cy","unit_cost":"50.0",
			"extended_amount":"500.0","total_amount":"500.0","cost_code":{"id":5000000200,"name":"Site Work","full_code":"02-100"},
			"line_item_type":{"id":5000000123,"name":"Subcontract","origin_id":"QB-CT-S"},"wbs_code":null,
			"holder":{"id":5000004200,"holder_type":"ChangeOrderPackage"},"markup_line_items":[]}]}`)
	})
	ctx := context.Background()
	pkgs, err := c.ListChangeOrderPackages(bigProject, ListChangeOrderPackagesOptions{ContractID: bigContract}).Collect(ctx)
	if err != nil || len(pkgs) != 1 || pkgs[0].GrandTotal != "500.00" || pkgs[0].ReviewedAt != nil || !*pkgs[0].Executed {
		t.Fatalf("%+v %v", pkgs, err)
	}
	p, err := c.ChangeOrderPackage(ctx, bigProject, 5000004200)
	if err != nil {
		t.Fatal(err)
	}
	if p.ContractID != bigContract || p.Description != nil || len(p.LineItems) != 1 || p.LineItems[0].ExtendedAmount != "500.0" ||
		*p.LineItems[0].LineItemType.OriginID != "QB-CT-S" || p.LineItems[0].Holder.HolderType != "ChangeOrderPackage" {
		t.Fatalf("%+v", p)
	}
}
