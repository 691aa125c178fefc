package mapping_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/match"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
	"joblink/qbwc/qbxml"
)

func ptr(s string) *string { return &s }

// messyCompany adds Procore records that meet the QuickBooks reference company's customers,
// jobs and vendors in the ways a bookkeeper meets them.
func messyCompany(t *testing.T, c *procoresim.Company) {
	t.Helper()
	projects := []*procoresim.Project{
		{ID: 91, Name: "Harbor Point Phase 2", Address: ptr("12 Pier Way, Building 4, Attn: Site Office"), City: ptr("Oakland"), StateCode: ptr("CA"), Zip: ptr("94607")},
		{ID: 92, Name: "Skyline HS Gym and Locker Rooms"},
		{ID: 93, Name: "Sacramento Regional County Sanitation Headworks Replacement",
			Address: ptr("4400 Northgate Industrial Boulevard, Building 7, Loading Dock C"), City: ptr("Sacramento"), StateCode: ptr("CA"), Zip: ptr("95834")},
		{ID: 94, Name: "Lot 14 Retaining Wall"},
		{ID: 95, Name: "Brand New Clinic", CreatedAt: "2020-01-01T00:00:00Z"},
	}
	for _, p := range projects {
		p.Active = true
		if p.CreatedAt == "" {
			p.CreatedAt = "2030-01-01T00:00:00Z"
		}
		p.UpdatedAt = p.CreatedAt
		if err := c.AddProject(p); err != nil {
			t.Fatal(err)
		}
	}
	addActiveVendors(t, c, []*procoresim.Vendor{
		{ID: 81, Name: "ACME Lumber & Supply", BusinessPhone: ptr("(510) 555-0100")},
		{ID: 82, Name: "Bay Area Concrete"},         // an employee's name in QuickBooks
		{ID: 83, Name: "Walk-in Customer"},          // a customer's name in QuickBooks
		{ID: 84, Name: "Golden Gate Electric, Inc"}, // QuickBooks: "Golden Gate Electric"
		{ID: 85, Name: "Brand New Steel Co", Address: ptr("1 Mill Rd"), City: ptr("Reno"), StateCode: ptr("NV"), BusinessPhone: ptr("775-555-0101")},
	})
}

// addActiveVendors adds Procore companies to the simulator, active and created (and last
// changed) in 2030: after the rig's ConnectedAt, so none is a record that was in Procore
// before Joblink connected (those ask for a confirmation first).
func addActiveVendors(t *testing.T, c *procoresim.Company, vs []*procoresim.Vendor) {
	t.Helper()
	for _, v := range vs {
		v.IsActive, v.CreatedAt, v.UpdatedAt = true, "2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z"
		if err := c.AddVendor(v); err != nil {
			t.Fatal(err)
		}
	}
}

func newRig(t *testing.T) (*synctest.Rig, context.Context) {
	t.Helper()
	// A small company: the reference company's 3,000 vendors make -race runs slow without
	// adding a case.
	pc := procoresim.NewCompany(4242, "Messy Builders")
	messyCompany(t, pc)
	// A test polls far more often than Joblink does: lift the 10-second spike limit.
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000})
	r := synctest.New(t, synctest.Options{Lists: true, ProcoreURL: synctest.Serve(t, sim), ProcoreCompanyID: pc.ID,
		ConnectedAt: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	r.Procore, r.PCompany = sim, pc
	ctx := context.Background()
	r.RunWebConnector(t) // the QuickBooks lists
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatalf("poll: %v", err)
	}
	return r, ctx
}

// detectVendors adds Procore companies to the rig's simulated company after its first poll and
// has the engine detect vendors, so the test's records are items with suggestions.
func detectVendors(ctx context.Context, t *testing.T, r *synctest.Rig, vs []*procoresim.Vendor) {
	t.Helper()
	addActiveVendors(t, r.PCompany, vs)
	if _, err := r.Engine.Detect(ctx, vendors.Kind); err != nil {
		t.Fatal(err)
	}
}

func rowOf(t *testing.T, v *mapping.View, id string) mapping.Row {
	t.Helper()
	for _, r := range v.Rows {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no row %s in the %s view", id, v.Side)
	return mapping.Row{}
}

// view reads a whole (small) view after the test's polls and Web Connector runs, which
// change items and the mirror behind the service's back.
func view(t *testing.T, r *synctest.Rig, side, filter, q string) *mapping.View {
	t.Helper()
	if err := r.Mapping.Refresh(side); err != nil {
		t.Fatal(err)
	}
	v, err := r.Mapping.View(side, mapping.Query{Filter: filter, Search: q, Limit: mapping.MaxLimit, QBLimit: mapping.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func project(t *testing.T, r *synctest.Rig, id int64) procore.Project {
	t.Helper()
	p, err := r.Client.Project(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestJobsWizard(t *testing.T) {
	r, ctx := newRig(t)
	v := view(t, r, "jobs", "", "")
	exact := rowOf(t, v, "job/91")
	if exact.Status != mapping.StatusSuggested || exact.Suggestion == nil || exact.Suggestion.Confidence != match.Exact ||
		exact.Suggestion.FullName != "Harbor Point Development LLC:Harbor Point Phase 2" {
		t.Fatalf("Harbor Point Phase 2: %+v %+v", exact, exact.Suggestion)
	}
	if s := rowOf(t, v, "job/92").Suggestion; s == nil || s.Confidence == match.Possible || !strings.HasSuffix(s.FullName, "Skyline HS Gym & Locker Rooms") {
		t.Errorf("Skyline: suggestion %+v, want a likely match", s)
	}
	long := rowOf(t, v, "job/93")
	if long.SuggestedName == "" || len([]rune(long.SuggestedName)) > mapping.MaxName {
		t.Errorf("long name: suggested %q", long.SuggestedName)
	}
	if s := rowOf(t, v, "job/94").Suggestion; s != nil && strings.Contains(s.FullName, "Lot 14") {
		t.Errorf("a sub job was suggested: %+v", s)
	}
	var subjob, parent bool
	for _, e := range v.QuickBooksOnly {
		subjob = subjob || (e.Level == "subjob" && e.Unsupported != "")
	}
	parents, err := r.Mapping.Parents("jobs", "", 0, mapping.MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parents.Parents {
		parent = parent || p.FullName == "Harbor Point Development LLC"
	}
	if !subjob || !parent {
		t.Errorf("sub job flagged %v, parent offered %v", subjob, parent)
	}
	if v.Counts["suggested"] == 0 || v.Counts["all"] != len(v.Rows) {
		t.Errorf("counts %v for %d rows", v.Counts, len(v.Rows))
	}

	// Link all exact matches; the link reaches Procore on the next pass.
	res, err := r.Mapping.LinkExact("jobs", false, engine.ByBookkeeper)
	if err != nil || !contains(res.Linked, "job/91") {
		t.Fatalf("link exact: %+v %v", res, err)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	listID := rowOf(t, view(t, r, "jobs", "linked", ""), "job/91").QuickBooks.ListID
	if p := project(t, r, 91); deref(p.OriginID) != listID || !strings.Contains(deref(p.OriginData), "Harbor Point Phase 2") {
		t.Fatalf("Procore origin_id %q data %q, want %s", deref(p.OriginID), deref(p.OriginData), listID)
	}
	// Undo: unlink clears Procore's link too; link again restores it.
	if res, err := r.Mapping.Unlink("jobs", []string{"job/91"}, engine.ByBookkeeper); err != nil || len(res.Unlinked) != 1 {
		t.Fatalf("unlink: %+v %v", res, err)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if p := project(t, r, 91); deref(p.OriginID) != "" {
		t.Fatalf("origin_id %q after unlink", deref(p.OriginID))
	}
	if row := rowOf(t, view(t, r, "jobs", "", ""), "job/91"); row.Status != mapping.StatusSuggested {
		t.Fatalf("after unlink: %s", row.Status)
	}
	// A project created before Joblink was connected needs a confirmation.
	res, err = r.Mapping.Link("jobs", []mapping.LinkRequest{{ID: "job/95", ListID: listID}}, engine.ByBookkeeper)
	if err != nil || len(res.NeedConfirmation) != 1 || len(res.Linked) != 0 {
		t.Fatalf("old project without confirmation: %+v %v", res, err)
	}
	// The confirmation names the project and the QuickBooks record it would be linked to.
	if ask := res.NeedConfirmation[0]; ask.ListID != listID || ask.FullName == "" || ask.Name == "" || !strings.Contains(ask.Message, ask.FullName) {
		t.Errorf("the confirmation does not name the QuickBooks record %s: %+v", listID, ask)
	}
	res, _ = r.Mapping.Link("jobs", []mapping.LinkRequest{{ID: "job/95", ListID: listID, Confirm: true}}, engine.ByBookkeeper)
	if len(res.Linked) != 1 {
		t.Fatalf("confirmed: %+v", res)
	}
	res, _ = r.Mapping.Link("jobs", []mapping.LinkRequest{{ID: "job/91", ListID: listID}}, engine.ByBookkeeper)
	if len(res.Failed) != 1 || !strings.Contains(res.Failed[0].Message, "already linked") {
		t.Fatalf("one QuickBooks job for two projects: %+v", res)
	}

	// Create a job from a project with a long name: refused as is, accepted shortened.
	parentID := ""
	for _, p := range parents.Parents {
		if p.FullName == "Harbor Point Development LLC" {
			parentID = p.ListID
		}
	}
	cres, err := r.Mapping.Create("jobs", []mapping.CreateRequest{{ID: "job/93", ParentListID: parentID}}, engine.ByBookkeeper)
	if err != nil || len(cres.Failed) != 1 || !strings.Contains(cres.Failed[0].Message, "characters") {
		t.Fatalf("long name accepted: %+v %v", cres, err)
	}
	cres, err = r.Mapping.Create("jobs", []mapping.CreateRequest{{ID: "job/93", ParentListID: parentID, Name: long.SuggestedName},
		{ID: "job/91", ParentListID: parentID}}, engine.ByBookkeeper)
	if err != nil || len(cres.Queued) != 2 {
		t.Fatalf("create: %+v %v", cres, err)
	}
	r.RunWebConnector(t)
	it, _ := r.Engine.Get("job/93")
	if it.State != engine.Synced || it.QB.FullName != "Harbor Point Development LLC:"+long.SuggestedName {
		t.Fatalf("created job: %s %+v %+v", it.State, it.QB, it.Failure)
	}
	// The project QuickBooks already had was linked, not duplicated.
	if it, _ := r.Engine.Get("job/91"); it.State != engine.Synced || it.QB.ListID != listID {
		t.Fatalf("existing job: %s %+v", it.State, it.QB)
	}
	// Its street, too long for one QuickBooks line, went as lines split at its commas, and
	// the item says so.
	rec := mustGet(t, r, qbmirror.Customers, it.QB.ListID)
	if rec.Fields["ShipAddr1"] != "4400 Northgate Industrial Boulevard" || rec.Fields["ShipAddr2"] != "Building 7, Loading Dock C" ||
		rec.Fields["ShipCity"] != "Sacramento" || !strings.Contains(strings.Join(it.Notes, " "), "split at its commas") {
		t.Fatalf("ship to %v, notes %q", rec.Fields, it.Notes)
	}

	// Create a Procore project from a QuickBooks job; repeating it adds nothing.
	castro := ""
	for _, e := range view(t, r, "jobs", "", "Castro").QuickBooksOnly {
		if e.Name == "Castro Street Podium" {
			castro = e.ListID
		}
	}
	if castro == "" {
		t.Fatal("Castro Street Podium not offered for import")
	}
	ires, err := r.Mapping.Import(ctx, "jobs", []string{castro})
	if err != nil || len(ires.Created) != 1 {
		t.Fatalf("import: %+v %v", ires, err)
	}
	again, err := r.Jobs.Side().Import(ctx, []qbmirror.Record{mustGet(t, r, qbmirror.Customers, castro)})
	if err != nil || again[0].ProcoreID != ires.Created[0].ProcoreID {
		t.Fatalf("import repeated: %+v %v, first %s", again, err, ires.Created[0].ProcoreID)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	it, err = r.Engine.Get("job/" + ires.Created[0].ProcoreID)
	if err != nil || it.State != engine.Synced || it.QB.ListID != castro || !it.LinkedInSource {
		t.Fatalf("imported project: %+v %v", it, err)
	}
	if ires, _ := r.Mapping.Import(ctx, "jobs", []string{castro}); len(ires.Failed) != 1 {
		t.Fatalf("import of a linked job: %+v", ires)
	}
}

func TestVendorsWizard(t *testing.T) {
	r, ctx := newRig(t)
	v := view(t, r, "vendors", "", "")
	if s := rowOf(t, v, "vendor/81").Suggestion; s == nil || s.Confidence != match.Exact {
		t.Fatalf("ACME: %+v", s)
	}
	if s := rowOf(t, v, "vendor/84").Suggestion; s == nil || s.FullName != "Golden Gate Electric" || s.Confidence == match.Possible {
		t.Fatalf("Golden Gate: %+v", s)
	}
	if res, err := r.Mapping.LinkExact("vendors", false, engine.ByBookkeeper); err != nil || !contains(res.Linked, "vendor/81") {
		t.Fatalf("link exact: %+v %v", res, err)
	}
	// Create three vendors: one new, one named like a QuickBooks customer (known from the
	// mirror), one named like an employee (only QuickBooks knows: 3100).
	cres, err := r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/85"}, {ID: "vendor/83"}, {ID: "vendor/82"}}, engine.ByBookkeeper)
	if err != nil || len(cres.Queued) != 3 {
		t.Fatalf("create: %+v %v", cres, err)
	}
	r.RunWebConnector(t)
	r.RunWebConnector(t) // the re-read after 3100
	if it, _ := r.Engine.Get("vendor/85"); it.State != engine.Synced {
		t.Fatalf("new vendor: %s %+v", it.State, it.Failure)
	}
	rec, err := r.Mirror.FindByName(qbmirror.Vendors, "Brand New Steel Co")
	if err != nil || rec.Fields["Phone"] != "775-555-0101" || rec.Fields["BillCity"] != "Reno" {
		t.Fatalf("vendor in QuickBooks: %+v %v", rec, err)
	}
	for _, id := range []string{"vendor/83", "vendor/82"} {
		it, _ := r.Engine.Get(id)
		if it.State != engine.Failed || it.Failure == nil || !strings.Contains(it.Failure.Message, "customer, employee or other name") ||
			!strings.Contains(it.Failure.Fix, "(Vendor)") {
			t.Fatalf("%s: %s %+v", id, it.State, it.Failure)
		}
	}
	// The suggested alternative goes through.
	cres, err = r.Mapping.Create("vendors", []mapping.CreateRequest{{ID: "vendor/82", Name: "Bay Area Concrete (Vendor)"}}, engine.ByBookkeeper)
	if err != nil || len(cres.Queued) != 1 {
		t.Fatalf("alternative: %+v %v", cres, err)
	}
	r.RunWebConnector(t)
	if it, _ := r.Engine.Get("vendor/82"); it.State != engine.Synced || it.QB.FullName != "Bay Area Concrete (Vendor)" {
		t.Fatalf("alternative name: %s %+v %+v", it.State, it.QB, it.Failure)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	pv, err := r.Client.Vendor(ctx, 82)
	if err != nil || deref(pv.OriginCode) != "Bay Area Concrete (Vendor)" || deref(pv.OriginID) == "" {
		t.Fatalf("Procore vendor link: %+v %v", pv, err)
	}

	// Follow QuickBooks: off, a phone change stays in QuickBooks; on, it reaches Procore once.
	acme, _ := r.Engine.Get("vendor/81")
	if acme.QB == nil {
		t.Fatalf("ACME lost its link: %+v", acme)
	}
	setPhone(t, r, acme.QB.ListID, "(510) 555-9999")
	r.RunWebConnector(t)
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if pv, _ := r.Client.Vendor(ctx, 81); deref(pv.BusinessPhone) != "(510) 555-0100" {
		t.Fatalf("phone followed with the setting off: %q", deref(pv.BusinessPhone))
	}
	if err := vendors.SaveSettings(r.Store, vendors.Settings{UpdateProcore: true}); err != nil {
		t.Fatal(err)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if pv, _ := r.Client.Vendor(ctx, 81); deref(pv.BusinessPhone) != "(510) 555-9999" {
		t.Fatalf("phone not followed: %q", deref(pv.BusinessPhone))
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if it, _ := r.Engine.Get("vendor/81"); it.State != engine.Synced {
		t.Fatalf("Joblink's own write read as a Procore change: %s", it.State)
	}

	// Import a QuickBooks vendor into Procore.
	only := view(t, r, "vendors", "", "").QuickBooksOnly
	if len(only) == 0 {
		t.Fatal("no QuickBooks vendor offered for import")
	}
	sierra := only[0].ListID
	ires, err := r.Mapping.Import(ctx, "vendors", []string{sierra})
	if err != nil || len(ires.Created) != 1 {
		t.Fatalf("import: %+v %v", ires, err)
	}
	if err := r.Engine.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if it, err := r.Engine.Get("vendor/" + ires.Created[0].ProcoreID); err != nil || it.State != engine.Synced || it.QB.ListID != sierra {
		t.Fatalf("imported vendor: %+v %v", it, err)
	}
}

func setPhone(t *testing.T, r *synctest.Rig, listID, phone string) {
	t.Helper()
	rec := mustGet(t, r, qbmirror.Vendors, listID)
	var ms qbxml.MessageSet
	ms.Add(qbxml.VendorMod{ListID: listID, EditSequence: rec.EditSequence, Vendor: qbxml.Vendor{CommInfo: qbxml.CommInfo{Phone: phone}}})
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.QB.ProcessRequest(context.Background(), string(doc))
	if err != nil || !strings.Contains(out, `statusCode="0"`) {
		t.Fatalf("VendorMod: %v %s", err, out)
	}
}

func mustGet(t *testing.T, r *synctest.Rig, k qbmirror.Kind, listID string) qbmirror.Record {
	t.Helper()
	rec, err := r.Mirror.Get(k, listID)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
