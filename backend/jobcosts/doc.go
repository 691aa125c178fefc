// Package jobcosts brings QuickBooks' job-to-date actual costs into Procore's budget (issue 14).
//
// Two halves, joined by the store:
//
//   - Reading (reader.go), a phase of every Web Connector session: per linked job, QuickBooks'
//     own Job Estimates vs. Actuals Detail report gives the actual cost per item (a Procore cost
//     code); a Custom Transaction Detail report of the job gives the costs posted without an
//     item (Expenses tab, journal entries), kept apart as "costs without a cost code". The first
//     run reads every linked job; later runs send one message set asking which jobs' costs
//     changed or were deleted since the last run (the change signal) and read only those. The
//     signal rides in the list refresh's first message set (Rides; qbwc/ride.go), so a quiet Web
//     Connector session is one round trip in all. Once everything planned is read the poller is
//     asked to write it (Deps.SyncNow), not left to its next poll. What is read is stored per job, with a change index (a
//     sequence number per job write) so what follows costs what changed, not what is stored.
//   - Writing (flow.go, push.go), the engine kind "jobcost" going to Procore: one work item per
//     linked project, whose data is the QuickBooks figure per cost code. The poller sends it:
//     the project's budget is read, and each budget line's direct_costs is set to its cost
//     code's QuickBooks actual where Procore shows another figure — only while the project's
//     Direct Costs tool is off (documents.md A5), and only with the company's setting "Budget
//     direct-cost column" at "read-only, populated from QuickBooks". Because every write is
//     preceded by a read of what Procore shows, a retry or a pass after a crash writes only what
//     is still different and never creates a budget line twice (crash_test.go). A cost code
//     missing from a LOCKED budget is explained, not added (locked.go).
//
// Nothing is counted twice: the retainage item is left out (the gross cost already includes
// it), and item lines of bills Joblink itself created from Procore invoices are subtracted
// (Deps.CreatedByJoblink, keyed on the ExternalGUID/origin Joblink stamps; Joblink creates no
// such bills yet).
package jobcosts
