package procore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
)

func TestSyncChunks2500ItemsIntoThreeCallsAndMapsErrors(t *testing.T) {
	var calls atomic.Int32
	var sizes []int
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Method != http.MethodPatch || r.URL.Path != "/rest/v1.0/vendors/sync" || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("%s %s %s", r.Method, r.URL.Path, r.Header.Get("Content-Type"))
		}
		var body struct {
			CompanyID int64             `json:"company_id"`
			Updates   []json.RawMessage `json:"updates"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.CompanyID != testCompany {
			t.Errorf("body: %v %d", err, body.CompanyID)
		}
		sizes = append(sizes, len(body.Updates))
		var entities, errs []string
		for _, raw := range body.Updates {
			var item map[string]any
			_ = json.Unmarshal(raw, &item)
			origin, _ := item["origin_id"].(string)
			if strings.HasSuffix(origin, "7") { // refuse every item whose QuickBooks id ends in 7
				errs = append(errs, fmt.Sprintf(`{"origin_id":%q,"name":%q,"errors":{"name":["has already been taken"]}}`, origin, item["name"]))
				continue
			}
			entities = append(entities, fmt.Sprintf(`{"id":%d,"name":%q,"origin_id":%q}`, int64(1)<<33+int64(len(entities)), item["name"], origin))
		}
		writeJSON(w, 200, `{"entities":[`+strings.Join(entities, ",")+`],"errors":[`+strings.Join(errs, ",")+`]}`)
	})
	items := make([]VendorSyncItem, 2500)
	for i := range items {
		items[i] = VendorSyncItem{VendorFields: VendorFields{Name: new(fmt.Sprintf("Vendor %d", i)), OriginID: new(fmt.Sprintf("QB-%d", i))}}
	}
	res, err := c.SyncVendors(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 3 || fmt.Sprint(sizes) != "[1000 1000 500]" {
		t.Fatalf("calls %d sizes %v", calls.Load(), sizes)
	}
	if len(res.Entities) != 2250 || len(res.Errors) != 250 {
		t.Fatalf("entities %d errors %d", len(res.Entities), len(res.Errors))
	}
	for _, e := range res.Errors {
		if e.Index < 0 || items[e.Index].OriginID == nil || *items[e.Index].OriginID != e.OriginID || e.FieldErrors["name"][0] != "has already been taken" {
			t.Fatalf("error not mapped back: %+v", e)
		}
	}
	if w := res.Errors[0].Words(); w != "The record with QuickBooks id QB-7 was not accepted by Procore: name has already been taken." {
		t.Fatalf("words %q", w)
	}
}

func TestSyncRetriesOnlyWhenEveryItemIsKeyed(t *testing.T) {
	var calls atomic.Int32
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			writeJSON(w, 502, `bad gateway`)
			return
		}
		writeJSON(w, 200, `{"entities":[{"id":1}],"errors":[]}`)
	})
	keyed := []ProjectSyncItem{{ProjectFields: ProjectFields{OriginID: new("QB-1"), Name: new("A")}}}
	if _, err := c.SyncProjects(context.Background(), keyed); err != nil || calls.Load() != 2 {
		t.Fatalf("keyed batch: calls %d err %v", calls.Load(), err)
	}
	calls.Store(0)
	unkeyed := []ProjectSyncItem{{ProjectFields: ProjectFields{Name: new("creates a duplicate if sent twice")}}}
	_, err := c.SyncProjects(context.Background(), unkeyed)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 502 || calls.Load() != 1 {
		t.Fatalf("unkeyed batch: calls %d err %v", calls.Load(), err)
	}
}

func TestCreateAndUpdateSendOnlySetFields(t *testing.T) {
	var got []string
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		_, _ = fmt.Fprintf(&b, "%s %s ", r.Method, r.URL.Path)
		buf := make([]byte, 4096)
		n, _ := r.Body.Read(buf)
		b.Write(buf[:n])
		got = append(got, b.String())
		writeJSON(w, 201, `{"id":12,"name":"Main St","total_value":"1000.10"}`)
	})
	p, err := c.CreateProject(context.Background(), ProjectFields{Name: new("Main St"), TotalValue: new(Decimal("1000.10")), OriginID: new("QB-J1")})
	if err != nil || p.TotalValue != "1000.10" {
		t.Fatalf("%+v %v", p, err)
	}
	if _, err := c.UpdateVendor(context.Background(), 5, VendorFields{FaxNumber: new("555-0100")}); err != nil {
		t.Fatal(err)
	}
	want0 := `POST /rest/v1.0/projects {"company_id":5000000001,"project":{"name":"Main St","total_value":1000.10,"origin_id":"QB-J1"}}`
	want1 := `PATCH /rest/v1.0/vendors/5 {"company_id":5000000001,"vendor":{"fax_number":"555-0100"}}`
	if got[0] != want0 || got[1] != want1 {
		t.Fatalf("got\n%s\n%s", got[0], got[1])
	}
}

func TestDecimal(t *testing.T) {
	var v struct{ A, B, C Decimal }
	if err := json.Unmarshal([]byte(`{"A":"250.0","B":1234.56,"C":null}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.A != "250.0" || v.B != "1234.56" || v.C.IsSet() {
		t.Fatalf("%+v", v)
	}
	if err := json.Unmarshal([]byte(`{"A":"12abc"}`), &v); err == nil {
		t.Fatal("accepted a non-number")
	}
}
