package vendors_test

import (
	"testing"

	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// Directory companies are read incrementally like every company-wide flow
// (synctest.TestIncrementalRead).
func TestIncrementalRead(t *testing.T) {
	synctest.TestIncrementalRead(t, synctest.IncrementalRead{
		NewRig: newRig,
		Add: func(t testing.TB, fr *synctest.FlowRig, id int64, name, stamp string) {
			fr.AddVendor(t, &procoresim.Vendor{ID: id, Name: name + " Supply Co", CreatedAt: stamp, UpdatedAt: stamp})
		},
		// The read of what changed and the count, then the list of every id: the main list
		// compact and the inactive list, one call each.
		CallsBeforeFullRead: 4,
	})
}
