// Package kinds is the one registry of the kinds of record Joblink syncs.
//
// Each flow package declares its kind once, as a package-level variable registered at init
// (Register, in the style of database/sql drivers), and embeds Declared so the engine reads the
// flow's Kind, Label, Rank and Approval from that declaration. The core hands the registered
// kinds (All) to the setup wizard (its direct-export choices) and to the API, which serves them
// as GET /api/kinds; the frontend's navigation, Activity filter, Approvals and setup read kinds
// from there. A kind that is not built has no flow package, so it is registered nowhere and
// offered nowhere: adding a kind is its package (declaration + flow) plus the line in the core
// that builds its flow.
package kinds

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sync"

	"joblink/backend/engine"
)

// Direction is where a kind's records travel.
type Direction string

const (
	ToQuickBooks Direction = "to_quickbooks" // read in Procore, written to QuickBooks
	ToProcore    Direction = "to_procore"    // read in QuickBooks, written to Procore
)

// Kind declares one kind of record. It is served as is by GET /api/kinds.
type Kind struct {
	// Name is the engine's kind, in item ids ("costcode/5629") and addresses (/api/work/costcode):
	// lower-case letters and digits.
	Name engine.Kind `json:"kind"`
	// Label names the kind in the plural, One in the singular: "Cost codes", "Cost code".
	Label string `json:"label"`
	One   string `json:"one"`
	// Direction says which way its records travel.
	Direction Direction `json:"direction"`
	// Approval is true when its items go through the Approvals queue by default; false when
	// they are exported from the kind's own page ("ready to export").
	Approval bool `json:"approval"`
	// DependsOn names the kinds whose records its records refer to (an invoice's vendor and
	// job); they must be registered and rank lower, so they are exported first.
	DependsOn []engine.Kind `json:"dependsOn"`
	// Page is the frontend's route for the kind's own page ("cost-codes"); empty: none.
	Page string `json:"page"`
	// Rank orders export: lower ranks go to QuickBooks first (items before the documents whose
	// lines use them; vendors and jobs before the documents that name them).
	Rank int `json:"rank"`
	// DirectExport explains, in the setup wizard, what ticking "send without approval" does
	// for the kind; empty: the kind has no such choice.
	DirectExport string `json:"directExport"`
}

var nameRE = regexp.MustCompile(`^[a-z][a-z0-9]*$`)

// check reports what is wrong with the declaration on its own.
func (k Kind) check() error {
	switch {
	case !nameRE.MatchString(string(k.Name)):
		return fmt.Errorf("kinds: %q is not a kind name (lower-case letters and digits, starting with a letter)", k.Name)
	case k.Label == "" || k.One == "":
		return fmt.Errorf("kinds: %q needs a label and a singular (One)", k.Name)
	case k.Direction != ToQuickBooks && k.Direction != ToProcore:
		return fmt.Errorf("kinds: %q has direction %q; use %q or %q", k.Name, k.Direction, ToQuickBooks, ToProcore)
	case k.Rank <= 0:
		return fmt.Errorf("kinds: %q needs a rank above 0", k.Name)
	case slices.Contains(k.DependsOn, k.Name):
		return fmt.Errorf("kinds: %q depends on itself", k.Name)
	}
	return nil
}

// Registry holds declared kinds. The zero value is empty and ready; it is safe for concurrent use.
type Registry struct {
	mu     sync.RWMutex
	byName map[engine.Kind]Kind
}

// Register adds a kind. It refuses an invalid declaration and a second kind of the same name.
// Dependencies are checked by Check, once every kind is registered (packages register in
// init order, which need not follow dependencies).
func (r *Registry) Register(k Kind) error {
	if err := k.check(); err != nil {
		return err
	}
	k.DependsOn = slices.Clone(k.DependsOn)
	if k.DependsOn == nil {
		k.DependsOn = []engine.Kind{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.byName[k.Name]; dup {
		return fmt.Errorf("kinds: %q is registered twice", k.Name)
	}
	if r.byName == nil {
		r.byName = map[engine.Kind]Kind{}
	}
	r.byName[k.Name] = k
	return nil
}

// All returns the registered kinds in export order: by rank, then by name.
func (r *Registry) All() []Kind {
	r.mu.RLock()
	out := make([]Kind, 0, len(r.byName))
	for _, k := range r.byName {
		k.DependsOn = slices.Clone(k.DependsOn)
		out = append(out, k)
	}
	r.mu.RUnlock()
	slices.SortFunc(out, func(a, b Kind) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.Name, b.Name))
	})
	return out
}

// Get returns the kind called name.
func (r *Registry) Get(name engine.Kind) (Kind, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	k, ok := r.byName[name]
	if ok {
		k.DependsOn = slices.Clone(k.DependsOn)
	}
	return k, ok
}

// Check reports a kind that depends on one not registered (not built yet), or on one that is
// not exported before it.
func (r *Registry) Check() error {
	for _, k := range r.All() {
		for _, d := range k.DependsOn {
			dep, ok := r.Get(d)
			switch {
			case !ok:
				return fmt.Errorf("kinds: %q depends on %q, which is not registered", k.Name, d)
			case dep.Rank >= k.Rank:
				return fmt.Errorf("kinds: %q (rank %d) depends on %q (rank %d), which must rank lower to be exported first",
					k.Name, k.Rank, d, dep.Rank)
			}
		}
	}
	return nil
}

// registered is the process's registry, filled by the flow packages at init.
var registered Registry

// Register adds a kind to the process's registry and returns it, for a flow package's
// declaration: var Decl = kinds.Register(kinds.Kind{…}). It panics on an invalid or duplicate
// declaration, a programming error found the moment the program starts.
func Register(k Kind) Kind {
	if err := registered.Register(k); err != nil {
		panic(err)
	}
	k, _ = registered.Get(k.Name)
	return k
}

// All returns the kinds registered in this process, in export order.
func All() []Kind { return registered.All() }

// Get returns the kind called name in this process's registry.
func Get(name engine.Kind) (Kind, bool) { return registered.Get(name) }

// Check checks the dependencies of the kinds registered in this process.
func Check() error { return registered.Check() }

// Declared gives a flow the engine.Flow methods that describe its kind, read from its
// declaration, so that the declaration is their only source. A flow embeds it:
//
//	type Flow struct {
//		kinds.Declared
//		…
//	}
//	func New(d Deps) *Flow { return &Flow{Declared: kinds.Declared{Decl: Decl}, …} }
type Declared struct{ Decl Kind }

func (d Declared) Kind() engine.Kind { return d.Decl.Name }
func (d Declared) Label() string     { return d.Decl.Label }
func (d Declared) Rank() int         { return d.Decl.Rank }
func (d Declared) Approval() bool    { return d.Decl.Approval }

// Names returns the names of ks, in order.
func Names(ks []Kind) []engine.Kind {
	out := make([]engine.Kind, len(ks))
	for i, k := range ks {
		out[i] = k.Name
	}
	return out
}
