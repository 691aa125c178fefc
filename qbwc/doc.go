// Package qbwc will hold the QuickBooks Web Connector side of Joblink: the SOAP server the Web
// Connector calls on localhost, sessions and tickets, .qwc generation, the qbXML codec and the
// QuickBooks + Web Connector simulator. None of it is built yet; the listener it will be mounted
// on (backend/localserver, Routes.Public) is.
package qbwc
