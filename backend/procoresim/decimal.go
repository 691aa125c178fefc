package procoresim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Decimal is a money or quantity amount. Procore sends these as JSON strings ("250.0", reference
// §0.2) but create bodies declare them as numbers, so Decimal reads either and always writes a string.
type Decimal string

// MarshalJSON writes the amount as a JSON string.
func (d Decimal) MarshalJSON() ([]byte, error) { return json.Marshal(string(d)) }

// UnmarshalJSON accepts "12.5" or 12.5 and normalises to Procore's one-decimal-minimum form.
func (d *Decimal) UnmarshalJSON(raw []byte) error {
	text := string(bytes.TrimSpace(raw))
	if strings.HasPrefix(text, `"`) {
		if err := json.Unmarshal(raw, &text); err != nil {
			return fmt.Errorf("decimal: %w", err)
		}
	}
	value, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
	if err != nil {
		return fmt.Errorf("decimal: %q is not a number", text)
	}
	*d = formatDecimal(value)
	return nil
}

func formatDecimal(value float64) Decimal {
	text := strconv.FormatFloat(value, 'f', -1, 64)
	if !strings.Contains(text, ".") {
		text += ".0"
	}
	return Decimal(text)
}
