package match

// "Cement Masons 394 H&W Trust" and "Cement Masons Local 394 Health & Welfare": a list may write
// a union local as its trade and its number without the word "Local". The number is the local's
// identity and the trade says whose local it is, so "Local" left over on one side is the same
// local when the trade right before it and the number right after it are both paired with the
// other name. Another number ("Cement Masons 395") or another trade ("Carpenters 394") is never
// paired and stays apart.

// localWordLeft reports that t, left over in ts, is the "Local" of "<trade> Local <number>"
// whose trade word before it and number after it ("No." allowed between) are paired.
func localWordLeft(ts []token, ps []paired, t *token) bool {
	if t.key != "local" || t.qual {
		return false
	}
	at := tokenAt(ts, t)
	if at < 1 {
		return false
	}
	before := ts[at-1]
	if before.num != "" || before.role != roleCore || ps[at-1].like == unlike || !tradeOrUnionWord(before.key) {
		return false
	}
	for j := at + 1; j < len(ts) && j <= at+2; j++ {
		if ts[j].num != "" {
			return ps[j].like == sameNumber
		}
		if ts[j].key != "no" && ts[j].key != "number" {
			return false
		}
	}
	return false
}

// tradeOrUnionWord reports a trade's word ("Masons", "Plumbers") or a union's initials ("IBEW"),
// the words that name whose local it is.
func tradeOrUnionWord(key string) bool {
	if tradeWords[key] || len(unionInitials[key]) > 0 {
		return true
	}
	for _, readings := range unionInitials {
		for _, words := range readings {
			for _, w := range words {
				if sameTradeName(key, w) {
					return true
				}
			}
		}
	}
	return false
}
