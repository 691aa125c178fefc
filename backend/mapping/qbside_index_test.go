package mapping

import (
	"strings"
	"testing"

	"joblink/backend/match"
	"joblink/backend/qbmirror"
)

// The Vendors page's index reads a ':' in a vendor's name as part of the name; the Jobs page's
// reads it as Customer:Job.
func TestNewIndexByKind(t *testing.T) {
	entries := []match.Entry{{ID: "1", Name: "Rojas Holdings, LLC DBA: Desert Tile"}}
	v := newIndex(qbmirror.Vendors, entries).Suggest(match.Entry{Name: "Desert Tile"}, 1)
	if len(v) != 1 || strings.Contains(v[0].Reason, "job") {
		t.Errorf("vendors: %+v, want a vendor suggestion that speaks of no job", v)
	}
	j := newIndex(qbmirror.Customers, entries).Suggest(match.Entry{Name: "Desert Tile"}, 1)
	if len(j) != 1 || !strings.Contains(j[0].Reason, "job") {
		t.Errorf("customers: %+v, want the job under its customer", j)
	}
}
