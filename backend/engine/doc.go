// Package engine is Joblink's sync engine: the one lifecycle every record travelling between
// Procore and QuickBooks goes through, whatever its kind (cost codes first; jobs, vendors,
// budgets, commitments, change orders, invoices and payments later).
//
// A work item is detected in Procore, waits for the bookkeeper (or is queued at once when its
// kind is set to direct export), is queued, sent to QuickBooks in a Web Connector run, and ends
// synced or failed with a handling class. Every transition is written to the store, with an
// audit entry, before the step that follows it: an item is marked "sent" (with the run and the
// requestID) in the same transaction that precedes handing its request to the Web Connector, so
// after a crash, a kill or a lost response Joblink knows exactly which items might have reached
// QuickBooks and looks them up before sending anything again. That lookup is what makes every
// export exactly-once.
//
// Kind-specific knowledge lives in a Flow (package costcodes, …): how to read Procore, what to
// send to QuickBooks given the mirrored lists, how to read QuickBooks' answer, how to write the
// link back to Procore. The engine knows qbXML requests and responses but no SOAP and no Web
// Connector session: the qbwc side drives Exporter through a small adapter.
package engine
