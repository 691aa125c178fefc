package vendors_test

import (
	"strconv"
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// The vendors flow alone against the engine and both simulators (synctest.FlowRig): Procore's
// directory is read over HTTP, QuickBooks' lists through the Web Connector, and each test
// checks what both simulators hold afterwards, not only the item.

func ptr(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func newRig(t *testing.T) *synctest.FlowRig {
	t.Helper()
	return synctest.NewFlowRig(t, synctest.FlowOptions{Kind: vendors.Kind})
}

func vendorCount(fr *synctest.FlowRig) int { return fr.QB.ListCount(qbsim.KindVendor) }

// synced checks that the item reached QuickBooks as the vendor name, which QuickBooks has.
func synced(t *testing.T, fr *synctest.FlowRig, key int64, name string) (*engine.Item, qbxml.VendorRet) {
	t.Helper()
	it := fr.Item(t, key)
	if it.State != engine.Synced || it.QB == nil || it.QB.FullName != name {
		t.Fatalf("%s: %s, QuickBooks %+v, failure %+v; want synced as %q", it.ID, it.State, it.QB, it.Failure, name)
	}
	v, ok := fr.QBVendor(t, name)
	if !ok || v.ListID != it.QB.ListID {
		t.Fatalf("QuickBooks has %q as %+v (found %v), the item says %s", name, v.ListCore, ok, it.QB.ListID)
	}
	return it, v
}

// exportOne detects and accepts one company, and runs the session that sends it.
func exportOne(t *testing.T, fr *synctest.FlowRig, v *procoresim.Vendor) {
	t.Helper()
	fr.AddVendor(t, v)
	fr.Detect(t)
	fr.Export(t, v.ID)
	fr.Session(t)
}

// A Procore company becomes a QuickBooks vendor — name, company name, address, phone and
// fax — once.
func TestCompanyBecomesVendor(t *testing.T) {
	fr := newRig(t)
	before := vendorCount(fr)
	fr.AddVendor(t, &procoresim.Vendor{ID: 201, Name: "Brand New Steel Co", Address: ptr("1 Mill Rd"), City: ptr("Reno"),
		StateCode: ptr("NV"), Zip: ptr("89501"), BusinessPhone: ptr("775-555-0101"), FaxNumber: ptr("775-555-0102")})
	if res := fr.Detect(t); res.New != 1 {
		t.Fatalf("detected %+v", res)
	}
	if it := fr.Item(t, 201); it.Status() != "ready" {
		t.Fatalf("a new company is %s, want ready", it.Status())
	}
	fr.Export(t, 201)
	fr.Session(t)
	_, v := synced(t, fr, 201, "Brand New Steel Co")
	if v.CompanyName != "Brand New Steel Co" || v.Phone != "775-555-0101" || v.Fax != "775-555-0102" {
		t.Errorf("vendor %q: company %q phone %q fax %q", v.Name, v.CompanyName, v.Phone, v.Fax)
	}
	if a := v.VendorAddress; a.Addr1 != "1 Mill Rd" || a.City != "Reno" || a.State != "NV" || a.PostalCode != "89501" {
		t.Errorf("address %+v", a)
	}
	if vendorCount(fr) != before+1 {
		t.Fatalf("QuickBooks gained %d vendors", vendorCount(fr)-before)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work left")
	}
	fr.Session(t)
	if vendorCount(fr) != before+1 {
		t.Fatal("a second session added another")
	}
}

// Under direct export a company is queued as soon as it is detected and created by the next
// session, without the bookkeeper.
func TestDirectExport(t *testing.T) {
	fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: vendors.Kind, Direct: true})
	fr.AddVendor(t, &procoresim.Vendor{ID: 215, Name: "Richmond Rebar"})
	fr.Poll(t)
	if it := fr.Item(t, 215); it.Status() != "queued" {
		t.Fatalf("detected as %s", it.Status())
	}
	fr.Session(t)
	synced(t, fr, 215, "Richmond Rebar")
}

// A name a customer or an employee has is refused (QuickBooks keeps one name space for all
// of them) with an explanation and a free alternative, which the bookkeeper accepts. A
// customer's name is known from the mirror, so nothing is sent; an employee's only
// QuickBooks knows (3100), and the re-read finds no vendor by that name.
func TestNameAnotherListUsesExplained(t *testing.T) {
	fr := newRig(t)
	// "Walk-in Customer (Vendor)" is taken too: the alternative must step over it.
	if _, err := fr.QB.AddCustomer(qbsim.Customer{Name: "Walk-in Customer (Vendor)"}); err != nil {
		t.Fatal(err)
	}
	fr.AddVendor(t, &procoresim.Vendor{ID: 202, Name: "Walk-in Customer"})
	fr.AddVendor(t, &procoresim.Vendor{ID: 203, Name: "Maria Garcia"})
	fr.Detect(t)
	before := vendorCount(fr)
	fr.Export(t, 202, 203)
	rep := fr.Session(t)
	if errs := strings.Join(rep.StatusErrors, " "); strings.Contains(errs, "Walk-in") {
		t.Errorf("the customer's name was sent: %s", errs)
	}
	fr.Session(t) // the employee's: sent, refused, read again
	for key, alt := range map[int64]string{202: "Walk-in Customer (Vendor 2)", 203: "Maria Garcia (Vendor)"} {
		it := fr.Item(t, key)
		if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, "customer, employee or other name") ||
			!strings.Contains(it.Failure.Fix, strconv.Quote(alt)) {
			t.Fatalf("%s: %s %+v; want the clash explained with %q", it.Title, it.Status(), it.Failure, alt)
		}
	}
	if it := fr.Item(t, 203); it.Failure.Code != 3100 {
		t.Errorf("the employee's clash has code %d, want QuickBooks' 3100", it.Failure.Code)
	}
	if vendorCount(fr) != before {
		t.Fatal("QuickBooks gained a vendor")
	}

	res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(202), Name: "Walk-in Customer (Vendor 2)"},
		mapping.CreateRequest{ID: fr.ID(203), Name: "Maria Garcia (Vendor)"})
	if len(res.Queued) != 2 {
		t.Fatalf("create with the alternatives: %+v", res)
	}
	fr.Session(t)
	synced(t, fr, 202, "Walk-in Customer (Vendor 2)")
	synced(t, fr, 203, "Maria Garcia (Vendor)")
	if c := fr.Company(t, 203); c.Name != "Maria Garcia" {
		t.Fatalf("Procore's name became %q", c.Name)
	}
}

// A name over QuickBooks' 41 characters is refused, never cut silently, with a shorter name
// to accept.
func TestLongNameRefusedWithShorterName(t *testing.T) {
	fr := newRig(t)
	const long = "Northern California Regional Council of Carpenters Trust Fund" // 61 characters
	fr.AddVendor(t, &procoresim.Vendor{ID: 204, Name: long})
	fr.Detect(t)
	before := vendorCount(fr)
	fr.Export(t, 204)
	fr.Session(t)
	it := fr.Item(t, 204)
	if it.Status() != "attention" || !strings.Contains(it.Failure.Message, "61 characters") {
		t.Fatalf("%s %+v", it.Status(), it.Failure)
	}
	if err := fr.Mapping.Refresh(fr.Page); err != nil {
		t.Fatal(err)
	}
	v, err := fr.Mapping.View(fr.Page, mapping.Query{Limit: 10})
	if err != nil || len(v.Rows) != 1 {
		t.Fatalf("view: %v %+v", err, v)
	}
	short := v.Rows[0].SuggestedName
	if short == "" || len([]rune(short)) > mapping.MaxName || !strings.Contains(it.Failure.Fix, strconv.Quote(short)) {
		t.Fatalf("suggested %q, fix %q", short, it.Failure.Fix)
	}
	if res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(204)}); len(res.Failed) != 1 {
		t.Fatalf("create as is: %+v", res)
	}
	if vendorCount(fr) != before {
		t.Fatal("QuickBooks changed")
	}
	if res := fr.Create(t, mapping.CreateRequest{ID: fr.ID(204), Name: short}); len(res.Queued) != 1 {
		t.Fatalf("create shortened: %+v", res)
	}
	fr.Session(t)
	synced(t, fr, 204, short)
}

// A vendor QuickBooks already has by the name is linked, not duplicated — also one added in
// QuickBooks since Joblink last read the list, and whatever the case of the letters.
func TestExistingVendorLinked(t *testing.T) {
	fr := newRig(t)
	acme, err := fr.Mirror.FindByName(qbmirror.Vendors, "ACME Lumber & Supply")
	if err != nil {
		t.Fatal(err)
	}
	added, err := fr.QB.AddVendor(qbsim.Vendor{Name: "Lakeside Welding"})
	if err != nil {
		t.Fatal(err)
	}
	fr.AddVendor(t, &procoresim.Vendor{ID: 205, Name: "ACME Lumber & Supply", BusinessPhone: ptr("(510) 555-0100")})
	fr.AddVendor(t, &procoresim.Vendor{ID: 206, Name: "lakeside welding"})
	fr.Detect(t)
	before := vendorCount(fr)
	fr.Export(t, 205, 206)
	fr.Session(t)
	if it, _ := synced(t, fr, 205, "ACME Lumber & Supply"); it.QB.ListID != acme.ListID {
		t.Fatalf("linked to %s, want %s", it.QB.ListID, acme.ListID)
	}
	if it, _ := synced(t, fr, 206, "Lakeside Welding"); it.QB.ListID != added {
		t.Fatalf("linked to %s, want the vendor added in QuickBooks %s", it.QB.ListID, added)
	}
	if vendorCount(fr) != before {
		t.Fatalf("QuickBooks has %d vendors, had %d", vendorCount(fr), before)
	}
}

// A street too long for one QuickBooks line is split at its commas, a phone number too long
// for QuickBooks is left out, and the item says both.
func TestAddressSplitAndLongPhoneNoted(t *testing.T) {
	fr := newRig(t)
	const street = "2200 Industrial Parkway West, Unit 14, Rear Loading Dock"
	exportOne(t, fr, &procoresim.Vendor{ID: 207, Name: "Hayward Sheet Metal", Address: ptr(street), City: ptr("Hayward"),
		StateCode: ptr("CA"), Zip: ptr("94545"), BusinessPhone: ptr("+1 (510) 555-0199 ext. 1234")})
	it, v := synced(t, fr, 207, "Hayward Sheet Metal")
	if a := v.VendorAddress; a.Addr1 != "2200 Industrial Parkway West, Unit 14" || a.Addr2 != "Rear Loading Dock" || a.City != "Hayward" {
		t.Fatalf("address %+v", a)
	}
	if v.Phone != "" {
		t.Fatalf("phone %q", v.Phone)
	}
	notes := strings.Join(it.Notes, " ")
	for _, want := range []string{"split at its commas", `"+1 (510) 555-0199 ext. 1234" is longer than QuickBooks allows`} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes %q lack %q", it.Notes, want)
		}
	}
}

// QuickBooks takes Latin-1 only. A company whose name or address would lose letters waits
// with the Latin spelling offered (before, it was sent transliterated with only a note); once
// the bookkeeper accepts it, the name, the company name and the address are sent spelt so and
// the item says so; Procore keeps its own text.
func TestNonLatin1Transliterated(t *testing.T) {
	fr := newRig(t)
	exportOne(t, fr, &procoresim.Vendor{ID: 208, Name: "Dvořák Elektro", Address: ptr("Łąkowa 5"), City: ptr("Gdańsk")})
	it := fr.Item(t, 208)
	if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Fix, `"Dvorák Elektro"`) {
		t.Fatalf("sent without the bookkeeper: %s %+v", it.Status(), it.Failure)
	}
	if _, err := fr.Mirror.FindByName(qbmirror.Vendors, "Dvorák Elektro"); err == nil {
		t.Fatal("the transliterated name reached QuickBooks without the bookkeeper")
	}
	res, err := fr.Mapping.AcceptSpelling("vendors", []string{it.ID}, engine.ByBookkeeper)
	if err != nil || len(res.Queued) != 1 {
		t.Fatalf("accept the Latin spelling: %+v %v", res, err)
	}
	fr.Session(t)
	it, v := synced(t, fr, 208, "Dvorák Elektro")
	if v.CompanyName != "Dvorák Elektro" || v.VendorAddress.Addr1 != "Lakowa 5" || v.VendorAddress.City != "Gdansk" {
		t.Fatalf("vendor %+v", v)
	}
	if notes := strings.Join(it.Notes, " "); !strings.Contains(notes, `"Łąkowa 5" was sent as "Lakowa 5"`) || !strings.Contains(notes, "Latin-1") {
		t.Fatalf("notes %q", it.Notes)
	}
	if c := fr.Company(t, 208); c.Name != "Dvořák Elektro" {
		t.Fatalf("Procore's name became %q", c.Name)
	}
}

// linkedVendor makes company key a QuickBooks vendor and writes the link to Procore.
func linkedVendor(t *testing.T, fr *synctest.FlowRig, v *procoresim.Vendor) *engine.Item {
	t.Helper()
	exportOne(t, fr, v)
	fr.Poll(t) // the poller writes the links after reading Procore
	it := fr.Item(t, v.ID)
	if it.State != engine.Synced || !it.LinkedInSource {
		t.Fatalf("%s: %s, linked in Procore %v", it.Title, it.State, it.LinkedInSource)
	}
	return it
}

// The link is written to Procore as origin_id = the vendor's ListID and origin_code (the id
// people see) = its QuickBooks name, and writing it is not taken for a change in Procore.
func TestLinkWrittenToProcore(t *testing.T) {
	fr := newRig(t)
	it := linkedVendor(t, fr, &procoresim.Vendor{ID: 209, Name: "Lakeshore Glazing"})
	c := fr.Company(t, 209)
	if deref(c.OriginID) != it.QB.ListID || deref(c.OriginCode) != "Lakeshore Glazing" || deref(c.OriginData) != "Lakeshore Glazing" {
		t.Fatalf("Procore origin_id %q code %q data %q; want %s", deref(c.OriginID), deref(c.OriginCode), deref(c.OriginData), it.QB.ListID)
	}
	syncs := fr.ProcoreRequests("/vendors/sync")
	if syncs == 0 {
		t.Fatal("no sync call counted for the write-back")
	}
	fr.Poll(t) // Procore stamped the company updated: read again, nothing new
	if n := fr.ProcoreRequests("/vendors/sync") - syncs; n != 0 {
		t.Fatalf("the link written %d more times", n)
	}
	if it := fr.Item(t, 209); it.State != engine.Synced || !it.LinkedInSource {
		t.Fatalf("the write-back read as a change: %s", it.Status())
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work after the write-back")
	}
}

// Unlinking clears the link in Procore and leaves QuickBooks alone.
func TestUnlinkClearsProcore(t *testing.T) {
	fr := newRig(t)
	linkedVendor(t, fr, &procoresim.Vendor{ID: 210, Name: "Emeryville Iron Works"})
	before := vendorCount(fr)
	if res, err := fr.Mapping.Unlink(fr.Page, []string{fr.ID(210)}, engine.ByBookkeeper); err != nil || len(res.Unlinked) != 1 {
		t.Fatalf("unlink: %+v %v", res, err)
	}
	fr.WriteBack(t)
	c := fr.Company(t, 210)
	if deref(c.OriginID) != "" || deref(c.OriginCode) != "" || deref(c.OriginData) != "" {
		t.Fatalf("Procore keeps origin_id %q code %q data %q", deref(c.OriginID), deref(c.OriginCode), deref(c.OriginData))
	}
	fr.Poll(t)
	if it := fr.Item(t, 210); it.Status() != "ready" || it.QB != nil || it.ClearInSource {
		t.Fatalf("after unlink: %s %+v clear pending %v", it.Status(), it.QB, it.ClearInSource)
	}
	if _, ok := fr.QBVendor(t, "Emeryville Iron Works"); !ok || vendorCount(fr) != before {
		t.Fatal("unlink changed QuickBooks")
	}
}

// changeInQuickBooks edits a vendor in QuickBooks, as a person would, and lets Joblink's
// list refresh see it.
func changeInQuickBooks(t *testing.T, fr *synctest.FlowRig, name string, change qbxml.Vendor) {
	t.Helper()
	v, ok := fr.QBVendor(t, name)
	if !ok {
		t.Fatalf("no vendor %q", name)
	}
	fr.InQuickBooks(t, qbxml.VendorMod{ListID: v.ListID, EditSequence: v.EditSequence, Vendor: change})
	fr.Session(t)
}

// With "update Procore companies when a QuickBooks vendor changes" on, the next poll sends
// a changed vendor's name, address and numbers to Procore (Follow) — once — and the
// detection after it does not read Joblink's own write as a change in Procore. Off, nothing
// is sent.
func TestVendorChangeFollowedIntoProcore(t *testing.T) {
	fr := newRig(t)
	linkedVendor(t, fr, &procoresim.Vendor{ID: 211, Name: "Alameda Concrete Pumping", Address: ptr("9 Main St"),
		City: ptr("Alameda"), StateCode: ptr("CA"), Zip: ptr("94501"), BusinessPhone: ptr("510-555-0140")})

	changeInQuickBooks(t, fr, "Alameda Concrete Pumping", qbxml.Vendor{CommInfo: qbxml.CommInfo{Phone: "510-555-0199"}})
	fr.Poll(t)
	if c := fr.Company(t, 211); deref(c.BusinessPhone) != "510-555-0140" {
		t.Fatalf("followed with the setting off: phone %q", deref(c.BusinessPhone))
	}

	fr.SetVendorSettings(t, vendors.Settings{UpdateProcore: true})
	fr.Poll(t)
	c := fr.Company(t, 211)
	if deref(c.BusinessPhone) != "510-555-0199" || c.Name != "Alameda Concrete Pumping" || deref(c.Address) != "9 Main St" || deref(c.StateCode) != "CA" {
		t.Fatalf("Procore after the follow: %q phone %q address %q %q", c.Name, deref(c.BusinessPhone), deref(c.Address), deref(c.StateCode))
	}
	it := fr.Item(t, 211)
	qb, _ := fr.QBVendor(t, "Alameda Concrete Pumping")
	if it.State != engine.Synced || it.QB.EditSequence != qb.EditSequence {
		t.Fatalf("item %s at QuickBooks version %s, QuickBooks has %s", it.State, it.QB.EditSequence, qb.EditSequence)
	}

	// The next poll reads the company Joblink just wrote (its updated_at moved): not a
	// change to send back to QuickBooks, and nothing to follow again.
	syncs := fr.ProcoreRequests("/vendors/sync")
	fr.Poll(t)
	if it := fr.Item(t, 211); it.State != engine.Synced {
		t.Fatalf("Joblink's own write read as a change in Procore: %s", it.Status())
	}
	if n := fr.ProcoreRequests("/vendors/sync") - syncs; n != 0 {
		t.Fatalf("Procore written %d more times", n)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work for QuickBooks after the follow")
	}

	// A rename and a move in QuickBooks follow too; the state is read as Procore's code.
	changeInQuickBooks(t, fr, "Alameda Concrete Pumping", qbxml.Vendor{Name: "Alameda Concrete Pumping Inc",
		VendorAddress: &qbxml.Address{Addr1: "1200 Harbor Bay Pkwy", Addr2: "Suite 5", City: "Alameda", State: "California", PostalCode: "94502"}})
	fr.Poll(t)
	c = fr.Company(t, 211)
	if c.Name != "Alameda Concrete Pumping Inc" || deref(c.Address) != "1200 Harbor Bay Pkwy, Suite 5" || deref(c.StateCode) != "CA" || deref(c.Zip) != "94502" {
		t.Fatalf("Procore after the rename: %q address %q %q %q", c.Name, deref(c.Address), deref(c.StateCode), deref(c.Zip))
	}
	fr.Poll(t)
	if it := fr.Item(t, 211); it.State != engine.Synced || it.QB.FullName != "Alameda Concrete Pumping Inc" {
		t.Fatalf("after the rename: %s %+v", it.Status(), it.QB)
	}
}

// The link in Procore carries the vendor's QuickBooks name as origin_code, "the id people
// see" (WriteBack). With "update Procore companies when a QuickBooks vendor changes" on, a
// vendor renamed in QuickBooks renames the Procore company and moves origin_code and
// origin_data to the new QuickBooks name with it.
func TestFollowedRenameUpdatesOriginCode(t *testing.T) {
	fr := newRig(t)
	linkedVendor(t, fr, &procoresim.Vendor{ID: 230, Name: "Alameda Concrete Pumping"})
	fr.SetVendorSettings(t, vendors.Settings{UpdateProcore: true})
	changeInQuickBooks(t, fr, "Alameda Concrete Pumping", qbxml.Vendor{Name: "Alameda Pumping Inc"})
	fr.Poll(t)
	fr.Poll(t)
	c := fr.Company(t, 230)
	if c.Name != "Alameda Pumping Inc" {
		t.Fatalf("the rename was not followed: %q", c.Name)
	}
	if deref(c.OriginCode) != "Alameda Pumping Inc" || deref(c.OriginData) != "Alameda Pumping Inc" {
		t.Fatalf("Procore's origin_code %q, origin_data %q; want the vendor's QuickBooks name now", deref(c.OriginCode), deref(c.OriginData))
	}
	if it := fr.Item(t, 230); it.State != engine.Synced || it.QB.FullName != "Alameda Pumping Inc" {
		t.Fatalf("after the rename: %s %+v", it.Status(), it.QB)
	}
}

// A QuickBooks vendor becomes a Procore company through /vendors/sync keyed by origin_id =
// its ListID (origin_code its name); repeating the import updates the same company, never
// adds one; the next poll finds the company linked. The vendor types the bookkeeper chose
// narrow what is offered.
func TestImportFromQuickBooks(t *testing.T) {
	fr := newRig(t)
	id, err := fr.QB.AddVendor(qbsim.Vendor{Name: "Berkeley Mill Supply", VendorType: "Supplier", Phone: "510-555-0177",
		Address: qbsim.Address{Addr1: "2600 Fourth St", Addr2: "Door 3", City: "Berkeley", State: "California", PostalCode: "94710"}})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := fr.QB.AddVendor(qbsim.Vendor{Name: "Oakland Fire Sprinklers", VendorType: "Subcontractor"})
	if err != nil {
		t.Fatal(err)
	}
	fr.Session(t)

	// Only subcontractors offered: the page lists the subcontractor, not the supplier.
	fr.SetVendorSettings(t, vendors.Settings{ImportTypes: []string{"Subcontractor"}})
	if err := fr.Mapping.Refresh(fr.Page); err != nil {
		t.Fatal(err)
	}
	offered := map[string]bool{}
	v, err := fr.Mapping.View(fr.Page, mapping.Query{QBLimit: mapping.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range v.QuickBooksOnly {
		offered[e.ListID] = true
	}
	if !offered[sub] || offered[id] || v.QuickBooksOnlyTotal != len(v.QuickBooksOnly) {
		t.Fatalf("offered for import with subcontractors only: %d of them, the subcontractor %v, the supplier %v", v.QuickBooksOnlyTotal, offered[sub], offered[id])
	}
	fr.SetVendorSettings(t, vendors.Settings{})
	if err := fr.Mapping.Refresh(fr.Page); err != nil {
		t.Fatal(err)
	}
	syncs := fr.ProcoreRequests("/vendors/sync")
	res, err := fr.Mapping.Import(t.Context(), fr.Page, []string{id, sub})
	if err != nil || len(res.Created) != 2 {
		t.Fatalf("import: %+v %v", res, err)
	}
	if n := fr.ProcoreRequests("/vendors/sync") - syncs; n != 1 {
		t.Fatalf("the import made %d /vendors/sync calls, want 1", n)
	}
	created := res.Created[0]
	if created.ListID != id {
		created = res.Created[1]
	}
	key, err := strconv.ParseInt(created.ProcoreID, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	c := fr.Company(t, key)
	if c.Name != "Berkeley Mill Supply" || deref(c.OriginID) != id || deref(c.OriginCode) != "Berkeley Mill Supply" ||
		deref(c.Address) != "2600 Fourth St, Door 3" || deref(c.City) != "Berkeley" || deref(c.StateCode) != "CA" ||
		deref(c.Zip) != "94710" || deref(c.BusinessPhone) != "510-555-0177" {
		t.Fatalf("company from the vendor: %q origin %q/%q address %q %q %q %q phone %q", c.Name, deref(c.OriginID), deref(c.OriginCode),
			deref(c.Address), deref(c.City), deref(c.StateCode), deref(c.Zip), deref(c.BusinessPhone))
	}
	if notes := strings.Join(created.Notes, " "); !strings.Contains(notes, "joined into Procore's one street field") {
		t.Errorf("notes %q", created.Notes)
	}

	n := companies(t, fr)
	rec, err := fr.Mirror.Get(qbmirror.Vendors, id)
	if err != nil {
		t.Fatal(err)
	}
	again, err := fr.Flow.(*vendors.Flow).Side().Import(t.Context(), []qbmirror.Record{rec})
	if err != nil || len(again) != 1 || again[0].ProcoreID != created.ProcoreID || companies(t, fr) != n {
		t.Fatalf("import repeated: %+v %v; %d companies, had %d", again, err, companies(t, fr), n)
	}

	fr.Poll(t)
	if it := fr.Item(t, key); it.State != engine.Synced || it.QB == nil || it.QB.ListID != id || !it.LinkedInSource {
		t.Fatalf("imported company: %s %+v linked in Procore %v", it.State, it.QB, it.LinkedInSource)
	}
	if res, err := fr.Mapping.Import(t.Context(), fr.Page, []string{id}); err != nil || len(res.Failed) != 1 || companies(t, fr) != n {
		t.Fatalf("import of a linked vendor: %+v %v", res, err)
	}
}

// companies counts the Procore directory's companies, active or not, over HTTP.
func companies(t *testing.T, fr *synctest.FlowRig) int {
	t.Helper()
	active, err := fr.Client.ListVendors(procore.ListVendorsOptions{View: "compact"}).Collect(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	inactive, err := fr.Client.ListInactiveVendors(procore.ListInactiveVendorsOptions{}).Collect(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return len(active) + len(inactive)
}

// A linked company changed in Procore waits for the bookkeeper, then sends its address and
// numbers to the vendor; the vendor's name, on every check and bill, is never changed from
// Procore.
func TestChangedCompanyUpdatesDetailsNotName(t *testing.T) {
	fr := newRig(t)
	linkedVendor(t, fr, &procoresim.Vendor{ID: 212, Name: "Fremont Drywall", Address: ptr("5 Mowry Ave"), City: ptr("Fremont"),
		StateCode: ptr("CA"), Zip: ptr("94538"), BusinessPhone: ptr("510-555-0150")})
	before, _ := fr.QBVendor(t, "Fremont Drywall")
	renamed := "Fremont Drywall & Acoustics"
	if _, err := fr.Client.SyncVendors(t.Context(), []procore.VendorSyncItem{{ID: 212, VendorFields: procore.VendorFields{
		Name: &renamed, Address: ptr("77 Stevenson Blvd"), BusinessPhone: ptr("510-555-0151"), FaxNumber: ptr("510-555-0152")}}}); err != nil {
		t.Fatal(err)
	}
	fr.Poll(t)
	if it := fr.Item(t, 212); it.Status() != "ready" || it.Title != renamed {
		t.Fatalf("after the change in Procore: %s %q", it.Status(), it.Title)
	}
	fr.Export(t, 212)
	fr.Session(t)
	_, after := synced(t, fr, 212, "Fremont Drywall")
	if after.ListID != before.ListID || after.Name != "Fremont Drywall" || after.EditSequence == before.EditSequence {
		t.Fatalf("QuickBooks vendor now %q (%s, version %s; was %s)", after.Name, after.ListID, after.EditSequence, before.EditSequence)
	}
	if after.VendorAddress.Addr1 != "77 Stevenson Blvd" || after.VendorAddress.City != "Fremont" || after.Phone != "510-555-0151" || after.Fax != "510-555-0152" {
		t.Fatalf("QuickBooks vendor %+v phone %q fax %q", after.VendorAddress, after.Phone, after.Fax)
	}
	if _, ok := fr.QBVendor(t, renamed); ok {
		t.Fatal("a vendor with the new name exists")
	}
}

// A company Procore links to a QuickBooks record this company file does not have waits for
// the bookkeeper with the reason; one linked to a vendor the file has arrives linked.
func TestProcoreLinkReadOnDetection(t *testing.T) {
	fr := newRig(t)
	sierra, err := fr.Mirror.FindByName(qbmirror.Vendors, "Sierra Roofing")
	if err != nil {
		t.Fatal(err)
	}
	fr.AddVendor(t, &procoresim.Vendor{ID: 213, Name: "Old ERP Vendor", OriginID: ptr("80009999-1111111111")})
	fr.AddVendor(t, &procoresim.Vendor{ID: 214, Name: "Sierra Roofing", OriginID: ptr(sierra.ListID)})
	fr.Poll(t)
	it := fr.Item(t, 213)
	if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, "this company file does not have") {
		t.Fatalf("foreign link: %s %+v", it.Status(), it.Failure)
	}
	// The Dashboard says it apart from refusals: linked to another integration.
	if today, err := fr.Engine.Today(); err != nil || today.LinkedElsewhere != 1 || !it.LinkedElsewhere {
		t.Fatalf("foreign link not counted apart: %+v %v (item %v)", today, err, it.LinkedElsewhere)
	}
	if it := fr.Item(t, 214); it.State != engine.Synced || it.QB == nil || it.QB.ListID != sierra.ListID || !it.LinkedInSource {
		t.Fatalf("link from Procore: %s %+v", it.State, it.QB)
	}
	if fr.Engine.HasWork(t.Context()) {
		t.Fatal("work for QuickBooks")
	}
}

// A linked company whose street changes in Procore to letters QuickBooks cannot store waits
// with the Latin spelling offered instead of updating the vendor with it; accepted, the
// street is sent spelt so.
func TestChangedStreetWaitsForTheLatinSpelling(t *testing.T) {
	fr := newRig(t)
	linkedVendor(t, fr, &procoresim.Vendor{ID: 215, Name: "Volga Steel", Address: ptr("5 Main St"), City: ptr("Fremont")})
	if _, err := fr.Client.SyncVendors(t.Context(), []procore.VendorSyncItem{{ID: 215, VendorFields: procore.VendorFields{
		Address: ptr("ул. Ленина 5")}}}); err != nil {
		t.Fatal(err)
	}
	fr.Poll(t)
	fr.Export(t, 215)
	fr.Session(t)
	it := fr.Item(t, 215)
	if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, "street") || !strings.Contains(it.Failure.Fix, `"ul. Lenina 5"`) {
		t.Fatalf("street sent without the bookkeeper: %s %+v", it.Status(), it.Failure)
	}
	if v, _ := fr.QBVendor(t, "Volga Steel"); v.VendorAddress.Addr1 != "5 Main St" {
		t.Fatalf("QuickBooks street %q", v.VendorAddress.Addr1)
	}
	if res, err := fr.Mapping.AcceptSpelling("vendors", []string{it.ID}, engine.ByBookkeeper); err != nil || len(res.Queued) != 1 {
		t.Fatalf("accept: %+v %v", res, err)
	}
	fr.Session(t)
	if v, _ := fr.QBVendor(t, "Volga Steel"); v.VendorAddress.Addr1 != "ul. Lenina 5" {
		t.Fatalf("QuickBooks street %q after the spelling was accepted", v.VendorAddress.Addr1)
	}
}

// The failure a foreign link gets on detection is the one the engine marks on an older store.
func TestJudgesElsewhere(t *testing.T) {
	fr := newRig(t)
	fr.AddVendor(t, &procoresim.Vendor{ID: 216, Name: "Old ERP Vendor 2", OriginID: ptr("80009999-2222222222")})
	fr.Poll(t)
	flow := fr.Engine.Flow(vendors.Kind).(engine.ElsewhereJudge)
	if it := fr.Item(t, 216); !flow.JudgesElsewhere(it.Failure) {
		t.Fatalf("foreign link not judged: %+v", it.Failure)
	}
	if flow.JudgesElsewhere(&engine.Failure{Meaning: "QuickBooks refused it."}) || flow.JudgesElsewhere(nil) {
		t.Fatal("another failure judged a link elsewhere")
	}
}
