package match

// A homeowner is kept in QuickBooks as "Surname, First" with a job under it, named by whoever
// opened it ("Castellano, Vince:Garage", "Feldman, Jeff:Media Room Low Voltage"), while the
// project manager names the Procore project by the family and the work as he sees it
// ("Castellano Detached Garage", "Feldman Media Room"). When that job is the family's only one,
// a bookkeeper links the two as soon as the surname and a word of the work agree: a household
// has one project at a time, and the words around the shared one are the two people's ways of
// describing it. With two jobs or more under the customer, the words must say which, and the
// whole-name rules apply (whole.go).

// maxFamilyJobWordsLeft is how many words of its own each side may keep beside the shared ones.
const maxFamilyJobWordsLeft = 2

// familyJob compares the Procore name q with e, a job of a private client's customer, when the
// whole-name rules found them apart. It reports the words the two share beside the surname, or
// nil when e is not the family's only job or the names do not agree as above.
func (ix *Index) familyJob(q, e *prepared, sc *scratch) []string {
	if e.parent == "" || ix.jobsOf[e.parent] != 1 || !firstFlagged(e.toks) {
		return nil
	}
	qp, ep := bestPairs(q.toks, e.toks, sc)
	if otherGivenName(q.toks, qp, e.toks, ep, false) != "" {
		return nil // "Michael Brennan Kitchen Remodel" is not Kathleen Brennan's job (othergiven.go)
	}
	surname := false
	for j := range e.toks {
		t := &e.toks[j]
		if !t.customer || t.first || t.role != roleCore {
			continue
		}
		if ep[j].like != sameWord {
			return nil // every word of the surname is in the project's name
		}
		surname = true
	}
	if !surname {
		return nil
	}
	var shared []string
	eLeft, ePlace := 0, false
	eSize, qSize := false, false // a system's size left over (residencework.go)
	for j := range e.toks {
		t := &e.toks[j]
		if t.customer || t.role == roleStop {
			continue
		}
		if ep[j].like == unlike {
			if sizeOfWork(t.raw) {
				eSize = true
				continue // "8.4kW" of "Rooftop Solar 8.4kW" (residencework.go)
			}
			if t.num != "" || t.single() {
				return nil // "Phase 2", "Building B": another job's mark
			}
			if t.role == roleCore {
				eLeft++
				ePlace = ePlace || ix.cities[t.key]
			}
			continue
		}
		if t.role == roleCore && t.num == "" && len(t.runes) >= 3 && q.toks[ep[j].at].num == "" {
			shared = appendNew(shared, t.raw)
		}
	}
	qLeft, qPlace := 0, false
	for i := range q.toks {
		t := &q.toks[i]
		if qp[i].like != unlike || t.role == roleStop {
			continue
		}
		if sizeOfWork(t.raw) {
			qSize = true
			continue
		}
		if t.num != "" || t.single() {
			return nil
		}
		if t.role == roleCore {
			qLeft++
			qPlace = qPlace || t.qual || ix.cities[t.key]
		}
	}
	if eSize && qSize {
		return nil // "Solar 10kW" is another system than "Solar 8.4kW"
	}
	if house := houseJobShared(q.toks, e.toks, qp, func(w string) bool { return ix.cities[w] }); len(shared) == 0 && house != "" {
		shared, eLeft = []string{house}, 0 // "Brennan Residence", "New Residence Plumbing" (residencework.go)
	}
	if len(shared) == 0 || qLeft > maxFamilyJobWordsLeft || eLeft > maxFamilyJobWordsLeft || qPlace && ePlace {
		return nil // "Vance Remodel - Plano" is not the Vances' Frisco remodel
	}
	return shared
}

// familyJobQuality is the whole-name quality a family's only job is scored with: below a name
// whose words all agree, so that such a name is preferred.
const familyJobQuality = 0.4
