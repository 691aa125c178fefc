package qwc

import (
	"crypto/rand"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// KV is the part of store.Store this package uses.
type KV interface {
	Update(fn func(txn *badger.Txn) error) error
}

// keyFileID holds this install's FileID.
var keyFileID = []byte("qbwc/qwc/file_id")

// EnsureFileID returns this install's FileID, creating and storing a random one the first
// time. It must stay the same across .qwc files: QBWC stamps it on the company file, and a
// .qwc with a different FileID for the same file fails with QBWC1039/1026.
func EnsureFileID(kv KV) (string, error) {
	var id string
	err := kv.Update(func(txn *badger.Txn) error {
		item, err := txn.Get(keyFileID)
		switch {
		case err == nil:
			v, err := item.ValueCopy(nil)
			id = string(v)
			if err == nil && !guidPattern.MatchString(id) {
				return fmt.Errorf("stored FileID %q is not a GUID", id)
			}
			return err
		case !errors.Is(err, badger.ErrKeyNotFound):
			return err
		}
		if id, err = NewGUID(); err != nil {
			return err
		}
		return txn.Set(keyFileID, []byte(id))
	})
	if err != nil {
		return "", fmt.Errorf("get the Web Connector FileID: %w", err)
	}
	return id, nil
}

// NewGUID returns a random (version 4) GUID in the .qwc form: braces, upper case.
func NewGUID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("read random GUID: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return strings.ToUpper(fmt.Sprintf("{%x-%x-%x-%x-%x}", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])), nil
}
