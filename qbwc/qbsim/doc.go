// Package qbsim is an in-memory QuickBooks Desktop company file that answers
// qbXML request documents the way QuickBooks' request processor does.
//
// It exists as test infrastructure and as the engine of Joblink's demo mode:
// every test that needs "a QuickBooks" drives this package (usually through
// the Web Connector client in qbsim/webconnector), so it implements
// QuickBooks' observable rules rather than a convenient approximation:
// element order is enforced against Intuit's schema (a request out of order
// fails to parse, as in QuickBooks), names are unique across customers,
// vendors, employees and other names (3100), references must exist (3140),
// EditSequence guards every Mod (3200), fields have schema lengths (3070),
// queries page with iterators that live only as long as the session (3391),
// stopOnError leaves the remaining requests unprocessed (3231), and
// ListDel/TxnDel deletions are reported by ListDeletedQuery/TxnDeletedQuery
// for 90 days only (listdel.go).
// rollbackOnError additionally restores the company to its state before
// the set (see msgset.go for the caveat), and newMessageSetID /
// oldMessageSetID give Intuit's error recovery (recovery.go).
//
// The package is deliberately independent of the other qbwc packages (codec,
// SOAP server) so that a bug there is not mirrored here and hidden.
//
// Every response it produces validates against qbxmlops130.xsd; the element
// order tables in schema_gen.go are generated from that schema.
package qbsim
