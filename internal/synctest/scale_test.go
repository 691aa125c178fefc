package synctest_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rs/zerolog"

	"joblink/backend/procore"
	"joblink/internal/synctest"
)

// TestScaleCompany: exactly the sizes asked for, every cost code a valid QuickBooks item name
// (at most 31 characters, no colon) and every vendor name a valid, distinct QuickBooks name.
func TestScaleCompany(t *testing.T) {
	for _, size := range []struct{ codes, vendors int }{{1, 1}, {19, 7}, {1000, 3000}, {50000, 0}} {
		pc, err := synctest.ScaleCompany(size.codes, size.vendors)
		if err != nil {
			t.Fatal(err)
		}
		r := synctest.New(t, synctest.Options{PCompany: pc, ProcoreSpikeLimit: -1, JoblinkOnly: true, Log: zerolog.Nop()})
		ctx := context.Background()
		lists, err := r.Client.ListStandardCostCodeLists().Collect(ctx)
		if err != nil || len(lists) != 1 || !lists[0].IsERPList {
			t.Fatalf("%d codes: lists %+v, %v", size.codes, lists, err)
		}
		codes, err := r.Client.ListStandardCostCodes(lists[0].ID, procore.ListStandardCostCodesOptions{}).Collect(ctx)
		if err != nil || len(codes) != size.codes {
			t.Fatalf("%d of %d codes: %v", len(codes), size.codes, err)
		}
		seen := map[string]bool{}
		for _, c := range codes {
			full := *c.FullCode
			if n := utf8.RuneCountInString(full); n == 0 || n > 31 || strings.Contains(full, ":") || seen[full] || *c.Name == "" {
				t.Fatalf("code %q (%q) is not a valid, distinct QuickBooks item name", full, *c.Name)
			}
			seen[full] = true
		}
		vendors, err := r.Client.ListVendors(procore.ListVendorsOptions{}).Collect(ctx)
		if err != nil || len(vendors) != size.vendors {
			t.Fatalf("%d of %d vendors: %v", len(vendors), size.vendors, err)
		}
		names := map[string]bool{}
		for _, v := range vendors {
			if n := len(v.Name); n == 0 || n > 41 || names[strings.ToLower(v.Name)] {
				t.Fatalf("vendor %q is not a valid, distinct QuickBooks name", v.Name)
			}
			names[strings.ToLower(v.Name)] = true
		}
		if got := r.ProcoreRequests("/standard_cost_codes"); got == 0 {
			t.Error("the rig counted no request to its Procore simulator")
		}
	}
}

// TestJoblinkTime: a Web Connector session is timed on Joblink's side, by phase and by SOAP
// operation.
func TestJoblinkTime(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	before := r.JoblinkTime()
	rep := r.RunWebConnector(t)
	d := r.JoblinkTime().Sub(before)
	if d.Refresh <= 0 || d.SOAP < d.Refresh+d.Export || d.SOAPCalls != len(rep.Calls) {
		t.Fatalf("session timing %+v for %d SOAP calls", d, len(rep.Calls))
	}
	if runtime.GOOS == "linux" && (d.RefreshCPU <= 0 || d.RefreshCPU > d.Refresh+time.Millisecond) {
		t.Errorf("refresh CPU %v for %v inside its calls", d.RefreshCPU, d.Refresh)
	}
	for _, m := range []string{"authenticate", "sendRequestXML", "receiveResponseXML", "closeConnection"} {
		if d.PerMethod[m] <= 0 {
			t.Errorf("no time for %s: %v", m, d.PerMethod)
		}
	}
}
