package procore

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestListRequisitionsWithRetainage(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.1/requisitions", url.Values{"project_id": {"4294967397"},
			"filters[commitment_id]": {"8589934693"}, "filters[status]": {"approved"},
			"filters[updated_at]": {"2024-03-01T00:00:00Z...2024-04-01T00:00:00Z"}, "view": {"extended"}})
		writePage(w, 1, `[{"id":5000006000,"number":2,"invoice_number":"DIG-102","invoice_type":"progress","project_id":4294967397,
			"commitment_id":8589934693,"commitment_type":"WorkOrderContract","contract_name":"Sitework subcontract","vendor_id":5000003000,
			"vendor_name":"Dig Co","billing_date":"2024-03-31","period_id":5000006100,"requisition_start":"2024-03-01","requisition_end":"2024-03-31",
			"submitted_at":"2024-04-01","payment_date":null,"status":"approved","erp_status":null,"final":false,"deletable":false,
			"percent_complete":"38.46","total_claimed_amount":"5000.00","previous_requisition_id":5000005999,"electronic_signature_id":null,
			"move_materials_to_previous_work_completed":false,"origin_id":null,"origin_data":null,"created_at":"2024-04-01T09:00:00Z",
			"updated_at":"2024-04-02T09:00:00Z","created_by":{"id":5000000700,"name":"Ann Books","login":"ann@example.com","company_name":"Acme Builders"},
			"currency_configuration":{"currency_iso_code":"USD","currency_exchange_rate":1.0,"base_currency_iso_code":"USD"},"attachments":[],
			"summary_text":{},
			"summary":{"original_contract_sum":"12500.50","net_change_by_change_orders":"500.00","contract_sum_to_date":"13000.50",
			  "total_completed_and_stored_to_date":"5000.00","completed_work_retainage_percent":"10.0","completed_work_retainage_amount":"500.00",
			  "stored_materials_retainage_percent":"0.0","stored_materials_retainage_amount":"0.00","total_retainage":"500.00",
			  "total_earned_less_retainage":"4500.00","less_previous_certificates_for_payment":"2250.00","current_payment_due":"2250.00",
			  "balance_to_finish_including_retainage":"8500.50","tax_applicable_to_this_payment":null,"new_materials":"0.0","stored_materials":"0.0"},
			"items":[{"id":5000006200,"item_type":"contract_item","line_item_id":5000002001,"cost_code_id":5000000200,
			  "wbs_code":{"id":5000000900,"flat_code":"02-100.S","description":null},"description_of_work":"Excavation","scheduled_value":"12500.50",
			  "work_completed_from_previous_application":"2500.00","work_completed_this_period":"2500.00","materials_presently_stored":"0.00",
			  "total_completed_and_stored_to_date":"5000.00","work_completed_retainage_retained_this_period":"250.00",
			  "work_completed_retainage_released_this_period":"0.00","materials_stored_retainage_currently_retained":"0.00",
			  "net_amount":"2250.00","gross_amount":"2500.00","subcontractor_claimed_amount":"2500.00"}],"item_packages":[]}]`)
	})
	list, err := c.ListRequisitions(bigProject, ListRequisitionsOptions{CommitmentID: bigContract, Status: "approved",
		Updated: TimeRange{From: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)},
		View:    "extended"}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r := list[0]
	if len(list) != 1 || r.ID != 5000006000 || *r.Number != 2 || *r.InvoiceNumber != "DIG-102" || r.CommitmentID != bigContract ||
		*r.VendorID != 5000003000 || *r.RequisitionEnd != "2024-03-31" || r.PaymentDate != nil || r.ERPStatus != nil || r.Final ||
		r.TotalClaimedAmount != "5000.00" || *r.PreviousRequisitionID != 5000005999 || *r.CreatedBy.CompanyName != "Acme Builders" ||
		r.CurrencyConfiguration.CurrencyExchangeRate != "1.0" || r.OriginID != nil {
		t.Fatalf("%+v", r)
	}
	s := r.Summary
	if s.CompletedWorkRetainagePercent != "10.0" || s.CompletedWorkRetainageAmount != "500.00" || s.TotalRetainage != "500.00" ||
		s.TotalEarnedLessRetainage != "4500.00" || s.CurrentPaymentDue != "2250.00" || s.TaxApplicableToThisPayment.IsSet() {
		t.Fatalf("%+v", s)
	}
	it := r.Items[0]
	if len(r.Items) != 1 || *it.ItemType != "contract_item" || *it.LineItemID != 5000002001 || it.WBSCode.ID != 5000000900 ||
		it.WorkCompletedRetainageRetainedThisPeriod != "250.00" || it.NetAmount != "2250.00" {
		t.Fatalf("%+v", it)
	}
}

func TestRequisitionShowUpdateAndDetail(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/rest/v1.1/requisitions/5000006000":
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"project_id": {"4294967397"}, "view": {"items"}})
			writeJSON(w, 200, `{"id":5000006000,"commitment_id":8589934693,"status":"approved","summary":null,"items":[]}`)
		case r.Method == http.MethodPatch:
			checkCall(t, r, http.MethodPatch, "/rest/v1.0/requisitions/5000006000", nil)
			sameJSON(t, rawBody(t, r), `{"project_id":4294967397,"commitment_id":8589934693,
				"requisition":{"payment_date":"2024-04-15","origin_id":"QB-BILL-88","origin_data":"TxnID 1F-99"}}`)
			writeJSON(w, 200, `{"id":5000006000,"commitment_id":8589934693,"status":"approved","payment_date":"2024-04-15",
				"origin_id":"QB-BILL-88","origin_data":"TxnID 1F-99","comment":null,"action_policy":{}}`)
		default:
			checkCall(t, r, http.MethodGet, "/rest/v1.0/requisitions/5000006000/detail", url.Values{"project_id": {"4294967397"}})
			writeJSON(w, 200, `[{"id":5000006200,"item_type":"contract_item","item_number":1,"cost_code_id":5000000200,"description_of_work":"Excavation",
				"scheduled_value":"12500.50","work_completed_from_previous_application":"2500.00","work_completed_this_period":"2500.00",
				"materials_presently_stored":"0.00","total_completed_and_stored_to_date":"5000.00","total_completed_and_stored_to_date_percent":"40.0",
				"balance_to_finish":"7500.50","work_completed_retainage_currently_retained":"500.00",
				"work_completed_retainage_from_previous_application":"250.00","work_completed_retainage_released_this_period":"0.00",
				"work_completed_retainage_retained_this_period":"250.00","work_completed_retainage_percent_this_period":"10.0",
				"materials_stored_retainage_currently_retained":"0.00","total_retainage_currently_retained":"500.00",
				"total_retainage_from_previous_application":"250.00","scheduled_unit_price":null,"scheduled_quantity":null}]`)
		}
	})
	ctx := context.Background()
	r, err := c.Requisition(ctx, bigProject, 5000006000, "items")
	if err != nil || r.Summary != nil || r.Items == nil {
		t.Fatalf("%+v %v", r, err)
	}
	u, err := c.UpdateRequisition(ctx, bigProject, bigContract, 5000006000, RequisitionFields{PaymentDate: new("2024-04-15"),
		OriginID: new("QB-BILL-88"), OriginData: new("TxnID 1F-99")})
	if err != nil || *u.OriginID != "QB-BILL-88" || *u.PaymentDate != "2024-04-15" {
		t.Fatalf("%+v %v", u, err)
	}
	lines, err := c.RequisitionDetail(ctx, bigProject, 5000006000)
	if err != nil || len(lines) != 1 || *lines[0].ItemNumber != "1" || lines[0].TotalRetainageCurrentlyRetained != "500.00" ||
		lines[0].WorkCompletedRetainagePercentThisPeriod != "10.0" || lines[0].ScheduledQuantity.IsSet() {
		t.Fatalf("%+v %v", lines, err)
	}
}

func TestContractPayments(t *testing.T) {
	const payment = `{"id":5000007000,"contract_id":8589934693,"project_id":4294967397,"requisition_id":5000006000,"amount":"2250.00",
		"date":"2024-04-15","check_number":"1043","invoice_number":"DIG-102","notes":null,"payment_number":2,"draw_request_number":2,
		"status":null,"origin_id":"QB-BP-56","origin_code":null,"origin_data":null,"external_payment_id":null,
		"date_payment_initiated":null,"date_payment_settled":null,"attachments":[{"id":5000007100,"url":"https://example.com/c.pdf","filename":"c.pdf"}],
		"created_at":"2024-04-15T12:00:00Z","updated_at":"2024-04-15T12:00:00Z"}`
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		want := url.Values{"project_id": {"4294967397"}, "contract_id": {"8589934693"}}
		switch r.Method {
		case http.MethodGet:
			if r.URL.Path == "/rest/v1.0/contract_payments" {
				checkCall(t, r, http.MethodGet, r.URL.Path, want)
				writePage(w, 1, `[`+payment+`]`)
				return
			}
			checkCall(t, r, http.MethodGet, "/rest/v1.0/contract_payments/5000007000", want)
			writeJSON(w, 200, payment)
		case http.MethodPost:
			checkCall(t, r, http.MethodPost, "/rest/v1.0/contract_payments", nil)
			sameJSON(t, rawBody(t, r), `{"project_id":4294967397,"contract_id":8589934693,"contract_payment":{"date":"2024-04-15",
				"amount":"2250.00","invoice_number":"DIG-102","check_number":"1043","payment_method":"check","requisition_id":5000006000,
				"origin_id":"QB-BP-56"}}`)
			writeJSON(w, 201, payment)
		case http.MethodPatch:
			checkCall(t, r, http.MethodPatch, "/rest/v1.0/contract_payments/5000007000", nil)
			sameJSON(t, rawBody(t, r), `{"project_id":4294967397,"contract_id":8589934693,"contract_payment":{"notes":"void check"}}`)
			writeJSON(w, 200, payment)
		}
	})
	ctx := context.Background()
	list, err := c.ListContractPayments(bigProject, bigContract).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := list[0]
	if len(list) != 1 || p.ID != 5000007000 || p.ContractID != bigContract || p.ProjectID != bigProject || *p.RequisitionID != 5000006000 ||
		p.Amount != "2250.00" || *p.Date != "2024-04-15" || *p.PaymentNumber != 2 || p.Notes != nil || p.DatePaymentSettled != nil ||
		*p.Attachments[0].Filename != "c.pdf" || *p.OriginID != "QB-BP-56" {
		t.Fatalf("%+v", p)
	}
	if one, err := c.ContractPayment(ctx, bigProject, bigContract, 5000007000); err != nil || one.ID != 5000007000 {
		t.Fatalf("%+v %v", one, err)
	}
	created, err := c.CreateContractPayment(ctx, bigProject, bigContract, ContractPaymentFields{Date: new("2024-04-15"),
		Amount: new(Decimal("2250.00")), InvoiceNumber: new("DIG-102"), CheckNumber: new("1043"), PaymentMethod: new("check"),
		RequisitionID: new(int64(5000006000)), OriginID: new("QB-BP-56")})
	if err != nil || created.ID != 5000007000 {
		t.Fatalf("%+v %v", created, err)
	}
	if _, err := c.UpdateContractPayment(ctx, bigProject, bigContract, 5000007000, ContractPaymentFields{Notes: new("void check")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.CreateContractPayment(ctx, bigProject, bigContract, ContractPaymentFields{Amount: new(Decimal("$5"))}); err == nil {
		t.Fatal("sent an amount that is not a number")
	}
}
