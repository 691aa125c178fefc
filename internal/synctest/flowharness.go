package synctest

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/store"
	"joblink/backend/vendors"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qbxml"
)

// A FlowRig runs one list flow (jobs or vendors) against the engine and both simulators, the
// way River's test helper runs one worker: the whole path of the Rig — Procore over HTTP, the
// store and mirror, the real Web Connector endpoint, the simulated QuickBooks over SOAP — with
// the flow under test as the only list flow and its mapping page as the only page, so a
// flow's package tests say what they do in a few lines.
//
// The Rig always builds the cost-code flow; a FlowRig leaves it idle: its Procore company
// has no cost codes and no income or expense account is chosen.
type FlowRig struct {
	*Rig
	Kind    engine.Kind
	Flow    engine.Flow      // *jobs.Flow or *vendors.Flow
	Mapping *mapping.Service // the flow's page alone
	Page    string           // the page's name: "jobs" or "vendors"
	// Settings holds the vendor settings (vendors only): the flow is made before the rig
	// opens its store, so they live in a store of their own; SetVendorSettings writes there.
	Settings *store.Store
}

// FlowOptions tune a FlowRig.
type FlowOptions struct {
	Kind engine.Kind // jobs.Kind or vendors.Kind
	// Procore is the Procore company; nil: an empty one (add records with AddProject and
	// AddVendor). The reference company's 3,000 vendors make -race runs slow without adding
	// a case.
	Procore *procoresim.Company
	// QB is the QuickBooks company; nil: the reference company.
	QB *qbsim.Company
	// Direct sets the kind to direct export (no "ready to export").
	Direct bool
	// ConnectedAt is when Joblink was connected to Procore (records created before need a
	// confirmation to be linked on the page); zero: not yet, nothing needs one.
	ConnectedAt time.Time
	Log         zerolog.Logger
}

// FlowCompanyID is the id of the Procore company a FlowRig makes when none is given.
const FlowCompanyID = 4343

// NewFlowRig builds the rig for one flow and closes it when t ends.
func NewFlowRig(t testing.TB, o FlowOptions) *FlowRig {
	t.Helper()
	pc := o.Procore
	if pc == nil {
		pc = procoresim.NewCompany(FlowCompanyID, "Flow Test Builders")
	}
	fr := &FlowRig{Kind: o.Kind}
	// The flow is built before the rig, for the engine, but reads the rig's Procore client,
	// mirror and engine: the client and engine through functions, the mirror through a
	// Mirror filled in once the rig has opened the store (a Mirror is the store and nothing
	// else; nothing reads it before New returns).
	mirror := new(qbmirror.Mirror)
	procoreFn := func() (*procore.Client, error) { return fr.Client, nil }
	var side mapping.Side
	switch o.Kind {
	case jobs.Kind:
		f := jobs.New(jobs.Deps{Procore: procoreFn, Mirror: mirror})
		fr.Flow, side = f, f.Side()
	case vendors.Kind:
		var err error
		fr.Settings, err = store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: o.Log})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { fr.Settings.Close() })
		f := vendors.New(vendors.Deps{Procore: procoreFn, Mirror: mirror, Store: fr.Settings})
		fr.Flow, side = f, f.Side()
	default:
		t.Fatalf("synctest: no list flow of kind %q", o.Kind)
	}
	fr.Rig = New(t, Options{PCompany: pc, QB: o.QB, Log: o.Log, DirectExport: o.Direct,
		ProcoreSpikeLimit: 10000, // a test polls far more often than Joblink does
		Flows:             []engine.Flow{fr.Flow}})
	*mirror = *fr.Mirror
	fr.Page = side.Name()
	fr.Mapping = mapping.New(fr.Engine, fr.Mirror, func() time.Time { return o.ConnectedAt }, side)
	t.Cleanup(fr.Mapping.Close) // before the store closes (cleanups run last first)
	// Production has read the QuickBooks lists before the bookkeeper decides anything.
	fr.Session(t)
	return fr
}

// ID is the engine id of the item for the Procore record with id key.
func (fr *FlowRig) ID(key int64) string { return engine.ItemID(fr.Kind, strconv.FormatInt(key, 10)) }

// Item reads the item for the Procore record with id key.
func (fr *FlowRig) Item(t testing.TB, key int64) *engine.Item {
	t.Helper()
	it, err := fr.Engine.Get(fr.ID(key))
	if err != nil {
		t.Fatalf("item %s: %v", fr.ID(key), err)
	}
	return it
}

// Detect reads every record of the kind from Procore (the engine's full detection).
func (fr *FlowRig) Detect(t testing.TB) engine.DetectResult {
	t.Helper()
	res, err := fr.Engine.Detect(context.Background(), fr.Kind)
	if err != nil {
		t.Fatalf("detect %s: %v", fr.Kind, err)
	}
	return res
}

// Poll is one pass of the poller, as Joblink makes on its interval: what changed in Procore
// since the last pass (the flow's incremental read), Follow, then the links written to and
// cleared in Procore.
func (fr *FlowRig) Poll(t testing.TB) {
	t.Helper()
	if err := fr.Engine.PollOnce(context.Background()); err != nil {
		t.Fatalf("poll: %v", err)
	}
}

// Export accepts items for the next Web Connector session (the page's "export"), by Procore id.
func (fr *FlowRig) Export(t testing.TB, keys ...int64) {
	t.Helper()
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = fr.ID(k)
	}
	if n, err := fr.Engine.Export(fr.Kind, engine.Selection{IDs: ids}, engine.ByBookkeeper); err != nil || n != len(ids) {
		t.Fatalf("export %v: %d queued, %v", ids, n, err)
	}
}

// Create is the page's "Create in QuickBooks": each choice is checked, kept on its item and
// queued. Refusals are in the result's Failed, for the test to look at.
func (fr *FlowRig) Create(t testing.TB, reqs ...mapping.CreateRequest) *mapping.CreateResult {
	t.Helper()
	res, err := fr.Mapping.Create(fr.Page, reqs, engine.ByBookkeeper)
	if err != nil {
		t.Fatalf("create %+v: %v", reqs, err)
	}
	return res
}

// Session runs one Web Connector session (the lists refreshed, then the export) and fails t
// when the session itself failed: a transport failure or a Web Connector error.
func (fr *FlowRig) Session(t testing.TB) *webconnector.Report {
	t.Helper()
	rep := fr.RunWebConnector(t)
	if rep.LastError != "" {
		t.Fatalf("Web Connector session: %q", rep.LastError)
	}
	return rep
}

// WriteBack writes the links waiting for Procore (and clears the undone ones) at once,
// without a Procore read.
func (fr *FlowRig) WriteBack(t testing.TB) {
	t.Helper()
	if err := fr.Engine.WriteBack(context.Background()); err != nil {
		t.Fatalf("write back: %v", err)
	}
}

// SetVendorSettings saves the vendor settings the flow and its page read.
func (fr *FlowRig) SetVendorSettings(t testing.TB, s vendors.Settings) {
	t.Helper()
	if err := vendors.SaveSettings(fr.Settings, s); err != nil {
		t.Fatal(err)
	}
}

// AddProject adds an active project to the Procore company, created and updated now unless
// the stamps are set.
func (fr *FlowRig) AddProject(t testing.TB, p *procoresim.Project) {
	t.Helper()
	p.Active = true
	p.CreatedAt, p.UpdatedAt = orNow(p.CreatedAt), orNow(p.UpdatedAt)
	if err := fr.PCompany.AddProject(p); err != nil {
		t.Fatal(err)
	}
}

// AddVendor adds an active company to the Procore directory, created and updated now unless
// the stamps are set.
func (fr *FlowRig) AddVendor(t testing.TB, v *procoresim.Vendor) {
	t.Helper()
	v.IsActive = true
	v.CreatedAt, v.UpdatedAt = orNow(v.CreatedAt), orNow(v.UpdatedAt)
	if err := fr.PCompany.AddVendor(v); err != nil {
		t.Fatal(err)
	}
}

func orNow(stamp string) string {
	if stamp != "" {
		return stamp
	}
	return time.Now().UTC().Format(time.RFC3339)
}

// Project reads a project from Procore over HTTP, as Joblink does.
func (fr *FlowRig) Project(t testing.TB, id int64) procore.Project {
	t.Helper()
	p, err := fr.Client.Project(context.Background(), id)
	if err != nil {
		t.Fatalf("Procore project %d: %v", id, err)
	}
	return p
}

// Company reads a directory company from Procore over HTTP, as Joblink does.
func (fr *FlowRig) Company(t testing.TB, id int64) procore.Vendor {
	t.Helper()
	v, err := fr.Client.Vendor(context.Background(), id)
	if err != nil {
		t.Fatalf("Procore company %d: %v", id, err)
	}
	return v
}

// QBCustomer reads a customer or job from the simulated QuickBooks by full name, through a
// qbXML query as QuickBooks answers it; ok is false when QuickBooks has none by that name.
func (fr *FlowRig) QBCustomer(t testing.TB, fullName string) (c qbxml.CustomerRet, ok bool) {
	t.Helper()
	for _, ret := range fr.queryQB(t, qbxml.CustomerQuery{ListSelection: qbxml.ListSelection{FullNames: []string{fullName}}}) {
		if r, is := ret.(*qbxml.CustomerRet); is {
			return *r, true
		}
	}
	return c, false
}

// QBVendor reads a vendor from the simulated QuickBooks by name (see QBCustomer).
func (fr *FlowRig) QBVendor(t testing.TB, name string) (v qbxml.VendorRet, ok bool) {
	t.Helper()
	for _, ret := range fr.queryQB(t, qbxml.VendorQuery{ListSelection: qbxml.ListSelection{FullNames: []string{name}}}) {
		if r, is := ret.(*qbxml.VendorRet); is {
			return *r, true
		}
	}
	return v, false
}

// queryQB runs one query against the simulated QuickBooks; "no such record" (500) is no records.
func (fr *FlowRig) queryQB(t testing.TB, req qbxml.Request) []qbxml.Ret {
	t.Helper()
	resp := fr.processQB(t, req)
	if resp.Status.Code != 0 && resp.Status.Code != 500 {
		t.Fatalf("%s: QuickBooks answered %d %s", resp.Name, resp.Status.Code, resp.Status.Message)
	}
	return resp.Rets
}

// InQuickBooks makes a change in the simulated QuickBooks as a person would, outside Joblink
// (a VendorMod, say), and fails t unless QuickBooks accepted it.
func (fr *FlowRig) InQuickBooks(t testing.TB, req qbxml.Request) qbxml.Response {
	t.Helper()
	resp := fr.processQB(t, req)
	if resp.Status.Code != 0 {
		t.Fatalf("%s: QuickBooks answered %d %s", resp.Name, resp.Status.Code, resp.Status.Message)
	}
	return resp
}

func (fr *FlowRig) processQB(t testing.TB, req qbxml.Request) qbxml.Response {
	t.Helper()
	var set qbxml.MessageSet
	set.Add(req)
	doc, _, err := set.Build()
	if err != nil {
		t.Fatal(err)
	}
	out, err := fr.QB.ProcessRequest(context.Background(), string(doc))
	if err != nil {
		t.Fatal(err)
	}
	var resps []qbxml.Response
	if err := qbxml.ParseResponses(strings.NewReader(out), func(r *qbxml.Response) error { resps = append(resps, *r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(resps) != 1 {
		t.Fatalf("%d responses to one request: %s", len(resps), out)
	}
	return resps[0]
}
