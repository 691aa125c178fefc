package qbsim

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"joblink/qbwc/qbxml"
	procorefixtures "joblink/testdata/procore"
)

// The numbers NewDemoCompany's doc comment gives.
const (
	referenceCustomers, referenceJobs, referenceVendors       = 12, 13, 40
	demoOverlapCustomers, demoOverlapJobs, demoOverlapVendors = 30, 45, 109
)

var documentedCases = map[string]int{
	"parents": 17, "jobExact": 15, "jobShipToDiffers": 3, "jobExactAmbiguous": 2, "jobExactInactive": 1,
	"jobMessy": 11, "subJob": 2, "jobQuickBooksOnly": 14, "jobShipToEmptyBillToSet": 4,
	"customerAsJobExact": 5, "customerAsJobMessy": 1, "customerQuickBooksOnly": 6,
	"customerNamedLikeProcoreVendor": 1, "vendorExact": 43, "vendorMessy": 30, "vendorLookalike": 5,
	"vendorQuickBooksOnly": 31, "referenceVendorExact": 4,
}

// demoCase is one entry of testdata/demo_overlap_cases.json.
type demoCase struct {
	Project      string `json:"project"`
	Procore      string `json:"procore"`
	Kind         string `json:"kind"`
	Note         string `json:"note"`
	OriginID     bool   `json:"originId"`
	ProcoreCount int    `json:"procoreCount"`
	ShipToOf     int64  `json:"shipToOf"`
	VendorType   string `json:"vendorType"`
}

type demoCases struct {
	Counts map[string]int                 `json:"counts"`
	Cases  map[string]map[string]demoCase `json:"cases"`
}

func loadDemoCases(t *testing.T) demoCases {
	t.Helper()
	data, err := os.ReadFile("testdata/demo_overlap_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var c demoCases
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

type procoreProject struct {
	ID        int64   `json:"id"`
	Name      string  `json:"name"`
	Address   *string `json:"address"`
	City      *string `json:"city"`
	StateCode *string `json:"state_code"`
	Zip       *string `json:"zip"`
}

type procoreVendor struct {
	Name          string  `json:"name"`
	Address       *string `json:"address"`
	City          *string `json:"city"`
	StateCode     *string `json:"state_code"`
	Zip           *string `json:"zip"`
	BusinessPhone *string `json:"business_phone"`
	FaxNumber     *string `json:"fax_number"`
	OriginID      *string `json:"origin_id"`
}

func readProcore(t *testing.T, name string, v any) {
	t.Helper()
	data, err := procorefixtures.Files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return strings.TrimSpace(*p)
}

func newDemoHarness(t *testing.T) *harness {
	t.Helper()
	c, err := NewDemoCompany(WithClock(fixedClock()))
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.End)
	return &harness{t: t, company: c, session: s, schema: newSchemaValidator(t)}
}

// query sends one request built with the qbxml package, validates request
// and response against the schema and decodes the records with qbxml.
func (h *harness) query(req qbxml.Request) []qbxml.Ret {
	h.t.Helper()
	var set qbxml.MessageSet
	set.Add(req)
	doc, _, err := set.Build()
	if err != nil {
		h.t.Fatal(err)
	}
	h.schema.check(h.t.Name()+"-rq", string(doc))
	resp, err := h.session.ProcessRequest(context.Background(), string(doc))
	if err != nil {
		h.t.Fatal(err)
	}
	h.schema.check(h.t.Name()+"-rs", resp)
	var rets []qbxml.Ret
	err = qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
		if r.Status.IsError() {
			return errors.New(r.Status.Message)
		}
		rets = append(rets, r.Rets...)
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return rets
}

func (h *harness) demoCustomers() map[string]*qbxml.CustomerRet {
	out := map[string]*qbxml.CustomerRet{}
	for _, r := range h.query(qbxml.CustomerQuery{ListSelection: qbxml.ListSelection{ListFilter: qbxml.ListFilter{ActiveStatus: qbxml.ActiveAll}}}) {
		c := r.(*qbxml.CustomerRet)
		out[c.FullName] = c
	}
	return out
}

func (h *harness) demoVendors() map[string]*qbxml.VendorRet {
	out := map[string]*qbxml.VendorRet{}
	for _, r := range h.query(qbxml.VendorQuery{ListSelection: qbxml.ListSelection{ListFilter: qbxml.ListFilter{ActiveStatus: qbxml.ActiveAll}}}) {
		v := r.(*qbxml.VendorRet)
		out[v.Name] = v
	}
	return out
}

func TestNewDemoCompanyCounts(t *testing.T) {
	c, err := NewDemoCompany()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ref.ListCount(KindCustomer), referenceCustomers+referenceJobs; got != want {
		t.Fatalf("reference company has %d customers and jobs, the demo doc assumes %d", got, want)
	}
	if got, want := c.ListCount(KindCustomer), referenceCustomers+referenceJobs+demoOverlapCustomers+demoOverlapJobs; got != want {
		t.Errorf("customers and jobs = %d, documented %d", got, want)
	}
	if got, want := c.ListCount(KindVendor), referenceVendors+demoOverlapVendors; got != want {
		t.Errorf("vendors = %d, documented %d", got, want)
	}
	if got := c.ListCount(KindVendorType); got != 3 {
		t.Errorf("vendor types = %d, want 3 (Subcontractor, Supplier, Utilities)", got)
	}
	bills := 0
	for _, tx := range demoJobCosts().Transactions {
		if tx.Type == "Bill" {
			bills++
		}
	}
	if c.TxnCount(TxnBill) != ref.TxnCount(TxnBill)+bills {
		t.Error("the demo adds the job-cost bills and no others")
	}

	var f Fixture
	if err := json.Unmarshal(demoOverlapJSON, &f); err != nil {
		t.Fatal(err)
	}
	top, jobs := 0, 0
	for _, cu := range f.Customers {
		if cu.Parent == "" {
			top++
		} else {
			jobs++
		}
	}
	if top != demoOverlapCustomers || jobs != demoOverlapJobs || len(f.Vendors) != demoOverlapVendors ||
		len(f.Accounts)+len(f.Items)+len(f.Employees)+len(f.OtherNames)+len(f.Transactions) != 0 {
		t.Errorf("demo_overlap.json: %d customers, %d jobs, %d vendors (and other lists?), documented %d, %d, %d",
			top, jobs, len(f.Vendors), demoOverlapCustomers, demoOverlapJobs, demoOverlapVendors)
	}
	cases := loadDemoCases(t)
	for group, want := range documentedCases {
		if got := len(cases.Cases[group]); got != want || cases.Counts[group] != want {
			t.Errorf("case %s: %d records (counts says %d), documented %d", group, got, cases.Counts[group], want)
		}
	}
	for group := range cases.Cases {
		if _, ok := documentedCases[group]; !ok {
			t.Errorf("case %s is not documented", group)
		}
	}
	if cases.Counts["customers"] != top || cases.Counts["jobs"] != jobs || cases.Counts["vendors"] != len(f.Vendors) {
		t.Errorf("demo_overlap_cases.json counts %v disagree with demo_overlap.json", cases.Counts)
	}
}

// TestDemoCompanyCases checks every documented case against the Procore
// demo company and through qbXML queries (decoded with the qbxml package).
func TestDemoCompanyCases(t *testing.T) {
	h := newDemoHarness(t)
	cases := loadDemoCases(t).Cases
	var projects []procoreProject
	var pvendors []procoreVendor
	readProcore(t, "projects.json", &projects)
	readProcore(t, "vendors.json", &pvendors)
	projectsByName := map[string][]procoreProject{}
	for _, p := range projects {
		projectsByName[p.Name] = append(projectsByName[p.Name], p)
	}
	vendorsByName := map[string]procoreVendor{}
	for _, v := range pvendors {
		vendorsByName[v.Name] = v
	}
	projectFolded := func(name string) bool {
		for n := range projectsByName {
			if strings.EqualFold(strings.TrimSpace(n), name) {
				return true
			}
		}
		return false
	}
	vendorFolded := func(name string) bool {
		for n := range vendorsByName {
			if strings.EqualFold(strings.TrimSpace(n), name) {
				return true
			}
		}
		return false
	}

	customers, vendors := h.demoCustomers(), h.demoVendors()
	if len(customers) != referenceCustomers+referenceJobs+demoOverlapCustomers+demoOverlapJobs || len(vendors) != referenceVendors+demoOverlapVendors {
		t.Fatalf("queries returned %d customers and %d vendors", len(customers), len(vendors))
	}
	customer := func(group, full string) *qbxml.CustomerRet {
		c := customers[full]
		if c == nil {
			t.Errorf("%s: %q not returned by CustomerQuery", group, full)
		}
		return c
	}
	sameSite := func(a qbxml.Address, p procoreProject) bool {
		lines := strings.Join(nonEmpty(a.Addr1, a.Addr2, a.Addr3), ", ")
		return lines == str(p.Address) && a.City == str(p.City) && a.State == str(p.StateCode) && a.PostalCode == str(p.Zip)
	}

	for full, k := range cases["jobExact"] {
		c := customer("jobExact", full)
		ps := projectsByName[k.Project]
		if c == nil || c.Name != k.Project || len(ps) != 1 || c.Sublevel != 1 || !c.IsActive {
			t.Errorf("jobExact %q: want an active job named like the one Procore project %q", full, k.Project)
			continue
		}
		_, differs := cases["jobShipToDiffers"][full]
		if sameSite(c.ShipAddress, ps[0]) == differs {
			t.Errorf("jobExact %q: Ship To %+v vs Procore %+v (documented to differ: %v)", full, c.ShipAddress, ps[0], differs)
		}
	}
	for full := range cases["jobShipToDiffers"] {
		if _, ok := cases["jobExact"][full]; !ok {
			t.Errorf("jobShipToDiffers %q is not an exact job", full)
		}
	}
	for full, k := range cases["jobExactAmbiguous"] {
		c := customer("jobExactAmbiguous", full)
		ps := projectsByName[k.Project]
		if c == nil || c.Name != k.Project || len(ps) < 2 || len(ps) != k.ProcoreCount {
			t.Errorf("jobExactAmbiguous %q: Procore has %d projects named %q", full, len(ps), k.Project)
			continue
		}
		for _, p := range ps {
			if p.ID == k.ShipToOf && !sameSite(c.ShipAddress, p) {
				t.Errorf("jobExactAmbiguous %q: Ship To %+v is not project %d's address", full, c.ShipAddress, p.ID)
			}
		}
	}
	for full, k := range cases["jobExactInactive"] {
		if c := customer("jobExactInactive", full); c != nil && (c.IsActive || c.Name != k.Project || len(projectsByName[k.Project]) != 1) {
			t.Errorf("jobExactInactive %q: active %v", full, c.IsActive)
		}
	}
	for full, k := range cases["jobMessy"] {
		c := customer("jobMessy", full)
		if c == nil || c.Sublevel != 1 || len(projectsByName[k.Project]) != 1 || len(projectsByName[c.Name]) != 0 || k.Kind == "" {
			t.Errorf("jobMessy %q: want a job not named exactly like any project, for project %q", full, k.Project)
		}
	}
	for full := range cases["subJob"] {
		if c := customer("subJob", full); c != nil && c.Sublevel != 2 {
			t.Errorf("subJob %q: Sublevel %d", full, c.Sublevel)
		}
	}
	parents := map[string]bool{}
	for _, c := range customers {
		parents[c.ParentRef.FullName] = true
	}
	for name, k := range cases["customerAsJobExact"] {
		c := customer("customerAsJobExact", name)
		if c == nil || c.Sublevel != 0 || parents[name] || len(projectsByName[name]) != 1 || k.Project != name ||
			!sameSite(c.ShipAddress, projectsByName[name][0]) {
			t.Errorf("customerAsJobExact %q: want a customer without jobs, Ship To the project's address", name)
		}
	}
	for name, k := range cases["customerAsJobMessy"] {
		if c := customer("customerAsJobMessy", name); c == nil || parents[name] || len(projectsByName[k.Project]) != 1 || k.Project == name {
			t.Errorf("customerAsJobMessy %q", name)
		}
	}
	for full := range cases["jobQuickBooksOnly"] {
		if c := customer("jobQuickBooksOnly", full); c == nil || c.Sublevel != 1 || projectFolded(c.Name) {
			t.Errorf("jobQuickBooksOnly %q: want a job no Procore project is named like", full)
		}
	}
	for full := range cases["jobShipToEmptyBillToSet"] {
		c := customer("jobShipToEmptyBillToSet", full)
		if _, ok := cases["jobQuickBooksOnly"][full]; c == nil || !ok || c.ShipAddress != (qbxml.Address{}) || c.BillAddress.Addr1 == "" {
			t.Errorf("jobShipToEmptyBillToSet %q: Ship To %+v, Bill To %+v", full, c.ShipAddress, c.BillAddress)
		}
	}
	for name := range cases["customerQuickBooksOnly"] {
		if c := customer("customerQuickBooksOnly", name); c == nil || c.Sublevel != 0 || parents[name] || projectFolded(name) {
			t.Errorf("customerQuickBooksOnly %q", name)
		}
	}
	for name := range cases["parents"] {
		if c := customer("parents", name); c == nil || !parents[name] || c.BillAddress.Addr1 == "" {
			t.Errorf("parent %q: want a customer with jobs and a Bill To", name)
		}
	}

	vendor := func(group, name string) *qbxml.VendorRet {
		v := vendors[name]
		if v == nil {
			t.Errorf("%s: %q not returned by VendorQuery", group, name)
		}
		return v
	}
	for name, k := range cases["vendorExact"] {
		v, pv := vendor("vendorExact", name), vendorsByName[name]
		if v == nil || pv.Name != name || k.Procore != name || k.OriginID != (pv.OriginID != nil) {
			t.Errorf("vendorExact %q: no Procore vendor of that name (origin_id %v)", name, k.OriginID)
			continue
		}
		if v.VendorTypeRef.FullName != "Subcontractor" && v.VendorTypeRef.FullName != "Supplier" {
			t.Errorf("vendorExact %q: VendorType %q", name, v.VendorTypeRef.FullName)
		}
		if k.Kind == "" {
			a := v.VendorAddress
			if v.Phone != str(pv.BusinessPhone) || v.Fax != str(pv.FaxNumber) || a.City != str(pv.City) ||
				a.State != str(pv.StateCode) || a.PostalCode != str(pv.Zip) || strings.Join(nonEmpty(a.Addr1, a.Addr2, a.Addr3), ", ") != str(pv.Address) {
				t.Errorf("vendorExact %q: QuickBooks %+v %q %q differs from Procore %+v", name, a, v.Phone, v.Fax, pv)
			}
		}
		if v.IsActive != (k.Kind != "inactive in QuickBooks") {
			t.Errorf("vendorExact %q: IsActive %v, case %q", name, v.IsActive, k.Kind)
		}
	}
	for name, k := range cases["vendorMessy"] {
		v := vendor("vendorMessy", name)
		if _, exact := vendorsByName[name]; v == nil || exact || vendorsByName[k.Procore].Name == "" || k.Kind == "" {
			t.Errorf("vendorMessy %q: want a name Procore does not have, for Procore vendor %q", name, k.Procore)
		}
	}
	for name, k := range cases["vendorLookalike"] {
		if v := vendor("vendorLookalike", name); v == nil || vendorFolded(name) || vendorsByName[k.Procore].Name == "" {
			t.Errorf("vendorLookalike %q (like %q)", name, k.Procore)
		}
	}
	types := map[string]int{}
	for name, k := range cases["vendorQuickBooksOnly"] {
		v := vendor("vendorQuickBooksOnly", name)
		if v == nil || vendorFolded(name) || v.VendorTypeRef.FullName != k.VendorType || v.VendorTypeRef.ListID == "" {
			t.Errorf("vendorQuickBooksOnly %q: want a vendor Procore does not have, of type %q", name, k.VendorType)
			continue
		}
		types[k.VendorType]++
	}
	if types["Subcontractor"] == 0 || types["Supplier"] == 0 || types["Utilities"] == 0 {
		t.Errorf("QuickBooks-only vendor types: %v", types)
	}
	for name := range cases["referenceVendorExact"] {
		if vendor("referenceVendorExact", name) == nil || vendorsByName[name].Name == "" {
			t.Errorf("referenceVendorExact %q", name)
		}
	}

	// The 3100 case: the Procore vendor has no QuickBooks vendor, and a
	// VendorAdd under its name collides with the customer of that name.
	for name, k := range cases["customerNamedLikeProcoreVendor"] {
		if customer("customerNamedLikeProcoreVendor", name) == nil || vendors[name] != nil || vendorsByName[k.Procore].Name != name {
			t.Errorf("customerNamedLikeProcoreVendor %q", name)
		}
		rs := h.one(`<VendorAddRq><VendorAdd><Name>` + xmlEscape(name) + `</Name></VendorAdd></VendorAddRq>`)
		expectStatus(t, rs, StatusNameInUse)
	}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}

// TestDemoCompanyAddressFields: the fields the builders now carry come back
// from CustomerQuery and VendorQuery exactly, decoded by the qbxml package.
func TestDemoCompanyAddressFields(t *testing.T) {
	h := newDemoHarness(t)
	rets := h.query(qbxml.CustomerQuery{ListSelection: qbxml.ListSelection{FullNames: []string{
		"Westfield Development LLC", "Westfield Development LLC:Westfield Sales Trailer", "Lumière Hospitality Group:Café Lumière Renovation - Phase 2",
	}}})
	if len(rets) != 3 {
		t.Fatalf("got %d customers", len(rets))
	}
	parent, trailer, cafe := rets[0].(*qbxml.CustomerRet), rets[1].(*qbxml.CustomerRet), rets[2].(*qbxml.CustomerRet)
	wantBill := qbxml.Address{Addr1: "Westfield Development LLC", Addr2: "1200 17th St, Suite 900", City: "Denver", State: "CO", PostalCode: "80202"}
	if parent.BillAddress != wantBill || parent.Phone != "(303) 555-0141" || parent.Fax != "(303) 555-0142" || parent.CompanyName != "Westfield Development LLC" {
		t.Errorf("parent: %+v phone %q fax %q", parent.BillAddress, parent.Phone, parent.Fax)
	}
	if trailer.ShipAddress != (qbxml.Address{}) || trailer.BillAddress.Addr1 != "4410 Westfield Blvd" || trailer.ParentRef.FullName != "Westfield Development LLC" {
		t.Errorf("job with Bill To only: bill %+v ship %+v", trailer.BillAddress, trailer.ShipAddress)
	}
	wantShip := qbxml.Address{Addr1: "6369 El Camino Real", City: "Atlanta", State: "GA"}
	if cafe.ShipAddress != wantShip || cafe.Name != "Café Lumière Renovation - Phase 2" {
		t.Errorf("Latin-1 job: %q ship %+v", cafe.Name, cafe.ShipAddress)
	}

	rets = h.query(qbxml.VendorQuery{ListSelection: qbxml.ListSelection{FullNames: []string{"Montréal Quincaillerie Inc.", "Comcast Business"}}})
	if len(rets) != 2 {
		t.Fatalf("got %d vendors", len(rets))
	}
	mq, comcast := rets[0].(*qbxml.VendorRet), rets[1].(*qbxml.VendorRet)
	wantAddr := qbxml.Address{Addr1: "4200 Rue Saint-Laurent", City: "Montréal", State: "QC", PostalCode: "H2W 1Z3", Country: "Canada"}
	if mq.VendorAddress != wantAddr || mq.Phone != "(514) 555-0134" || mq.Fax != "(514) 555-0184" ||
		mq.VendorTypeRef.FullName != "Supplier" || mq.VendorTypeRef.ListID == "" || mq.IsVendorEligibleFor1099 {
		t.Errorf("supplier: %+v phone %q fax %q type %+v", mq.VendorAddress, mq.Phone, mq.Fax, mq.VendorTypeRef)
	}
	if comcast.VendorAddress != (qbxml.Address{}) || comcast.VendorTypeRef.FullName != "Utilities" || comcast.Fax != "" {
		t.Errorf("utility without address: %+v type %+v fax %q", comcast.VendorAddress, comcast.VendorTypeRef, comcast.Fax)
	}
}

// TestVendorTypes: the Vendor Type list is enforced like QuickBooks' (a
// VendorTypeRef must name an existing entry) and builders create entries.
func TestVendorTypes(t *testing.T) {
	h := newHarness(t, false)
	rs := h.one(`<VendorAddRq><VendorAdd><Name>Typed Vendor</Name><VendorTypeRef><FullName>Subcontractor</FullName></VendorTypeRef></VendorAdd></VendorAddRq>`)
	expectStatus(t, rs, StatusInvalidRef)
	if !strings.Contains(rs.attr("statusMessage"), `Vendor Type "Subcontractor"`) {
		t.Errorf("3140 message: %s", rs.attr("statusMessage"))
	}
	expectStatus(t, h.one(`<VendorTypeAddRq><VendorTypeAdd><Name>Subcontractor</Name></VendorTypeAdd></VendorTypeAddRq>`), 0)
	expectStatus(t, h.one(`<VendorTypeAddRq><VendorTypeAdd><Name>subcontractor</Name></VendorTypeAdd></VendorTypeAddRq>`), StatusNameInUse)
	rs = h.one(`<VendorAddRq><VendorAdd><Name>Typed Vendor</Name><VendorTypeRef><FullName>Subcontractor</FullName></VendorTypeRef></VendorAdd></VendorAddRq>`)
	expectStatus(t, rs, 0)
	if ref := rs.child("VendorRet").child("VendorTypeRef"); ref.childText("ListID") == "" || ref.childText("FullName") != "Subcontractor" {
		t.Errorf("VendorTypeRef = %v", ref)
	}
	// A vendor type name does not collide with a vendor of the same name.
	if _, err := h.company.AddVendor(Vendor{Name: "Subcontractor"}); err != nil {
		t.Fatal(err)
	}

	// The builder adds a missing type, with its parent, and reuses existing ones.
	id, err := h.company.AddVendor(Vendor{Name: "Sparky Electric", VendorType: "Subcontractor:Electrical", Fax: "(510) 555-0199",
		Address: Address{Addr1: "1 Main St", City: "Oakland", State: "CA", PostalCode: "94607"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.company.AddVendor(Vendor{Name: "Volt Electric", VendorType: "Subcontractor:Electrical"}); err != nil {
		t.Fatal(err)
	}
	if n := h.company.ListCount(KindVendorType); n != 2 {
		t.Errorf("vendor types = %d, want Subcontractor and Subcontractor:Electrical", n)
	}
	types := h.one(`<VendorTypeQueryRq />`).children
	if got := names(types, "FullName"); strings.Join(got, "|") != "Subcontractor|Subcontractor:Electrical" || types[1].childText("Sublevel") != "1" {
		t.Errorf("VendorTypeQuery = %v", got)
	}
	ret := h.one(`<VendorQueryRq><ListID>` + id + `</ListID></VendorQueryRq>`).child("VendorRet")
	if ret.child("VendorAddress").childText("City") != "Oakland" || ret.childText("Fax") != "(510) 555-0199" ||
		ret.child("VendorTypeRef").childText("FullName") != "Subcontractor:Electrical" {
		t.Errorf("VendorRet = %v", ret)
	}

	// Field lengths are QuickBooks': a 32-character city fails like a qbXML Add.
	var re *RecordError
	_, err = h.company.AddCustomer(Customer{Name: "Long City", ShipAddress: Address{City: strings.Repeat("x", 32)}})
	if !errors.As(err, &re) || re.Code != StatusTooLong {
		t.Errorf("AddCustomer with a 32-character City: %v", err)
	}
	_, err = h.company.AddVendorType(strings.Repeat("t", 32))
	if !errors.As(err, &re) || re.Code != StatusTooLong {
		t.Errorf("AddVendorType with a 32-character name: %v", err)
	}
}
