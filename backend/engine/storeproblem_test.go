package engine

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/problem"
	"joblink/backend/store"
)

// TestStoreProblemExplainsTheCause: the engine's store failures are explained by their cause
// (issue 12, item 8), not with one sentence for all; words a flow already gave are kept.
func TestStoreProblemExplainsTheCause(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	huge := []byte(strings.Repeat("pasted document ", 30<<20/16))
	tooLarge := st.Update(func(txn *badger.Txn) error { return txn.Set([]byte("work/x"), huge) })
	if tooLarge == nil {
		t.Fatal("a 30 MB value was stored")
	}
	flows := &problem.Problem{Message: "QuickBooks refused the job.", Fix: "Rename it."}
	for _, c := range []struct {
		err       error
		want, not string
	}{
		{tooLarge, "too large", "disk"},
		{fmt.Errorf("write: %w", syscall.ENOSPC), "the disk is full", "nothing was sent"},
		{fmt.Errorf("save: %w", flows), "QuickBooks refused the job. Rename it.", "database"},
	} {
		var p *problem.Problem
		if !errors.As(storeProblem(c.err), &p) {
			t.Fatalf("%v: not explained", c.err)
		}
		words := p.Words() + " " + p.Meaning
		if !strings.Contains(words, c.want) || strings.Contains(strings.ToLower(words), c.not) {
			t.Errorf("%.80v: explained as %q; want %q and not %q", c.err, words, c.want, c.not)
		}
	}
}
