package procore

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestListDirectCostsReadsVendorNameOrObject(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.1/projects/4294967397/direct_costs", url.Values{
			"filters[updated_at]": {"2024-05-01T00:00:00Z...2024-06-01T00:00:00Z"}, "filters[origin_id]": {"QB-BILL-90"}})
		writePage(w, 2, `[{"id":5000008000,"direct_cost_type":"invoice","direct_cost_date":"2024-05-02","description":"Lumber",
			"invoice_number":"L-77","status":"approved","amount":"1234.56","grand_total":"1234.56","payment_date":null,"received_date":"2024-05-03",
			"terms":"Net 30","vendor":"Lumber Yard","vendor_id":5000003002,"vendor_name":"Lumber Yard","employee":null,"origin_id":"QB-BILL-90",
			"origin_data":null,"created_at":"2024-05-02T08:00:00Z","updated_at":"2024-05-02T08:00:00Z","deleted_at":null,
			"currency_configuration":{"currency_iso_code":"USD","currency_exchange_rate":"1.0","base_currency_iso_code":"USD"}},
			{"id":5000008001,"direct_cost_type":"expense","vendor":{"id":5000003003,"name":"Gas Co"},"vendor_id":5000003003,
			"amount":"40.00","grand_total":"40.00","employee":{"id":5000000700,"name":"Ann Books"},"origin_id":null}]`)
	})
	list, err := c.ListDirectCosts(bigProject, ListDirectCostsOptions{OriginID: "QB-BILL-90",
		Updated: TimeRange{From: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	d0, d1 := list[0], list[1]
	if d0.ID != 5000008000 || d0.DirectCostType != "invoice" || d0.Amount != "1234.56" || d0.Vendor.Name != "Lumber Yard" || d0.Vendor.ID != 0 ||
		*d0.VendorID != 5000003002 || d0.PaymentDate != nil || *d0.ReceivedDate != "2024-05-03" || d0.Employee != nil ||
		d0.CurrencyConfiguration.CurrencyExchangeRate != "1.0" {
		t.Fatalf("%+v", d0)
	}
	if d1.Vendor.ID != 5000003003 || d1.Vendor.Name != "Gas Co" || d1.Employee.ID != 5000000700 || d1.OriginID != nil {
		t.Fatalf("%+v", d1)
	}
}

func TestCreateAndShowDirectCost(t *testing.T) {
	const show = `{"id":5000008002,"direct_cost_type":"invoice","direct_cost_date":"2024-05-10","description":"Rental",
		"invoice_number":"R-1","status":"draft","grand_total":"300.00","payment_date":null,"received_date":null,"terms":null,
		"vendor":{"id":5000003004,"name":"Rent-All"},"vendor_id":5000003004,"vendor_name":"Rent-All","employee":null,
		"company":{"id":5000000001,"name":"Acme Builders"},"project":{"id":4294967397,"name":"Main St"},"origin_id":"QB-BILL-91",
		"origin_data":null,"attachments":[],"attachments_count":0,"line_items_count":1,
		"line_items":[{"id":5000008100,"amount":"300.00","quantity":"2.0","unit_cost":"150.0","total_amount":"300.00",
		  "extended_amount":"300.00","extended_type":"calculated","uom":"day","description":"Lift","position":1,
		  "cost_code":{"id":5000000200,"full_code":"02-100","name":"Site Work","origin_id":"QB-CC-1"},
		  "line_item_type":{"id":5000000125,"base_type":"equipment","code":"E","name":"Equipment","origin_id":null,"origin_data":null},
		  "wbs_code":{"id":5000000902,"flat_code":"02-100.E","description":"Site Work.Equipment"},
		  "holder":{"id":5000008002,"holder_type":"DirectCost"},"project":{"id":4294967397,"name":"Main St"},"origin_id":null,
		  "created_at":"2024-05-10T08:00:00Z","updated_at":"2024-05-10T08:00:00Z","currency_configuration":null}],
		"created_at":"2024-05-10T08:00:00Z","updated_at":"2024-05-10T08:00:00Z","deleted_at":null,"currency_configuration":null}`
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			checkCall(t, r, http.MethodGet, "/rest/v1.1/projects/4294967397/direct_costs/5000008002", nil)
			writeJSON(w, 200, show)
			return
		}
		checkCall(t, r, http.MethodPost, "/rest/v1.1/projects/4294967397/direct_costs", nil)
		sameJSON(t, rawBody(t, r), `{"direct_cost":{"direct_cost_type":"invoice","vendor_id":5000003004,"invoice_number":"R-1",
			"direct_cost_date":"2024-05-10","description":"Rental","status":"draft","origin_id":"QB-BILL-91",
			"line_items":[{"wbs_code_id":5000000902,"quantity":2,"unit_cost":150.0,"uom":"day","description":"Lift"}]}}`)
		writeJSON(w, 201, show)
	})
	ctx := context.Background()
	d, err := c.CreateDirectCost(ctx, bigProject, DirectCostFields{DirectCostType: new("invoice"), VendorID: new(int64(5000003004)),
		InvoiceNumber: new("R-1"), DirectCostDate: new("2024-05-10"), Description: new("Rental"), Status: new("draft"), OriginID: new("QB-BILL-91")},
		[]NewDirectCostLine{{WBSCodeID: 5000000902, Quantity: new(Decimal("2")), UnitCost: new(Decimal("150.0")), UOM: new("day"), Description: new("Lift")}})
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != 5000008002 || d.GrandTotal != "300.00" || d.Vendor.ID != 5000003004 || d.Company.ID != testCompany || *d.LineItemsCount != 1 {
		t.Fatalf("%+v", d)
	}
	l := d.LineItems[0]
	if l.TotalAmount != "300.00" || l.UnitCost != "150.0" || *l.LineItemType.BaseType != "equipment" || *l.CostCode.OriginID != "QB-CC-1" ||
		l.WBSCode.ID != 5000000902 || l.Holder.HolderType != "DirectCost" {
		t.Fatalf("%+v", l)
	}
	again, err := c.DirectCost(ctx, bigProject, 5000008002)
	if err != nil || again.ID != d.ID || len(again.LineItems) != 1 {
		t.Fatalf("%+v %v", again, err)
	}
}

func TestSyncDirectCosts(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodPatch, "/rest/v1.0/projects/4294967397/direct_costs/sync", nil)
		sameJSON(t, rawBody(t, r), `{"updates":[
			{"direct_cost_type":"invoice","vendor_id":5000003002,"invoice_number":"L-78","direct_cost_date":"2024-05-20","origin_id":"QB-BILL-92"},
			{"id":5000008000,"status":"approved","origin_id":"QB-BILL-90"}]}`)
		writeJSON(w, 200, `{"entities":[{"id":5000008003,"direct_cost_type":"invoice","invoice_number":"L-78","grand_total":"0.0",
			"line_items_count":0,"vendor":{"id":5000003002,"name":"Lumber Yard"},"origin_id":"QB-BILL-92"}],
			"errors":[{"id":5000008000,"status":"approved","origin_id":"QB-BILL-90","errors":{"base":["Direct cost is synced with ERP and cannot be edited"]}}]}`)
	})
	res, err := c.SyncDirectCosts(context.Background(), bigProject, []DirectCostSyncItem{
		{DirectCostFields: DirectCostFields{DirectCostType: new("invoice"), VendorID: new(int64(5000003002)), InvoiceNumber: new("L-78"),
			DirectCostDate: new("2024-05-20"), OriginID: new("QB-BILL-92")}},
		{ID: 5000008000, DirectCostFields: DirectCostFields{Status: new("approved"), OriginID: new("QB-BILL-90")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0].ID != 5000008003 || res.Entities[0].Vendor.Name != "Lumber Yard" || *res.Entities[0].LineItemsCount != 0 {
		t.Fatalf("%+v", res.Entities)
	}
	if len(res.Errors) != 1 || res.Errors[0].Index != 1 || res.Errors[0].ID != 5000008000 {
		t.Fatalf("%+v", res.Errors)
	}
}
