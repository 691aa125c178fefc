package engine

import (
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// Items that waited because Procore links them to another integration's record before the
// engine kept that apart (Item.LinkedElsewhere) carry no mark, and an incremental detection
// never reads an unchanged record again to set it: once, at start-up, the flows that can tell
// such a failure (ElsewhereJudge) mark their items needing attention, so the Dashboard counts
// them apart on a store from before as on a new one. It reads the attention items only.

// ElsewhereJudge is a flow that marks detected records Procore links elsewhere
// (Record.Elsewhere) and can tell such a failure on an item kept before the mark existed.
type ElsewhereJudge interface {
	JudgesElsewhere(f *Failure) bool
}

// elsewhereMarkedKey records that the items of a store were marked once.
const elsewhereMarkedKey = "work/migrated/linked-elsewhere"

func (e *Engine) markLinkedElsewhere() error {
	done := false
	err := e.st.View(func(txn *badger.Txn) error {
		_, err := txn.Get([]byte(elsewhereMarkedKey))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		done = err == nil
		return err
	})
	if err != nil || done {
		return err
	}
	marked := 0
	for _, f := range e.flows {
		judge, ok := f.(ElsewhereJudge)
		if !ok {
			continue
		}
		var ids []string
		err := e.st.View(func(txn *badger.Txn) error {
			return scanKeys(txn, titleScan(f.Kind(), "attention"), func(entry *badger.Item) (bool, error) {
				ids = append(ids, idOfTitleKey(entry.Key()))
				return true, nil
			})
		})
		if err != nil {
			return err
		}
		err = e.inChunks(len(ids), func(txn *badger.Txn, from, to int) error {
			for _, id := range ids[from:to] {
				it, err := getItem(txn, id)
				if isNoItem(err) {
					continue
				}
				if err != nil {
					return err
				}
				if it.State != Failed || it.LinkedElsewhere || !judge.JudgesElsewhere(it.Failure) {
					continue
				}
				it.LinkedElsewhere = true
				if err := putItem(txn, it); err != nil {
					return err
				}
				marked++
			}
			return nil
		}, nil)
		if err != nil {
			return fmt.Errorf("mark the %s linked to another integration: %w", f.Kind(), err)
		}
	}
	if marked > 0 {
		e.log.Info().Int("items", marked).Msg("items linked to another integration in Procore marked")
	}
	return e.st.Update(func(txn *badger.Txn) error { return txn.Set([]byte(elsewhereMarkedKey), []byte("1")) })
}
