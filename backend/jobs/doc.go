// Package jobs pairs Procore projects with QuickBooks customers and jobs: an engine flow that
// creates the QuickBooks job (or customer) for a project and writes the link back to Procore,
// and the mapping side that lists both, checks the bookkeeper's choices and creates Procore
// projects from QuickBooks jobs.
package jobs
