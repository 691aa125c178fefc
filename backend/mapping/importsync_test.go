package mapping

import (
	"errors"
	"strings"
	"testing"

	"joblink/backend/procore"
)

type syncedThing struct {
	origin string
	id     int64
}

func foldThings(res procore.SyncResult[syncedThing], err error) ([]ImportResult, error) {
	out := []ImportResult{{ListID: "A"}, {ListID: "B"}, {ListID: "C"}, {ListID: "D", Problem: &Problem{Message: "not sent"}}}
	at := map[string]int{"A": 0, "B": 1, "C": 2}
	return FoldSync(out, at, res, err, func(t syncedThing) (string, int64) { return t.origin, t.id },
		SyncNouns{QuickBooks: "vendor", Procore: "company"})
}

// Each record sent gets its Procore id, Procore's refusal, or a problem saying Procore was silent
// about it; a record not sent keeps the problem it had.
func TestFoldSyncGivesEachRecordItsOutcome(t *testing.T) {
	res := procore.SyncResult[syncedThing]{
		Entities: []syncedThing{{origin: "A", id: 41}, {origin: "elsewhere", id: 99}},
		Errors:   []procore.SyncItemError{{Index: 1, OriginID: "B", FieldErrors: map[string][]string{"name": {"has already been taken"}}}},
	}
	out, err := foldThings(res, nil)
	if err != nil {
		t.Fatal(err)
	}
	if out[0].ProcoreID != "41" || out[0].Problem != nil {
		t.Errorf("A = %+v, want Procore id 41", out[0])
	}
	if p := out[1].Problem; p == nil || !strings.Contains(p.Message, "has already been taken") || !strings.Contains(p.Fix, "the vendor in QuickBooks (or the company in Procore)") {
		t.Errorf("B problem = %+v, want Procore's words and the fix in the page's nouns", p)
	}
	if p := out[2].Problem; p == nil || p.Message != "Procore did not say what it did with this vendor." || !strings.Contains(p.Fix, "if the company is not there") {
		t.Errorf("C problem = %+v, want 'did not say'", p)
	}
	if out[3].Problem.Message != "not sent" {
		t.Errorf("D problem = %+v, want it kept", out[3].Problem)
	}
}

// A failed call keeps what did arrive and blames the call, not each silent record.
func TestFoldSyncFailedCall(t *testing.T) {
	cut := errors.New("connection reset")
	res := procore.SyncResult[syncedThing]{Entities: []syncedThing{{origin: "C", id: 7}}}
	out, err := foldThings(res, cut)
	if !errors.Is(err, cut) {
		t.Fatalf("err = %v, want the call's", err)
	}
	if out[2].ProcoreID != "7" || out[0].Problem != nil || out[1].Problem != nil {
		t.Errorf("out = %+v, want C's id kept and no per-record problem for A and B", out)
	}
}
