package core

import (
	"slices"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/kinds"
)

// A started Joblink serves the registered kinds at GET /api/kinds (behind the token), exactly
// the engine's flows in its export order, and the setup wizard offers direct export for
// exactly those: no kind that is not built is offered anywhere.
func TestKindsAreTheEnginesFlows(t *testing.T) {
	c := startHeadless(t, t.TempDir(), true)
	tok := readToken(t, c.Layout)
	if code, _ := get(t, c, "/api/kinds", ""); code != 401 {
		t.Fatalf("kinds without token: %d", code)
	}
	code, body := get(t, c, "/api/kinds", tok)
	if code != 200 {
		t.Fatalf("kinds: %d %v", code, body)
	}
	var served []engine.Kind
	for _, k := range body["kinds"].([]any) {
		served = append(served, engine.Kind(k.(map[string]any)["kind"].(string)))
	}
	if want := []engine.Kind{"costcode", "job", "vendor", "budget", "budgetchange", "jobcost"}; !slices.Equal(served, want) {
		t.Fatalf("served %v, want %v", served, want)
	}
	if !slices.Equal(served, c.Engine.Kinds()) || !slices.Equal(served, kinds.Names(kinds.All())) {
		t.Fatalf("served %v; engine %v; registry %v", served, c.Engine.Kinds(), kinds.Names(kinds.All()))
	}
	for _, k := range served {
		f := c.Engine.Flow(k)
		d, _ := kinds.Get(k)
		if f.Label() != d.Label || f.Rank() != d.Rank || f.Approval() != d.Approval {
			t.Errorf("%s: the flow answers %q %d %v, the declaration %+v", k, f.Label(), f.Rank(), f.Approval(), d)
		}
	}
	prefs, err := c.Setup.Preferences()
	if err != nil {
		t.Fatal(err)
	}
	var offered []engine.Kind
	for k := range prefs.DirectExport {
		offered = append(offered, engine.Kind(k))
	}
	slices.Sort(offered)
	var choosable []engine.Kind // kinds offering the choice (job costs have their own settings)
	for _, k := range served {
		if d, _ := kinds.Get(k); d.DirectExport != "" {
			choosable = append(choosable, k)
		}
	}
	if sorted := slices.Sorted(slices.Values(choosable)); !slices.Equal(offered, sorted) {
		t.Fatalf("setup offers direct export for %v", offered)
	}
}

// A flow without its registered kind, or a registered kind without its flow, stops the start.
func TestCheckKinds(t *testing.T) {
	c := startHeadless(t, t.TempDir(), true)
	var flows []engine.Flow
	for _, k := range c.Engine.Kinds() {
		flows = append(flows, c.Engine.Flow(k))
	}
	if err := checkKinds(flows); err != nil {
		t.Fatal(err)
	}
	if err := checkKinds(flows[1:]); err == nil {
		t.Fatal("a registered kind without a flow was accepted")
	}
	if err := checkKinds(append(slices.Clone(flows), renamed{flows[0]})); err == nil {
		t.Fatal("a flow of an unregistered kind was accepted")
	}
	if err := checkKinds(append(slices.Clone(flows[1:]), relabelled{flows[0]})); err == nil {
		t.Fatal("a flow answering differently from its declaration was accepted")
	}
}

type renamed struct{ engine.Flow }

func (renamed) Kind() engine.Kind { return "notregistered" }

type relabelled struct{ engine.Flow }

func (relabelled) Label() string { return "Something else" }
