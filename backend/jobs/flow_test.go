package jobs_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// The jobs flow alone against the engine and both simulators (synctest.FlowRig): Procore's
// projects are read over HTTP, QuickBooks' customer list through the Web Connector, and each
// test checks what both simulators hold afterwards, not only the item.

func ptr(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func newRig(t *testing.T) *synctest.FlowRig {
	t.Helper()
	return synctest.NewFlowRig(t, synctest.FlowOptions{Kind: jobs.Kind})
}

// customerID is the ListID of a customer or job the rig's mirror holds.
func customerID(t *testing.T, fr *synctest.FlowRig, fullName string) string {
	t.Helper()
	rec, err := fr.Mirror.FindByName(qbmirror.Customers, fullName)
	if err != nil {
		t.Fatalf("%q in the mirror: %v", fullName, err)
	}
	return rec.ListID
}

func customers(fr *synctest.FlowRig) int { return fr.QB.ListCount(qbsim.KindCustomer) }

// synced checks that the item reached QuickBooks as the record fullName, which QuickBooks has.
func synced(t *testing.T, fr *synctest.FlowRig, key int64, fullName string) *engine.Item {
	t.Helper()
	it := fr.Item(t, key)
	if it.State != engine.Synced || it.QB == nil || it.QB.FullName != fullName {
		t.Fatalf("%s: %s, QuickBooks %+v, failure %+v; want synced as %q", it.ID, it.State, it.QB, it.Failure, fullName)
	}
	qb, ok := fr.QBCustomer(t, fullName)
	if !ok || qb.ListID != it.QB.ListID {
		t.Fatalf("QuickBooks has %q as %+v (found %v), the item says %s", fullName, qb.ListCore, ok, it.QB.ListID)
	}
	return it
}

// A project becomes a QuickBooks job under the customer the bookkeeper picks, or a customer
// of its own; each is added once, with the project's address as its Ship To.
func TestProjectBecomesJobOrCustomer(t *testing.T) {
	fr := newRig(t)
	fr.AddProject(t, &procoresim.Project{ID: 101, Name: "Marina Boardwalk Repairs",
		Address: ptr("88 Embarcadero"), City: ptr("Oakland"), StateCode: ptr("CA"), Zip: ptr("94607")})
	fr.AddProject(t, &procoresim.Project{ID: 102, Name: "Fruitvale Library Annex"})
	if res := fr.Detect(t); res.New != 2 {
		t.Fatalf("detected %+v", res)
	}
	if it := fr.Item(t, 101); it.Status() != "ready" {
		t.Fatalf("a new project is %s, want ready (waiting for the bookkeeper)", it.Status())
	}
	before := customers(fr)
	harbor := customerID(t, fr, "Harbor Point Development LLC")
	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(101), ParentListID: harbor},
		mapping.CreateRequest{ID: fr.ID(102), AsCustomer: true})
	if len(res.Queued) != 2 {
		t.Fatalf("create: %+v", res)
	}
	fr.Session(t)

	synced(t, fr, 101, "Harbor Point Development LLC:Marina Boardwalk Repairs")
	job, _ := fr.QBCustomer(t, "Harbor Point Development LLC:Marina Boardwalk Repairs")
	if job.ParentRef.ListID != harbor || job.Sublevel != 1 {
		t.Errorf("job's parent %+v, sublevel %d", job.ParentRef, job.Sublevel)
	}
	if a := job.ShipAddress; a.Addr1 != "88 Embarcadero" || a.City != "Oakland" || a.State != "CA" || a.PostalCode != "94607" {
		t.Errorf("Ship To %+v", a)
	}
	if job.BillAddress.Addr1 != "" {
		t.Errorf("the address went to Bill To too: %+v", job.BillAddress)
	}
	synced(t, fr, 102, "Fruitvale Library Annex")
	if c, _ := fr.QBCustomer(t, "Fruitvale Library Annex"); c.Sublevel != 0 || c.ParentRef.ListID != "" {
		t.Errorf("as a customer: sublevel %d, parent %+v", c.Sublevel, c.ParentRef)
	}
	if got := customers(fr) - before; got != 2 {
		t.Fatalf("QuickBooks gained %d customers and jobs, want 2", got)
	}
	// Nothing is sent twice: the next session has no work and adds nothing.
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work left after both were created")
	}
	fr.Session(t)
	if got := customers(fr) - before; got != 2 {
		t.Fatalf("after a second session QuickBooks gained %d", got)
	}
}

// Accepting a project without saying where it goes does not guess: it waits for the
// bookkeeper to pick a customer (or "as a customer"), and QuickBooks is not touched. So does
// a project under direct export, which is queued as soon as it is detected — as the setup
// wizard's words for direct export say.
func TestProjectWithoutCustomerWaits(t *testing.T) {
	if words := jobs.Decl.DirectExport; !strings.Contains(words, "new project is not created until you choose") || !strings.Contains(words, "Needs attention") {
		t.Fatalf("the direct-export help promises what the flow does not do: %q", words)
	}
	for _, direct := range []bool{false, true} {
		fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: jobs.Kind, Direct: direct})
		fr.AddProject(t, &procoresim.Project{ID: 103, Name: "Temescal Lofts"})
		fr.Detect(t)
		before := customers(fr)
		if direct {
			if it := fr.Item(t, 103); it.Status() != "queued" {
				t.Fatalf("direct export: detected as %s", it.Status())
			}
		} else {
			fr.Export(t, 103)
		}
		fr.Session(t)
		it := fr.Item(t, 103)
		if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, "which QuickBooks customer") ||
			!strings.Contains(it.Failure.Fix, "Create in QuickBooks") {
			t.Fatalf("direct %v: %s %+v", direct, it.Status(), it.Failure)
		}
		if customers(fr) != before {
			t.Fatalf("direct %v: QuickBooks changed", direct)
		}
	}
}

// A name over QuickBooks' 41 characters is refused, never cut silently: the refusal carries
// a shorter name, which the bookkeeper accepts.
func TestLongNameRefusedWithShorterName(t *testing.T) {
	fr := newRig(t)
	const long = "Sacramento Regional County Sanitation Headworks Replacement" // 59 characters
	fr.AddProject(t, &procoresim.Project{ID: 104, Name: long})
	fr.Detect(t)
	if err := fr.Mapping.Refresh(fr.Page); err != nil {
		t.Fatal(err)
	}
	v, err := fr.Mapping.View(fr.Page, mapping.Query{Limit: 10})
	if err != nil || len(v.Rows) != 1 {
		t.Fatalf("view: %v %+v", err, v)
	}
	short := v.Rows[0].SuggestedName
	if short == "" || len([]rune(short)) > mapping.MaxName || short == long {
		t.Fatalf("suggested name %q", short)
	}

	before := customers(fr)
	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(104), AsCustomer: true})
	if len(res.Queued) != 0 || len(res.Failed) != 1 || !strings.Contains(res.Failed[0].Message, "59 characters") ||
		!strings.Contains(res.Failed[0].Fix, short) {
		t.Fatalf("long name: %+v", res)
	}
	// The same refusal when the item reaches the export some other way (a choice kept from
	// before, direct export): nothing is sent.
	fr.Export(t, 104)
	fr.Session(t)
	if it := fr.Item(t, 104); it.Status() != "attention" || !strings.Contains(it.Failure.Fix, short) {
		t.Fatalf("exported as is: %s %+v", it.Status(), it.Failure)
	}
	if customers(fr) != before {
		t.Fatal("QuickBooks changed")
	}

	if res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(104), AsCustomer: true, Name: short}); len(res.Queued) != 1 {
		t.Fatalf("shorter name: %+v", res)
	}
	fr.Session(t)
	synced(t, fr, 104, short)
	// Procore keeps its own name.
	if p := fr.Project(t, 104); p.Name != long {
		t.Fatalf("Procore's name became %q", p.Name)
	}
}

// QuickBooks reads a colon as "customer:job": a name with one is refused with the fix.
func TestColonRefused(t *testing.T) {
	fr := newRig(t)
	fr.AddProject(t, &procoresim.Project{ID: 105, Name: "Phase 2: Site Work"})
	fr.Detect(t)
	before := customers(fr)
	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(105), AsCustomer: true})
	if len(res.Failed) != 1 || !strings.Contains(res.Failed[0].Message, "colon") || !strings.Contains(res.Failed[0].Fix, "hyphen") {
		t.Fatalf("colon: %+v", res)
	}
	if res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(105), AsCustomer: true, Name: "Phase 2 - Site Work"}); len(res.Queued) != 1 {
		t.Fatalf("with a hyphen: %+v", res)
	}
	fr.Session(t)
	synced(t, fr, 105, "Phase 2 - Site Work")
	if _, ok := fr.QBCustomer(t, "Phase 2"); ok || customers(fr) != before+1 {
		t.Fatal("the colon made a customer and a job")
	}
}

// A customer or job QuickBooks already has under the full name is linked, not duplicated —
// also one added in QuickBooks after Joblink last read the list (the session reads the lists
// before it exports), and whatever the case of the letters (QuickBooks' names ignore it).
func TestExistingJobLinkedNotDuplicated(t *testing.T) {
	fr := newRig(t)
	fr.AddProject(t, &procoresim.Project{ID: 106, Name: "Harbor Point Phase 2"})
	fr.AddProject(t, &procoresim.Project{ID: 107, Name: "walk-in customer"})
	fr.AddProject(t, &procoresim.Project{ID: 108, Name: "Lakeshore Townhomes"})
	fr.Detect(t)
	added, err := fr.QB.AddCustomer(qbsim.Customer{Name: "Lakeshore Townhomes", Parent: "City of Berkeley"})
	if err != nil {
		t.Fatal(err)
	}
	harbor := customerID(t, fr, "Harbor Point Development LLC")
	existing := customerID(t, fr, "Harbor Point Development LLC:Harbor Point Phase 2")
	berkeley := customerID(t, fr, "City of Berkeley")
	before := customers(fr)
	// Both have an exact match in QuickBooks: a create of them is refused unless confirmed.
	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(106), ParentListID: harbor, Confirmed: true},
		mapping.CreateRequest{ID: fr.ID(107), AsCustomer: true, Confirmed: true},
		mapping.CreateRequest{ID: fr.ID(108), ParentListID: berkeley})
	if len(res.Queued) != 3 {
		t.Fatalf("create: %+v", res)
	}
	fr.Session(t)
	if it := synced(t, fr, 106, "Harbor Point Development LLC:Harbor Point Phase 2"); it.QB.ListID != existing {
		t.Fatalf("linked to %s, want %s", it.QB.ListID, existing)
	}
	synced(t, fr, 107, "Walk-in Customer")
	if it := synced(t, fr, 108, "City of Berkeley:Lakeshore Townhomes"); it.QB.ListID != added {
		t.Fatalf("linked to %s, want the job added in QuickBooks %s", it.QB.ListID, added)
	}
	if customers(fr) != before {
		t.Fatalf("QuickBooks has %d customers and jobs, had %d", customers(fr), before)
	}
	// The activity says it was linked, not created.
	if act, err := fr.Engine.Activity(jobs.Kind, 20); err != nil || !hasEntry(act, fr.ID(106), "already had") {
		t.Fatalf("activity: %v %+v", err, act)
	}
}

func hasEntry(entries []engine.Entry, id, words string) bool {
	for _, e := range entries {
		if e.ItemID == id && strings.Contains(e.Message, words) {
			return true
		}
	}
	return false
}

// The project's address goes to the job's Ship To; a street too long for one QuickBooks
// line is split at its commas, and the item says so.
func TestLongStreetSplitAtCommas(t *testing.T) {
	fr := newRig(t)
	const street = "4400 Northgate Industrial Boulevard, Building 7, Loading Dock C"
	fr.AddProject(t, &procoresim.Project{ID: 109, Name: "Headworks Replacement",
		Address: ptr(street), City: ptr("Sacramento"), StateCode: ptr("CA"), Zip: ptr("95834")})
	fr.Detect(t)
	fr.Create(t, mapping.CreateRequest{ID: fr.ID(109), AsCustomer: true})
	fr.Session(t)
	it := synced(t, fr, 109, "Headworks Replacement")
	c, _ := fr.QBCustomer(t, "Headworks Replacement")
	if a := c.ShipAddress; a.Addr1 != "4400 Northgate Industrial Boulevard" || a.Addr2 != "Building 7, Loading Dock C" ||
		a.Addr3 != "" || a.City != "Sacramento" || a.State != "CA" || a.PostalCode != "95834" {
		t.Fatalf("Ship To %+v", a)
	}
	if notes := strings.Join(it.Notes, " "); !strings.Contains(notes, "split at its commas") || !strings.Contains(notes, street) {
		t.Fatalf("notes %q", it.Notes)
	}
}

// QuickBooks takes Latin-1 only. A project whose name or address would lose letters is never
// sent spelt otherwise on Joblink's own: the create is refused, and an export without the page
// waits, each with the Latin spelling offered; accepted (latinSpelling), it is sent spelt so
// (accented Latin-1 letters stay) and the item says what was sent instead. Before, such a
// project was sent transliterated with only a note.
func TestNonLatin1Transliterated(t *testing.T) {
	fr := newRig(t)
	fr.AddProject(t, &procoresim.Project{ID: 110, Name: "Стадион Динамо", Address: ptr("Dvořák Street 5"), City: ptr("Zürich")})
	fr.AddProject(t, &procoresim.Project{ID: 111, Name: "Café Lumière"})
	fr.AddProject(t, &procoresim.Project{ID: 113, Name: "Łódź Builders Depot"})
	fr.Detect(t)
	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(110), AsCustomer: true}, mapping.CreateRequest{ID: fr.ID(111), AsCustomer: true})
	if len(res.Queued) != 1 || len(res.Failed) != 1 || res.Failed[0].ID != fr.ID(110) || !strings.Contains(res.Failed[0].Fix, "Stadion Dinamo") {
		t.Fatalf("create of a name QuickBooks cannot store: %+v", res)
	}
	// Exported without the page, it waits with the reason and the spelling offered.
	fr.Export(t, 113)
	fr.Session(t)
	if it := fr.Item(t, 113); it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, "letters QuickBooks cannot store") ||
		!strings.Contains(it.Failure.Fix, `"Lódz Builders Depot"`) || !strings.Contains(it.Failure.Fix, "Use the Latin spelling") {
		t.Fatalf("exported as is: %s %+v", it.Status(), it.Failure)
	}
	if _, err := fr.Mirror.FindByName(qbmirror.Customers, "Lódz Builders Depot"); err == nil {
		t.Fatal("the transliterated name reached QuickBooks without the bookkeeper")
	}
	// Accepted: the name and the street are sent spelt in the Latin alphabet.
	if res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(110), AsCustomer: true, LatinSpelling: true}); len(res.Queued) != 1 {
		t.Fatalf("accepted spelling not queued: %+v", res)
	}
	fr.Session(t)
	it := synced(t, fr, 110, "Stadion Dinamo")
	c, _ := fr.QBCustomer(t, "Stadion Dinamo")
	if c.ShipAddress.Addr1 != "Dvorák Street 5" || c.ShipAddress.City != "Zürich" {
		t.Fatalf("Ship To %+v", c.ShipAddress)
	}
	if notes := strings.Join(it.Notes, " "); !strings.Contains(notes, `"Dvořák Street 5" was sent as "Dvorák Street 5"`) {
		t.Errorf("notes %q lack what the street was sent as", it.Notes)
	}
	if it := synced(t, fr, 111, "Café Lumière"); len(it.Notes) != 0 {
		t.Errorf("Latin-1 name noted: %q", it.Notes)
	}
	// Procore keeps its own text.
	if p := fr.Project(t, 110); p.Name != "Стадион Динамо" {
		t.Fatalf("Procore's name became %q", p.Name)
	}
}

// createJob makes project key a QuickBooks job under Harbor Point and returns the item.
func createJob(t *testing.T, fr *synctest.FlowRig, p *procoresim.Project) *engine.Item {
	t.Helper()
	fr.AddProject(t, p)
	fr.Detect(t)
	if res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(p.ID), ParentListID: customerID(t, fr, "Harbor Point Development LLC")}); len(res.Queued) != 1 {
		t.Fatalf("create: %+v", res)
	}
	fr.Session(t)
	return synced(t, fr, p.ID, "Harbor Point Development LLC:"+p.Name)
}

// The link is written to Procore as origin_id = the job's ListID and origin_data = its full
// name, and writing it is not taken for a change in Procore by the next poll.
func TestLinkWrittenToProcore(t *testing.T) {
	fr := newRig(t)
	it := createJob(t, fr, &procoresim.Project{ID: 112, Name: "Pier 7 Seawall"})
	if it.LinkedInSource {
		t.Fatal("linked in Procore before the write-back")
	}
	fr.Poll(t) // the poller writes the links after reading Procore
	p := fr.Project(t, 112)
	if deref(p.OriginID) != it.QB.ListID || deref(p.OriginData) != "Harbor Point Development LLC:Pier 7 Seawall" {
		t.Fatalf("Procore origin_id %q, origin_data %q; want %s", deref(p.OriginID), deref(p.OriginData), it.QB.ListID)
	}
	if it := fr.Item(t, 112); !it.LinkedInSource || it.State != engine.Synced {
		t.Fatalf("after the write-back: %s, linked in Procore %v", it.State, it.LinkedInSource)
	}
	// Procore stamped the project updated; the next poll reads it again and finds nothing new.
	syncs := fr.ProcoreRequests("/projects/sync")
	if syncs == 0 {
		t.Fatal("no sync call counted for the write-back")
	}
	fr.Poll(t)
	if n := fr.ProcoreRequests("/projects/sync") - syncs; n != 0 {
		t.Fatalf("the link written %d more times", n)
	}
	if it := fr.Item(t, 112); it.State != engine.Synced || !it.LinkedInSource {
		t.Fatalf("the write-back read as a change: %s %+v", it.Status(), it)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work after the write-back")
	}
}

// Unlinking clears the link in Procore (origin_id and origin_data) and leaves QuickBooks
// alone; the project waits for a decision again and the next poll does not link it back.
func TestUnlinkClearsProcore(t *testing.T) {
	fr := newRig(t)
	it := createJob(t, fr, &procoresim.Project{ID: 113, Name: "Jack London Square Kiosk"})
	fr.WriteBack(t)
	if p := fr.Project(t, 113); deref(p.OriginID) != it.QB.ListID {
		t.Fatalf("not linked in Procore: %q", deref(p.OriginID))
	}
	before := customers(fr)
	if res, err := fr.Mapping.Unlink(fr.Page, []string{fr.ID(113)}, engine.ByBookkeeper); err != nil || len(res.Unlinked) != 1 {
		t.Fatalf("unlink: %+v %v", res, err)
	}
	fr.WriteBack(t)
	p := fr.Project(t, 113)
	if deref(p.OriginID) != "" || deref(p.OriginData) != "" {
		t.Fatalf("Procore keeps origin_id %q, origin_data %q", deref(p.OriginID), deref(p.OriginData))
	}
	fr.Poll(t)
	if it := fr.Item(t, 113); it.Status() != "ready" || it.QB != nil || it.ClearInSource {
		t.Fatalf("after unlink: %s %+v clear pending %v", it.Status(), it.QB, it.ClearInSource)
	}
	if _, ok := fr.QBCustomer(t, "Harbor Point Development LLC:Jack London Square Kiosk"); !ok || customers(fr) != before {
		t.Fatal("unlink changed QuickBooks")
	}
}

// A linked project changed in Procore waits for the bookkeeper, then sends only its address
// to the job's Ship To: QuickBooks names are never changed from Procore.
func TestChangedProjectUpdatesShipToOnly(t *testing.T) {
	fr := newRig(t)
	it := createJob(t, fr, &procoresim.Project{ID: 114, Name: "Clinton Basin Docks",
		Address: ptr("1 Clinton Basin"), City: ptr("Oakland"), StateCode: ptr("CA"), Zip: ptr("94606")})
	fr.Poll(t)
	before, _ := fr.QBCustomer(t, it.QB.FullName)

	// Renamed and moved in Procore, as a person would through Procore's API.
	renamed, street := "Clinton Basin Docks and Ramps", "1 Clinton Basin, Gate 3"
	if _, err := fr.Client.SyncProjects(t.Context(), []procore.ProjectSyncItem{{ID: 114,
		ProjectFields: procore.ProjectFields{Name: &renamed, Address: &street, Zip: ptr("94607")}}}); err != nil {
		t.Fatal(err)
	}
	fr.Poll(t)
	if it := fr.Item(t, 114); it.Status() != "ready" || it.Title != renamed || it.QB == nil {
		t.Fatalf("after the change: %s %q %+v", it.Status(), it.Title, it.QB)
	}
	fr.Export(t, 114)
	fr.Session(t)
	it = synced(t, fr, 114, "Harbor Point Development LLC:Clinton Basin Docks")
	after, _ := fr.QBCustomer(t, it.QB.FullName)
	if after.ListID != before.ListID || after.Name != "Clinton Basin Docks" {
		t.Fatalf("QuickBooks job is now %+v", after)
	}
	if a := after.ShipAddress; a.Addr1 != street || a.City != "Oakland" || a.PostalCode != "94607" {
		t.Fatalf("Ship To %+v", a)
	}
	if after.EditSequence == before.EditSequence {
		t.Fatal("QuickBooks did not change the job")
	}
	if _, ok := fr.QBCustomer(t, "Harbor Point Development LLC:"+renamed); ok {
		t.Fatal("a job with the new name exists")
	}

	// A change QuickBooks already agrees with (a new name only) sends nothing.
	again := "Clinton Basin Docks, Ramps and Floats"
	if _, err := fr.Client.SyncProjects(t.Context(), []procore.ProjectSyncItem{{ID: 114, ProjectFields: procore.ProjectFields{Name: &again}}}); err != nil {
		t.Fatal(err)
	}
	fr.Poll(t)
	fr.Export(t, 114)
	rep := fr.Session(t)
	if now, _ := fr.QBCustomer(t, it.QB.FullName); now.EditSequence != after.EditSequence {
		t.Fatalf("QuickBooks changed for a name-only change (%d requests)", rep.Requests)
	}
	synced(t, fr, 114, "Harbor Point Development LLC:Clinton Basin Docks")
}

// Under direct export a linked project changed in Procore is sent to its QuickBooks job by
// the next session without waiting for the bookkeeper, as the setup wizard's words say.
func TestDirectExportSendsLinkedProjectsAddress(t *testing.T) {
	fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: jobs.Kind, Direct: true})
	it := createJob(t, fr, &procoresim.Project{ID: 118, Name: "Jack London Square Kiosk", Address: ptr("1 Broadway"), City: ptr("Oakland")})
	fr.Poll(t)
	street := "55 Harrison St"
	if _, err := fr.Client.SyncProjects(t.Context(), []procore.ProjectSyncItem{{ID: 118, ProjectFields: procore.ProjectFields{Address: &street}}}); err != nil {
		t.Fatal(err)
	}
	fr.Poll(t)
	if got := fr.Item(t, 118).Status(); got != "queued" {
		t.Fatalf("after the change under direct export: %s, want queued", got)
	}
	fr.Session(t)
	synced(t, fr, 118, it.QB.FullName)
	if job, _ := fr.QBCustomer(t, it.QB.FullName); job.ShipAddress.Addr1 != street {
		t.Fatalf("Ship To %+v", job.ShipAddress)
	}
}

// projects counts the Procore company's projects, over HTTP.
func projects(t *testing.T, fr *synctest.FlowRig) int {
	t.Helper()
	ps, err := fr.Client.ListProjects(procore.ListProjectsOptions{Status: "All"}).Collect(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return len(ps)
}

// A QuickBooks job (or customer) becomes a Procore project through /projects/sync keyed by
// origin_id = its ListID: the Ship To is taken (the Bill To when Ship To is empty), the lines
// joined into Procore's one street field, a state name made a code; repeating the import
// updates the same project, never adds one; the next poll finds the project linked.
func TestImportFromQuickBooks(t *testing.T) {
	fr := newRig(t)
	shipped, err := fr.QB.AddCustomer(qbsim.Customer{Name: "Aquatic Park Boathouse", Parent: "City of Berkeley",
		ShipAddress: qbsim.Address{Addr1: "80 Bolivar Dr", Addr2: "Boathouse Lot", City: "Berkeley", State: "California", PostalCode: "94710"},
		BillAddress: qbsim.Address{Addr1: "2180 Milvia St", City: "Berkeley", State: "CA", PostalCode: "94704"}})
	if err != nil {
		t.Fatal(err)
	}
	billed, err := fr.QB.AddCustomer(qbsim.Customer{Name: "Rockridge Dental",
		BillAddress: qbsim.Address{Addr1: "5800 College Ave", City: "Oakland", State: "CA", PostalCode: "94618"}})
	if err != nil {
		t.Fatal(err)
	}
	fr.Session(t) // the mirror learns them
	if err := fr.Mapping.Refresh(fr.Page); err != nil {
		t.Fatal(err)
	}
	syncs := fr.ProcoreRequests("/projects/sync")
	res, err := fr.Mapping.Import(t.Context(), fr.Page, []string{shipped, billed})
	if err != nil || len(res.Created) != 2 || len(res.Failed) != 0 {
		t.Fatalf("import: %+v %v", res, err)
	}
	if n := fr.ProcoreRequests("/projects/sync") - syncs; n != 1 {
		t.Fatalf("the import made %d /projects/sync calls, want 1", n)
	}
	byList := map[string]mapping.ImportResult{}
	for _, c := range res.Created {
		byList[c.ListID] = c
	}
	id := func(listID string) int64 {
		n, err := strconv.ParseInt(byList[listID].ProcoreID, 10, 64)
		if err != nil {
			t.Fatalf("Procore id of %s: %+v", listID, byList[listID])
		}
		return n
	}
	p := fr.Project(t, id(shipped))
	if p.Name != "Aquatic Park Boathouse" || deref(p.OriginID) != shipped || deref(p.OriginData) != "City of Berkeley:Aquatic Park Boathouse" ||
		deref(p.Address) != "80 Bolivar Dr, Boathouse Lot" || deref(p.City) != "Berkeley" || deref(p.StateCode) != "CA" || deref(p.Zip) != "94710" {
		t.Fatalf("project from the job: %q origin %q/%q address %q %q %q %q", p.Name, deref(p.OriginID), deref(p.OriginData),
			deref(p.Address), deref(p.City), deref(p.StateCode), deref(p.Zip))
	}
	if notes := strings.Join(byList[shipped].Notes, " "); !strings.Contains(notes, "joined into Procore's one street field") {
		t.Errorf("notes %q", byList[shipped].Notes)
	}
	if p := fr.Project(t, id(billed)); deref(p.Address) != "5800 College Ave" || deref(p.Zip) != "94618" {
		t.Fatalf("project from Bill To: %q %q", deref(p.Address), deref(p.Zip))
	}
	if notes := strings.Join(byList[billed].Notes, " "); !strings.Contains(notes, "Bill To") {
		t.Errorf("Bill To not noted: %q", byList[billed].Notes)
	}

	// Repeating it (a lost answer, a second click) updates the same projects.
	n := projects(t, fr)
	again, err := fr.Flow.(*jobs.Flow).Side().Import(t.Context(), []qbmirror.Record{mirrored(t, fr, shipped), mirrored(t, fr, billed)})
	if err != nil || len(again) != 2 || again[0].ProcoreID != byList[shipped].ProcoreID || again[1].ProcoreID != byList[billed].ProcoreID {
		t.Fatalf("import repeated: %+v %v", again, err)
	}
	if projects(t, fr) != n {
		t.Fatalf("Procore has %d projects, had %d", projects(t, fr), n)
	}

	// The poll finds them already linked in Procore; the page no longer offers the job.
	fr.Poll(t)
	for _, listID := range []string{shipped, billed} {
		it := fr.Item(t, id(listID))
		if it.State != engine.Synced || it.QB == nil || it.QB.ListID != listID || !it.LinkedInSource {
			t.Fatalf("imported project: %s %+v linked in Procore %v", it.State, it.QB, it.LinkedInSource)
		}
	}
	if res, err := fr.Mapping.Import(t.Context(), fr.Page, []string{shipped}); err != nil || len(res.Failed) != 1 || len(res.Created) != 0 {
		t.Fatalf("import of a linked job: %+v %v", res, err)
	}
	if projects(t, fr) != n {
		t.Fatal("a second project")
	}
}

func mirrored(t *testing.T, fr *synctest.FlowRig, listID string) qbmirror.Record {
	t.Helper()
	rec, err := fr.Mirror.Get(qbmirror.Customers, listID)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// Sub jobs (a job under a job) are not supported: the page shows them as such, they are not
// imported, and a job cannot be created under a job.
func TestSubJobsNotOffered(t *testing.T) {
	fr := newRig(t)
	sub := customerID(t, fr, "Harbor Point Development LLC:Harbor Point Phase 2:Lot 14 Retaining Wall")
	job := customerID(t, fr, "Harbor Point Development LLC:Harbor Point Phase 2")
	if err := fr.Mapping.Refresh(fr.Page); err != nil {
		t.Fatal(err)
	}
	v, err := fr.Mapping.View(fr.Page, mapping.Query{Search: "Lot 14", QBLimit: 10})
	if err != nil || len(v.QuickBooksOnly) != 1 {
		t.Fatalf("view: %v %+v", err, v)
	}
	if e := v.QuickBooksOnly[0]; e.ListID != sub || e.Level != "subjob" || !strings.Contains(e.Unsupported, "not supported") {
		t.Fatalf("the sub job is offered as %+v", e)
	}
	parents, err := fr.Mapping.Parents(fr.Page, "Harbor Point", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parents.Parents {
		if p.ListID == job || p.ListID == sub {
			t.Fatalf("a job is offered as a parent: %+v", p)
		}
	}

	n := projects(t, fr)
	res, err := fr.Mapping.Import(t.Context(), fr.Page, []string{sub})
	if err != nil || len(res.Created) != 0 || len(res.Failed) != 1 || !strings.Contains(res.Failed[0].Message, "Sub jobs") {
		t.Fatalf("import of a sub job: %+v %v", res, err)
	}
	// The flow refuses it too, whoever asks.
	out, err := fr.Flow.(*jobs.Flow).Side().Import(t.Context(), []qbmirror.Record{mirrored(t, fr, sub)})
	if err != nil || out[0].Problem == nil || out[0].ProcoreID != "" {
		t.Fatalf("the flow imported a sub job: %+v %v", out, err)
	}
	if projects(t, fr) != n {
		t.Fatal("Procore gained a project")
	}

	fr.AddProject(t, &procoresim.Project{ID: 115, Name: "Lot 15 Retaining Wall"})
	fr.Detect(t)
	before := customers(fr)
	cres := fr.Create(t, mapping.CreateRequest{ID: fr.ID(115), ParentListID: job})
	if len(cres.Queued) != 0 || len(cres.Failed) != 1 || !strings.Contains(cres.Failed[0].Message, "is a job, not a customer") {
		t.Fatalf("create under a job: %+v", cres)
	}
	fr.Session(t)
	if customers(fr) != before {
		t.Fatal("QuickBooks gained a sub job")
	}
}

// A project Procore links to a QuickBooks record this company file does not have (another
// integration's link, another company file) waits for the bookkeeper with the reason; one
// linked to a job the file has arrives linked.
func TestProcoreLinkReadOnDetection(t *testing.T) {
	fr := newRig(t)
	podium := customerID(t, fr, "Castro Street Mixed Use LP:Castro Street Podium")
	fr.AddProject(t, &procoresim.Project{ID: 116, Name: "Old ERP Project", OriginID: ptr("80009999-1111111111")})
	fr.AddProject(t, &procoresim.Project{ID: 117, Name: "Castro Street Podium", OriginID: ptr(podium)})
	fr.Poll(t)
	it := fr.Item(t, 116)
	if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, "this company file does not have") {
		t.Fatalf("foreign link: %s %+v", it.Status(), it.Failure)
	}
	// Counted apart on the Dashboard, and told as such on a store from before the mark.
	if !it.LinkedElsewhere || !fr.Engine.Flow(jobs.Kind).(engine.ElsewhereJudge).JudgesElsewhere(it.Failure) {
		t.Fatalf("foreign link not marked or judged: %v %+v", it.LinkedElsewhere, it.Failure)
	}
	if it := fr.Item(t, 117); it.State != engine.Synced || it.QB == nil || it.QB.ListID != podium || !it.LinkedInSource {
		t.Fatalf("link from Procore: %s %+v", it.State, it.QB)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work for QuickBooks")
	}
}

// Sub jobs are not supported (the page refuses to link one), so a project whose Procore
// origin_id names a QuickBooks sub job — a link another integration made — is not taken as
// linked: it waits for the bookkeeper, saying which QuickBooks record Procore names, that sub
// jobs are not supported and what to do. Linking it on the page replaces Procore's link.
func TestProcoreLinkToSubJobNotTaken(t *testing.T) {
	fr := newRig(t)
	const subName = "Harbor Point Development LLC:Harbor Point Phase 2:Lot 14 Retaining Wall"
	sub := customerID(t, fr, subName)
	fr.AddProject(t, &procoresim.Project{ID: 130, Name: "Lot 14", OriginID: ptr(sub)})
	fr.Poll(t)
	it := fr.Item(t, 130)
	if it.State == engine.Synced || it.QB != nil {
		t.Fatalf("linked to the sub job: %s %+v", it.State, it.QB)
	}
	if it.Status() != "attention" || it.Failure == nil || it.Failure.Class != engine.FixData ||
		!strings.Contains(it.Failure.Message, subName) || !strings.Contains(it.Failure.Meaning, "not supported") ||
		!strings.Contains(it.Failure.Fix, "Jobs page") {
		t.Fatalf("%s %+v: want it to wait for the bookkeeper, naming the sub job and saying sub jobs are not supported", it.Status(), it.Failure)
	}
	if !it.LinkedElsewhere || !fr.Engine.Flow(jobs.Kind).(engine.ElsewhereJudge).JudgesElsewhere(it.Failure) {
		t.Fatalf("sub job link not marked or judged: %v %+v", it.LinkedElsewhere, it.Failure)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work for QuickBooks")
	}
	if p := fr.Project(t, 130); deref(p.OriginID) != sub {
		t.Fatalf("Procore's link changed before the bookkeeper decided: %q", deref(p.OriginID))
	}

	job := customerID(t, fr, "Harbor Point Development LLC:Harbor Point Phase 2")
	res, err := fr.Mapping.Link(fr.Page, []mapping.LinkRequest{{ID: fr.ID(130), ListID: job}}, engine.ByBookkeeper)
	if err != nil || len(res.Linked) != 1 {
		t.Fatalf("link to the job: %+v %v", res, err)
	}
	fr.WriteBack(t)
	if p := fr.Project(t, 130); deref(p.OriginID) != job {
		t.Fatalf("Procore's origin_id %q after the link; want the job %s", deref(p.OriginID), job)
	}
}

// QuickBooks keeps one list of names for customers, vendors, employees and other names. A
// project created as a customer under a name a vendor or an employee has waits for the
// bookkeeper with the clash explained — which list has it when Joblink can tell — and a free
// name to use instead, which the bookkeeper accepts. A vendor's name is known from the mirror,
// so nothing is sent; an employee's only QuickBooks knows (3100), and the re-read finds no
// customer by that name. Neither is sent again and again, nor told to link to "the existing
// QuickBooks record".
func TestCustomerNameUsedByAnotherListExplained(t *testing.T) {
	fr := newRig(t)
	fr.AddProject(t, &procoresim.Project{ID: 131, Name: "Home Depot"})   // a vendor in QuickBooks
	fr.AddProject(t, &procoresim.Project{ID: 132, Name: "Maria Garcia"}) // an employee
	fr.Detect(t)
	before := customers(fr)
	fr.Create(t, mapping.CreateRequest{ID: fr.ID(131), AsCustomer: true}, mapping.CreateRequest{ID: fr.ID(132), AsCustomer: true})
	rep := fr.Session(t)
	if errs := strings.Join(rep.StatusErrors, " "); strings.Contains(errs, "Home Depot") {
		t.Errorf("the vendor's name was sent: %s", errs)
	}
	fr.Session(t) // the employee's: sent, refused, read again
	for key, want := range map[int64]struct{ list, alt string }{
		131: {"for a vendor", "Home Depot (Customer)"},
		132: {"for an employee, a vendor or an entry of the Other Names list", "Maria Garcia (Customer)"},
	} {
		it := fr.Item(t, key)
		f := it.Failure
		if it.Status() != "attention" || f == nil || f.Class != engine.FixData {
			t.Fatalf("%s: %s %+v; want it to wait for the bookkeeper with the clash explained", it.Title, it.Status(), f)
		}
		if !strings.Contains(f.Message, want.list) || !strings.Contains(f.Meaning, "one list of names") ||
			!strings.Contains(f.Fix, strconv.Quote(want.alt)) || strings.Contains(f.Fix, "existing QuickBooks record") {
			t.Errorf("%s: %+v; want the list (%s), the one list of names and %q", it.Title, f, want.list, want.alt)
		}
	}
	if it := fr.Item(t, 132); it.Failure.Code != 3100 {
		t.Errorf("the employee's clash has code %d, want QuickBooks' 3100", it.Failure.Code)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work left: the clash is retried")
	}
	if customers(fr) != before {
		t.Fatal("QuickBooks changed")
	}

	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(131), Name: "Home Depot (Customer)", AsCustomer: true},
		mapping.CreateRequest{ID: fr.ID(132), Name: "Maria Garcia (Customer)", AsCustomer: true})
	if len(res.Queued) != 2 {
		t.Fatalf("create with the alternatives: %+v", res)
	}
	fr.Session(t)
	synced(t, fr, 131, "Home Depot (Customer)")
	synced(t, fr, 132, "Maria Garcia (Customer)")
	if p := fr.Project(t, 132); p.Name != "Maria Garcia" {
		t.Fatalf("Procore's name became %q", p.Name)
	}
}

// README: a project created in Procore before Joblink was connected is linked only after a
// confirmation. The page's "Create in QuickBooks", when QuickBooks already has the job under
// the chosen name, would link it: it asks for Link's confirmation (naming the job) instead of
// queuing it, and linking with the confirmation is the answer. The export does not link one
// on its own either: a job added in QuickBooks under the name after the project was queued
// waits for the bookkeeper, neither linked nor added twice.
func TestCreateLinkingOldProjectNeedsConfirmation(t *testing.T) {
	fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: jobs.Kind, ConnectedAt: time.Now().Add(time.Hour)})
	fr.AddProject(t, &procoresim.Project{ID: 133, Name: "Harbor Point Phase 2"})
	fr.AddProject(t, &procoresim.Project{ID: 134, Name: "Harbor Point Phase 3"})
	fr.Detect(t)
	harbor := customerID(t, fr, "Harbor Point Development LLC")
	existing := customerID(t, fr, "Harbor Point Development LLC:Harbor Point Phase 2")
	res, err := fr.Mapping.Link(fr.Page, []mapping.LinkRequest{{ID: fr.ID(133), ListID: existing}}, engine.ByBookkeeper)
	if err != nil || len(res.NeedConfirmation) != 1 {
		t.Fatalf("link: %+v %v", res, err)
	}

	before := customers(fr)
	cres := fr.Create(t, mapping.CreateRequest{ID: fr.ID(133), ParentListID: harbor, Confirmed: true}) // past the exact match
	if len(cres.Queued) != 0 || len(cres.Failed) != 0 || len(cres.NeedConfirmation) != 1 {
		t.Fatalf("create: %+v; want it to ask for the confirmation", cres)
	}
	if ask := cres.NeedConfirmation[0]; ask.ID != fr.ID(133) || ask.ListID != existing ||
		!strings.Contains(ask.Message, "before Joblink was connected") || !strings.Contains(ask.Message, "Harbor Point Development LLC:Harbor Point Phase 2") {
		t.Fatalf("the question: %+v", ask)
	}
	fr.Session(t)
	if it := fr.Item(t, 133); it.State == engine.Synced || it.QB != nil || it.Status() != "ready" {
		t.Fatalf("after the create: %s %+v; want it still waiting, unlinked", it.Status(), it.QB)
	}
	res, err = fr.Mapping.Link(fr.Page, []mapping.LinkRequest{{ID: fr.ID(133), ListID: existing, Confirm: true}}, engine.ByBookkeeper)
	if err != nil || len(res.Linked) != 1 {
		t.Fatalf("link with the confirmation: %+v %v", res, err)
	}
	if it := fr.Item(t, 133); it.State != engine.Synced || it.QB == nil || it.QB.ListID != existing {
		t.Fatalf("after the confirmed link: %s %+v", it.State, it.QB)
	}

	// Phase 3 is new to QuickBooks when it is queued; someone adds it there before the run.
	cres = fr.Create(t, mapping.CreateRequest{ID: fr.ID(134), ParentListID: harbor})
	if len(cres.Queued) != 1 {
		t.Fatalf("create of a new job: %+v", cres)
	}
	if _, err := fr.QB.AddCustomer(qbsim.Customer{Name: "Harbor Point Phase 3", Parent: "Harbor Point Development LLC"}); err != nil {
		t.Fatal(err)
	}
	fr.Session(t)
	it := fr.Item(t, 134)
	if it.QB != nil || it.Status() != "attention" || it.Failure == nil ||
		!strings.Contains(it.Failure.Message, "before Joblink was connected") || !strings.Contains(it.Failure.Fix, "Link to") {
		t.Fatalf("a job added since: %s %+v %+v; want it to wait for the confirmed link", it.Status(), it.QB, it.Failure)
	}
	if got := customers(fr) - before; got != 1 {
		t.Fatalf("QuickBooks gained %d customers and jobs, want only the one added by hand", got)
	}
	// Had QuickBooks refused the name (the mirror a moment behind), the re-read finding the
	// job does not link it either.
	it.NameTaken, it.State = true, engine.Queued
	resp := fr.InQuickBooks(t, fr.Flow.Lookup(it))
	if ref, err := fr.Flow.Found(it, &resp); ref != nil || !errors.As(err, new(*engine.FailureError)) {
		t.Fatalf("the re-read after 3100: %+v %v; want the confirmation asked for", ref, err)
	}
}
