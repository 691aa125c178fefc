package procore

import (
	"encoding/json"
	"fmt"
)

// viewColumns are the columns a budget view adds to its rows beyond the fixed fields: their
// keys depend on how the company set the view up, so they are kept raw and read by name.
type viewColumns map[string]json.RawMessage

// collectViewColumns returns every key of the row object b that is not one of its fixed
// fields; nil when there is none.
func collectViewColumns(b []byte, fixed map[string]bool) (viewColumns, error) {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, err
	}
	var cols viewColumns
	for k, v := range all {
		if !fixed[k] {
			if cols == nil {
				cols = viewColumns{}
			}
			cols[k] = v
		}
	}
	return cols, nil
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
