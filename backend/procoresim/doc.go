// Package procoresim is an in-memory Procore: an HTTP server that speaks Procore's REST wire protocol
// (OAuth 2.0 endpoints, /rest/v1.0 and /rest/v1.1 paths, field names, pagination and rate-limit headers,
// the /sync envelope, error bodies) closely enough that a client written against it works unchanged
// against api.procore.com. Tests and the demo run against it; RunStandalone serves the seeded
// reference company (NewReferenceCompany) as a sandbox a real browser and other tools can use.
//
// It is deliberately independent of Joblink's Procore client: both are written from the endpoint
// reference (shared/reference/procore-endpoints.md, cited as "reference §N"), so a misreading in one
// is caught by the other instead of being copied into both.
//
// # Usage
//
//	company, _ := procoresim.NewReferenceCompany()
//	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{company}, Users: procoresim.ReferenceUsers(company)})
//	server := httptest.NewServer(sim) // OAuth and API share this base URL
//
// The OAuth client id and secret default to DefaultClientID and DefaultClientSecret. The consent page
// at /oauth/authorize lets the person choose which user signs in; Options.AutoApprove skips it.
//
// # Fault injection
//
// InjectRateLimitStorm(n) answers the next n API requests with 429; InjectUnavailable(n, retryAfter)
// with 503 and Retry-After; DropConnections(n) closes the connection without a response; SetLatency(d)
// delays every API response; ExpireAccessTokens() expires every access token now. Refresh-token reuse
// is always detected (400 invalid_grant). Real rate limits (Options.HourlyLimit, SpikeLimit) are on by
// default; inject a clock with Options.Now to cross windows and expiries without sleeping.
//
// # Choices where the reference is silent or conflicting
//
//   - /oauth/token and /oauth/revoke accept JSON, urlencoded and multipart bodies (§2.2 conflict), and
//     HTTP Basic client authentication. OAuth errors use the standard {"error","error_description"}.
//   - API errors use the generic {"code","message","fields","reason","error"} body (§3.3), plus a
//     Rails-style "errors" map naming fields on 422s. A missing Procore-Company-Id is 400; a company
//     the user cannot access is 403 "App is not connected to this company"; a project, vendor or other
//     record outside the user's visible set is 404, indistinguishable from one that does not exist.
//   - v1.0 lists default to 100 per page and clamp per_page to 10,000 (v1.1 projects: 300); Per-Page
//     reports the clamped size. Link rels follow §3.1 literally: no prev on page 2, no next/last on the
//     last page, no Link at all on a single page.
//   - Rate limits are fixed windows per user; headers report the window with fewer requests left; the
//     429 body is the documented plain text, with Retry-After as well (§3.2 conflict).
//   - A sync of more than 1,000 items is 413 where the spec declares 413 (standard cost codes) and 422
//     elsewhere. A duplicate origin_id on create/update is 422 (the reference lists 409 and 422).
//   - ERP-locked records (origin_id set on direct costs and contract payments) refuse edits with 422,
//     except a re-send of exactly the stored values, which changes nothing and succeeds; this keeps a
//     retried sync idempotent.
//   - The previous access token stays valid after a refresh until it expires; only the refresh token
//     rotates.
//   - Project cost codes are copied from the project's standard list the first time anything reads
//     them, at ids fixed by project and position (ProjectCostCodeID). The list's default view is the
//     full item; view=erp_compact is the compact one. sub_job_id always answers 404 (no sub jobs).
//   - Commitment and change order lines keep naming standard cost codes (as the fixtures always
//     have); budgets name project cost codes, and the budget maps one to the other. Commitment line
//     writes accept either.
//   - Budget detail and summary rows key each view column by its display name ("Job to Date Costs"),
//     as real responses do; budget_detail_columns ids differ from the names (whether Procore's do is
//     unknown), so clients must match columns by name. Row amounts are two-decimal strings, budget
//     line item amounts Ruby-style strings ("45000.0"). Committed costs are Approved/Complete/Partially
//     Received commitment lines plus approved change order lines; pending cost changes Out For
//     Signature/Processing/Submitted/Received commitments plus pending change orders; direct costs the
//     Pending/Revise & Resubmit/Approved direct cost lines plus, with the project's Direct Costs tool
//     off (Project.DirectCostsTool), the line's manual direct_costs; job-to-date costs the direct costs
//     plus the work and stored materials of approved subcontractor invoices (budgetledger.go).
//   - A locked budget refuses new lines and any change to a line's original amount or its inputs
//     (422); re-sending the same values still works. direct_costs is written only while the
//     project's Direct Costs tool is off; with it on the update is a 422 (an assumption: Procore
//     documents the field as "only if Direct Cost tool is turned off" and nothing more). Budget
//     modifications and budget changes need a locked budget; unlocking deletes the modifications
//     unless destroy_all_budget_line_item_transfers=false. BudgetChangesMigrated (true for the
//     reference company, whose legacy modifications predate it) makes modification writes 405.
//   - Budget change adjustment lines are also listed by the v2.0 adjustment_line_items endpoint
//     ({"data"}, string ids, 10 per page, at most 100). Project WBS codes are listed with their
//     segment items (cost code and cost type items carry the cost code and line item type ids).
//   - POST /budget_line_items/sync is all or nothing (its envelope has no error list): the first bad
//     item is a 422 and nothing is saved; an item without id updates the line its wbs_code_id has.
//     WBS codes are one per project cost code × line item type, made when first needed.
//   - Budget changes answer {"data": …}; their 400/404/422 bodies are {"errors": [{"field","message"}]}.
//   - Commitment change orders list as a JSON array; approved_change_orders, pending_change_orders and
//     revised_contract on commitments are derived from them. Change order lines are served only by the
//     v2.0 line items endpoint (string ids, {"data"}, 10 per page).
//   - Requisition amounts and summaries are derived from their items, the commitment's retainage
//     percent and approved change orders. erp_status has no published enum; the fixtures use
//     "synced" and "ready_to_export" or null. Synced (origin_id) invoices refuse edits with 422.
//   - Deletions show as the real endpoints show them. A deleted standard cost code (DELETE
//     /standard_cost_codes/{id}) is simply gone from the list, which has no include_deleted; the
//     list takes filters[origin_id] only and ignores date filters (the codes have no updated_at).
//     Projects cannot be deleted through the API; a project taken out of a user's visible set
//     (SetVisibleProjects) drops out of every list. Inactive vendors are listed by
//     /companies/{id}/vendors/inactive, and by /vendors too unless Options.VendorListHidesInactive
//     (the reference does not say which). Deleted work order and purchase order contracts keep
//     deleted_at and a new updated_at, and are listed only with filters[include_deleted].
//   - Every change stamps updated_at (projects, vendors, contracts), so filters[updated_at] finds
//     it; APIRequests counts the /rest requests received, as Procore counts them against limits.
//   - Approved or Complete commitments refuse schedule-of-values writes and vendor changes (422) but
//     accept other edits, so an ERP can still set origin_id; new contracts without a number get the
//     next SC-00n / PO-00n of the project.
package procoresim
