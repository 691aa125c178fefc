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
package procoresim
