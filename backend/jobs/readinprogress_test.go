package jobs_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// A change Procore records while a read of several pages is under way, on a page already
// taken, is read by the next poll even when a later page brings a change made minutes after
// it (the rate-limit pacing can wait minutes between pages): the next read starts no later
// than this one started, less the margin, not from the newest updated_at it happened to see.
func TestChangeDuringAPagedReadFoundByTheNext(t *testing.T) {
	var shift atomic.Int64 // Procore's clock runs ahead by this, moved as the test needs
	procoreNow := func() time.Time { return time.Now().Add(time.Duration(shift.Load())) }
	at := procoreNow().UTC().Format(time.RFC3339)
	pc := procoresim.NewCompany(4747, "Paged Builders")
	last := int64(procore.MaxPerPage + 1) // two pages
	for id := int64(1); id <= last; id++ {
		p := &procoresim.Project{ID: id, Name: "Project " + strconv.FormatInt(id, 10), Active: true, CreatedAt: at, UpdatedAt: at}
		if err := pc.AddProject(p); err != nil {
			t.Fatal(err)
		}
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000, Now: procoreNow})
	var (
		armed atomic.Bool
		once  sync.Once
		r     *synctest.Rig
	)
	during := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			q := req.URL.Query()
			if armed.Load() && req.URL.Path == "/rest/v1.0/projects" && q.Get("filters[updated_at]") != "" && q.Get("page") == "2" {
				once.Do(func() {
					// Page 1 was read; project 1 (on it) changes, and the last project (on
					// page 2) seven minutes later, before page 2 is read.
					ctx := context.Background()
					city := "Fresno"
					shift.Add(int64(time.Minute))
					if _, err := r.Client.UpdateProject(ctx, 1, procore.ProjectFields{City: &city}); err != nil {
						t.Error(err)
					}
					shift.Add(int64(7 * time.Minute))
					if _, err := r.Client.UpdateProject(ctx, last, procore.ProjectFields{City: &city}); err != nil {
						t.Error(err)
					}
				})
			}
			next.ServeHTTP(w, req)
		})
	}
	r = synctest.New(t, synctest.Options{Lists: true, ProcoreURL: synctest.Serve(t, during(sim)), ProcoreCompanyID: pc.ID})
	poll := func() {
		t.Helper()
		if err := r.Engine.PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	data := func(key int64) string {
		it, err := r.Engine.Get(engine.ItemID(jobs.Kind, strconv.FormatInt(key, 10)))
		if err != nil {
			t.Fatal(err)
		}
		return string(it.Data)
	}
	poll() // the full read
	armed.Store(true)
	poll() // every project is within the overlap of the newest seen: two pages
	if !strings.Contains(data(last), "Fresno") {
		t.Fatalf("the change on the page read after it: %s", data(last))
	}
	shift.Add(int64(time.Minute))
	poll()
	if !strings.Contains(data(1), "Fresno") {
		t.Errorf("the change made on a page already read was never read: %s", data(1))
	}
}
