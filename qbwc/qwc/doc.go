// Package qwc writes the .qwc file the bookkeeper opens in the QuickBooks Web Connector to add
// Joblink to it: the SOAP address on localhost, the user name, Joblink's OwnerID, this install's
// FileID and the schedule.
package qwc
