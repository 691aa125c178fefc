package procore

import (
	"encoding/json"
	"fmt"
)

// viewColumns are the columns a budget view adds to its rows beyond the fixed fields, keyed as the
// rows key them (by display name in real responses); which there are depends on how the company set
// the view up, so they are kept raw and read by name.
type viewColumns map[string]json.RawMessage

// decodeViewRow decodes a budget view's row object into fields (its fixed fields, a type without
// the row's UnmarshalJSON) and returns the whole object too (all) and the columns the view adds
// (collectViewColumns).
func decodeViewRow(b []byte, fields any, fixed map[string]bool) (all map[string]json.RawMessage, cols viewColumns, err error) {
	if err := json.Unmarshal(b, fields); err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, nil, err
	}
	return all, collectViewColumns(all, fixed), nil
}

// collectViewColumns returns every key of the row object that is not one of its fixed fields; nil
// when there is none.
func collectViewColumns(all map[string]json.RawMessage, fixed map[string]bool) viewColumns {
	var cols viewColumns
	for k, v := range all {
		if !fixed[k] {
			if cols == nil {
				cols = viewColumns{}
			}
			cols[k] = v
		}
	}
	return cols
}

// amount reads column as an amount. ok is false when there is no such column; a null column
// reads as an unset Decimal. what names the row kind in errors.
func (c viewColumns) amount(column, what string) (d Decimal, ok bool, err error) {
	raw, ok := c[column]
	if !ok {
		return "", false, nil
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return "", true, fmt.Errorf("procore: %s column %q: %w", what, column, err)
	}
	return d, true, nil
}

// columnAmount reads the column a budget_detail_columns entry describes: its name first, the key
// real rows use, then its id.
func (c viewColumns) columnAmount(column BudgetDetailColumn, what string) (d Decimal, ok bool, err error) {
	if d, ok, err := c.amount(column.Name, what); ok {
		return d, ok, err
	}
	return c.amount(column.ID, what)
}
