// Package webconnector is a QuickBooks Web Connector (QBWC 2.x) simulator:
// a SOAP client that drives any QBWC-compatible web service over HTTP the
// way QBWC does - serverVersion, clientVersion, authenticate, then
// sendRequestXML/receiveResponseXML rounds against a qbsim company, with
// getLastError, connectionError and closeConnection where QBWC calls them.
//
// The envelopes it sends are byte-for-byte the shape of captured QBWC
// traffic (shared/reference/captures/soap): the same XML declaration,
// namespace prefixes, element names, parameter order and self-closed empty
// parameters, so a server that works with this client has been tested
// against what QBWC puts on the wire.
package webconnector
