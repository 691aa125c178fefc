package costcodes_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// QuickBooks already has service items for some codes under other names ("98-100 General
// Conditions", or the code's name as the description in the code's division): they are
// suggested, the preview of an export counts them apart, and once linked the export uses them
// instead of adding "98-100" beside them.
func TestExistingServiceItemsAreSuggestedAndLinked(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	ids := map[string]string{}
	for i, c := range [][2]string{{"98-100", "General Conditions"}, {"98-200", "Site Fencing"}, {"98-300", "Temporary Power"}, {"98-400", "Fire Stopping"}} {
		id := int64(5300980000 + i)
		if err := r.PCompany.AddStandardCostCode(&procoresim.StandardCostCode{ID: id, ListID: 5200000001, Code: c[0], FullCode: c[0], Name: c[1]}); err != nil {
			t.Fatal(err)
		}
		ids[c[0]] = engine.ItemID(costcodes.Kind, itoa(id))
	}
	acc := qbsim.Item{IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"}
	with := func(it qbsim.Item) qbsim.Item {
		it.IncomeAccount, it.ExpenseAccount = acc.IncomeAccount, acc.ExpenseAccount
		return it
	}
	mustItem(t, r.QB, with(qbsim.Item{Name: "98-100 General Conditions", Description: "General Conditions"}))
	mustItem(t, r.QB, with(qbsim.Item{Name: "98 Temporary"}))
	mustItem(t, r.QB, with(qbsim.Item{Name: "Temp Power", Parent: "98 Temporary", Description: "Temporary Power"}))
	mustItem(t, r.QB, qbsim.Item{Name: "98-400", Type: "OtherCharge", Description: "Freight", IncomeAccount: acc.IncomeAccount})
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	flow := r.Engine.Flow(costcodes.Kind).(*costcodes.Flow)
	mine := func() []*engine.Item {
		var out []*engine.Item
		for _, id := range ids {
			out = append(out, mustGet(t, r, id))
		}
		return out
	}

	sugg, err := flow.Suggest(mine())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]costcodes.Suggestion{}
	for _, s := range sugg {
		got[s.Code] = s
	}
	if s := got["98-100"]; s.FullName != "98-100 General Conditions" || !strings.Contains(s.Reason, "starts with the code 98-100") {
		t.Errorf("98-100: %+v", s)
	}
	if s := got["98-300"]; s.FullName != "98 Temporary:Temp Power" || !strings.Contains(s.Reason, "description is the code's name") {
		t.Errorf("98-300: %+v", s)
	}
	if len(got) != 2 {
		t.Errorf("suggestions %+v, want 98-100 and 98-300 only", sugg)
	}

	p, err := flow.PreviewExport(mine())
	if err != nil {
		t.Fatal(err)
	}
	if p != (costcodes.Preview{New: 3, Suggested: 2, Conflicts: 1}) {
		t.Fatalf("preview %+v, want 3 new (2 of them with a suggested item), 1 conflict", p)
	}

	// Link the suggestions, in one call; a link to a non-service item is refused.
	var specs []engine.LinkSpec
	for _, code := range []string{"98-100", "98-300"} {
		spec, prob := flow.LinkSpec(mustGet(t, r, ids[code]), got[code].ListID)
		if prob != nil {
			t.Fatal(prob)
		}
		specs = append(specs, spec)
	}
	if errs, err := r.Engine.LinkAll(specs, engine.ByBookkeeper); err != nil || errors.Join(errs...) != nil {
		t.Fatalf("link: %v %v", errs, err)
	}
	other, _ := r.Mirror.FindByName(qbmirror.Items, "98-400")
	if _, prob := flow.LinkSpec(mustGet(t, r, ids["98-400"]), other.ListID); prob == nil || !strings.Contains(prob.Message, "not a Service item") {
		t.Errorf("link to an OtherCharge item: %+v", prob)
	}
	if p, _ := flow.PreviewExport(mine()); p != (costcodes.Preview{New: 1, Conflicts: 1}) {
		t.Fatalf("preview after the links %+v, want 1 new, 1 conflict", p)
	}

	// Export all: one new item; the linked codes keep their items, nothing is duplicated.
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{All: true}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	for _, name := range []string{"98-100", "98-300"} {
		if _, err := r.Mirror.FindByName(qbmirror.Items, name); err == nil {
			t.Errorf("%s was added beside the linked item", name)
		}
	}
	if it := mustGet(t, r, ids["98-100"]); it.State != engine.Synced || it.QB.FullName != "98-100 General Conditions" {
		t.Errorf("98-100: %s %+v", it.State, it.QB)
	}
	if it := mustGet(t, r, ids["98-200"]); it.State != engine.Synced || it.QB.FullName != "98-200" {
		t.Errorf("98-200: %s %+v %+v", it.State, it.QB, it.Failure)
	}
}

// A service item another code is already linked to is not suggested for a second code: the
// link would be refused, and the suggestion (and the preview's "link them first") would come
// back on every look.
func TestTakenItemsAreNotSuggested(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	ids := map[string]string{}
	for i, c := range [][2]string{{"97-100", "Rough Carpentry"}, {"97-110", "Finish Carpentry"}} {
		id := int64(5300970000 + i)
		if err := r.PCompany.AddStandardCostCode(&procoresim.StandardCostCode{ID: id, ListID: 5200000001, Code: c[0], FullCode: c[0], Name: c[1]}); err != nil {
			t.Fatal(err)
		}
		ids[c[0]] = engine.ItemID(costcodes.Kind, itoa(id))
	}
	mustItem(t, r.QB, qbsim.Item{Name: "97-110 Finish Carpentry", Description: "Finish Carpentry",
		IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"})
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	flow := r.Engine.Flow(costcodes.Kind).(*costcodes.Flow)
	finish := mustGet(t, r, ids["97-110"])
	sugg, err := flow.Suggest([]*engine.Item{finish})
	if err != nil || len(sugg) != 1 {
		t.Fatalf("before: %+v %v, want the item suggested for 97-110", sugg, err)
	}

	// The bookkeeper links 97-100 to that item instead.
	spec, prob := flow.LinkSpec(mustGet(t, r, ids["97-100"]), sugg[0].ListID)
	if prob != nil {
		t.Fatal(prob)
	}
	if errs, err := r.Engine.LinkAll([]engine.LinkSpec{spec}, engine.ByBookkeeper); err != nil || errors.Join(errs...) != nil {
		t.Fatalf("link: %v %v", errs, err)
	}
	if sugg, err := flow.Suggest([]*engine.Item{finish}); err != nil || len(sugg) != 0 {
		t.Errorf("after 97-100 took the item: %+v %v, want no suggestion", sugg, err)
	}
	if p, err := flow.PreviewExport([]*engine.Item{finish}); err != nil || p != (costcodes.Preview{New: 1}) {
		t.Errorf("preview %+v %v, want 1 new and nothing suggested", p, err)
	}
}
