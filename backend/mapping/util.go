package mapping

import (
	"encoding/json"
	"fmt"

	"joblink/backend/engine"
	"joblink/qbwc/qbxml"
)

func latin1(s string) string {
	out, _ := qbxml.Latin1(s)
	return out
}

// DecodeItem reads a jobs or vendors item's snapshot into data and the bookkeeper's choice
// (if any) into choice.
func DecodeItem(it *engine.Item, data, choice any) error {
	if err := json.Unmarshal(it.Data, data); err != nil {
		return fmt.Errorf("%s: %w", it.ID, err)
	}
	if len(it.Choice) > 0 {
		if err := json.Unmarshal(it.Choice, choice); err != nil {
			return fmt.Errorf("%s choice: %w", it.ID, err)
		}
	}
	return nil
}
