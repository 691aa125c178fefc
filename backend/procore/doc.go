// Package procore is Joblink's client for Procore's public REST API (api.procore.com and its
// sandboxes): OAuth sign-in with rotating refresh tokens, every call's headers, pagination,
// rate-limit pacing, retries that are safe to repeat, one error type with words for the
// bookkeeper, and typed resources (me, companies, projects, standard and project cost codes,
// cost types, vendors, budget, commitments and their change orders, subcontractor invoices,
// commitment payments, direct costs) with the /sync batch writes Joblink uses to push
// QuickBooks data into Procore.
//
// Paths, fields and behaviours follow ../shared/reference/procore-endpoints.md; section
// numbers in comments (§3.2 …) refer to it.
package procore
