package session

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// start handles the first sendRequestXML of a session: parse the HCP response, check the
// QuickBooks product and version and the company file, then Begin the engine. s.mu is held.
func (m *Manager) start(ctx context.Context, s *session, hcpResponse, companyFile, country string, major, minor int) error {
	s.info.CompanyFile = companyFile
	s.info.Country = country
	s.info.QBXMLMajor, s.info.QBXMLMinor = major, minor
	if strings.TrimSpace(hcpResponse) == "" {
		return &Problem{
			Message: "The Web Connector did not pass on QuickBooks' description of itself and the company file, so Joblink cannot check it.",
			Fix:     "Run the update again; if this repeats, reinstall the QuickBooks Web Connector.",
		}
	}
	facts, err := m.parseHCP(hcpResponse)
	if err != nil {
		return &Problem{
			Message: "Joblink could not read QuickBooks' description of itself and the company file.",
			Fix:     "Run the update again; if this repeats, send Joblink's log files to support.",
			Err:     fmt.Errorf("parse HCP response: %w", err),
		}
	}
	if facts.CompanyFile == "" {
		facts.CompanyFile = companyFile
	}
	if s.info.CompanyFile == "" {
		s.info.CompanyFile = facts.CompanyFile
	}
	s.info.Host = facts
	s.info.FileID = facts.FileID
	if s.info.FileID == "" {
		s.info.FileID = fileIDFor(facts.FileIDs, m.cfg.OwnerID)
	}

	if err := m.checkProduct(facts); err != nil {
		return err
	}
	if err := m.checkCompany(s.info); err != nil {
		return err
	}
	if err := m.engine.Begin(ctx, &s.info); err != nil {
		return err
	}
	s.begun = true
	return nil
}

// checkProduct refuses QuickBooks Online, QuickBooks for Mac and desktop versions older than
// the configured minimum.
func (m *Manager) checkProduct(h HostFacts) error {
	name := strings.ToLower(h.ProductName)
	product := h.ProductName
	if product == "" {
		product = "This QuickBooks"
	}
	switch {
	case strings.Contains(name, "online"):
		return &Problem{
			Message: product + " is QuickBooks Online, which Joblink does not support: it works with QuickBooks Desktop (Pro, Premier, Accountant or Enterprise) only.",
			Fix:     "Open the company file in QuickBooks Desktop for Windows.",
		}
	case strings.Contains(name, "mac"):
		return &Problem{
			Message: product + " is QuickBooks for Mac, which Joblink does not support.",
			Fix:     "Use QuickBooks Desktop for Windows (Pro, Premier, Accountant or Enterprise).",
		}
	case h.Major < m.cfg.MinQuickBooksMajor:
		return &Problem{
			Message: fmt.Sprintf("%s (version %d) is too old for Joblink, which needs QuickBooks Desktop %d or newer (version %d).",
				product, h.Major, m.cfg.MinQuickBooksMajor+1990, m.cfg.MinQuickBooksMajor),
			Fix: "Update QuickBooks Desktop, then run the update again.",
		}
	}
	return nil
}

// keyCompanyPin holds the company file Joblink is linked to.
var keyCompanyPin = []byte("qbwc/company_pin")

// CompanyPin is the company file Joblink is linked to: the first one it saw.
type CompanyPin struct {
	FileID   string    `json:"file_id,omitempty"`
	Path     string    `json:"path,omitempty"`
	Name     string    `json:"name,omitempty"`
	PinnedAt time.Time `json:"pinned_at"`
}

func (p CompanyPin) describe() string {
	// Plain quotes, not %q: Windows paths must keep single backslashes.
	if p.Name != "" && p.Path != "" {
		return `"` + p.Path + `" (` + p.Name + `)`
	}
	if p.Path != "" {
		return `"` + p.Path + `"`
	}
	if p.Name != "" {
		return `"` + p.Name + `"`
	}
	return "the company file with FileID " + p.FileID
}

// checkCompany pins the first company file seen and refuses any other: syncing Procore into
// two books would post the same bills twice. Files are matched by FileID when both sides have
// one, else by path.
func (m *Manager) checkCompany(info Info) error {
	current := CompanyPin{FileID: info.FileID, Path: info.CompanyFile, Name: info.Host.CompanyName, PinnedAt: m.cfg.Now().UTC()}
	if current.FileID == "" && current.Path == "" {
		return &Problem{
			Message: "The Web Connector did not say which company file is open, so Joblink cannot check it is the right one.",
			Fix:     "Open the company file in QuickBooks and run the update again.",
		}
	}
	return m.kv.Update(func(txn *badger.Txn) error {
		pin, found, err := readPin(txn)
		if err != nil {
			return err
		}
		if !found {
			m.log.Info().Str("path", current.Path).Str("file_id", current.FileID).Msg("linked Joblink to this company file")
			return writePin(txn, current)
		}
		switch {
		case pin.FileID != "" && current.FileID != "":
			if !sameGUID(pin.FileID, current.FileID) {
				return companyMismatch(pin, current)
			}
		case !samePath(pin.Path, current.Path):
			return companyMismatch(pin, current)
		}
		// Same file. Learn what the pin lacks (a FileID appears once QBWC stamped it; the path
		// changes when the file is moved).
		updated := pin
		if updated.FileID == "" {
			updated.FileID = current.FileID
		}
		if current.Path != "" {
			updated.Path = current.Path
		}
		if current.Name != "" {
			updated.Name = current.Name
		}
		if updated != pin {
			return writePin(txn, updated)
		}
		return nil
	})
}

func companyMismatch(pin, current CompanyPin) error {
	return &Problem{
		Message: fmt.Sprintf("Joblink is linked to the company file %s, but QuickBooks has %s open. Joblink did not change it.", pin.describe(), current.describe()),
		Fix:     "Open the linked company file in QuickBooks and run the update again. To link Joblink to a different company file, unlink the current one in Joblink's settings first.",
	}
}

// PinnedCompany returns the company file Joblink is linked to, if any.
func (m *Manager) PinnedCompany() (CompanyPin, bool, error) {
	var pin CompanyPin
	var found bool
	err := m.kv.View(func(txn *badger.Txn) error {
		var err error
		pin, found, err = readPin(txn)
		return err
	})
	return pin, found, err
}

// UnpinCompany forgets the linked company file; the next session links to the file it finds.
func (m *Manager) UnpinCompany() error {
	if err := m.kv.Update(func(txn *badger.Txn) error { return txn.Delete(keyCompanyPin) }); err != nil {
		return fmt.Errorf("unlink the company file: %w", err)
	}
	return nil
}

func readPin(txn *badger.Txn) (CompanyPin, bool, error) {
	var pin CompanyPin
	item, err := txn.Get(keyCompanyPin)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return pin, false, nil
	}
	if err != nil {
		return pin, false, fmt.Errorf("read the linked company file: %w", err)
	}
	err = item.Value(func(v []byte) error { return json.Unmarshal(v, &pin) })
	if err != nil {
		return pin, false, fmt.Errorf("read the linked company file: %w", err)
	}
	return pin, true, nil
}

func writePin(txn *badger.Txn, pin CompanyPin) error {
	b, err := json.Marshal(pin)
	if err != nil {
		return fmt.Errorf("encode the linked company file: %w", err)
	}
	if err := txn.Set(keyCompanyPin, b); err != nil {
		return fmt.Errorf("save the linked company file: %w", err)
	}
	return nil
}

// fileIDFor picks the FileID stamped under ownerID (GUIDs compare without braces and case).
func fileIDFor(fileIDs map[string]string, ownerID string) string {
	if ownerID == "" {
		return ""
	}
	for owner, id := range fileIDs {
		if sameGUID(owner, ownerID) {
			return id
		}
	}
	return ""
}

func sameGUID(a, b string) bool {
	trim := func(s string) string { return strings.Trim(strings.TrimSpace(s), "{}") }
	return strings.EqualFold(trim(a), trim(b))
}

// samePath compares Windows paths: case-insensitive, either slash.
func samePath(a, b string) bool {
	norm := func(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "/", `\`) }
	return a != "" && strings.EqualFold(norm(a), norm(b))
}
