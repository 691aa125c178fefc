package qbsim

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
)

// Fixture is a company seed: lists created in dependency order (accounts,
// vendor types, then vendors, items, customers before their jobs).
type Fixture struct {
	Accounts []Account `json:"accounts"`
	// VendorTypes lists Vendor Type entries to create up front; a vendor's
	// VendorType is created on demand anyway.
	VendorTypes []string   `json:"vendorTypes,omitempty"`
	Items       []Item     `json:"items"`
	Vendors     []Vendor   `json:"vendors"`
	Customers   []Customer `json:"customers"`
	Employees   []string   `json:"employees"`
	OtherNames  []string   `json:"otherNames"`
	// Transactions come last: they reference all of the above.
	Transactions []Transaction `json:"transactions,omitempty"`
}

//go:embed testdata/reference_company.json
var referenceCompanyJSON []byte

// NewReferenceCompany returns a realistic small construction company (the
// demo and test default): ~20 accounts, ~30 cost-code service items, ~40
// vendors, ~25 customers and jobs, with awkward names (&, accents, 41-char
// names) and some inactive records, plus ~60 job-costed transactions
// (bills, checks, credit-card charges, item receipts, journal entries)
// spread over jobs - closed and inactive ones too - and cost codes.
func NewReferenceCompany(opts ...Option) (*Company, error) {
	var f Fixture
	if err := json.Unmarshal(referenceCompanyJSON, &f); err != nil {
		return nil, fmt.Errorf("decode embedded reference company: %w", err)
	}
	c := New(opts...)
	if err := c.Seed(f); err != nil {
		return nil, fmt.Errorf("seed reference company: %w", err)
	}
	return c, nil
}

// LoadFixture reads a JSON fixture file.
func LoadFixture(path string) (Fixture, error) {
	var f Fixture
	data, err := os.ReadFile(path)
	if err != nil {
		return f, fmt.Errorf("read fixture: %w", err)
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf("decode fixture %s: %w", path, err)
	}
	return f, nil
}

// Seed adds every record of the fixture, stopping at the first error.
func (c *Company) Seed(f Fixture) error {
	for _, a := range f.Accounts {
		if _, err := c.AddAccount(a); err != nil {
			return fmt.Errorf("account %q: %w", a.Name, err)
		}
	}
	for _, t := range f.VendorTypes {
		if _, err := c.AddVendorType(t); err != nil {
			return err
		}
	}
	for _, v := range f.Vendors {
		if _, err := c.AddVendor(v); err != nil {
			return fmt.Errorf("vendor %q: %w", v.Name, err)
		}
	}
	for _, i := range f.Items {
		if _, err := c.AddItem(i); err != nil {
			return fmt.Errorf("item %q: %w", i.Name, err)
		}
	}
	for _, cu := range f.Customers {
		if _, err := c.AddCustomer(cu); err != nil {
			return fmt.Errorf("customer %q: %w", cu.Name, err)
		}
	}
	for _, n := range f.Employees {
		if _, err := c.AddEmployee(n); err != nil {
			return fmt.Errorf("employee %q: %w", n, err)
		}
	}
	for _, n := range f.OtherNames {
		if _, err := c.AddOtherName(n); err != nil {
			return fmt.Errorf("other name %q: %w", n, err)
		}
	}
	for i, t := range f.Transactions {
		if _, err := c.AddTransaction(t); err != nil {
			return fmt.Errorf("transaction %d (%s %s): %w", i, t.Type, t.Ref, err)
		}
	}
	return nil
}
