package jobcosts

import (
	"fmt"
	"math/big"
	"strconv"
)

// Money is kept in cents (int64): QuickBooks reports two places, and Procore's decimal strings
// ("45000.0", sometimes a JSON number) are read exactly, never through float64.

// cents reads a decimal amount as written by QuickBooks or Procore; "" is 0.
func cents(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return 0, fmt.Errorf("%q is not an amount", s)
	}
	r.Mul(r, big.NewRat(100, 1))
	n := new(big.Int).Quo(r.Num(), r.Denom()) // toward zero
	rem := new(big.Int).Sub(r.Num(), new(big.Int).Mul(n, r.Denom()))
	// round half away from zero
	if new(big.Int).Mul(new(big.Int).Abs(rem), big.NewInt(2)).Cmp(r.Denom()) >= 0 {
		if r.Sign() < 0 {
			n.Sub(n, big.NewInt(1))
		} else {
			n.Add(n, big.NewInt(1))
		}
	}
	if !n.IsInt64() {
		return 0, fmt.Errorf("%q is too large an amount", s)
	}
	return n.Int64(), nil
}

// amount writes cents as the API and Procore take them: "1234.50", "-0.75".
func amount(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return sign + strconv.FormatInt(c/100, 10) + "." + fmt.Sprintf("%02d", c%100)
}
