package engine

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/store"
)

// Groups by the start of the title: a group holds its own item and those whose title goes on
// after a separator (not "010-5" in "01"); counts follow the status and the search, and
// Before says how many came on earlier pages.
func TestTitleGroups(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := newTestFlowOf("testcode")
	e, err := New(st, zerolog.Nop(), []Flow{f})
	if err != nil {
		t.Fatal(err)
	}
	for key, title := range map[string]string{"1": "01", "2": "01-100", "3": "01-200", "4": "01.300", "5": "02", "6": "02-100", "7": "010-5", "8": "03-100"} {
		f.records[key] = title
	}
	if _, err := e.Detect(context.Background(), "testcode"); err != nil {
		t.Fatal(err)
	}
	page, err := e.List("testcode", Query{Offset: 2, Limit: 3}) // 01-200, 01.300, 010-5
	if err != nil {
		t.Fatal(err)
	}
	first := page.Items[0]
	if first.Title != "01-200" {
		t.Fatalf("page starts at %q", first.Title)
	}
	groups, err := e.TitleGroups("testcode", Query{}, []string{"01", "010", "03", "04"}, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []TitleGroup{
		{Prefix: "01", Title: "01", Detail: "vendor 1", Count: 4, Before: 2},
		{Prefix: "010", Count: 1},
		{Prefix: "03", Count: 1},
		{Prefix: "04"},
	}
	if len(groups) != len(want) {
		t.Fatalf("groups %+v", groups)
	}
	for i := range want {
		if groups[i] != want[i] {
			t.Errorf("group %d = %+v, want %+v", i, groups[i], want[i])
		}
	}
	// With a search only the matches count; with a status only that status.
	groups, err = e.TitleGroups("testcode", Query{Search: "vendor 3"}, []string{"01"}, "")
	if err != nil || groups[0].Count != 1 || groups[0].Before != 0 {
		t.Fatalf("search: %+v %v", groups, err)
	}
	groups, err = e.TitleGroups("testcode", Query{Status: "attention"}, []string{"01"}, "")
	if err != nil || groups[0].Count != 0 || groups[0].Detail != "vendor 1" {
		t.Fatalf("status: %+v %v", groups, err)
	}
	if _, err := e.TitleGroups("testcode", Query{Status: "nonsense"}, []string{"01"}, ""); err == nil {
		t.Fatal("a status that does not exist was taken")
	}
}
