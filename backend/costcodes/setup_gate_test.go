package costcodes_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/problem"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
)

// An export before setup has chosen the accounts is refused with the fix, and nothing is
// queued: the code stays ready, never in Retrying as if QuickBooks had answered.
func TestExportBeforeSetupIsRefusedBeforeQueueing(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	err := r.PCompany.AddStandardCostCode(&procoresim.StandardCostCode{ID: 5300900100, ListID: 5200000001, Code: "99-900", FullCode: "99-900", Name: "Winter Protection"})
	if err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t) // the lists are read, but no account is chosen
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	id := engine.ItemID(costcodes.Kind, "5300900100")
	for _, sel := range []engine.Selection{{IDs: []string{id}}, {All: true}} {
		n, err := r.Engine.Export(costcodes.Kind, sel, engine.ByBookkeeper)
		var p *problem.Problem
		if n != 0 || !errors.As(err, &p) || p.Class != problem.Refused {
			t.Fatalf("export %+v before setup: %d, %v; want refused", sel, n, err)
		}
		if !strings.Contains(p.Fix, "Setup") || !strings.Contains(p.Message, "accounts") {
			t.Errorf("refusal does not say to finish setup: %+v", p)
		}
	}
	if it := mustGet(t, r, id); it.State != engine.Detected && it.State != engine.Waiting {
		t.Fatalf("the code is %s after a refused export, want still ready", it.State)
	}
	r.RunWebConnector(t)
	if it := mustGet(t, r, id); it.State == engine.Failed || it.Failure != nil {
		t.Fatalf("a refused export still reached the run: %s %+v", it.State, it.Failure)
	}

	r.ChooseAccounts(t) // setup finished: the same export goes through
	exportOne(t, r, id)
	r.RunWebConnector(t)
	if it := mustGet(t, r, id); it.State != engine.Synced {
		t.Fatalf("after setup the code is %s (%+v), want synced", it.State, it.Failure)
	}
}
