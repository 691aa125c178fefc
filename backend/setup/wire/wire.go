// Package wire holds the setup wizard's JSON shapes — the state the wizard shows, the requests
// it accepts and the error it answers with — so that the API can speak them without importing
// the Procore client or the store, and the setup service can produce them without importing
// the API. docs/api-sync.md ("Setup wizard") is the contract they follow.
package wire

import "time"

// Steps of the wizard, in order.
const (
	StepProcore      = "procore"
	StepCompany      = "company"
	StepWebConnector = "webconnector"
	StepQuickBooks   = "quickbooks"
	StepPreferences  = "preferences"
	StepDone         = "done"
)

// State is GET /api/setup: where the wizard is and everything each step shows.
type State struct {
	Step         string       `json:"step"`
	Completed    bool         `json:"completed"`
	Demo         bool         `json:"demo"`
	Procore      Procore      `json:"procore"`
	WebConnector WebConnector `json:"webConnector"`
	QuickBooks   QuickBooks   `json:"quickbooks"`
	Preferences  Preferences  `json:"preferences"`
	Prefill      *Prefill     `json:"prefill"`
}

// Procore is the Procore connection.
type Procore struct {
	Environment   string       `json:"environment"` // production | sandbox | monthly_sandbox | custom
	BaseURL       string       `json:"baseURL"`
	Connected     bool         `json:"connected"`
	Method        *string      `json:"method"` // browser | code | service_account
	User          *User        `json:"user"`
	Company       *Company     `json:"company"`
	BrowserSignIn Availability `json:"browserSignIn"`
	Problem       *Problem     `json:"problem"`
}

// User is the Procore user (or service account) Joblink is signed in as.
type User struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Login string `json:"login"`
}

// Company is a Procore company.
type Company struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Availability says whether something can be used here, and why not.
type Availability struct {
	Available bool   `json:"available"`
	Reason    string `json:"reason"`
}

// WebConnector is the Web Connector step: password, first contact, the company file.
type WebConnector struct {
	PasswordSet    bool               `json:"passwordSet"`
	URL            string             `json:"url"`
	FirstContactAt *time.Time         `json:"firstContactAt"`
	Company        *QuickBooksCompany `json:"company"`
	Problem        *Problem           `json:"problem"`
}

// QuickBooksCompany is the company file that answered (the same shape as status.quickbooks.company).
type QuickBooksCompany struct {
	File    string `json:"file"`
	Name    string `json:"name"`
	Product string `json:"product"`
	Version string `json:"version"`
	Country string `json:"country"`
}

// QuickBooks is the QuickBooks step: the accounts and item chosen.
type QuickBooks struct {
	IncomeAccount  *Ref `json:"incomeAccount"`
	ExpenseAccount *Ref `json:"expenseAccount"`
	RetainageItem  *Ref `json:"retainageItem"`
	ListsReady     bool `json:"listsReady"`
	// Notes are remarks that do not block the step (e.g. no retainage item yet).
	Notes []string `json:"notes"`
}

// Ref names a QuickBooks list entry.
type Ref struct {
	ListID   string `json:"listID"`
	FullName string `json:"fullName"`
}

// Preferences is the preferences step.
type Preferences struct {
	DirectExport map[string]bool `json:"directExport"`
	PollMinutes  int             `json:"pollMinutes"`
	// CallSharePercent is the share of Procore's hourly request limit regular reading may use
	// (10–90, default 50); the rest is kept for what the bookkeeper does by hand.
	CallSharePercent int       `json:"callSharePercent"`
	Autostart        Autostart `json:"autostart"`
	// Job costs (docs/api-jobcosts.md): the budget's direct-cost column ("read_only": populated
	// from QuickBooks, or "editable": not populated), whether cost codes with actuals but no
	// budget line get one, and when QuickBooks is read ("every_run" for changed jobs, or
	// "on_demand").
	JobCostDirectCostColumn string `json:"jobCostDirectCostColumn"`
	JobCostAddNewCostCodes  bool   `json:"jobCostAddNewCostCodes"`
	JobCostRefresh          string `json:"jobCostRefresh"`
}

// Autostart is "start at login".
type Autostart struct {
	Available bool   `json:"available"`
	Enabled   bool   `json:"enabled"`
	Reason    string `json:"reason"`
}

// Prefill is what demo mode fills in for the bookkeeper (the simulator's address and app).
type Prefill struct {
	Environment  string `json:"environment"`
	BaseURL      string `json:"baseURL"`
	ClientID     string `json:"clientId"`
	ClientSecret string `json:"clientSecret"`
}

// Problem is something wrong, with what to do about it.
type Problem struct {
	Message string `json:"message"`
	Fix     string `json:"fix"`
}

// ListEntry is one QuickBooks account or item as the pickers show it.
type ListEntry struct {
	ListID   string `json:"listID"`
	FullName string `json:"fullName"`
	Type     string `json:"type"`
	Active   bool   `json:"active"`
	// IncomeAccountID and ExpenseAccountID are the accounts a service item posts to (items
	// that have them): the accounts a company's cost-code items already use are the obvious
	// choice the QuickBooks step pre-selects.
	IncomeAccountID  string `json:"incomeAccountID,omitempty"`
	ExpenseAccountID string `json:"expenseAccountID,omitempty"`
}

// BrowserStart is the answer to starting a browser sign-in.
type BrowserStart struct {
	AuthorizeURL string `json:"authorizeURL"`
	Opened       bool   `json:"opened"` // Joblink opened it in the default browser itself
}
