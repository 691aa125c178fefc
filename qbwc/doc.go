// Package qbwc is the Web Connector side of Joblink, assembled: it wires the SOAP transport
// (qbwc/soap), sessions and authentication (qbwc/session), the .qwc file (qbwc/qwc) and the
// qbXML codec's HCP parser (qbwc/qbxml) around an engine from backend, and hands the result to
// the loopback listener. The simulator used by tests and the demo lives in qbwc/qbsim.
package qbwc
