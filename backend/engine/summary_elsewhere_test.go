package engine

import (
	"context"
	"fmt"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/store"
)

// elsewhereFlow is a test flow whose records in elsewhere Procore links to another
// integration's QuickBooks record (detection's Problem with Elsewhere), and whose records in
// refused cannot be exported as they stand for another reason.
type elsewhereFlow struct {
	*testFlow
	elsewhere, refused map[string]bool
}

func (f *elsewhereFlow) Detect(ctx context.Context) ([]Record, error) {
	out, err := f.testFlow.Detect(ctx)
	for i := range out {
		switch {
		case f.elsewhere[out[i].Key]:
			out[i].Problem = &Failure{Class: FixData, Message: "Procore links this company to another integration's record."}
			out[i].Elsewhere = true
		case f.refused[out[i].Key]:
			out[i].Problem = &Failure{Class: FixData, Message: "The name is too long."}
		}
	}
	return out, err
}

// The Dashboard says the records Procore links to another integration apart from those
// refused: 1,370 conflicts are one decision in bulk, not "1,372 need your attention".
func TestTodayCountsLinksElsewhereApart(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &elsewhereFlow{testFlow: newTestFlowOf("testvendor"), elsewhere: map[string]bool{}, refused: map[string]bool{}}
	e, err := New(st, zerolog.Nop(), []Flow{f})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		key := fmt.Sprintf("%02d", i)
		f.records[key] = "Company " + key
		if i < 12 {
			f.elsewhere[key] = true
		} else if i < 14 {
			f.refused[key] = true
		}
	}
	if _, err := e.Detect(context.Background(), "testvendor"); err != nil {
		t.Fatal(err)
	}
	check := func(attention, elsewhere int) {
		t.Helper()
		today, err := e.Today()
		if err != nil {
			t.Fatal(err)
		}
		k := today.Kinds[0]
		if k.Attention != attention || k.LinkedElsewhere != elsewhere || today.LinkedElsewhere != elsewhere {
			t.Fatalf("attention %d, linked elsewhere %d (total %d); want %d, %d", k.Attention, k.LinkedElsewhere, today.LinkedElsewhere, attention, elsewhere)
		}
	}
	check(14, 12)

	title, lines, err := e.Summary()
	if err != nil {
		t.Fatal(err)
	}
	if title != "Joblink: 2 items need your attention, 12 records linked to another integration" {
		t.Fatalf("title = %q", title)
	}
	if len(lines) != 1 || lines[0] != "Test vendors: 2 need your attention, 12 linked to another integration in Procore (one decision, in bulk)" {
		t.Fatalf("lines = %q", lines)
	}

	// The bookkeeper links one (out of Failed: no longer counted), skips another; one
	// changes in Procore but keeps its foreign link (still counted once).
	err = e.st.Update(func(txn *badger.Txn) error {
		for id, to := range map[string]State{"testvendor/00": Synced, "testvendor/01": Rejected} {
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			if err := e.move(txn, it, to, ByJoblink, ""); err != nil {
				return err
			}
			if it.LinkedElsewhere {
				t.Errorf("%s moved to %s still marked linked elsewhere", id, to)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f.records["02"] = "Company 02 renamed"
	if _, err := e.Detect(context.Background(), "testvendor"); err != nil {
		t.Fatal(err)
	}
	check(12, 10)

	// A record whose foreign link is gone from Procore is ready again, and no longer counted.
	delete(f.elsewhere, "03")
	f.records["03"] = "Company 03 unlinked"
	if _, err := e.Detect(context.Background(), "testvendor"); err != nil {
		t.Fatal(err)
	}
	check(11, 9)
}

// judgedFlow tells the failures elsewhereFlow gives records it linked elsewhere, as the jobs
// and vendors flows tell their own.
type judgedFlow struct{ *elsewhereFlow }

func (judgedFlow) JudgesElsewhere(f *Failure) bool {
	return f != nil && f.Message == "Procore links this company to another integration's record."
}

// A store from before the mark: its items failed for a link elsewhere are marked once when the
// engine starts, so the Dashboard counts them apart there too; other failures are not.
func TestLinksElsewhereMarkedOnAnOlderStore(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &elsewhereFlow{testFlow: newTestFlowOf("testvendor"), elsewhere: map[string]bool{}, refused: map[string]bool{}}
	e, err := New(st, zerolog.Nop(), []Flow{judgedFlow{f}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 6 {
		key := fmt.Sprintf("%02d", i)
		f.records[key] = "Company " + key
		if i < 4 {
			f.elsewhere[key] = true
		} else {
			f.refused[key] = true
		}
	}
	if _, err := e.Detect(context.Background(), "testvendor"); err != nil {
		t.Fatal(err)
	}
	// As an older Joblink kept them: no mark, no count, and the store not yet marked.
	err = st.Update(func(txn *badger.Txn) error {
		for key := range f.elsewhere {
			it, err := getItem(txn, ItemID("testvendor", key))
			if err != nil {
				return err
			}
			it.LinkedElsewhere = false
			if err := putItem(txn, it); err != nil {
				return err
			}
		}
		return txn.Delete([]byte(elsewhereMarkedKey))
	})
	if err != nil {
		t.Fatal(err)
	}
	if today, _ := e.Today(); today.LinkedElsewhere != 0 {
		t.Fatalf("set up as an older store: %d linked elsewhere", today.LinkedElsewhere)
	}
	e2, err := New(st, zerolog.Nop(), []Flow{judgedFlow{f}})
	if err != nil {
		t.Fatal(err)
	}
	today, err := e2.Today()
	if err != nil || today.Kinds[0].Attention != 6 || today.LinkedElsewhere != 4 {
		t.Fatalf("after start-up: %+v %v", today, err)
	}
}
