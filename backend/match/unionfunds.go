package match

// The project team keeps a union in the Procore directory by its local, "Ironworkers Local 40",
// for certified payroll and the hiring hall; the bookkeeper keeps the payee the fringe checks go
// to, "Iron Workers Local 40 Funds", "Teamsters Local 282 Trust Funds". The local's number and its
// union say which local both mean, and the Procore name says nothing of a fund, so the words of
// the fund after the local's number on the QuickBooks side name the payee the local's fringes go
// to. The other way round stays apart: a Procore name that names one fund ("Sheet Metal Workers
// Local 17 Insurance Fund") is not the local's own record ("Sheet Metal Workers Local 17"), and a
// fund of one kind is not a fund of another (union.go); a local with words after its number
// ("UA Local 77 Pipe Trades") is read as the local itself (uniontrade.go).

// fundNameWords are the words a local's funds are named with after its number: "Benefit Funds",
// "Trust Funds", "Fringe Funds", "Fds".
var fundNameWords = wordSet(`fund funds fds trust trusts benefit benefits fringe`)

// localFundsWord reports that t, left over in the QuickBooks name ts, is a word of the name of a
// union local's funds after the paired "Local N", the Procore name other naming that local and no
// fund, no dues and no kind of fund at all.
func localFundsWord(ts []token, ps []paired, t *token, other []token) bool {
	if !fundNameWords[t.key] || t.qual || !unionLocal(ts, ps) {
		return false
	}
	at, number := tokenAt(ts, t), -1
	for i := range ts {
		if ts[i].num != "" && ps[i].like == sameNumber {
			number = i
			break
		}
	}
	if number < 0 || at < number {
		return false
	}
	for i := number + 1; i < len(ts); i++ {
		if ts[i].role != roleStop && !fundNameWords[ts[i].key] {
			return false // "Local 40 Pension Funds" names one fund of the local
		}
	}
	for i := range other {
		k := other[i].key
		if fundNameWords[k] || fundKinds[k] || benefitWords[k] || k == "dues" || k == "health" {
			return false
		}
	}
	return plainLocal(other)
}

// plainLocal reports a name that ends with its local's number: "Ironworkers Local 40", not
// "UA Local 77 Pipe Trades", whose words after the number say more than which local.
func plainLocal(ts []token) bool {
	last := -1
	for i := range ts {
		if ts[i].role != roleStop && !ts[i].qual {
			last = i
		}
	}
	return last > 0 && ts[last].num != "" && ts[last-1].key == "local"
}

// otherRecordOfLocal returns another QuickBooks name of the union local whose funds e is, when the
// verdict v read e so: the local's dues or one of its funds kept apart ("IBEW Local 573 Dues"
// beside "IBEW Local 573 Benefit Funds"), which may be the one the Procore name means. Only such
// a verdict, rare, looks through the list.
func (ix *Index) otherRecordOfLocal(e *prepared, v *wholeVerdict) string {
	if !v.localFunds {
		return ""
	}
	n := localNumber(tokenWords(e.toks))
	if n == "" {
		return ""
	}
	for i := range ix.entries {
		o := &ix.entries[i]
		if o.entry.ID != e.entry.ID && localNumber(tokenWords(o.toks)) == n && sharesUnionWord(e.toks, o.toks) {
			return o.entry.Name
		}
	}
	return ""
}

// sharesUnionWord reports a word of a union's name (its trade or initials) both names have.
func sharesUnionWord(a, b []token) bool {
	for i := range a {
		if a[i].num != "" || a[i].key == "local" || !tradeOrUnionWord(a[i].key) {
			continue
		}
		for j := range b {
			if b[j].key == a[i].key {
				return true
			}
		}
	}
	return false
}
