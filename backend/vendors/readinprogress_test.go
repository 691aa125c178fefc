package vendors_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

// A change Procore records while a read is under way, on a list the read has already taken, is
// read by the next poll even when the same read also brings a change made minutes later: a read
// of the directory takes the main list and then the inactive one, and the rate-limit pacing
// can wait minutes between calls. The next read starts no later than this one started (less the
// margin), not from the newest updated_at it happened to see.
func TestChangeDuringAReadFoundByTheNext(t *testing.T) {
	var shift atomic.Int64 // Procore's clock runs ahead by this, moved as the test needs
	procoreNow := func() time.Time { return time.Now().Add(time.Duration(shift.Load())) }
	at := procoreNow().UTC().Format(time.RFC3339)
	pc := procoresim.NewCompany(4646, "Read Builders")
	for _, v := range []*procoresim.Vendor{
		{ID: 801, Name: "Changed Early Supply", IsActive: true},
		{ID: 802, Name: "Made Inactive Later Electric", IsActive: true},
		{ID: 803, Name: "Long Inactive Glass", IsActive: false},
	} {
		v.CreatedAt, v.UpdatedAt = at, at
		if err := pc.AddVendor(v); err != nil {
			t.Fatal(err)
		}
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc}, SpikeLimit: 10000, Now: procoreNow,
		VendorListHidesInactive: true})
	var (
		armed atomic.Bool
		once  sync.Once
		r     *synctest.Rig
	)
	during := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			// The read's second call: the main list's count (compact), after its changes.
			if armed.Load() && req.URL.Path == "/rest/v1.0/vendors" && req.URL.Query().Get("view") == "compact" {
				once.Do(func() {
					// The main list's changes were read; now 801 changes, and 802 is made
					// inactive seven minutes later, before the count and the inactive list.
					ctx := context.Background()
					shift.Add(int64(time.Minute))
					city := "Fresno"
					if _, err := r.Client.UpdateVendor(ctx, 801, procore.VendorFields{City: &city}); err != nil {
						t.Error(err)
					}
					shift.Add(int64(7 * time.Minute))
					off := false
					if _, err := r.Client.UpdateVendor(ctx, 802, procore.VendorFields{IsActive: &off}); err != nil {
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
	data := func(key string) string {
		it, err := r.Engine.Get(engine.ItemID(vendors.Kind, key))
		if err != nil {
			t.Fatal(err)
		}
		return string(it.Data)
	}
	poll() // the full read: both lists, learning that the main one hides inactive companies
	armed.Store(true)
	poll()
	if !strings.Contains(data("802"), `"active":false`) {
		t.Fatalf("the inactivation read in the same pass: %s", data("802"))
	}
	shift.Add(int64(time.Minute))
	poll()
	if !strings.Contains(data("801"), "Fresno") {
		t.Errorf("the change made while the read was under way was never read: %s", data("801"))
	}
}
