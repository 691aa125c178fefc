package vendors

import (
	"context"
	"encoding/json"
	"joblink/backend/problem"
	"slices"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
)

// Side is the Vendors page's view of the flow.
type Side struct{ f *Flow }

// Side returns the mapping side of the flow.
func (f *Flow) Side() Side { return Side{f} }

func (Side) Kind() engine.Kind         { return Kind }
func (Side) Name() string              { return "vendors" }
func (Side) MirrorKind() qbmirror.Kind { return qbmirror.Vendors }

// ProcoreEntry reads an item's snapshot.
func (Side) ProcoreEntry(it *engine.Item) (mapping.ProcoreEntry, error) {
	c, _, err := decode(it)
	if err != nil {
		return mapping.ProcoreEntry{}, err
	}
	return mapping.ProcoreEntry{ID: it.Key, Name: c.Name, Address: c.Address, Phone: c.Phone, Fax: c.Fax,
		Active: c.Active, CreatedAt: c.CreatedAt}, nil
}

// QuickBooksEntry shows a vendor with its "Billed From" address.
func (Side) QuickBooksEntry(r qbmirror.Record) (mapping.QuickBooksEntry, bool) {
	return mapping.QuickBooksEntry{ListID: r.ListID, FullName: r.FullName, Name: r.Name, Level: "vendor", Active: r.Active,
		Address: mapping.FromQuickBooks(r.Fields, "Bill"), Phone: r.Fields["Phone"], Fax: r.Fields["Fax"],
		VendorType: r.Fields["VendorType"]}, true
}

// Choose checks a "create in QuickBooks" choice: a name that fits.
func (s Side) Choose(it *engine.Item, req mapping.CreateRequest) (json.RawMessage, error) {
	c, _, err := decode(it)
	if err != nil {
		return nil, err
	}
	ch := choice{Name: strings.TrimSpace(req.Name), LatinSpelling: req.LatinSpelling}
	if ch.Name == c.Name {
		ch.Name = ""
	}
	if fail := checkName(nameOf(c, ch)); fail != nil {
		return nil, &mapping.Problem{Class: problem.Refused, Message: fail.Message, Meaning: fail.Meaning, Fix: fail.Fix}
	}
	return json.Marshal(ch)
}

// Import creates Procore companies from QuickBooks vendors through the vendors sync endpoint,
// keyed by origin_id = ListID: repeating it updates the same companies, never adds.
func (s Side) Import(ctx context.Context, records []qbmirror.Record) ([]mapping.ImportResult, error) {
	client, err := s.f.d.Procore()
	if err != nil {
		return nil, err
	}
	out := make([]mapping.ImportResult, len(records))
	items := make([]procore.VendorSyncItem, 0, len(records))
	at := map[string]int{}
	for i, r := range records {
		out[i] = mapping.ImportResult{ListID: r.ListID, Name: r.Name}
		f := companyFrom(r)
		id, name := r.ListID, r.Name
		f.OriginID, f.OriginCode, f.OriginData = &id, &name, &name
		if a := mapping.FromQuickBooks(r.Fields, "Bill"); strings.Contains(a.Street, ", ") {
			out[i].Notes = append(out[i].Notes, "The address lines were joined into Procore's one street field: \""+a.Street+"\".")
		}
		if _, ok := mapping.StateCode(r.Fields["BillState"]); !ok {
			out[i].Notes = append(out[i].Notes, "The state \""+r.Fields["BillState"]+"\" is not one Procore knows (it takes two-letter codes such as CA): it was left empty.")
		}
		at[r.ListID] = i
		items = append(items, procore.VendorSyncItem{VendorFields: f})
	}
	res, err := client.SyncVendors(ctx, items)
	return mapping.FoldSync(out, at, res, err, func(v procore.Vendor) (string, int64) { return deref(v.OriginID), v.ID },
		mapping.SyncNouns{QuickBooks: "vendor", Procore: "company"})
}

// Extend adds the settings, and offers for import only the vendor types the bookkeeper chose.
func (s Side) Extend(v *mapping.View) (func(mapping.QuickBooksEntry) bool, error) {
	settings, err := LoadSettings(s.f.d.Store)
	if err != nil {
		return nil, err
	}
	v.Settings = settings
	if len(settings.ImportTypes) == 0 {
		return nil, nil
	}
	return func(e mapping.QuickBooksEntry) bool { return slices.Contains(settings.ImportTypes, e.VendorType) }, nil
}
