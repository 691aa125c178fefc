package synctest_test

import (
	"slices"
	"testing"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

// A FlowRig registers the flow under test as the only list flow (beside the rig's idle cost
// codes), with its page alone, and its flow reads the mirror the session filled: the late
// wiring NewFlowRig does must hold, or every flow test would test a flow that sees nothing.
func TestFlowRigRunsOneFlow(t *testing.T) {
	for _, kind := range []engine.Kind{jobs.Kind, vendors.Kind} {
		t.Run(string(kind), func(t *testing.T) {
			fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: kind})
			if got := fr.Engine.Kinds(); !slices.Equal(got, []engine.Kind{costcodes.Kind, kind}) {
				t.Fatalf("engine kinds %v", got)
			}
			if fr.Engine.Flow(kind) != fr.Flow {
				t.Fatal("the engine runs another flow than FlowRig.Flow")
			}
			for _, other := range []string{"jobs", "vendors"} {
				if _, err := fr.Mapping.Side(other); (err == nil) != (other == fr.Page) {
					t.Fatalf("page %q offered: %v", other, err == nil)
				}
			}
			// The first session read QuickBooks' lists into the mirror the flow reads.
			n, err := fr.Mirror.Count(qbmirror.Customers)
			if err != nil || n == 0 {
				t.Fatalf("mirrored customers: %d %v", n, err)
			}
		})
	}
}
