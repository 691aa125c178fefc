package match

// A sole proprietor's firm, "Rick Tremblay Refrigeration", and the owner's name kept in
// QuickBooks, "Tremblay, Richard", share too few letters for the trigram search to bring them
// together: the trade is long and the first name written short. A QuickBooks name written
// surname first is therefore also found by its surname, when the Procore name has that surname
// and a word for the same first name (the name itself, a short form of it or its initial). The
// whole-name comparison then decides (person.go).

// surnameKeys are the words of a name written surname first ("Tremblay, Richard") that are its
// surname: the words before the comma, not numbers, notes or single letters. A name that starts
// with a common first name ("William T Nakamura Surveying") gives the word after it, a middle
// initial skipped.
func surnameKeys(p *prepared) []string {
	if !firstFlagged(p.toks) {
		if k := leadingSurname(p.toks); k >= 0 {
			return []string{p.toks[k].key}
		}
		return nil
	}
	var keys []string
	for i := range p.toks {
		t := &p.toks[i]
		if t.first || t.qual || t.customer || t.role != roleCore || t.num != "" || len(t.runes) < 2 {
			continue
		}
		keys = append(keys, t.key)
	}
	return keys
}

// surnameCandidates appends the QuickBooks names written surname first whose surname is a word of
// q and whose first name q has too, as candidates worth comparing whole.
func (ix *Index) surnameCandidates(q *prepared, hits []hit) []hit {
	if len(ix.bySurname) == 0 || firstFlagged(q.toks) {
		return hits
	}
	for i := range q.toks {
		t := &q.toks[i]
		if t.role != roleCore || t.num != "" || len(t.runes) < 2 {
			continue
		}
		for _, id := range ix.bySurname[t.key] {
			if givenNameIn(q.toks, i, ix.entries[id].toks) {
				// As close as the trigram search would need to compare it whole.
				hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
			}
		}
	}
	return hits
}

// wholeDice is the least share of trigrams a candidate found by the trigram search needs before
// it is compared whole (Index.evaluate).
const wholeDice = 0.3

// givenNameIn reports that q, besides its word at surname, has a word for one of the first names
// of e: the same name, a short form ("Rick", "Richard") or initials ("J.R.", "Juan Ramon").
func givenNameIn(q []token, surname int, e []token) bool {
	for i := range q {
		a := &q[i]
		if i == surname || a.role != roleCore || a.num != "" {
			continue
		}
		lead := firstOwnWord(e)
		for j := range e {
			b := &e[j]
			if !(b.first || j == lead && !firstFlagged(e)) || len(b.runes) == 0 || len(a.runes) == 0 {
				continue
			}
			if a.key == b.key || sameGivenName(a.key, b.key) || (a.initial || len(a.runes) == 1) && a.runes[0] == b.runes[0] {
				return true
			}
		}
	}
	return false
}

// leadingSurname is the index of the surname of a name written first name first without a
// comma: the word after a leading common first name ("Nakamura" of "William T Nakamura
// Surveying"), a middle initial skipped; -1 when the name does not start so.
func leadingSurname(ts []token) int {
	i := firstOwnWord(ts)
	if i < 0 || ts[i].role != roleCore || ts[i].num != "" || !commonFirstName(ts[i].key) {
		return -1
	}
	k := i + 1
	if k < len(ts) && ts[k].single() {
		k++
	}
	if k >= len(ts) || ts[k].role != roleCore || ts[k].num != "" || ts[k].qual || len(ts[k].runes) < 2 || tradeWords[ts[k].key] {
		return -1
	}
	return k
}
