package mapping_test

import (
	"encoding/json"
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
)

// The Latin spelling is offered for the name that would be sent — one the bookkeeper typed in
// Create in QuickBooks, or one kept in the item's choice — not only for the Procore name: a
// typed Cyrillic name is refused with its own spelling (answer and fix), accepted with
// latinSpelling it is sent spelt so, and a waiting record's row, fix and offer all spell its
// chosen name while its Procore name is plain Latin.
func TestLatinSpellingOfTheNameChosen(t *testing.T) {
	r, ctx := newRig(t)
	detectVendors(ctx, t, r, []*procoresim.Vendor{
		{ID: 9381, Name: "Stroy Co"},
		{ID: 9382, Name: "Volga Steel"},
	})

	// Typed in Create in QuickBooks: refused as it is, with the typed name's spelling.
	res, err := r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/9381", Name: "Строймонтаж"}}, engine.ByBookkeeper)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Failed) != 1 || res.Failed[0].SuggestedName != "Stroymontazh" || !strings.Contains(res.Failed[0].Fix, `"Stroymontazh"`) {
		t.Fatalf("typed Cyrillic name: %+v, want refused with the spelling Stroymontazh", res)
	}
	// Accepted: the typed name goes spelt so.
	res, err = r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/9381", Name: "Строймонтаж", LatinSpelling: true}}, engine.ByBookkeeper)
	if err != nil || len(res.Queued) != 1 {
		t.Fatalf("typed Cyrillic name with latinSpelling: %+v %v", res, err)
	}

	// A chosen name kept in the choice, exported: it waits with the chosen name's spelling.
	if _, err := r.Engine.SetChoice("vendor/9382", json.RawMessage(`{"name":"Волга Сталь"}`), engine.ByBookkeeper, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Engine.Export(vendors.Kind, engine.Selection{IDs: []string{"vendor/9382"}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	const volga = "Volga Stal"
	it, err := r.Engine.Get("vendor/9382")
	if err != nil || it.State != engine.Failed || it.Failure == nil || !strings.Contains(it.Failure.Fix, volga) {
		t.Fatalf("chosen Cyrillic name: %+v %v, want waiting with %q in the fix", it, err, volga)
	}
	row := rowOf(t, view(t, r, "vendors", "", ""), "vendor/9382")
	if row.NameProblem == nil || row.SuggestedName != volga {
		t.Errorf("row of the chosen name: nameProblem %+v, suggestedName %q, want the chosen name's problem and %q", row.NameProblem, row.SuggestedName, volga)
	}
	if row.LatinSpelling == nil || row.LatinSpelling.Name != volga {
		t.Errorf("row's offer: %+v, want the name %q", row.LatinSpelling, volga)
	}
	acc, err := r.Mapping.AcceptSpelling("vendors", []string{"vendor/9382"}, engine.ByBookkeeper)
	if err != nil || len(acc.Queued) != 1 {
		t.Fatalf("accept: %+v %v", acc, err)
	}
	r.RunWebConnector(t)
	for _, name := range []string{"Stroymontazh", volga} {
		if _, err := r.Mirror.FindByName(qbmirror.Vendors, name); err != nil {
			t.Errorf("QuickBooks has no vendor %q: %v", name, err)
		}
	}
}
