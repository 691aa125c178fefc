package kinds_test

import (
	"slices"
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/kinds"
)

func decl(name engine.Kind, rank int, deps ...engine.Kind) kinds.Kind {
	return kinds.Kind{Name: name, Label: string(name) + "s", One: string(name), Direction: kinds.ToQuickBooks,
		Rank: rank, DependsOn: deps}
}

func TestRegistryRefusesDuplicates(t *testing.T) {
	var r kinds.Registry
	if err := r.Register(decl("costcode", 10)); err != nil {
		t.Fatal(err)
	}
	err := r.Register(decl("costcode", 20))
	if err == nil || !strings.Contains(err.Error(), `"costcode" is registered twice`) {
		t.Fatalf("second costcode: %v", err)
	}
	if k, _ := r.Get("costcode"); k.Rank != 10 {
		t.Fatalf("the first declaration must stay: %+v", k)
	}
}

func TestRegistryRefusesBadDeclarations(t *testing.T) {
	good := decl("job", 20)
	for name, k := range map[string]kinds.Kind{
		"empty name":      func() kinds.Kind { k := good; k.Name = ""; return k }(),
		"upper case":      func() kinds.Kind { k := good; k.Name = "Job"; return k }(),
		"slash in name":   func() kinds.Kind { k := good; k.Name = "job/x"; return k }(),
		"no label":        func() kinds.Kind { k := good; k.Label = ""; return k }(),
		"no singular":     func() kinds.Kind { k := good; k.One = ""; return k }(),
		"no direction":    func() kinds.Kind { k := good; k.Direction = ""; return k }(),
		"no rank":         func() kinds.Kind { k := good; k.Rank = 0; return k }(),
		"depends on self": decl("job", 20, "job"),
	} {
		var r kinds.Registry
		if err := r.Register(k); err == nil {
			t.Errorf("%s: accepted %+v", name, k)
		}
	}
}

func TestRegistryOrderAndDependencies(t *testing.T) {
	var r kinds.Registry
	// Registered out of order, as package init order would: a document before what it names.
	for _, k := range []kinds.Kind{decl("invoice", 40, "vendor", "job"), decl("vendor", 20), decl("job", 20), decl("costcode", 10)} {
		if err := r.Register(k); err != nil {
			t.Fatal(err)
		}
	}
	if got := kinds.Names(r.All()); !slices.Equal(got, []engine.Kind{"costcode", "job", "vendor", "invoice"}) {
		t.Fatalf("order: %v", got)
	}
	if err := r.Check(); err != nil {
		t.Fatal(err)
	}
	if k, _ := r.Get("vendor"); k.DependsOn == nil {
		t.Fatal("DependsOn must be an empty list, not null, in JSON")
	}

	var missing kinds.Registry
	_ = missing.Register(decl("invoice", 40, "vendor"))
	if err := missing.Check(); err == nil || !strings.Contains(err.Error(), `"vendor", which is not registered`) {
		t.Fatalf("unregistered dependency: %v", err)
	}
	var late kinds.Registry
	_ = late.Register(decl("invoice", 20, "vendor"))
	_ = late.Register(decl("vendor", 20))
	if err := late.Check(); err == nil || !strings.Contains(err.Error(), "must rank lower") {
		t.Fatalf("dependency not exported first: %v", err)
	}
}

func TestAllReturnsCopies(t *testing.T) {
	var r kinds.Registry
	_ = r.Register(decl("costcode", 10))
	_ = r.Register(decl("invoice", 20, "costcode"))
	r.All()[1].DependsOn[0] = "changed"
	if k, _ := r.Get("invoice"); k.DependsOn[0] != "costcode" {
		t.Fatalf("the registry was changed through All: %v", k.DependsOn)
	}
}

func TestDeclaredAnswersTheFlowMethods(t *testing.T) {
	d := kinds.Declared{Decl: kinds.Kind{Name: "costcode", Label: "Cost codes", Rank: 10, Approval: true}}
	if d.Kind() != "costcode" || d.Label() != "Cost codes" || d.Rank() != 10 || !d.Approval() {
		t.Fatalf("%v %v %v %v", d.Kind(), d.Label(), d.Rank(), d.Approval())
	}
}

func TestRegisterPanicsOnADuplicate(t *testing.T) {
	k := decl("testonlykind", 99)
	if got := kinds.Register(k); got.Name != k.Name || got.DependsOn == nil {
		t.Fatalf("Register returned %+v", got)
	}
	if _, ok := kinds.Get("testonlykind"); !ok {
		t.Fatal("not in the process's registry")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("a second registration must panic")
		}
	}()
	kinds.Register(k)
}
