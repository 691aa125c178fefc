package vendors

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/store"
)

const settingsKey = "mapping/vendors/settings"

// Settings are the bookkeeper's vendor preferences.
type Settings struct {
	// UpdateProcore: when a linked QuickBooks vendor changes, its Procore company takes the
	// new name, address and numbers on the next refresh.
	UpdateProcore bool `json:"updateProcoreFromQuickBooks"`
	// ImportTypes limits the QuickBooks vendors offered for import to these vendor types;
	// empty offers every vendor.
	ImportTypes []string `json:"importVendorTypes"`
}

// LoadSettings reads the settings; off and every type until the bookkeeper chooses.
func LoadSettings(st *store.Store) (Settings, error) {
	s := Settings{ImportTypes: []string{}}
	err := st.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(settingsKey))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error { return json.Unmarshal(v, &s) })
	})
	if err != nil {
		return s, fmt.Errorf("read the vendor settings: %w", err)
	}
	if s.ImportTypes == nil {
		s.ImportTypes = []string{}
	}
	return s, nil
}

// SaveSettings keeps the settings.
func SaveSettings(st *store.Store, s Settings) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := st.Update(func(txn *badger.Txn) error { return txn.Set([]byte(settingsKey), b) }); err != nil {
		return fmt.Errorf("save the vendor settings: %w", err)
	}
	return nil
}
