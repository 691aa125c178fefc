package mapping_test

import (
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/match"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
)

// A create on either side is refused while the other side has an exact match for the record,
// unless the request says the bookkeeper saw it; the refusal names the match to link instead.
func TestCreateRefusedWhenTheOtherSideHasAnExactMatch(t *testing.T) {
	r, ctx := newRig(t)
	v := view(t, r, "jobs", "", "")
	exact := rowOf(t, v, "job/91")
	if exact.Suggestion == nil || exact.Suggestion.Confidence != match.Exact {
		t.Fatalf("Harbor Point Phase 2 has no exact suggestion: %+v", exact.Suggestion)
	}
	parent := ""
	parents, _ := r.Mapping.Parents("jobs", "Harbor Point", 0, 10)
	for _, p := range parents.Parents {
		if p.FullName == "Harbor Point Development LLC" {
			parent = p.ListID
		}
	}

	// Create in QuickBooks: not queued, the match named.
	cres, err := r.Mapping.Create("jobs", []mapping.CreateRequest{{ID: "job/91", ParentListID: parent}}, engine.ByBookkeeper)
	if err != nil || len(cres.Queued) != 0 || len(cres.Matches) != 1 || cres.Matches[0].ListID != exact.Suggestion.ListID ||
		!strings.Contains(cres.Matches[0].Message, exact.Suggestion.FullName) {
		t.Fatalf("create with an exact match: %+v %v", cres, err)
	}
	if it, _ := r.Engine.Get("job/91"); it.State == engine.Queued || len(it.Choice) > 2 {
		t.Fatalf("the refused create changed the item: %s %s", it.State, it.Choice)
	}

	// Create in Procore from the QuickBooks job that is that project's exact match: nothing
	// is created in Procore.
	projects := func() int {
		ps, err := r.Client.ListProjects(procore.ListProjectsOptions{}).Collect(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return len(ps)
	}
	// The QuickBooks-only list says so before anyone asks.
	var offered *mapping.QuickBooksEntry
	for _, e := range v.QuickBooksOnly {
		if e.ListID == exact.Suggestion.ListID {
			offered = &e
		}
	}
	if offered == nil || offered.ProcoreMatch == nil || offered.ProcoreMatch.ID != "job/91" || offered.ProcoreMatch.Confidence != match.Exact {
		t.Fatalf("the QuickBooks-only entry does not name its Procore match: %+v", offered)
	}
	before := projects()
	ires, err := r.Mapping.ImportConfirmed(ctx, "jobs", []string{exact.Suggestion.ListID}, false)
	if err != nil || len(ires.Created) != 0 || len(ires.Matches) != 1 || ires.Matches[0].ID != "job/91" ||
		!strings.Contains(ires.Matches[0].Message, "Harbor Point Phase 2") {
		t.Fatalf("import with an exact match: %+v %v", ires, err)
	}
	if n := projects(); n != before {
		t.Fatalf("a refused import created a Procore project: %d → %d", before, n)
	}

	// Confirmed, the create goes on (here it links the job QuickBooks has under that name).
	cres, err = r.Mapping.Create("jobs", []mapping.CreateRequest{{ID: "job/91", ParentListID: parent, Confirmed: true}}, engine.ByBookkeeper)
	if err != nil || len(cres.Matches) != 0 || len(cres.Queued) != 1 {
		t.Fatalf("confirmed create: %+v %v", cres, err)
	}
}

// Names QuickBooks cannot store and control characters never reach QuickBooks: the create is
// refused with the reason and, where one exists, a Latin-alphabet name to use instead. A name
// with a Latin spelling (Cyrillic, Polish) is refused too unless the bookkeeper types it or
// accepts the spelling (latinSpelling): Joblink never sends it spelt otherwise on its own.
func TestCreateStopsNamesQuickBooksCannotStore(t *testing.T) {
	r, ctx := newRig(t)
	detectVendors(ctx, t, r, []*procoresim.Vendor{
		{ID: 86, Name: "北京建工集团有限责任公司"},
		{ID: 87, Name: "Стройсервис"},
		{ID: 88, Name: "Müller\tBau GmbH"},
		{ID: 89, Name: "Łódź Glass", City: ptr("Kraków")},
		{ID: 90, Name: "Shanghai Steel", City: ptr("上海")},
	})
	v := view(t, r, "vendors", "", "")
	cases := []struct {
		id, problem, suggested string
		refused                bool // created as it stands, it is refused (every one of them is now)
	}{
		{"vendor/86", "letters QuickBooks cannot store", "", true},
		{"vendor/87", "letters QuickBooks cannot store", "Stroyservis", true},
		{"vendor/88", "contains a tab", "Müller Bau GmbH", true},             // ü is QuickBooks' own: it stays
		{"vendor/89", "letters QuickBooks cannot store", "Lódz Glass", true}, // ó is Latin-1, Ł and ź are not
	}
	for _, c := range cases {
		// The row tells the create dialog to stop and ask, with the suggestion.
		row := rowOf(t, v, c.id)
		if row.NameProblem == nil || !strings.Contains(row.NameProblem.Message, c.problem) || row.SuggestedName != c.suggested {
			t.Errorf("%s: name problem %+v, suggested %q; want %q, %q", c.id, row.NameProblem, row.SuggestedName, c.problem, c.suggested)
		}
		if !c.refused {
			continue
		}
		cres, err := r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: c.id}}, engine.ByBookkeeper)
		if err != nil || len(cres.Queued) != 0 || len(cres.Failed) != 1 || !strings.Contains(cres.Failed[0].Message, c.problem) ||
			(c.suggested != "" && !strings.Contains(cres.Failed[0].Fix, c.suggested)) {
			t.Errorf("%s created as is, or refused without the suggestion: %+v %v", c.id, cres, err)
		}
	}
	// A name typed with the same faults is refused too.
	for _, bad := range []string{"Typed\u0007Name", "Typed\tName", "Typed 北京"} {
		if cres, _ := r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/87", Name: bad}}, engine.ByBookkeeper); len(cres.Queued) != 0 {
			t.Errorf("typed name %q accepted", bad)
		}
	}
	if s := rowOf(t, v, "vendor/86").NameProblem.Fix; !strings.Contains(s, "Latin alphabet") {
		t.Errorf("no transliteration: fix %q does not ask for a Latin-alphabet name", s)
	}
	// ó is Latin-1: the city Kraków is sent as it is, and the suggested name goes through,
	// typed or accepted (latinSpelling without a name: the suggestion).
	cres, err := r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/89", Name: "Lódz Glass"}, {ID: "vendor/88", Name: "Müller Bau GmbH"},
		{ID: "vendor/87", LatinSpelling: true}}, engine.ByBookkeeper)
	if err != nil || len(cres.Queued) != 3 {
		t.Fatalf("suggested names: %+v %v", cres, err)
	}
	// A field QuickBooks cannot store keeps the record from being created, with the reason.
	cres, err = r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/90"}}, engine.ByBookkeeper)
	if err != nil || len(cres.Queued) != 0 || len(cres.Failed) != 1 || !strings.Contains(cres.Failed[0].Message, "city") ||
		!strings.Contains(cres.Failed[0].Fix, "in Procore") {
		t.Fatalf("a city QuickBooks cannot store: %+v %v", cres, err)
	}
	// Exported without the page (Export selected on another client, or direct export), the
	// same records wait in Needs attention with the reason instead of reaching QuickBooks as "____".
	if _, err := r.Engine.Export(vendors.Kind, engine.Selection{IDs: []string{"vendor/86", "vendor/90"}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	for id, want := range map[string]string{"vendor/86": "letters QuickBooks cannot store", "vendor/90": "The city"} {
		it, _ := r.Engine.Get(id)
		if it.State != engine.Failed || it.Failure == nil || it.Failure.Class != engine.FixData || !strings.Contains(it.Failure.Message, want) || it.Failure.Fix == "" {
			t.Errorf("%s exported as is: %s %+v", id, it.State, it.Failure)
		}
	}
	if _, err := r.Mirror.FindByName(qbmirror.Vendors, "____________"); err == nil {
		t.Error("the Chinese name reached QuickBooks as underscores")
	}
	for id, name := range map[string]string{"vendor/89": "Lódz Glass", "vendor/88": "Müller Bau GmbH", "vendor/87": "Stroyservis"} {
		if it, _ := r.Engine.Get(id); it.State != engine.Synced || it.QB.FullName != name {
			t.Errorf("%s: %s %+v %+v", id, it.State, it.QB, it.Failure)
		}
	}
}
