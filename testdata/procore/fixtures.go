// Package procorefixtures holds the reference Procore company the simulator (backend/procoresim)
// serves: JSON files in Procore's own field names, produced by generate.go with a fixed seed. They
// are embedded so the standalone simulator needs no files next to the binary.
//
// Regenerate with: go run testdata/procore/generate.go (from the module root; it writes here).
package procorefixtures

import "embed"

// Files holds company.json, projects.json, vendors.json, standard_cost_code_lists.json,
// standard_cost_codes.json, line_item_types.json, direct_costs.json, budget_locks.json, commitments.json,
// contract_payments.json, budget_views.json, budget_line_items.json, budget_modifications.json,
// budget_changes.json, commitment_change_orders.json and requisitions.json.
//
//go:embed *.json
var Files embed.FS
