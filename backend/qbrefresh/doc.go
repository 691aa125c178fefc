// Package qbrefresh is Joblink's first sync engine: a read-only, incremental refresh of the
// QuickBooks lists Joblink needs (accounts, items, vendors, customers and jobs) into the
// qbmirror, run inside one Web Connector session.
//
// A run reads every list from its cursor with ActiveStatus All, because mapping must see
// inactive records too. The cursor is the second after the newest TimeModified of the last
// complete refresh, unless QuickBooks might still have been writing in that second when it was
// read (cursor.go), so a quiet company reads no record twice. The current page of every
// unfinished list travels in one continueOnError message set, so a quiet company costs one
// round trip. Each page is stored before the next is asked for, and a list's cursor and
// watermark (the newest TimeModified, for the dashboard) move only when its last page is in: an
// interrupted or failed list is simply read again from the old cursor next time.
//
// Records deleted in QuickBooks are asked for in the same set, first (ListDeletedQuery from a
// deletion cursor of its own, deletedcursor.go; TxnDeletedQuery for the transaction types
// WithDeletedTransactions names): they leave the mirror and are reported to the DeletionSink
// (the sync engine, which unlinks its work from them), and only then does the cursor move. When
// QuickBooks may have forgotten deletions (it keeps them about 90 days), each list is read whole
// once and compared instead (sweep.go).
//
// The engine knows no SOAP and no Web Connector session: its API takes plain values
// (HostFacts, the company file path, qbXML text), and a small adapter (adapter.go.txt)
// fits it to session.Engine in the wiring package.
//
// What it remembers between runs (last contact, last run, last problem per list) lives in the
// store under the "qbrefresh/" key prefix; Status gathers it for the dashboard.
package qbrefresh
