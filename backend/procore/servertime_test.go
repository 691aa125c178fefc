package procore_test

import (
	"context"
	"testing"
	"time"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// Client.Now is Procore's clock once an answer has told it (its Date header), however far the
// PC's is from it; before any answer, the PC's. A project Procore stamps after the call is in
// the open-ended updated_at range the client sends.
func TestNowIsProcoresClock(t *testing.T) {
	for _, skew := range []time.Duration{50 * time.Hour, -50 * time.Hour} {
		r := newSimRig(t, procoresim.Options{SpikeLimit: 10000, Now: func() time.Time { return time.Now().Add(skew) }})
		c := r.serviceAccountClient(t, 0)
		if d := c.Now().Sub(time.Now()); d < -time.Second || d > time.Second {
			t.Fatalf("skew %v: before any answer Now is %v from the PC's clock", skew, d)
		}
		ctx := context.Background()
		projects, err := c.ListProjects(procore.ListProjectsOptions{Compact: true}).Collect(ctx)
		if err != nil || len(projects) == 0 {
			t.Fatalf("skew %v: %d projects, %v", skew, len(projects), err)
		}
		if d := c.Now().Sub(time.Now().Add(skew)); d < -3*time.Second || d > time.Second {
			t.Errorf("skew %v: after an answer Now is %v from Procore's clock", skew, d)
		}
		name := "Renamed By Procore's Clock"
		if _, err := c.UpdateProject(ctx, projects[0].ID, procore.ProjectFields{Name: &name}); err != nil {
			t.Fatal(err)
		}
		since := procore.TimeRange{From: c.Now().Add(-time.Minute)}
		changed, err := c.ListProjects(procore.ListProjectsOptions{Updated: since}).Collect(ctx)
		if err != nil || len(changed) != 1 || changed[0].Name != name {
			t.Errorf("skew %v: changed since a minute ago by Procore's clock: %+v %v", skew, changed, err)
		}
	}
}
