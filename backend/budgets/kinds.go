package budgets

import (
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/kinds"
)

// The engine kinds of the flow.
const (
	BudgetKind engine.Kind = "budget"       // a project's original budget → one estimate
	ChangeKind engine.Kind = "budgetchange" // a budget change or modification → appended lines
)

// BudgetDecl and ChangeDecl declare the kinds to the registry. Both go through Approvals:
// an estimate is a document the bookkeeper decides on, not a list record.
var (
	BudgetDecl = kinds.Register(kinds.Kind{
		Name:      BudgetKind,
		Label:     "Budgets",
		One:       "Budget",
		Direction: kinds.ToQuickBooks,
		Approval:  true,
		DependsOn: []engine.Kind{jobs.Kind, costcodes.Kind},
		Rank:      30, // after the jobs and cost-code items its lines name
		DirectExport: "A locked original budget becomes an estimate on its QuickBooks job without waiting for you " +
			"(a budget changed after export still waits for you).",
	})
	ChangeDecl = kinds.Register(kinds.Kind{
		Name:      ChangeKind,
		Label:     "Budget changes",
		One:       "Budget change",
		Direction: kinds.ToQuickBooks,
		Approval:  true,
		DependsOn: []engine.Kind{jobs.Kind, costcodes.Kind, BudgetKind},
		Rank:      40, // after the estimate its lines are appended to
		DirectExport: "Approved budget changes and budget modifications are appended to their budget's estimate " +
			"without waiting for you.",
	})
)
