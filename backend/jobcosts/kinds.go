package jobcosts

import (
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/kinds"
)

// Kind is the engine kind of a project's job-to-date costs going to Procore.
const Kind engine.Kind = "jobcost"

// Decl declares the kind. It skips the Approvals queue: the figures are QuickBooks' own, and
// the company chose, in the settings, whether they are written at all.
var Decl = kinds.Register(kinds.Kind{
	Name:      Kind,
	Label:     "Job costs (QuickBooks actuals into Procore budgets)",
	One:       "Job costs of a project",
	Direction: kinds.ToProcore,
	Approval:  false,
	DependsOn: []engine.Kind{jobs.Kind, costcodes.Kind},
	Page:      "job-costs",
	Rank:      60, // after the jobs and cost codes whose links it reads
})
