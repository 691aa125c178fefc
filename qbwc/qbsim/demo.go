package qbsim

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed testdata/demo_overlap.json
var demoOverlapJSON []byte

// NewDemoCompany returns the reference company (NewReferenceCompany) plus
// testdata/demo_overlap.json: customers, jobs and vendors that overlap
// messily with the Procore demo company (testdata/procore), so the
// project and vendor mapping wizards meet every case a bookkeeper does.
// testdata/make_demo_overlap.py generates the overlap from the Procore
// fixtures and writes which record is which case to
// testdata/demo_overlap_cases.json; the tests check both against the
// Procore data.
//
// The overlap adds 30 customers, 45 jobs and 109 vendors, so the demo
// company has 42 customers, 58 jobs and 149 vendors (plus the Vendor Types
// Subcontractor, Supplier and Utilities). Jobs:
//
//   - 15 named exactly like a Procore project whose name is unique in
//     Procore, under parents such as "Westfield Development LLC" and
//     "Cedar Ridge Properties" (one under the reference company's
//     "Harbor Point Development LLC"); 3 of them have a Ship To that
//     differs from Procore's address, the rest match it
//   - 2 named exactly like a project name Procore has several times
//     (the Ship To is one of those projects' address)
//   - 1 exact match that is inactive and Closed in QuickBooks (seen only
//     with ActiveStatus All)
//   - 11 messy spellings: case, punctuation, & vs and, Bldg for Building,
//     a typo, names truncated at 41 characters (one also a prefix of
//     another project), Procore names with characters outside Latin-1
//     (en dash) typed with a hyphen
//   - 2 sub jobs (a job under the job "Cedar Ridge Properties:Cedar Ridge
//     Medical Office Building"), which the wizards do not support
//   - 14 QuickBooks-only jobs to import into Procore: 4 with an empty
//     Ship To but a Bill To, one with no address at all, one whose address
//     line has commas, one inactive
//
// Customers: 17 parents of the jobs above; 5 customers without jobs named
// exactly like a Procore project (companies that keep jobs as customers)
// and 1 more named like a Procore project with stray spaces; 6
// QuickBooks-only customers without jobs (one inactive); and
// "Johnson Controls, Inc.", named like a Procore vendor that has no
// QuickBooks vendor, so exporting that vendor fails with 3100.
//
// Vendors, each with a VendorType; those matching a Procore vendor carry
// its address, phone, fax and email where Procore has them, the others an
// address and phone (and mostly a fax) of their own:
//
//   - 43 named exactly like a Procore vendor (26 without a Procore
//     origin_id, 17 with one), among them 4 whose phone differs, 2 with
//     the phone formatted differently, 2 with the company name on Addr1
//     and 2 inactive
//   - 30 messy spellings: Inc vs Inc., LLC vs Ltd, & vs and, Co. vs
//     Company, Corp. vs Corporation, case, a typo, accents removed
//     ("Muller Bau GmbH" for "Müller Bau GmbH"), names outside Latin-1
//     transliterated, names truncated at 41 characters, and names of
//     which Procore has several spellings ("A.B.C. Plumbing Inc")
//   - 5 look-alikes: close to a Procore vendor's name but another company
//   - 31 QuickBooks-only vendors of type Subcontractor, Supplier or
//     Utilities
//
// Four reference company vendors (Sierra Roofing, Summit Painting,
// Coastal HVAC Services, Lowe's) also match Procore vendors exactly.
//
// Then the job costs of demo_jobcosts.go: the Procore demo budgets' cost
// codes as service items and actual costs on those seven jobs.
//
// All names and addresses are Latin-1 and within QuickBooks' field
// lengths. QuickBooks assigns its own ListIDs, so the origin_id values of
// Procore records never point at records of this company.
func NewDemoCompany(opts ...Option) (*Company, error) {
	c, err := NewReferenceCompany(opts...)
	if err != nil {
		return nil, err
	}
	var f Fixture
	if err := json.Unmarshal(demoOverlapJSON, &f); err != nil {
		return nil, fmt.Errorf("decode embedded demo overlap: %w", err)
	}
	if err := c.Seed(f); err != nil {
		return nil, fmt.Errorf("seed demo overlap: %w", err)
	}
	if err := c.Seed(demoJobCosts()); err != nil {
		return nil, fmt.Errorf("seed demo job costs: %w", err)
	}
	return c, nil
}
