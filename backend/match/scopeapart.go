package match

// A building's core and shell and its tenant improvements are two contracts, often under one
// contractor and one project's name: "Little Italy Office - Core/Shell" and "Little Italy Office
// TI" are two jobs. Each scope word alone may be set aside (a weak word of the work, a note after
// a dash), so on the Jobs page a core-and-shell word left over on one side and a word of the
// tenant's fit-out on the other keep the names apart.

// shellScopeWords name the base building's scope; fitOutScopeWords the tenant's.
var (
	shellScopeWords  = wordSet(`core shell`)
	fitOutScopeWords = wordSet(`tenant improvements improvement ti buildout fitout interiors`)
)

// scopeApart reports the base building's scope left over in one name and the tenant's in the other.
func scopeApart(qLeft, eLeft []*token) bool {
	return hasKeyIn(qLeft, shellScopeWords) && hasKeyIn(eLeft, fitOutScopeWords) ||
		hasKeyIn(eLeft, shellScopeWords) && hasKeyIn(qLeft, fitOutScopeWords)
}

// hasKeyIn reports a token of ts whose key is in set.
func hasKeyIn(ts []*token, set map[string]bool) bool {
	for _, t := range ts {
		if set[t.key] {
			return true
		}
	}
	return false
}
