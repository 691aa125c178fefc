package match

import "strings"

// A union local is often written with its trade after the number: "UA Local 26 Pipe Trades",
// "IBEW Local 46 Electricians", where the other list keeps "UA Local 26". The union's initials
// and the local's number, both paired, say which local it is; the trade after the number says
// what the union's initials already say. A fund's word (Pension, Trust, Benefit…) is no trade:
// the local and its funds stay two payees (union.go).

// unionTradeWords are the words a local's trade is written with after its number, besides the
// trades of tradeWords.
var unionTradeWords = wordSet(`trades trade crafts craft pipe pipefitters plumbers steamfitters
	electricians electrical ironworkers carpenters laborers painters bricklayers teamsters
	operators engineers glaziers roofers insulators elevator`)

// unionTradeAfterNumber reports that t, left over in ts, is a word of a trade after the paired
// "Local N", in a name whose union is named by paired initials of unionInitials, with no word of
// a fund in the name.
func unionTradeAfterNumber(ts []token, ps []paired, t *token) bool {
	if t.num != "" || t.qual || !unionTradeWords[t.key] && !tradeWords[t.key] || !unionLocal(ts, ps) {
		return false
	}
	at, number, initials := tokenAt(ts, t), -1, false
	for i := range ts {
		k := ts[i].key
		if fundWords[k] || fundKinds[k] || benefitWords[k] || k == "benefit" || k == "benefits" {
			return false
		}
		if ts[i].num != "" && ps[i].like == sameNumber && number < 0 {
			number = i
		}
		// The table may have read the initials out ("UA" as Plumbers and Pipefitters): by
		// what was written.
		_, union := unionInitials[strings.ToLower(strings.Trim(ts[i].raw, "."))]
		initials = initials || union && ps[i].like != unlike
	}
	return initials && number >= 0 && at > number
}
