package match

// A building trade's national or regional benefit fund is kept by the union's initials as often
// as its local is: "SMW National Pension Fund", "Sheet Metal Workers National Pension Fund";
// "IUOE Central Pension Fund". A union's initials (unionInitials) are read so when both names
// are a fund, a word of fundWords or fundKinds paired, as when both name the same "Local N".

// unionFundBoth reports that a and b both have a fund's word (Fund, Trust, Pension, Welfare…)
// paired with the other name.
func unionFundBoth(a, b []token, ap, bp []paired) bool {
	return fundPaired(a, ap, nil) && fundPaired(b, bp, nil)
}
