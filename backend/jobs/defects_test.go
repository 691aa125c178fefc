package jobs_test

import (
	"os"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/mapping"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// Tests of behaviour the README promises and the flow does not keep yet. Each fails today;
// it is skipped unless JOBLINK_KNOWN_DEFECTS=1, and the skip says what is wrong.

func knownDefect(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("JOBLINK_KNOWN_DEFECTS") == "" {
		t.Skip("known defect: " + what + " (JOBLINK_KNOWN_DEFECTS=1 runs it)")
	}
}

// README: a project created in Procore before Joblink was connected is linked only after a
// confirmation. The page's Link asks for it; its "Create in QuickBooks" on the same project,
// when QuickBooks already has the job, links it without one.
func TestCreateLinkingOldProjectNeedsConfirmation(t *testing.T) {
	knownDefect(t, "Create in QuickBooks links a project created before the connection to an existing job without the confirmation")
	fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: jobs.Kind, ConnectedAt: time.Now().Add(time.Hour)})
	fr.AddProject(t, &procoresim.Project{ID: 133, Name: "Harbor Point Phase 2"})
	fr.Detect(t)
	existing := customerID(t, fr, "Harbor Point Development LLC:Harbor Point Phase 2")
	res, err := fr.Mapping.Link(fr.Page, []mapping.LinkRequest{{ID: fr.ID(133), ListID: existing}}, engine.ByBookkeeper)
	if err != nil || len(res.NeedConfirmation) != 1 {
		t.Fatalf("link: %+v %v", res, err)
	}
	fr.Create(t, mapping.CreateRequest{ID: fr.ID(133), ParentListID: customerID(t, fr, "Harbor Point Development LLC")})
	fr.Session(t)
	if it := fr.Item(t, 133); it.State == engine.Synced && it.QB != nil && it.QB.ListID == existing {
		t.Fatalf("linked to %q without the confirmation", it.QB.FullName)
	}
}
