package synctest

import (
	"context"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/qbmirror"
)

// LinkJobs reads the projects (the jobs flow's detection) and links each to the QuickBooks
// job "<parent>:<project name>" the mirror holds, as a bookkeeper matching them on the jobs
// page would; a project without such a job stays as it is. The rig needs Options.Lists, and
// a session that brought the jobs into the mirror.
func (r *Rig) LinkJobs(t testing.TB, parent string) {
	t.Helper()
	if _, err := r.Engine.Detect(context.Background(), jobs.Kind); err != nil {
		t.Fatal(err)
	}
	items, err := r.Engine.Items(jobs.Kind)
	if err != nil {
		t.Fatal(err)
	}
	var links []engine.LinkSpec
	for _, it := range items {
		rec, err := r.Mirror.FindByName(qbmirror.Customers, parent+":"+it.Title)
		if err != nil {
			continue
		}
		links = append(links, engine.LinkSpec{ID: it.ID, Ref: engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence}})
	}
	if _, err := r.Engine.LinkAll(links, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
}
