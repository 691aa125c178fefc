package api_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// A cost code whose description QuickBooks could store only with letters changed waits; the
// page reads its Latin spelling and sends it in one action (POST /api/costcodes/accept-spelling).
func TestCostCodeLatinSpelling(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	ctx := context.Background()
	for _, c := range []*procoresim.StandardCostCode{
		{ID: 5300900004, Code: "99-400", Name: "Бетонные работы"},
		{ID: 5300900008, Code: "99-800", Name: "混凝土"},
	} {
		c.ListID, c.FullCode = 5200000001, c.Code
		if err := r.PCompany.AddStandardCostCode(c); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	h := api.New(api.Deps{Engine: r.Engine, Log: zerolog.Nop()})
	cyrillic, chinese := engine.ItemID(costcodes.Kind, "5300900004"), engine.ItemID(costcodes.Kind, "5300900008")
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: []string{cyrillic, chinese}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	for id, fix := range map[string]string{cyrillic: `"Betonnye raboty"`, chinese: "Correct the description in Procore"} {
		if it, _ := r.Engine.Get(id); it.Status() != "attention" || !strings.Contains(it.Failure.Fix, fix) {
			t.Fatalf("%s sent as is: %s %+v", id, it.Status(), it.Failure)
		}
	}

	code, res := doJSON(t, h, "GET", "/api/costcodes/latin?id="+cyrillic+"&id="+chinese, "")
	offers, _ := res["offers"].(map[string]any)
	if code != 200 || len(offers) != 1 || offers[cyrillic] == nil {
		t.Fatalf("offers: %d %v", code, res)
	}
	if o := offers[cyrillic].([]any)[0].(map[string]any); o["field"] != "description" || o["latin"] != "Betonnye raboty" {
		t.Fatalf("offer %v", o)
	}
	code, res = doJSON(t, h, "POST", "/api/costcodes/accept-spelling", `{"ids":["`+cyrillic+`","`+chinese+`"]}`)
	queued, _ := res["queued"].([]any)
	failed, _ := res["failed"].([]any)
	if code != 200 || len(queued) != 1 || queued[0] != cyrillic || len(failed) != 1 {
		t.Fatalf("accept: %d %v", code, res)
	}
	if code, _ := doJSON(t, h, "POST", "/api/costcodes/accept-spelling", `{"ids":[]}`); code != 400 {
		t.Fatalf("nothing chosen: %d", code)
	}
	r.RunWebConnector(t)
	items := synctest.ServiceItems(t, r.QB)
	if it, _ := r.Engine.Get(cyrillic); it.State != engine.Synced || items["99-400"].SalesDesc != "Betonnye raboty" {
		t.Fatalf("after accepting: %s %+v, QuickBooks %+v", it.State, it.Failure, items["99-400"])
	}
	if it, _ := r.Engine.Get(chinese); it.Status() != "attention" {
		t.Fatalf("the Chinese description was sent: %s", it.Status())
	}
	// Accepted, the code has nothing more to offer.
	if _, res := doJSON(t, h, "GET", "/api/costcodes/latin?id="+cyrillic, ""); len(res["offers"].(map[string]any)) != 0 {
		t.Fatalf("offer after accepting: %v", res)
	}
}
