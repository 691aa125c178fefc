package qbxml

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Decimal is an exact decimal number as qbXML writes it ("1250.00", "-3.5"). Money is never
// carried as float64: binary floating point cannot represent most cent values, and a sync engine
// that compares amounts must get exactly what QuickBooks stored. The zero value "" means "not set".
type Decimal string

// Cents builds an AMTTYPE amount from an integer number of cents.
func Cents(c int64) Decimal {
	sign := ""
	u := uint64(c)
	if c < 0 {
		sign = "-"
		u = uint64(-c)
	}
	return Decimal(fmt.Sprintf("%s%d.%02d", sign, u/100, u%100))
}

// Units returns d scaled to an integer number of 1/10^scale units (Units(2) = cents), failing if
// d has more fraction digits than scale or does not fit in an int64.
func (d Decimal) Units(scale int) (int64, error) {
	s := strings.TrimSpace(string(d))
	if !decimalPattern.MatchString(s) || s == "" {
		return 0, fmt.Errorf("qbxml: %q is not a decimal number", string(d))
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > scale {
		if strings.TrimRight(frac[scale:], "0") != "" {
			return 0, fmt.Errorf("qbxml: %q has more than %d decimal places", string(d), scale)
		}
		frac = frac[:scale]
	}
	frac += strings.Repeat("0", scale-len(frac))
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("qbxml: %q out of range: %w", string(d), err)
	}
	if neg {
		n = -n
	}
	return n, nil
}

var (
	decimalPattern = regexp.MustCompile(`^[+-]?[0-9]*(\.[0-9]*)?$`)
	// The XSD patterns of AMTTYPE and PRICETYPE/QUANTYPE/PERCENTTYPE (qbxmltypes130.xsd).
	amountPattern   = regexp.MustCompile(`^[+-]?[0-9]{1,13}(\.[0-9]{2})?$`)
	quantityPattern = regexp.MustCompile(`^[+-]?[0-9]{1,10}(\.[0-9]{1,5})?$`)
)
