package procore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
)

// Decimal is an exact decimal amount as Procore sends it ("250.0"). Money never passes through
// float64, which cannot hold most cent values exactly. The zero value means "no amount" (null).
//
// Procore's v1.0 responses carry most amounts as JSON strings, some as numbers (§0.2); both
// are accepted. Requests send a JSON number written from the exact text, as the create/update
// schemas declare (e.g. project total_value is a number).
type Decimal string

var decimalPattern = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

// ParseDecimal checks s ("1234.50", "-3", "1e3").
func ParseDecimal(s string) (Decimal, error) {
	if !decimalPattern.MatchString(s) {
		return "", fmt.Errorf("procore: %q is not a decimal number", s)
	}
	return Decimal(s), nil
}

// IsSet reports whether an amount is present.
func (d Decimal) IsSet() bool { return d != "" }

func (d Decimal) String() string { return string(d) }

func (d Decimal) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	if !decimalPattern.MatchString(string(d)) {
		return nil, fmt.Errorf("procore: %q is not a decimal number", string(d))
	}
	return []byte(d), nil
}

func (d *Decimal) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*d = ""
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s == "" {
			*d = ""
			return nil
		}
		v, err := ParseDecimal(s)
		if err != nil {
			return err
		}
		*d = v
		return nil
	}
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DecimalString is an amount a request schema types as a JSON string, e.g. a commitment's
// retainage_percent (§9.4): it is written as "10.0", not 10.0. Answers are read as Decimal.
type DecimalString string

func (d DecimalString) MarshalJSON() ([]byte, error) {
	if _, err := ParseDecimal(string(d)); err != nil {
		return nil, err
	}
	return json.Marshal(string(d))
}
