package core

import (
	"context"
	"fmt"
	"time"

	"joblink/backend/api"
	"joblink/backend/budgets"
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/jobs"
	"joblink/backend/kinds"
	"joblink/backend/mapping"
	"joblink/backend/problem"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
)

// newEngine builds the sync engine and its flows. The flows read the wizard's choices through
// closures because the wizard starts later (it needs the Web Connector endpoint, which needs
// the engine); flows that need the engine itself get it attached (engine.Attacher).
func (c *Core) newEngine() (*engine.Engine, error) {
	mirror := qbmirror.New(c.Store)
	jobFlow := jobs.New(jobs.Deps{Procore: c.procoreClient, Mirror: mirror})
	vendorFlow := vendors.New(vendors.Deps{Procore: c.procoreClient, Mirror: mirror, Store: c.Store})
	budgetFlow, changeFlow := budgets.New(budgets.Deps{Procore: c.procoreClient, Store: c.Store})
	c.JobCosts = c.newJobCosts(mirror)
	// One flow per registered kind (each flow package registers its kind; see package kinds).
	flows := []engine.Flow{
		costcodes.New(costcodes.Deps{Procore: c.procoreClient, Accounts: c.costCodeAccounts, Mirror: mirror}),
		jobFlow, vendorFlow, budgetFlow, changeFlow, c.JobCosts.Flow(),
	}
	if err := checkKinds(flows); err != nil {
		return nil, err
	}
	e, err := engine.New(c.Store, c.Log, flows, engine.WithSettings(c.engineSettings))
	if err != nil {
		return nil, err
	}
	if c.Refresh != nil {
		// The refresh reads what was deleted in QuickBooks; work linked to it must not stay linked.
		c.Refresh.SetDeletionSink(e)
	}
	c.Mapping = mapping.New(e, mirror, c.connectedAt, jobFlow.Side(), vendorFlow.Side())
	return e, nil
}

// checkKinds makes sure the registry of kinds and the flows agree: every registered kind has a
// flow (a kind offered in setup and the pages but not built would be a lie), every flow's kind
// is registered and answers as declared, and every kind's dependencies are registered and
// exported before it.
func checkKinds(flows []engine.Flow) error {
	if err := kinds.Check(); err != nil {
		return err
	}
	built := map[engine.Kind]bool{}
	for _, f := range flows {
		k, ok := kinds.Get(f.Kind())
		if !ok {
			return fmt.Errorf("kinds: the %q flow's kind is not registered", f.Kind())
		}
		if f.Label() != k.Label || f.Rank() != k.Rank || f.Approval() != k.Approval {
			return fmt.Errorf("kinds: the %q flow does not answer as its kind is declared", f.Kind())
		}
		built[f.Kind()] = true
	}
	for _, k := range kinds.All() {
		if !built[k.Name] {
			return fmt.Errorf("kinds: %q is registered but has no flow", k.Name)
		}
	}
	return nil
}

// connectedAt is when Joblink connected to Procore (zero before setup has signed in).
func (c *Core) connectedAt() time.Time {
	if c.Setup == nil {
		return time.Time{}
	}
	return c.Setup.ConnectedAt()
}

// vendorSettings keeps the Vendors page's settings; a change takes effect on the next poll,
// started at once.
type vendorSettings struct{ c *Core }

func (v vendorSettings) VendorSettings() (vendors.Settings, error) {
	return vendors.LoadSettings(v.c.Store)
}
func (v vendorSettings) SetVendorSettings(s vendors.Settings) error {
	if err := vendors.SaveSettings(v.c.Store, s); err != nil {
		return err
	}
	v.c.Engine.SyncNow()
	return nil
}

// startEngine starts reading Procore once the wizard exists, and reads again at once whenever
// the wizard changes something (a new sign-in, another company, new preferences).
func (c *Core) startEngine() error {
	if c.Engine == nil {
		return nil
	}
	if c.Setup != nil {
		c.Setup.Subscribe(c.Engine.SyncNow)
	}
	if err := c.Engine.Start(); err != nil {
		return err
	}
	c.engineStarted = true
	c.stopLoops = make(chan struct{})
	go c.summaryLoop(c.stopLoops)
	return nil
}

func (c *Core) stopEngine() {
	if c.Mapping != nil {
		c.Mapping.Close() // its background refreshes read the database
	}
	// An engine that never started has nothing to wait for (Close would wait its whole timeout
	// for a poll loop that does not exist, delaying every failed start by 5 s).
	if c.Engine == nil || !c.engineStarted {
		return
	}
	if c.stopLoops != nil {
		close(c.stopLoops)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c.Engine.Close(ctx)
}

func (c *Core) procoreClient() (*procore.Client, error) {
	if c.Setup == nil {
		return nil, &problem.Problem{Message: "Joblink is not connected to Procore.", Fix: "Open Setup and sign in to Procore."}
	}
	return c.Setup.ProcoreClient()
}

func (c *Core) costCodeAccounts() (costcodes.Accounts, error) {
	if c.Setup == nil {
		return costcodes.Accounts{}, costcodes.ErrNoAccounts
	}
	ch, err := c.Setup.Choices()
	if err != nil {
		return costcodes.Accounts{}, err
	}
	if ch.IncomeAccount == nil || ch.ExpenseAccount == nil {
		return costcodes.Accounts{}, costcodes.ErrNoAccounts
	}
	return costcodes.Accounts{
		Income:  qbmirror.Record{ListID: ch.IncomeAccount.ListID, FullName: ch.IncomeAccount.FullName},
		Expense: qbmirror.Record{ListID: ch.ExpenseAccount.ListID, FullName: ch.ExpenseAccount.FullName},
	}, nil
}

func (c *Core) engineSettings() engine.Settings {
	if c.Setup == nil {
		return engine.Settings{DirectExport: map[engine.Kind]bool{jobcosts.Kind: true}}
	}
	p, err := c.Setup.Preferences()
	if err != nil {
		c.Log.Warn().Err(err).Msg("read the sync preferences; using the defaults")
		return engine.Settings{DirectExport: map[engine.Kind]bool{jobcosts.Kind: true}}
	}
	s := engine.Settings{DirectExport: map[engine.Kind]bool{}, PollInterval: p.PollInterval}
	for kind, on := range p.DirectExport {
		s.DirectExport[engine.Kind(kind)] = on
	}
	// Job costs are QuickBooks' own figures, sent as soon as read; the job-cost settings say
	// whether and when (there is no approval for them).
	s.DirectExport[jobcosts.Kind] = true
	return s
}

// SyncControls is what the tray does with the engine.
type SyncControls interface {
	SyncNow()
	Paused() bool
	SetPaused(on bool) error
	Pending() int
}

type trayControls struct{ e *engine.Engine }

func (t trayControls) SyncNow()                { t.e.SyncNow() }
func (t trayControls) Paused() bool            { return t.e.Paused() }
func (t trayControls) SetPaused(on bool) error { return t.e.SetPaused(on) }
func (t trayControls) Pending() int {
	n, _, err := t.e.Pending()
	if err != nil {
		return 0
	}
	return n
}

// SyncControls returns the tray's sync controls, or nil without an engine.
func (c *Core) SyncControls() SyncControls {
	if c.Engine == nil {
		return nil
	}
	return trayControls{c.Engine}
}

// procoreInWords is the Procore side for the tray tooltip.
func (c *Core) procoreInWords() string {
	if c.Setup == nil {
		return "Procore is not connected yet."
	}
	st := c.Setup.State()
	switch {
	case !st.Procore.Connected:
		return "Procore is not connected yet."
	case st.Procore.Company == nil:
		return "Procore is signed in; choose the company in Setup."
	}
	words := "Procore: " + st.Procore.Company.Name + "."
	if c.Engine != nil {
		if c.Engine.Paused() {
			words += " Syncing is paused."
		} else if n, _, err := c.Engine.Pending(); err == nil && n > 0 {
			words += fmt.Sprintf(" %d waiting for you.", n)
		}
	}
	return words
}

// mappingAPI and vendorSettingsAPI are nil interfaces without a database, so the API answers
// "not available" instead of calling a nil service.
func (c *Core) mappingAPI() api.MappingService {
	if c.Mapping == nil {
		return nil
	}
	return c.Mapping
}

func (c *Core) vendorSettingsAPI() api.VendorSettings {
	if c.Store == nil {
		return nil
	}
	return vendorSettings{c}
}
