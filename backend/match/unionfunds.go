package match

// A union local's benefit funds are run from one funds office that takes the fringes of all its
// funds, and a contractor's books often keep only that payee: "Iron Workers Local 40 Funds",
// "Teamsters Local 282 Trust Funds", "IUOE Local 825 Benefit Funds", where the Procore directory
// names the union, "Ironworkers Local 40". With the same local's number paired, the funds
// office's words at the end of the name ("Funds", "Benefit Funds", "Trust Funds", "Fringe
// Benefit Funds") are set aside. Not one fund of the local named for what it pays ("Local 17
// Insurance Fund", "Local 383 Vacation Fund", "Pension Fund"): that is another payee than the
// local, and "Fund" alone is one fund, not the office of all.

// fundsOfficeWords are the words a local's funds office adds before its final "Funds".
var fundsOfficeWords = wordSet(`benefit benefits trust fringe`)

// fundKindWords name what one fund pays, beside fundKinds (union.go).
var fundKindWords = wordSet(`insurance health retirement training apprentice apprenticeship
	education dues savings severance legal supplemental holiday`)

// localFundsOffice reports that t, left over in ts, is a word of a local's funds office at the
// end of the name ("Benefit Funds" of "IW Local 11 Benefit Funds"), the local's number paired.
func localFundsOffice(ts []token, ps []paired, t *token) bool {
	if t.key != "funds" && !fundsOfficeWords[t.key] || !unionLocal(ts, ps) {
		return false
	}
	end := len(ts) - 1
	for end >= 0 && (ts[end].role == roleStop || legalWords[ts[end].key]) {
		end--
	}
	if end < 0 || ts[end].key != "funds" || ps[end].like != unlike {
		return false // the name does not end with "Funds", or the other name has it too
	}
	start := end
	for start > 0 && (fundsOfficeWords[ts[start-1].key] || ts[start-1].key == "and") && ps[start-1].like == unlike {
		start--
	}
	at := -1
	for i := range ts {
		if &ts[i] == t {
			at = i
		}
		if fundKinds[ts[i].key] || fundKindWords[ts[i].key] {
			return false // one fund of the local, named for what it pays
		}
	}
	return at >= start && at <= end
}
