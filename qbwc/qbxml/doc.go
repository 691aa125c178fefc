// Package qbxml is Joblink's qbXML codec: it builds the qbXML request message sets that the
// QuickBooks Web Connector hands to QuickBooks Desktop (sendRequestXML) and parses the response
// message sets it brings back (receiveResponseXML, and the HCP response of a session's first call).
//
// Requests are typed structs that write themselves in the exact element order of Intuit's qbXML
// 13.0 schema (QuickBooks rejects out-of-order elements with a parse error), with every schema
// maxLength enforced at build time after reducing text to Latin-1, the only character set
// QuickBooks Desktop round-trips. Responses are decoded as a stream, one *Rs element and one *Ret
// record at a time, so the size of a response does not bound the memory it takes to read it.
//
// See /work/shared/reference/qbxml.md (element order, field limits, status codes, encoding) and
// qbwc-protocol.md (how qbXML travels inside the Web Connector's SOAP calls).
package qbxml
