package match

import "strings"

// A union's full name lists every trade it takes in: "Cement Masons, Plasterers and Shophands
// Local 633", "Plumbers, Pipefitters & MES Local 392", where a list keeps "Cement Masons Local 633"
// or "UA Local 392". The local's number and its first trade, both paired, say which local it is;
// the other trades listed before "Local" say what else its members do. And a comma in such a name
// joins trades, not a surname to a first name: "Plumbers, Pipefitters" is no person's name.

// maxListedTrades is how many words of other trades a union's name may list before "Local".
const maxListedTrades = 3

// unionListedTrade reports that t, left over in ts, is one of the other trades a union's name
// lists between a paired trade and the paired "Local N": every word between them is left over,
// "and" aside, and there are at most maxListedTrades of them.
func unionListedTrade(ts []token, ps []paired, t *token) bool {
	at := tokenAt(ts, t)
	if at < 1 || t.num != "" || t.qual || t.role != roleCore || !unionLocal(ts, ps) {
		return false
	}
	start, end := at, at
	for start > 0 && ps[start-1].like == unlike {
		start--
	}
	for end+1 < len(ts) && ps[end+1].like == unlike {
		end++
	}
	if start == 0 || end+1 >= len(ts) || ts[end+1].key != "local" {
		return false
	}
	before := &ts[start-1]
	if before.role != roleCore || before.num != "" || !tradeOrUnionWord(before.key) {
		return false
	}
	n := 0
	for i := start; i <= end; i++ {
		if ts[i].role == roleStop {
			continue
		}
		if ts[i].num != "" || ts[i].qual || ts[i].role != roleCore {
			return false
		}
		n++
	}
	return n <= maxListedTrades
}

// unionWordsAfterComma are words that say the part of a name after its comma is a union's, not a
// person's first names.
var unionWordsAfterComma = wordSet(`local union council lodge`)

// firmAfterComma reports that rest, the part of a name after its comma, is no person's first
// names: it holds a number or a union's word ("Plumbers, Pipefitters & MES Local 392").
func firmAfterComma(rest string) bool {
	for _, r := range rest {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	for _, w := range strings.Fields(rest) {
		if unionWordsAfterComma[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			return true
		}
	}
	return false
}

// pairUnionTradeStems pairs a trade's word left over in a with one of the same trade left over in
// b ("Plumbers", read as the trade Plumbing, and the "Plumbers" a union's initials were read
// out as), when both names are the same union local.
func pairUnionTradeStems(a, b []token, ap, bp []paired) {
	if !unionLocal(a, ap) || !unionLocal(b, bp) {
		return
	}
	for i := range a {
		if ap[i].like != unlike || a[i].role != roleCore || a[i].num != "" || !tradeOrUnionWord(a[i].key) {
			continue
		}
		for j := range b {
			if bp[j].like == unlike && b[j].role == roleCore && b[j].num == "" && a[i].key != b[j].key && sameTradeName(a[i].key, b[j].key) {
				ap[i] = paired{at: j, like: sameWord}
				bp[j] = paired{at: i, like: sameWord}
				break
			}
		}
	}
}
