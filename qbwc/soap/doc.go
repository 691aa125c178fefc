// Package soap is the SOAP 1.1 transport between the QuickBooks Web Connector (QBWC) and
// Joblink: an http.Handler that reads QBWC's document/literal envelopes, calls a Service and
// writes the replies in the exact shapes of Intuit's WSDL (namespace http://developer.intuit.com/).
//
// The package knows nothing about tickets, passwords or qbXML: it only turns envelopes into
// Go calls and Go results back into envelopes. Sessions live in qbwc/session.
//
// Routes served by Handler:
//
//	POST /qbwc          the SOAP endpoint (the .qwc AppURL)
//	GET  /qbwc          a short HTML page, so a browser pointed at AppURL sees something useful
//	GET  /qbwc/support  the AppSupport page; QBWC fetches it and refuses the app unless it gets 200
//
// Anything that cannot be answered normally (bad XML, an unknown operation, a wrong content
// type, a panic in the Service) becomes a SOAP 1.1 Fault with HTTP 500, as the SOAP 1.1 HTTP
// binding requires; a body over the size limit gets 413. Bodies are read as they arrive,
// only a few kilobytes before the Service has vouched for the call's ticket (see
// LargeBodyAdmitter), and calls beyond the concurrency or buffered-bytes limits get 503.
package soap
