package jobs_test

import (
	"testing"

	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// Projects are read incrementally like every company-wide flow (synctest.TestIncrementalRead).
func TestIncrementalRead(t *testing.T) {
	synctest.TestIncrementalRead(t, synctest.IncrementalRead{
		NewRig: newRig,
		Add: func(t testing.TB, fr *synctest.FlowRig, id int64, name, stamp string) {
			fr.AddProject(t, &procoresim.Project{ID: id, Name: name + " Project", CreatedAt: stamp, UpdatedAt: stamp})
		},
		// The read of what changed, the count and the list of every id: one call each.
		CallsBeforeFullRead: 3,
	})
}
