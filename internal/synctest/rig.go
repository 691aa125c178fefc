// Package synctest assembles Joblink's whole sync path on loopback for tests and benchmarks:
// the Procore simulator over HTTP, the store and QuickBooks mirror, the list refresh and the
// sync engine with its flows behind the real Web Connector endpoint, and the simulated
// QuickBooks company driven by the simulated Web Connector over SOAP. Nothing is mocked: each
// piece speaks the wire protocol it speaks in production.
package synctest

import (
	"context"
	"net"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/backend/store"
	"joblink/backend/vendors"
	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qwc"
	"joblink/qbwc/session"
)

// Options tune a Rig.
type Options struct {
	DataDir      string // the store's folder; empty: a temporary one
	DirectExport bool   // cost codes skip "ready to export"
	BatchSize    int    // engine requests per round trip; 0: the default
	Log          zerolog.Logger
	// ProcoreURL, when set, is a Procore (simulator) already running elsewhere, with the
	// company ProcoreCompanyID; the rig then starts none.
	ProcoreURL       string
	ProcoreCompanyID int64
	// JoblinkOnly leaves out the simulated QuickBooks and Web Connector (a crash test runs
	// them in the parent process, the Joblink side in a child it kills).
	JoblinkOnly bool
	// Addr is the Web Connector endpoint's listen address; empty: a free loopback port.
	Addr string
	// Clock replaces the engine's clock (retry backoff tests).
	Clock func() time.Time
	// Lists adds the jobs and vendors flows and the mapping service; DirectLists makes them
	// skip "ready to export".
	Lists       bool
	DirectLists bool
	// QB is the simulated QuickBooks company; nil: the reference company.
	QB *qbsim.Company
	// ConnectedAt is when the mapping service believes Joblink connected to Procore.
	ConnectedAt time.Time
	// PCompany, when set (and ProcoreURL is not), is the company the rig's Procore simulator
	// serves instead of the reference company (scale benchmarks build one of any size).
	PCompany *procoresim.Company
	// ProcoreSpikeLimit is the rig's Procore simulator's requests per 10 seconds; 0: the
	// simulator's default, negative: none.
	ProcoreSpikeLimit int
	// Flows are run by the engine beside the product's flows (a test flow for transactions,
	// say); DirectExport applies to their kinds too.
	Flows []engine.Flow
}

// Rig is one Joblink sync path with both simulators.
type Rig struct {
	Store     *store.Store
	Mirror    *qbmirror.Mirror
	Refresh   *qbrefresh.Engine
	Engine    *engine.Engine
	Procore   *procoresim.Server
	PCompany  *procoresim.Company
	Client    *procore.Client
	QB        *qbsim.Company
	WC        *webconnector.Client
	Connector *qbwc.Connector
	Mapping   *mapping.Service // with Options.Lists
	Jobs      *jobs.Flow
	Vendors   *vendors.Flow

	// Income and Expense are the accounts cost-code items post to; ChooseAccounts sets them.
	Income, Expense qbmirror.Record
	accountsFn      func() (costcodes.Accounts, error)

	timing         timing          // Joblink's side, see JoblinkTime
	procoreCounter *requestCounter // the rig's own Procore simulator's requests, see ProcoreRequests
}

// AccountsFromMirror makes the flow pick its accounts from the mirror on each use (a child
// process that cannot be told them).
func (r *Rig) AccountsFromMirror() {
	r.accountsFn = func() (costcodes.Accounts, error) {
		if r.Income.ListID == "" {
			if err := r.pickAccounts(); err != nil {
				return costcodes.Accounts{}, err
			}
		}
		return r.chosenAccounts()
	}
}

const password = "synctest-web-connector-password"

// New builds the rig and closes it when t ends.
func New(t testing.TB, o Options) *Rig {
	t.Helper()
	r := &Rig{}
	r.accountsFn = r.chosenAccounts
	dir := o.DataDir
	if dir == "" {
		dir = t.TempDir()
	}
	var err error
	r.Store, err = store.Open(store.Options{Dir: dir, BackupEvery: -1, GCEvery: -1, Logger: o.Log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Store.Close() })

	if o.ProcoreURL == "" {
		if r.PCompany = o.PCompany; r.PCompany == nil {
			r.PCompany, err = procoresim.NewReferenceCompany()
			if err != nil {
				t.Fatal(err)
			}
		}
		r.Procore = procoresim.New(procoresim.Options{Companies: []*procoresim.Company{r.PCompany}, SpikeLimit: o.ProcoreSpikeLimit})
		r.procoreCounter = &requestCounter{h: r.Procore}
		o.ProcoreURL, o.ProcoreCompanyID = Serve(t, r.procoreCounter), r.PCompany.ID
	}
	r.Client = ProcoreClient(t, o.ProcoreURL, o.ProcoreCompanyID)

	r.Mirror = qbmirror.New(r.Store)
	r.Refresh = qbrefresh.New(r.Store, r.Mirror, o.Log)
	flow := costcodes.New(costcodes.Deps{
		Procore:  func() (*procore.Client, error) { return r.Client, nil },
		Accounts: func() (costcodes.Accounts, error) { return r.accountsFn() },
		Mirror:   r.Mirror,
	})
	flows := []engine.Flow{flow}
	if o.Lists {
		procoreFn := func() (*procore.Client, error) { return r.Client, nil }
		r.Jobs = jobs.New(jobs.Deps{Procore: procoreFn, Mirror: r.Mirror})
		r.Vendors = vendors.New(vendors.Deps{Procore: procoreFn, Mirror: r.Mirror, Store: r.Store})
		flows = append(flows, r.Jobs, r.Vendors)
	}
	flows = append(flows, o.Flows...)
	direct := map[engine.Kind]bool{costcodes.Kind: o.DirectExport, jobs.Kind: o.DirectLists, vendors.Kind: o.DirectLists}
	for _, f := range o.Flows {
		direct[f.Kind()] = o.DirectExport
	}
	opts := []engine.Option{engine.WithSettings(func() engine.Settings {
		return engine.Settings{DirectExport: direct}
	})}
	if o.Clock != nil {
		opts = append(opts, engine.WithClock(o.Clock))
	}
	if o.BatchSize > 0 {
		opts = append(opts, engine.WithBatchSize(o.BatchSize))
	}
	r.Engine, err = engine.New(r.Store, o.Log, flows, opts...)
	if err != nil {
		t.Fatal(err)
	}
	r.Refresh.SetDeletionSink(r.Engine) // as the core wires it
	if o.Lists {
		r.Mapping = mapping.New(r.Engine, r.Mirror, func() time.Time { return o.ConnectedAt }, r.Jobs.Side(), r.Vendors.Side())
		t.Cleanup(r.Mapping.Close) // before the store closes (cleanups run last first)
	}

	addr := o.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	seq := &qbwc.Sequence{Phases: []session.Engine{
		timedPhase{qbwc.SessionAdapter{Engine: r.Refresh}, &r.timing.refresh, &r.timing.refreshCPU},
		timedPhase{qbwc.ExportAdapter{Engine: r.Engine}, &r.timing.export, &r.timing.exportCPU},
	}}
	r.Connector, err = qbwc.New(context.Background(), qbwc.Options{Store: r.Store, Engine: seq, Port: port, Log: o.Log})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Connector.SetPassword(password); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	for pattern, h := range r.Connector.Routes() {
		mux.Handle(pattern, timedHandler{h: h, t: &r.timing})
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() {
		r.Connector.Close(context.Background())
		_ = srv.Close()
	})

	if o.JoblinkOnly {
		return r
	}
	if r.QB = o.QB; r.QB == nil {
		if r.QB, err = qbsim.NewReferenceCompany(); err != nil {
			t.Fatal(err)
		}
	}
	fileID, err := qwc.EnsureFileID(r.Store)
	if err != nil {
		t.Fatal(err)
	}
	r.WC = NewWebConnector(r.Connector.URL(), fileID, r.QB, o.Log)
	return r
}

// NewWebConnector returns a simulated Web Connector for Joblink's endpoint at url.
func NewWebConnector(url, fileID string, qb *qbsim.Company, log zerolog.Logger) *webconnector.Client {
	return webconnector.New(webconnector.Config{
		AppName: "Joblink", AppURL: url, UserName: qbwc.UserName, Password: password,
		OwnerID: qwc.OwnerID, FileID: fileID, CompanyFile: qb.Info().FilePath,
		CallTimeout: time.Minute, NoOpPause: 10 * time.Millisecond, Logger: log,
	}, qb, &http.Client{Timeout: 2 * time.Minute})
}

// Password is the Web Connector password the rig sets.
const Password = password

func (r *Rig) chosenAccounts() (costcodes.Accounts, error) {
	if r.Income.ListID == "" || r.Expense.ListID == "" {
		return costcodes.Accounts{}, costcodes.ErrNoAccounts
	}
	return costcodes.Accounts{Income: r.Income, Expense: r.Expense}, nil
}

// ChooseAccounts picks the income and expense accounts from the mirror, as the setup wizard
// does; the lists must have been refreshed (one Web Connector run).
func (r *Rig) ChooseAccounts(t testing.TB) {
	t.Helper()
	if err := r.pickAccounts(); err != nil || r.Income.ListID == "" || r.Expense.ListID == "" {
		t.Fatalf("no income/expense account in the mirror (err %v): run the Web Connector first", err)
	}
}

func (r *Rig) pickAccounts() error {
	return r.Mirror.List(qbmirror.Accounts, func(rec qbmirror.Record) error {
		switch {
		case r.Income.ListID == "" && rec.Type == "Income" && rec.Active:
			r.Income = rec
		case r.Expense.ListID == "" && (rec.Type == "CostOfGoodsSold" || rec.Type == "Expense") && rec.Active:
			r.Expense = rec
		}
		return nil
	})
}

// RunWebConnector runs one Web Connector session and fails t on a transport failure.
func (r *Rig) RunWebConnector(t testing.TB) *webconnector.Report {
	t.Helper()
	rep := r.WC.RunOnce(context.Background())
	if rep.Err != nil {
		t.Fatalf("Web Connector run: %v (last error %q)", rep.Err, rep.LastError)
	}
	return rep
}

// CostCodeCount is how many standard cost codes the Procore company has.
func (r *Rig) CostCodeCount(t testing.TB) int {
	t.Helper()
	lists, err := r.Client.ListStandardCostCodeLists().Collect(context.Background())
	if err != nil || len(lists) == 0 {
		t.Fatalf("cost code lists: %v", err)
	}
	for _, l := range lists {
		if l.IsERPList {
			codes, err := r.Client.ListStandardCostCodes(l.ID, procore.ListStandardCostCodesOptions{}).Collect(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			return len(codes)
		}
	}
	t.Fatal("no ERP cost code list")
	return 0
}

// Serve runs h on a free loopback port until t ends and returns its base URL.
func Serve(t testing.TB, h http.Handler) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://127.0.0.1:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

// ProcoreClient signs in to the Procore (simulator) at url as a service account.
func ProcoreClient(t testing.TB, url string, companyID int64) *procore.Client {
	env := procore.CustomEnvironment(url)
	oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
		ClientSecret: procoresim.DefaultClientSecret, Store: &procore.MemoryTokenStore{}, ServiceAccount: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := oauth.SignInServiceAccount(context.Background()); err != nil {
		t.Fatalf("service account sign-in: %v", err)
	}
	c, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: companyID, ServiceAccount: true, PerPage: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
