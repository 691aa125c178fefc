// Package session is Joblink's side of a Web Connector conversation: it implements
// soap.Service with authentication (an argon2id-hashed password and a throttle against
// guessing), unguessable expiring tickets, one state machine per ticket that follows Intuit's
// advice on out-of-order calls, the checks on the QuickBooks host and company file reported in
// the first sendRequestXML (the "HCP" response), and the mapping of QuickBooks' COM errors to
// messages a bookkeeper can act on.
//
// What to send to QuickBooks is not decided here: that is the sync engine behind the Engine
// interface. Nor is qbXML parsed here: the HCP response is handed to an injected ParseHCP
// function owned by the qbXML codec.
//
// Everything durable lives in the Badger store under the "qbwc/" key prefix: the password
// hash, the pinned company file and one record per live session (written on every state
// change, so a crash leaves a trace the next start reports to the engine).
package session
