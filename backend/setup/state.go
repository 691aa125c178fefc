package setup

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/setup/wire"
)

// The wizard's durable state: one JSON value per step under "setup/". Secrets are never here;
// they live in the sealed files (see secrets.go).
var (
	keyProcore      = []byte("setup/procore")
	keyWebConnector = []byte("setup/webconnector")
	keyQuickBooks   = []byte("setup/quickbooks")
	keyPreferences  = []byte("setup/preferences")
	keyFinish       = []byte("setup/finish")
)

// procoreState is the Procore connection as saved.
type procoreState struct {
	Environment string `json:"environment"` // production | sandbox | monthly_sandbox | custom
	BaseURL     string `json:"baseURL,omitempty"`
	// Method is how Joblink signed in; empty when not connected.
	Method      string        `json:"method,omitempty"`
	ClientID    string        `json:"clientId,omitempty"` // not a secret; the secret is in the sealed file
	BuiltInApp  bool          `json:"builtInApp,omitempty"`
	User        *wire.User    `json:"user,omitempty"`
	Company     *wire.Company `json:"company,omitempty"`
	ConnectedAt time.Time     `json:"connectedAt,omitzero"`
}

type webConnectorState struct {
	PasswordMadeAt time.Time `json:"passwordMadeAt,omitzero"`
	FirstContactAt time.Time `json:"firstContactAt,omitzero"`
}

type quickBooksState struct {
	IncomeAccount  *wire.Ref `json:"incomeAccount,omitempty"`
	ExpenseAccount *wire.Ref `json:"expenseAccount,omitempty"`
	RetainageItem  *wire.Ref `json:"retainageItem,omitempty"`
}

type preferencesState struct {
	DirectExport map[string]bool `json:"directExport,omitempty"`
	PollMinutes  int             `json:"pollMinutes,omitempty"`
	// CallSharePercent is 0 when never set (DefaultCallSharePercent).
	CallSharePercent int       `json:"callSharePercent,omitempty"`
	SavedAt          time.Time `json:"savedAt,omitzero"`
	// Job costs (issue 14); "" and false are the defaults.
	JobCostColumn  string `json:"jobCostColumn,omitempty"`
	JobCostAddNew  bool   `json:"jobCostAddNew,omitempty"`
	JobCostRefresh string `json:"jobCostRefresh,omitempty"`
}

type finishState struct {
	CompletedAt time.Time `json:"completedAt,omitzero"`
}

// saved is every step's state, as read from the store.
type saved struct {
	procore      procoreState
	webConnector webConnectorState
	quickBooks   quickBooksState
	preferences  preferencesState
	finish       finishState
}

func (s *saved) fields() map[string]any {
	return map[string]any{
		string(keyProcore): &s.procore, string(keyWebConnector): &s.webConnector,
		string(keyQuickBooks): &s.quickBooks, string(keyPreferences): &s.preferences, string(keyFinish): &s.finish,
	}
}

// load reads every step's state; a missing key leaves that step empty.
func (s *Service) load() (saved, error) {
	var out saved
	err := s.st.View(func(txn *badger.Txn) error {
		for key, target := range out.fields() {
			item, err := txn.Get([]byte(key))
			if errors.Is(err, badger.ErrKeyNotFound) {
				continue
			}
			if err != nil {
				return fmt.Errorf("read %s: %w", key, err)
			}
			if err := item.Value(func(v []byte) error { return json.Unmarshal(v, target) }); err != nil {
				return fmt.Errorf("decode %s: %w", key, err)
			}
		}
		return nil
	})
	return out, err
}

// put saves one step's state.
func (s *Service) put(key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	if err := s.st.Update(func(txn *badger.Txn) error { return txn.Set(key, b) }); err != nil {
		return fmt.Errorf("save %s: %w", key, err)
	}
	return nil
}

// ConnectedAt is when Joblink was first connected to the Procore company it syncs (zero when
// it is not connected). Records Procore had before then need a confirmation to be linked.
func (s *Service) ConnectedAt() time.Time {
	sv, err := s.load()
	if err != nil {
		return time.Time{}
	}
	return sv.procore.ConnectedAt
}
