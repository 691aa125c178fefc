package store

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
)

// TestTooLargeRecordIsExplainedAsSuch stores a 30 MB field through the store, as a QuickBooks
// response with a huge note would be: the words say the record is too large and how to fix it,
// not "check that the disk is not full", and the cause carries no hex dump.
func TestTooLargeRecordIsExplainedAsSuch(t *testing.T) {
	s := mustOpen(t, testOptions(t))
	defer mustClose(t, s)
	huge := []byte(strings.Repeat("pasted document ", 30<<20/16))
	err := s.Update(func(txn *badger.Txn) error { return txn.Set([]byte("qb/item/1"), huge) })
	if err == nil {
		t.Fatal("a 30 MB value was stored")
	}
	p := WriteProblem(err, "the QuickBooks lists")
	words := p.Words() + " " + p.Meaning
	if !strings.Contains(words, "too large") || !strings.Contains(words, "30 MB") || strings.Contains(strings.ToLower(words), "disk") {
		t.Fatalf("explained as: %s", words)
	}
	if p.Class != problem.FixData {
		t.Errorf("class %q", p.Class)
	}
	if strings.Contains(p.Error(), "\n") || len(p.Error()) > 600 {
		t.Fatalf("the cause carries the record: %.200q (%d bytes)", p.Error(), len(p.Error()))
	}
	if !errors.Is(p, err) {
		t.Fatal("the cause is not kept for errors.Is")
	}
}

func TestWriteProblemKeepsEachCauseApart(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{diskFullError("/data/db", 10<<20, 128<<20, "save anything new"), "is full"},
		{fmt.Errorf("write: %w", syscall.ENOSPC), "the disk is full"},
		{fmt.Errorf("open: %w", syscall.EROFS), "cannot be written"},
		{badger.ErrTxnTooBig, "too much to save at once"},
		{errors.New("something else"), "could not save the QuickBooks lists to its database"},
	} {
		if got := WriteProblem(c.err, "the QuickBooks lists").Words(); !strings.Contains(got, c.want) {
			t.Errorf("%v: %q, want %q in it", c.err, got, c.want)
		}
	}
}
