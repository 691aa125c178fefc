package jobcosts

// The company's job-cost settings (chosen with the other sync preferences).
const (
	// ColumnReadOnly: each budget line's Direct Costs is populated from QuickBooks (the default).
	ColumnReadOnly = "read_only"
	// ColumnEditable: nothing is written; the page still shows both figures.
	ColumnEditable = "editable"

	// RefreshEveryRun: every Web Connector run asks which jobs changed and reads those (default).
	RefreshEveryRun = "every_run"
	// RefreshOnDemand: QuickBooks is read only when someone asks (Job costs page).
	RefreshOnDemand = "on_demand"
)

// Settings are the company's job-cost choices.
type Settings struct {
	DirectCostColumn string `json:"directCostColumn"` // ColumnReadOnly or ColumnEditable
	AddNewCostCodes  bool   `json:"addNewCostCodes"`  // a cost code with actuals but no budget line gets one
	Refresh          string `json:"refresh"`          // RefreshEveryRun or RefreshOnDemand
}

// Normal fills what was never chosen with the defaults.
func (s Settings) Normal() Settings {
	if s.DirectCostColumn != ColumnEditable {
		s.DirectCostColumn = ColumnReadOnly
	}
	if s.Refresh != RefreshOnDemand {
		s.Refresh = RefreshEveryRun
	}
	return s
}
