package qbrefresh_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

// The whole path, over SOAP and HTTP against both simulators: a cost code exported as a service
// item, the item deleted in QuickBooks, the next Web Connector session reads the deletion in its
// one request set, and the code waits for the bookkeeper again saying so, with Procore's
// origin_id to be cleared. Later sessions tell nothing again.
func TestServiceItemDeletedInQuickBooksUnlinksItsCostCode(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	r.RunWebConnector(t) // the lists: the mirror is filled, no deletion query yet
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	page, err := r.Engine.List(costcodes.Kind, engine.Query{Limit: 1})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("no cost code: %v", err)
	}
	id := page.Items[0].ID
	if n, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: []string{id}}, engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("export: %d, %v", n, err)
	}
	r.RunWebConnector(t)
	if err := r.Engine.WriteBack(ctx); err != nil {
		t.Fatal(err)
	}
	it, err := r.Engine.Get(id)
	if err != nil || it.Status() != "synced" || it.QB == nil || !it.LinkedInSource {
		t.Fatalf("after the export: %+v %v", it, err)
	}
	item := *it.QB
	if origin := originID(t, r, it.Title); origin != item.ListID {
		t.Fatalf("Procore's origin_id %q, want the item's ListID %s", origin, item.ListID)
	}

	resp, err := r.QB.ProcessRequest(ctx, `<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">`+
		`<ListDelRq><ListDelType>ItemService</ListDelType><ListID>`+item.ListID+`</ListID></ListDelRq></QBXMLMsgsRq></QBXML>`)
	if err != nil || !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("deleting %s in QuickBooks: %v\n%s", item.FullName, err, resp)
	}
	rep := r.RunWebConnector(t)
	if rep.Progress != 100 || rep.LastError != "" || len(rep.StatusErrors) != 0 {
		t.Fatalf("the session: progress %d, last error %q, status errors %v", rep.Progress, rep.LastError, rep.StatusErrors)
	}
	if rep.RequestSets != 1 {
		t.Errorf("%d request sets; want the refresh's one (the deletion rides with the list queries)", rep.RequestSets)
	}
	if _, err := r.Mirror.Get(qbmirror.Items, item.ListID); err == nil {
		t.Error("the deleted item is still in the mirror")
	}
	it, err = r.Engine.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	said := `The QuickBooks service item "` + item.FullName + `" was deleted in QuickBooks`
	if it.Status() != "ready" || it.QB != nil || !it.ClearInSource || deletedNotes(it, said) != 1 {
		t.Fatalf("after the deletion: %s, linked to %+v, clear in Procore %v, notes %q", it.Status(), it.QB, it.ClearInSource, it.Notes)
	}

	if err := r.Engine.WriteBack(ctx); err != nil {
		t.Fatal(err)
	}
	if origin := originID(t, r, it.Title); origin != "" {
		t.Errorf("Procore still has origin_id %q after the write-back", origin)
	}

	// The next sessions read the deletion again only inside the cursor's margin, and tell nothing.
	for range 2 {
		if rep := r.RunWebConnector(t); rep.RequestSets != 1 {
			t.Errorf("a quiet session took %d request sets", rep.RequestSets)
		}
	}
	if it, _ := r.Engine.Get(id); deletedNotes(it, said) != 1 || it.Status() != "ready" {
		t.Errorf("told again: %s, notes %q", it.Status(), it.Notes)
	}
}

// deletedNotes counts the item's notes saying what was deleted.
func deletedNotes(it *engine.Item, said string) int {
	n := 0
	for _, note := range it.Notes {
		if strings.Contains(note, said) {
			n++
		}
	}
	return n
}

// originID is the origin_id Procore holds for the standard cost code with this full code.
func originID(t *testing.T, r *synctest.Rig, code string) string {
	t.Helper()
	lists, err := r.Client.ListStandardCostCodeLists().Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lists {
		codes, err := r.Client.ListStandardCostCodes(l.ID, procore.ListStandardCostCodesOptions{}).Collect(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range codes {
			if c.FullCode != nil && *c.FullCode == code {
				if c.OriginID == nil {
					return ""
				}
				return *c.OriginID
			}
		}
	}
	t.Fatalf("no cost code %q in Procore", code)
	return ""
}

// A vendor deleted in QuickBooks: its company waits for the bookkeeper again, saying so, and the
// next write-back clears origin_id in Procore (the vendors flow clears links).
func TestVendorDeletedInQuickBooksClearsTheLinkInProcore(t *testing.T) {
	t.Parallel()
	fr := synctest.NewFlowRig(t, synctest.FlowOptions{Kind: vendors.Kind, Log: zerolog.Nop()})
	fr.AddVendor(t, &procoresim.Vendor{ID: 301, Name: "Short Lived Drywall"})
	fr.Detect(t)
	fr.Export(t, 301)
	fr.Session(t)
	fr.WriteBack(t)
	it := fr.Item(t, 301)
	if it.State != engine.Synced || it.QB == nil || deref(fr.Company(t, 301).OriginID) != it.QB.ListID {
		t.Fatalf("after the export: %s %+v, Procore origin_id %q", it.State, it.QB, deref(fr.Company(t, 301).OriginID))
	}
	vendor := *it.QB

	resp, err := fr.QB.ProcessRequest(context.Background(), `<?xml version="1.0"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">`+
		`<ListDelRq><ListDelType>Vendor</ListDelType><ListID>`+vendor.ListID+`</ListID></ListDelRq></QBXMLMsgsRq></QBXML>`)
	if err != nil || !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("deleting %s in QuickBooks: %v\n%s", vendor.FullName, err, resp)
	}
	if rep := fr.Session(t); rep.RequestSets != 1 {
		t.Errorf("%d request sets; want 1", rep.RequestSets)
	}
	it = fr.Item(t, 301)
	if it.Status() != "ready" || it.QB != nil || deletedNotes(it, `The QuickBooks vendor "Short Lived Drywall" was deleted in QuickBooks`) != 1 {
		t.Fatalf("after the deletion: %s %+v %q", it.Status(), it.QB, it.Notes)
	}
	fr.WriteBack(t)
	if origin := deref(fr.Company(t, 301).OriginID); origin != "" {
		t.Errorf("Procore still has origin_id %q", origin)
	}
	if it := fr.Item(t, 301); it.ClearInSource {
		t.Error("the link is still to be cleared after the write-back")
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
