package wire

// Request bodies. Pointers tell a field that was left out from one set to its zero value.

// EnvironmentRequest is PUT /api/setup/procore/environment.
type EnvironmentRequest struct {
	Environment string `json:"environment"`
	BaseURL     string `json:"baseURL"`
}

// Credentials are a Procore app's client id and secret.
type Credentials struct {
	ClientID     string `json:"clientId"`
	ClientSecret string `json:"clientSecret"`
}

// CodeRequest is POST /api/setup/procore/code: the pasted out-of-band code.
type CodeRequest struct {
	Code         string `json:"code"`
	ClientID     string `json:"clientId"`
	ClientSecret string `json:"clientSecret"`
}

// CompanyRequest is PUT /api/setup/procore/company.
type CompanyRequest struct {
	ID *int64 `json:"id"`
}

// QuickBooksRequest is PUT /api/setup/quickbooks: ListIDs; a field left out stays as it is,
// an empty string clears it.
type QuickBooksRequest struct {
	IncomeAccount  *string `json:"incomeAccount"`
	ExpenseAccount *string `json:"expenseAccount"`
	RetainageItem  *string `json:"retainageItem"`
}

// PreferencesRequest is PUT /api/setup/preferences; a field left out stays as it is.
type PreferencesRequest struct {
	DirectExport map[string]bool `json:"directExport"`
	PollMinutes  *int            `json:"pollMinutes"`
	// CallSharePercent is a whole percentage from 10 to 90.
	CallSharePercent *int  `json:"callSharePercent"`
	Autostart        *bool `json:"autostart"`
	// Job costs: "read_only" or "editable"; true/false; "every_run" or "on_demand".
	JobCostDirectCostColumn *string `json:"jobCostDirectCostColumn"`
	JobCostAddNewCostCodes  *bool   `json:"jobCostAddNewCostCodes"`
	JobCostRefresh          *string `json:"jobCostRefresh"`
}
