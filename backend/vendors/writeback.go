package vendors

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/mapping"
	"joblink/backend/procore"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
)

// WriteBack records each link in Procore: origin_id = the vendor's ListID, origin_code = its
// QuickBooks name (the id people see), origin_data = the same, through the sync endpoint
// (1,000 a call).
func (f *Flow) WriteBack(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return f.sync(ctx, items, func(it *engine.Item) procore.VendorFields {
		id, name := it.QB.ListID, it.QB.FullName
		return procore.VendorFields{OriginID: &id, OriginCode: &name, OriginData: &name}
	})
}

// ClearLinks removes links the bookkeeper undid from Procore.
func (f *Flow) ClearLinks(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return f.sync(ctx, items, func(*engine.Item) procore.VendorFields {
		empty := ""
		return procore.VendorFields{OriginID: &empty, OriginCode: &empty, OriginData: &empty}
	})
}

func (f *Flow) sync(ctx context.Context, items []*engine.Item, fields func(*engine.Item) procore.VendorFields) (map[string]error, error) {
	client, err := f.d.Procore()
	if err != nil {
		return nil, err
	}
	return mapping.WriteLinks(ctx, items,
		func(id int64, it *engine.Item) procore.VendorSyncItem {
			return procore.VendorSyncItem{ID: id, VendorFields: fields(it)}
		},
		func(ctx context.Context, u []procore.VendorSyncItem) ([]procore.SyncItemError, error) {
			res, err := client.SyncVendors(ctx, u)
			return res.Errors, err
		})
}

// Follow brings Procore companies in line with their QuickBooks vendors when the bookkeeper
// asked for it: every linked vendor QuickBooks changed since Joblink last looked (its
// EditSequence moved) sends its name, address and numbers to Procore, with the link (origin
// fields) as WriteBack writes it, in sync batches.
func (f *Flow) Follow(ctx context.Context) error {
	if f.d.Store == nil || f.host == nil {
		return nil
	}
	s, err := LoadSettings(f.d.Store)
	if err != nil || !s.UpdateProcore {
		return err
	}
	items, err := f.host.Items(Kind)
	if err != nil {
		return err
	}
	type change struct {
		it  *engine.Item
		rec qbmirror.Record
	}
	var changes []change
	var updates []procore.VendorSyncItem
	for _, it := range items {
		if it.State != engine.Synced || it.QB == nil || it.QB.ListID == "" || it.QB.EditSequence == "" {
			continue
		}
		rec, err := f.d.Mirror.Get(qbmirror.Vendors, it.QB.ListID)
		if err != nil || rec.EditSequence == it.QB.EditSequence {
			continue
		}
		id, err := strconv.ParseInt(it.Key, 10, 64)
		if err != nil {
			continue
		}
		changes = append(changes, change{it, rec})
		fields := companyFrom(rec)
		// The link goes with the change: origin_code and origin_data are the vendor's
		// QuickBooks name (WriteBack), so a rename followed without them would leave Procore
		// showing the old name as the vendor's QuickBooks id.
		listID, name := rec.ListID, rec.FullName
		fields.OriginID, fields.OriginCode, fields.OriginData = &listID, &name, &name
		updates = append(updates, procore.VendorSyncItem{ID: id, VendorFields: fields})
	}
	if len(updates) == 0 {
		return nil
	}
	client, err := f.d.Procore()
	if err != nil {
		return err
	}
	res, err := client.SyncVendors(ctx, updates)
	if err != nil {
		return fmt.Errorf("send QuickBooks vendor changes to Procore: %w", err)
	}
	byID := map[int64]procore.Vendor{}
	for _, v := range res.Entities {
		byID[v.ID] = v
	}
	for i, c := range changes {
		v, ok := byID[updates[i].ID]
		if !ok {
			continue // refused: tried again on the next pass
		}
		ref := *qbrefresh.Ref(c.rec)
		if err := f.host.Followed(c.it.ID, recordOf(v), ref, fmt.Sprintf("QuickBooks vendor %q changed: Procore updated to match.", c.rec.FullName)); err != nil {
			return err
		}
	}
	return nil
}

// companyFrom is the Procore company a QuickBooks vendor describes: its name, its address
// ("Billed From"; Procore has one street field, so the lines are joined), phone and fax.
func companyFrom(r qbmirror.Record) procore.VendorFields {
	set := func(v string) *string {
		v = strings.TrimSpace(v)
		return &v
	}
	addr := mapping.FromQuickBooks(r.Fields, "Bill")
	f := procore.VendorFields{Name: set(r.Name), Address: set(addr.Street), City: set(addr.City), Zip: set(addr.Zip),
		BusinessPhone: set(r.Fields["Phone"]), FaxNumber: set(r.Fields["Fax"])}
	if code, ok := mapping.StateCode(addr.State); ok {
		f.StateCode = set(code)
	}
	if code, ok := mapping.CountryCode(addr.Country); ok && code != "" {
		f.CountryCode = set(code)
	}
	return f
}
