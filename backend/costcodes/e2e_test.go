package costcodes_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// messyCodes are added to the reference company: what real lists contain.
func addMessyCodes(t *testing.T, r *synctest.Rig) (long, colon, accented, cyrillic int64) {
	t.Helper()
	list := int64(5200000001)
	add := func(id int64, code, name string) int64 {
		err := r.PCompany.AddStandardCostCode(&procoresim.StandardCostCode{ID: id, ListID: list, Code: code, FullCode: code, Name: name})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	long = add(5300900001, "99-100-SITE-WORK-EXCAVATION-EXTRA", "Excavation beyond the contract")
	colon = add(5300900002, "99:200", "Colon in the code")
	accented = add(5300900003, "99-300", "Béton coulé & armé")
	cyrillic = add(5300900004, "99-400", "Бетонные работы")
	// Names QuickBooks already uses: the same service item, a service item with an old
	// description, and a non-service item.
	add(5300900005, "99-500", "Same Item")
	add(5300900006, "99-600", "New Description")
	add(5300900007, "99-700", "Clashes With Other Charge")
	mustItem(t, r.QB, qbsim.Item{Name: "99-500", Description: "Same Item", IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"})
	mustItem(t, r.QB, qbsim.Item{Name: "99-600", Description: "Old Description", IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"})
	mustItem(t, r.QB, qbsim.Item{Name: "99-700", Type: "OtherCharge", Description: "Freight", IncomeAccount: "Construction Income:Contract Revenue"})
	return
}

func mustItem(t *testing.T, qb *qbsim.Company, it qbsim.Item) {
	t.Helper()
	if _, err := qb.AddItem(it); err != nil {
		t.Fatal(err)
	}
}

// TestCostCodesEndToEnd: simulated Procore → engine → bookkeeper's export → Web Connector →
// simulated QuickBooks, for the whole reference company plus messy codes; then the link in
// Procore, and a description changed in Procore travels as a modification.
func TestCostCodesEndToEnd(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	long, colon, accented, cyrillic := addMessyCodes(t, r)
	ctx := context.Background()
	servicesBefore := r.QB.ListCount(qbsim.KindItemService)

	r.RunWebConnector(t) // the first run reads the lists; nothing to export yet
	r.ChooseAccounts(t)
	res, err := r.Engine.Detect(ctx, costcodes.Kind)
	if err != nil {
		t.Fatal(err)
	}
	codes := r.CostCodeCount(t)
	if res.Seen != codes || res.New != codes {
		t.Fatalf("detected %+v, Procore has %d codes", res, codes)
	}
	page, err := r.Engine.List(costcodes.Kind, engine.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Counts["attention"] != 2 || page.Counts["ready"] != codes-2 {
		t.Fatalf("counts after detection: %v", page.Counts)
	}
	title, lines, err := r.Engine.Summary()
	// The daily summary counts the work the Dashboard counts: the 2 refused codes, not the
	// codes nobody asked to export yet.
	if err != nil || title != "Joblink: 2 items need your attention" || len(lines) != 1 || lines[0] != "Cost codes: 2 need your attention" {
		t.Fatalf("daily summary: %q %q %v", title, lines, err)
	}
	checkFailure(t, r, long, "33 characters", "Shorten the code")
	checkFailure(t, r, colon, "colon", "Replace the colon")
	if r.Engine.HasWork(ctx) {
		t.Fatal("work before anything was accepted")
	}

	queued, err := r.Engine.Export(costcodes.Kind, engine.Selection{All: true}, engine.ByBookkeeper)
	if err != nil || queued != codes-2 {
		t.Fatalf("export all: %d, %v", queued, err)
	}
	rep := r.RunWebConnector(t)
	if rep.Progress != 100 || rep.LastError != "" {
		t.Fatalf("run: progress %d, last error %q, status errors %v", rep.Progress, rep.LastError, rep.StatusErrors)
	}
	page, _ = r.Engine.List(costcodes.Kind, engine.Query{})
	// The Cyrillic description waits for the bookkeeper with its Latin spelling offered: Joblink
	// does not send it spelt otherwise on its own (before, it was sent transliterated with a note).
	if page.Counts["synced"] != codes-4 || page.Counts["attention"] != 4 {
		t.Fatalf("counts after the run: %v", page.Counts)
	}
	checkFailure(t, r, 5300900007, "OtherCharge item named \"99-700\"", "rename that item")

	checkFailure(t, r, cyrillic, "letters QuickBooks cannot store", `Use the Latin spelling” on the code to send the description as "Betonnye raboty"`)
	acceptLatin(t, r, cyrillic)
	if rep := r.RunWebConnector(t); rep.LastError != "" {
		t.Fatalf("run after the spelling was accepted: %q", rep.LastError)
	}

	items := synctest.ServiceItems(t, r.QB)
	added := r.QB.ListCount(qbsim.KindItemService) - servicesBefore
	// Every synced code except the two that were already service items was added, once.
	if want := codes - 3 - 2; added != want {
		t.Fatalf("QuickBooks gained %d service items, want %d", added, want)
	}
	if it := items["99-600"]; it.SalesDesc != "New Description" || it.PurchaseDesc != "New Description" {
		t.Errorf("99-600 not updated: %+v", it)
	}
	if it := items["99-300"]; it.SalesDesc != "Béton coulé & armé" || it.IncomeAccount != r.Income.FullName || it.ExpenseAccount != r.Expense.FullName {
		t.Errorf("99-300: %+v", it)
	}
	if it := items["99-400"]; it.SalesDesc != "Betonnye raboty" {
		t.Errorf("Cyrillic description sent as %q", it.SalesDesc)
	}
	if got, _ := r.Engine.Get(engine.ItemID(costcodes.Kind, "5300900004")); len(got.Notes) == 0 || !strings.Contains(got.Notes[0], "Latin-1") {
		t.Errorf("transliteration not noted: %+v", got.Notes)
	}
	_ = accented

	// The links go back to Procore as origin_id = ListID, through the sync endpoint.
	if err := r.Engine.WriteBack(ctx); err != nil {
		t.Fatal(err)
	}
	it, _ := r.Engine.Get(engine.ItemID(costcodes.Kind, "5300900003"))
	if !it.LinkedInSource || it.QB == nil || it.QB.ListID != items["99-300"].ListID {
		t.Fatalf("99-300 after write-back: %+v", it)
	}
	// A second pass sees the origin_ids and changes nothing.
	if res, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil || res.New != 0 || res.Changed != 0 {
		t.Fatalf("second detection: %+v %v", res, err)
	}
	if r.Engine.HasWork(ctx) {
		t.Fatal("work left after everything synced")
	}
	activity, err := r.Engine.Activity(costcodes.Kind, 5)
	if err != nil || len(activity) != 5 || activity[0].At.Before(activity[4].At) {
		t.Fatalf("activity: %v %+v", err, activity)
	}
}

func checkFailure(t *testing.T, r *synctest.Rig, id int64, message, fix string) {
	t.Helper()
	it, err := r.Engine.Get(engine.ItemID(costcodes.Kind, itoa(id)))
	if err != nil {
		t.Fatal(err)
	}
	if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, message) || !strings.Contains(it.Failure.Fix, fix) {
		t.Fatalf("%s: status %s failure %+v", it.Title, it.Status(), it.Failure)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// acceptLatin is "Use the Latin spelling" on the Cost codes page for the code with Procore id
// key: the choice the flow offers, then the export.
func acceptLatin(t *testing.T, r *synctest.Rig, key int64) {
	t.Helper()
	flow := r.Engine.Flow(costcodes.Kind).(*costcodes.Flow)
	it, err := r.Engine.Get(engine.ItemID(costcodes.Kind, strconv.FormatInt(key, 10)))
	if err != nil {
		t.Fatal(err)
	}
	if offer := flow.LatinOffer(it); len(offer) != 1 || offer[0].Field != "description" || offer[0].Latin != "Betonnye raboty" {
		t.Fatalf("offer %+v", offer)
	}
	choice, message, ok := flow.AcceptLatin(it)
	if !ok {
		t.Fatal("nothing to accept")
	}
	if _, err := r.Engine.SetChoice(it.ID, choice, engine.ByBookkeeper, message); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: []string{it.ID}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
}
