package procore

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"
)

const commitmentLineJSON = `{"id":5000002001,"amount":"12500.50","description":"Excavation","quantity":"1.0","unit_cost":"12500.5","uom":"ls",
	"total_amount":"12500.50","extended_amount":"12500.50","extended_type":"manual","position":1,"tax_code_id":null,
	"cost_code":{"id":5000000200,"name":"Site Work","code":"100","full_code":"02-100","origin_id":"QB-CC-1","origin_data":null,
	  "standard_cost_code_id":5000000300,"parent":{"id":5000000199},"biller":"Main St","biller_id":4294967397,"biller_type":"Project","budgeted":true},
	"line_item_type":{"id":5000000123,"name":"Subcontract","code":"S","base_type":"commitment","origin_id":"QB-CT-S","origin_data":null},
	"wbs_code":{"id":5000000900,"flat_code":"02-100.S","description":"Site Work.Subcontract"},
	"holder":{"id":8589934693,"holder_type":"WorkOrderContract"},"company":{"id":5000000001,"name":"Acme Builders"},
	"project":{"id":4294967397,"name":"Main St"},"origin_id":null,"origin_data":null,
	"change_event_line_item":{"id":5000002500,"cost_rom":"100.00","revenue_rom":null,"event_id":5000002550,
	  "cost_code":{"id":5000000200,"name":"Site Work"},"line_item_type":{"id":5000000123,"name":"Subcontract"}},
	"currency_configuration":{"currency_iso_code":"USD"},"created_at":"2024-03-01T08:00:00Z","updated_at":"2024-03-02T08:00:00Z"}`

const workOrderListJSON = `{"id":8589934693,"number":"SC-001","title":"Sitework subcontract","status":"Approved","description":null,
	"accounting_method":"amount","executed":true,"private":false,"show_line_items_to_non_admins":true,"requisitions_are_enabled":true,
	"grand_total":"12500.50","revised_contract":"13000.50","approved_change_orders":"500.0","pending_change_orders":"0.0",
	"pending_revised_contract":"13000.50","draft_change_orders_amount":"0.0","percentage_paid":"38.46","remaining_balance_outstanding":"8000.50",
	"retainage_percent":"10.0","total_draw_requests_amount":"5000.0","total_payments":"5000.0","total_requisitions_amount":"5000.0",
	"origin_id":"QB-PO-17","origin_code":"17","origin_data":null,"contract_date":"2024-02-28","contract_start_date":"2024-03-01",
	"contract_estimated_completion_date":null,"actual_completion_date":null,"execution_date":"2024-02-29","issued_on_date":null,
	"letter_of_intent_date":null,"returned_date":null,"signed_contract_received_date":null,"approval_letter_date":null,
	"inclusions":"All dirt","exclusions":null,"created_at":"2024-02-28T09:00:00Z","updated_at":"2024-03-05T09:00:00Z","deleted_at":null,
	"vendor":{"id":5000003000,"company":"Dig Co"},"project":{"id":4294967397,"name":"Main St"},"currency_configuration":{"currency_iso_code":"USD"}`

func TestListWorkOrderContractsFilteredByUpdatedAndStatus(t *testing.T) {
	from := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC)
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.0/work_order_contracts", url.Values{"project_id": {"4294967397"},
			"filters[updated_at]": {"2024-03-01T00:00:00Z...2024-03-31T00:00:00Z"}, "filters[status]": {"Approved"},
			"filters[include_deleted]": {"with"}, "view": {"extended"}})
		writePage(w, 1, `[`+workOrderListJSON+`}]`)
	})
	list, err := c.ListWorkOrderContracts(bigProject, ListContractsOptions{Updated: TimeRange{From: from, To: to}, Status: "Approved",
		IncludeDeleted: "with", View: "extended"}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w := list[0]
	if len(list) != 1 || w.ID != bigContract || *w.Number != "SC-001" || w.Status != "Approved" || w.Description != nil || !w.Executed ||
		w.GrandTotal != "12500.50" || w.RetainagePercent != "10.0" || w.TotalPayments != "5000.0" || *w.OriginCode != "17" ||
		*w.ContractDate != "2024-02-28" || *w.ContractStartDate != "2024-03-01" || w.ContractEstimatedCompletionDate != nil ||
		*w.Inclusions != "All dirt" || w.Vendor.ID != 5000003000 || *w.Vendor.Company != "Dig Co" || w.Vendor.OriginID != nil ||
		w.Project.ID != bigProject || w.DeletedAt != nil || w.LineItems != nil {
		t.Fatalf("%+v", w)
	}
}

func TestWorkOrderContractShowWithLineItemsAndPayments(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.0/work_order_contracts/8589934693", url.Values{"project_id": {"4294967397"}})
		writeJSON(w, 200, workOrderListJSON[:len(workOrderListJSON)-len(`"vendor":{"id":5000003000,"company":"Dig Co"},"project":{"id":4294967397,"name":"Main St"},"currency_configuration":{"currency_iso_code":"USD"}`)]+
			`"vendor":{"id":5000003000,"company":"Dig Co","origin_id":"QB-V-9","origin_data":null},"project":{"id":4294967397,"name":"Main St"},
			"currency_configuration":{"currency_iso_code":"USD"},"created_by_id":5000000700,
			"attachments":[{"id":5000004000,"url":"https://example.com/sc.pdf","filename":"sc.pdf"}],
			"invoice_contacts":[{"id":5000004100,"name":"Dan Dig","email":"dan@dig.example","business_phone":null,"business_phone_extension":12,
			  "fax_number":null,"job_title":"PM","login_information_id":5000004101,"mobile_phone":null,"vendor_name":"Dig Co"}],
			"line_items":[`+commitmentLineJSON+`],
			"change_order_packages":[{"id":5000004200,"contract_id":8589934693,"number":"1","title":"Extra rock","status":"approved",
			  "due_date":null,"invoiced_date":null,"paid_date":null,"reviewed_at":"2024-03-04T10:00:00Z","origin_id":null,"origin_data":null,
			  "created_at":"2024-03-03T10:00:00Z","updated_at":"2024-03-04T10:00:00Z","deleted_at":null}],
			"change_order_requests":[],"potential_change_orders":[],
			"payments_issued":[{"id":5000004300,"amount":"5000.00","check_number":"1042","date":"2024-03-10","draw_request_number":1,
			  "invoice_number":"INV-1","notes":null,"payment_number":1,"origin_id":"QB-BP-55","origin_data":null,"attachments":[],
			  "created_at":"2024-03-10T12:00:00Z"}]}`)
	})
	w, err := c.WorkOrderContract(context.Background(), bigProject, bigContract)
	if err != nil {
		t.Fatal(err)
	}
	if w.ID != bigContract || *w.Vendor.OriginID != "QB-V-9" || *w.CreatedByID != 5000000700 || *w.Attachments[0].Filename != "sc.pdf" ||
		*w.InvoiceContacts[0].BusinessPhoneExtension != 12 || w.ChangeOrderPackages[0].Status != "approved" ||
		w.ChangeOrderPackages[0].ContractID != bigContract || w.ChangeOrderPackages[0].DueDate != nil {
		t.Fatalf("%+v", w)
	}
	if p := w.PaymentsIssued; len(p) != 1 || p[0].Amount != "5000.00" || *p[0].CheckNumber != "1042" || *p[0].Date != "2024-03-10" ||
		*p[0].DrawRequestNumber != 1 || *p[0].OriginID != "QB-BP-55" || p[0].Notes != nil {
		t.Fatalf("payments %+v", p)
	}
	checkCommitmentLine(t, w.LineItems)
}

func checkCommitmentLine(t *testing.T, lines []CommitmentLineItem) {
	t.Helper()
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	l := lines[0]
	if l.ID != 5000002001 || l.Amount != "12500.50" || l.Quantity != "1.0" || l.UnitCost != "12500.5" || *l.ExtendedType != "manual" ||
		l.TaxCodeID != nil || *l.CostCode.FullCode != "02-100" || *l.CostCode.OriginID != "QB-CC-1" || *l.CostCode.BillerID != bigProject ||
		*l.LineItemType.BaseType != "commitment" || l.WBSCode.ID != 5000000900 || l.Holder.ID != bigContract ||
		l.Holder.HolderType != "WorkOrderContract" || l.Company.ID != testCompany || l.OriginID != nil ||
		l.ChangeEventLineItem.CostROM != "100.00" || l.ChangeEventLineItem.RevenueROM.IsSet() || *l.ChangeEventLineItem.EventID != 5000002550 ||
		l.ChangeEventLineItem.CostCode.ID != 5000000200 || l.UpdatedAt.Day() != 2 {
		t.Fatalf("%+v", l)
	}
}

func TestPurchaseOrderContractsListAndShow(t *testing.T) {
	const po = `{"id":8589934694,"number":"PO-7","title":"Rebar","status":"Partially Received","executed":false,"private":true,
		"grand_total":"999.99","retainage_percent":null,"vendor":{"id":5000003001,"company":"Steel Inc"},"assignee":{"id":5000000700},
		"bill_to_address":"1 Main St","ship_to_address":null,"ship_via":"truck","delivery_date":"2024-04-01","payment_terms":"Net 30",
		"billing_schedule_of_values_status":"approved","origin_id":null,"origin_code":null,"origin_data":null`
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/rest/v1.0/purchase_order_contracts" {
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"project_id": {"4294967397"},
				"filters[status]": {"Partially Received"}, "filters[origin_id]": {"QB-PO-7"}, "filters[id][]": {"8589934694"}})
			writePage(w, 1, `[`+po+`}]`)
			return
		}
		checkCall(t, r, http.MethodGet, "/rest/v1.0/purchase_order_contracts/8589934694", url.Values{"project_id": {"4294967397"}})
		writeJSON(w, 200, po+`,"line_items":[`+commitmentLineJSON+`],"payments_issued":[]}`)
	})
	ctx := context.Background()
	list, err := c.ListPurchaseOrderContracts(bigProject, ListContractsOptions{Status: "Partially Received", OriginID: "QB-PO-7",
		IDs: []int64{8589934694}}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := list[0]
	if p.ID != 8589934694 || p.Status != "Partially Received" || !p.Private || p.RetainagePercent.IsSet() || p.Assignee.ID != 5000000700 ||
		*p.ShipVia != "truck" || p.ShipToAddress != nil || *p.DeliveryDate != "2024-04-01" || *p.BillingScheduleOfValuesStatus != "approved" {
		t.Fatalf("%+v", p)
	}
	show, err := c.PurchaseOrderContract(ctx, bigProject, 8589934694)
	if err != nil {
		t.Fatal(err)
	}
	checkCommitmentLine(t, show.LineItems)
	if show.PaymentsIssued == nil || len(show.PaymentsIssued) != 0 {
		t.Fatalf("%+v", show.PaymentsIssued)
	}
}

func TestCommitmentLineItemsListAndSync(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/rest/v1.0/work_order_contracts/8589934693/line_items":
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"project_id": {"4294967397"},
				"filters[updated_at]": {"2024-03-01T00:00:00Z...2024-03-02T00:00:00Z"}, "filters[cost_code_id]": {"5000000200"}})
			writePage(w, 1, `[`+commitmentLineJSON+`]`)
		case "/rest/v1.0/purchase_order_contracts/8589934694/line_items":
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"project_id": {"4294967397"}, "filters[line_item_type_id]": {"5000000123"}, "view": {"ssov_source_lines"}})
			writePage(w, 1, `[{"id":5000002009,"amount":"10.00","description":"Bolts","position":2,"wbs_code":null,"currency_configuration":null}]`)
		case "/rest/v1.0/work_order_contracts/8589934693/line_items/sync", "/rest/v1.0/purchase_order_contracts/8589934694/line_items/sync":
			checkCall(t, r, http.MethodPatch, r.URL.Path, url.Values{"project_id": {"4294967397"}})
			sameJSON(t, rawBody(t, r), `{"updates":[{"amount":12500.50,"cost_code_id":5000000200,"line_item_type_id":5000000123,
				"description":"Excavation","origin_id":"QB-POL-1"},{"id":1,"amount":5,"origin_id":"QB-POL-2"}]}`)
			writeJSON(w, 200, `{"entities":[`+commitmentLineJSON+`],"errors":[{"id":1,"amount":5,"origin_id":"QB-POL-2",
				"errors":{"base":["Line items of an approved commitment cannot be changed"]}}]}`)
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
		}
	})
	ctx := context.Background()
	lines, err := c.ListWorkOrderContractLineItems(bigProject, bigContract, ListCommitmentLineItemsOptions{
		Updated: TimeRange{From: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)}, CostCodeID: 5000000200}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkCommitmentLine(t, lines)
	ssov, err := c.ListPurchaseOrderContractLineItems(bigProject, 8589934694, ListCommitmentLineItemsOptions{LineItemTypeID: 5000000123, View: "ssov_source_lines"}).Collect(ctx)
	if err != nil || len(ssov) != 1 || ssov[0].Amount != "10.00" || ssov[0].WBSCode != nil || *ssov[0].Position != 2 {
		t.Fatalf("%+v %v", ssov, err)
	}
	items := []CommitmentLineItemSyncItem{
		{Amount: new(Decimal("12500.50")), CostCodeID: new(int64(5000000200)), LineItemTypeID: new(int64(5000000123)), Description: new("Excavation"), OriginID: new("QB-POL-1")},
		{ID: 1, Amount: new(Decimal("5")), OriginID: new("QB-POL-2")},
	}
	for _, sync := range []func() (SyncResult[CommitmentLineItem], error){
		func() (SyncResult[CommitmentLineItem], error) {
			return c.SyncWorkOrderContractLineItems(ctx, bigProject, bigContract, items)
		},
		func() (SyncResult[CommitmentLineItem], error) {
			return c.SyncPurchaseOrderContractLineItems(ctx, bigProject, 8589934694, items)
		},
	} {
		res, err := sync()
		if err != nil {
			t.Fatal(err)
		}
		checkCommitmentLine(t, res.Entities)
		if len(res.Errors) != 1 || res.Errors[0].Index != 1 || res.Errors[0].OriginID != "QB-POL-2" {
			t.Fatalf("%+v", res.Errors)
		}
	}
}

func TestListCommitmentsCombined(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.0/commitments", url.Values{"project_id": {"4294967397"}})
		writePage(w, 2, `[{"id":8589934693,"title":"Sitework subcontract","number":"SC-001","status":"Approved","description":null,
			"executed":true,"delivery_date":null,"created_at":"2024-02-28T09:00:00Z","private":false,"vendor":{"id":5000003000,"name":"Dig Co"}},
			{"id":8589934694,"title":"Rebar","number":"PO-7","status":"Partially Received","description":"steel","executed":false,
			"delivery_date":"2024-04-01","created_at":"2024-02-28T09:00:00Z","private":true,"vendor":null}]`)
	})
	list, err := c.ListCommitments(bigProject).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != bigContract || list[0].Vendor.Name != "Dig Co" || list[0].DeliveryDate != nil ||
		list[1].Vendor != nil || *list[1].DeliveryDate != "2024-04-01" || !list[1].Private {
		t.Fatalf("%+v", list)
	}
}
