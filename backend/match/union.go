package match

import (
	"slices"
	"strings"
)

// A union local bills dues and its benefit funds bill fringes, and each list names them its own
// way: "IBEW Local Union No. 573" and "IBEW Local 573", "Sheet Metal Workers Local 24" and
// "SMART Local 24", "Plumbers & Pipefitters Local 189" and "UA Local 189", "Iowa Laborers Fringe
// Benefit Funds" and "Iowa Laborers Benefits". The local's number is its identity (Local 24 is
// not Local 42, whole.go keeps different numbers apart); around it, a union's initials stand for
// its trade's name, "Union" restates "Local", and a benefit fund is the same payee whether it is
// called Funds, Programs or Plans. The dues office and the benefit fund stay apart: "Benefit" on
// one side only is not set aside.

// unionInitials are the initials unions of the building trades go by, with the words of the
// name a list writes instead (any one of the readings, each word needed).
var unionInitials = map[string][][]string{
	"ua":     {{"plumbers", "pipefitters"}, {"plumbers", "steamfitters"}, {"united", "association"}, {"pipefitters"}, {"plumbers"}, {"steamfitters"}},
	"smart":  {{"sheet", "metal", "workers"}, {"sheet", "metal"}, {"sheet metal", "workers"}, {"sheet metal"}},
	"smwia":  {{"sheet", "metal", "workers"}, {"sheet metal", "workers"}},
	"smw":    {{"sheet", "metal", "workers"}, {"sheet metal", "workers"}},
	"ibew":   {{"electrical", "workers"}, {"electricians"}},
	"ibt":    {{"teamsters"}},
	"iuec":   {{"elevator", "constructors"}},
	"iuoe":   {{"operating", "engineers"}},
	"liuna":  {{"laborers"}},
	"ubc":    {{"carpenters"}},
	"iupat":  {{"painters"}, {"painters", "allied", "trades"}},
	"bac":    {{"bricklayers"}, {"bricklayers", "allied", "craftworkers"}},
	"iw":     {{"iron", "workers"}, {"ironworkers"}},
	"opcmia": {{"plasterers", "cement", "masons"}, {"cement", "masons"}},
}

// benefitWords say what kind of vehicle a benefit fund is, not which fund.
var benefitWords = wordSet(`fringe funds fund programs program plans plan trust trusts office`)

// unionLocal reports a name with "Local" and a number soon after it ("Local Union No. 573"),
// both paired with the other name.
func unionLocal(ts []token, ps []paired) bool {
	for i := range ts {
		if ts[i].key != "local" || ps[i].like == unlike {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+3; j++ {
			if ts[j].num != "" {
				return ps[j].like == sameNumber
			}
		}
	}
	return false
}

// unionWord reports that t, left over in ts, is a word a union's name may or may not carry:
// "Union" or "No" beside a paired "Local N", or a fund's kind beside a paired "Benefit(s)".
func unionWord(ts []token, ps []paired, t *token) bool {
	if t.num != "" {
		return false
	}
	if (t.key == "union" || t.key == "no" || t.key == "number") && unionLocal(ts, ps) {
		return true
	}
	switch {
	case localWordLeft(ts, ps, t):
		return true // "Local" of "Cement Masons Local 394" against "Cement Masons 394" (unionlocalword.go)
	case t.key == "dues" && unionLocal(ts, ps):
		return true // "Plumbers Local 12 Dues" is the local itself, to which dues are paid
	case restatedUnion(ts, ps, t):
		return true // "UA" of "UA Local 537 Pipefitters"
	case unionSecondTrade(ts, ps, t):
		return true // "Gasfitters" of "Plumbers & Gasfitters Local 12"
	case unionListedTrade(ts, ps, t):
		return true // "Plasterers" of "Cement Masons, Plasterers and Shophands Local 633" (unionlist.go)
	case unionTradeAfterNumber(ts, ps, t):
		return true // "Pipe Trades" of "UA Local 26 Pipe Trades" (uniontrade.go)
	case unionRegionWord(ts, ps, t):
		return true // "Southeastern" of "Southeastern Carpenters Local 225" (unionregion.go)
	case unionPlaceWidener(ts, ps, t):
		return true // "Greater" of "Greater Kansas City Laborers Welfare Fund" (unionregion.go)
	case vacationHoliday(ts, ps, t):
		return true // "Holiday" of "Local 383 Vacation & Holiday Fund" against "Vacation Fund"
	case t.key == "benefit" || t.key == "benefits":
		// "Benefit Funds" and "Funds" of the same local: the fund's word says which fund.
		return fundPaired(ts, ps, t)
	case !benefitWords[t.key]:
		return false
	}
	for i := range ts {
		if (ts[i].key == "benefit" || ts[i].key == "benefits") && ps[i].like != unlike {
			return true
		}
	}
	// "Fund" of "Laborers Health & Welfare Trust Fund" against "Laborers H&W Trust".
	return fundPaired(ts, ps, t)
}

// fundWords say that a payee is a benefit fund: one of them paired says both names are a fund.
var fundWords = wordSet(`fund funds trust trusts plan plans program programs`)

// fundKinds say which of a local's funds it is: one of them paired says both names are that
// fund, with or without the word Fund ("Health & Welfare Fund", "H&W"; "Pension Fund",
// "Pension Trust").
var fundKinds = wordSet(`welfare pension pensions annuity vacation apprenticeship hw`) // "H&W", Health & Welfare

// fundPaired reports a word of fundWords or fundKinds in ts, other than t, paired with the other
// name.
func fundPaired(ts []token, ps []paired, t *token) bool {
	for i := range ts {
		if &ts[i] != t && (fundWords[ts[i].key] || fundKinds[ts[i].key]) && ps[i].like != unlike {
			return true
		}
	}
	return false
}

// sameUnionLocal reports two names, as their words, that both name "Local" with the same number
// soon after it: a union local's words may come in any order ("Local 26 IBEW").
func sameUnionLocal(a, b []string) bool {
	n := localNumber(a)
	return n != "" && n == localNumber(b)
}

// localNumber is the number after "Local" (a word or two between allowed), or "".
func localNumber(ws []string) string {
	for i, w := range ws {
		if w != "local" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if ws[j] != "" && strings.Trim(ws[j], "0123456789") == "" {
				return strings.TrimLeft(ws[j], "0")
			}
		}
	}
	return ""
}

// restatedUnion reports that t, left over, is a union's initials whose words the same name
// spells out and the other name has too: "UA" of "UA Local 537 Pipefitters" against
// "Pipefitters Local 537".
//
// The table may have read the initials out already ("UA" as Plumbers and Pipefitters): t is
// then one of the words read out, and the words spelt out are those written otherwise.
func restatedUnion(ts []token, ps []paired, t *token) bool {
	initials := strings.ToLower(strings.Trim(t.raw, "."))
	for _, words := range unionInitials[initials] {
		all := true
		for _, w := range words {
			all = all && slices.ContainsFunc(ts, func(o token) bool { return sameTradeName(o.key, w) && o.raw != t.raw })
		}
		if !all {
			continue
		}
		for i := range ts {
			if ts[i].raw != t.raw && ps[i].like == unlike && slices.ContainsFunc(words, func(w string) bool { return sameTradeName(ts[i].key, w) }) {
				all = false // a word of the union's name not on the other side
			}
		}
		if all {
			return true
		}
	}
	return false
}

// unionSecondTrade reports that t, left over, is the second trade of a union named for two
// ("Gasfitters" of "Plumbers & Gasfitters Local 12"), right after "&" and a paired trade: the
// local's number and its first trade say which union it is.
func unionSecondTrade(ts []token, ps []paired, t *token) bool {
	at := tokenAt(ts, t)
	return at >= 2 && ts[at-1].key == "and" && ps[at-2].like != unlike && ts[at-2].role == roleCore &&
		ts[at-2].num == "" && t.role == roleCore && !t.qual && unionLocal(ts, ps)
}

// pairUnionInitials pairs a union's initials left over in a ("SMART") with the words of its name
// left over in b ("Sheet Metal Workers"), when both names are the same local.
func pairUnionInitials(a, b []token, ap, bp []paired) string {
	if !(unionLocal(a, ap) && unionLocal(b, bp) || unionFundBoth(a, b, ap, bp)) {
		return ""
	}
	for i := range a {
		readings := unionInitials[a[i].key]
		if ap[i].like != unlike || len(readings) == 0 {
			continue
		}
		for _, words := range readings {
			var at []int
			for _, w := range words {
				// "Plumbers" is read as the trade, Plumbing: by the stem (sameTradeName).
				j := slices.IndexFunc(b, func(t token) bool { return sameTradeName(t.key, w) })
				if j < 0 || bp[j].like != unlike {
					break
				}
				at = append(at, j)
			}
			if len(at) != len(words) {
				continue
			}
			ap[i] = paired{at: at[0], like: initialsOf}
			var raws []string
			for _, j := range at {
				bp[j] = paired{at: i, like: initialsOf}
				// A phrase read as one word keeps its words' raw ("Sheet Metal"), which the
				// next word may repeat.
				if !slices.ContainsFunc(raws, func(r string) bool { return strings.Contains(r, b[j].raw) }) {
					raws = append(raws, b[j].raw)
				}
			}
			return a[i].raw + " = " + strings.Join(raws, " ")
		}
	}
	return ""
}

// unionNamedOneSide reports that t, left over in ts, is the union's name right before "Local N"
// ("Pipefitters" of "Pipefitters Local 537 Trust Funds") when the other name is that local with
// no union named at all ("Local 537 Trust Funds"): every word of it is paired. A list that keeps
// one union's locals only writes "Local 537" alone; another union named on the other side is
// another local (whole.go keeps it apart).
func unionNamedOneSide(ts []token, ps []paired, t *token, other []token, op []paired) bool {
	at := tokenAt(ts, t)
	// Initials the table read out ("IBEW" as International Brotherhood of Electrical Workers) are
	// one word of the name as written: the last of them stands before "Local".
	next := at + 1
	for next < len(ts) && ts[next].raw == t.raw && ts[next].key != "local" {
		next++
	}
	if at < 0 || next >= len(ts) || ts[next].key != "local" || t.num != "" || t.qual || !unionLocal(ts, ps) {
		return false
	}
	for i := range ts {
		benefit := (ts[i].key == "benefit" || ts[i].key == "benefits") && fundPaired(ts, ps, &ts[i]) // "Benefit Trust Funds", "Trust Funds"
		if i != at && ts[i].raw != t.raw && ts[i].role != roleStop && ps[i].like == unlike && !benefit {
			return false // one word of the union's name only
		}
	}
	for j := range other {
		if other[j].role != roleStop && op[j].like == unlike && !vacationHoliday(other, op, &other[j]) {
			return false
		}
	}
	return true
}

// sameTradeName reports a trade's word and the name of its tradesmen as the tables read them:
// "plumbers" of a union's initials read out and "plumbing", what the table makes of Plumbers.
func sameTradeName(a, b string) bool {
	const stem = 5
	return a == b || len(a) >= stem && len(b) >= stem && a[:stem] == b[:stem]
}

// vacationHoliday reports that t is the "Holiday" of a local's "Vacation and Holiday Fund", its
// vacation fund's full name, with "Vacation" paired with the other name: "Local 383 Vacation &
// Holiday Fund" is the fund "Laborers Local 383 Vacation Fund" pays into.
func vacationHoliday(ts []token, ps []paired, t *token) bool {
	if t.key != "holiday" && t.key != "holidays" {
		return false
	}
	for i := 2; i < len(ts); i++ {
		if &ts[i] == t {
			return ts[i-1].key == "and" && ts[i-2].key == "vacation" && ps[i-2].like != unlike && unionLocal(ts, ps)
		}
	}
	return false
}
