package match

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// limits are the name lengths QuickBooks cuts to: 41 for customers, vendors and jobs, 31 for
// other lists and older versions.
var limits = [...]int{31, 41}

// Suggest returns up to n suggestions for e, best first; nothing below a floor score.
func (ix *Index) Suggest(e Entry, n int) []Suggestion {
	var q prepared
	ms := ix.rankOne(e, n, &q)
	if len(ms) == 0 {
		return nil
	}
	out := make([]Suggestion, 0, len(ms))
	for _, m := range ms {
		out = append(out, ix.suggestion(&q, m))
	}
	return out
}

// rankOne prepares e into q and returns its best n matches, ties marked.
func (ix *Index) rankOne(e Entry, n int, q *prepared) []match {
	if ix == nil || n <= 0 || len(ix.entries) == 0 {
		return nil
	}
	sc := ix.getScratch()
	defer ix.putScratch(sc)
	prepare(q, e, false, false)
	ix.weigh(q)
	ms := ix.rank(q, sc, max(n, 2))
	ix.markTie(ms)
	return ms[:min(n, len(ms))]
}

func (ix *Index) suggestion(q *prepared, m match) Suggestion {
	e := &ix.entries[m.idx]
	return Suggestion{
		ID:         e.entry.ID,
		Name:       e.entry.Name,
		Score:      m.score,
		Confidence: m.conf,
		Reason:     ix.reason(q, m),
		Extends:    m.extends || m.whole.extends,
	}
}

// rank finds and scores the candidates for q and returns the best k at or above the floor.
func (ix *Index) rank(q *prepared, sc *scratch, k int) []match {
	hits := sc.hits[:0]
	add := func(ids []int32, kd kind) {
		for _, id := range ids {
			hits = append(hits, hit{idx: id, kind: kd})
		}
	}
	add(ix.byExact[q.exact], kindExact)
	add(ix.byLeaf[q.exact], kindLeaf)
	if q.norm != "" {
		add(ix.byNorm[q.norm], kindNorm)
		add(ix.byGerman[q.norm], kindGerman)
		add(ix.byRole[q.norm], kindRole)
	}
	if q.compact != "" {
		add(ix.byCompact[q.compact], kindCompact)
		if q.compact != q.norm {
			// Only one side has spaces in the places the other does not.
			add(ix.byNorm[q.compact], kindCompact)
		}
	}
	if q.norm != "" {
		add(ix.byAlias[q.norm], kindAlias)
	}
	for _, a := range q.an.aliases {
		add(ix.byNorm[a], kindAlias)
		add(ix.byAlias[a], kindAlias)
	}
	if q.german != "" && q.german != q.norm {
		add(ix.byNorm[q.german], kindGerman)
	}
	add(ix.byCanon[q.canonK], kindAbbrev)
	add(ix.bySorted[q.sorted], kindOrder)
	if utf8.RuneCountInString(q.flat) > limits[0] {
		r := []rune(q.flat)
		for _, l := range limits {
			if len(r) > l {
				add(ix.byFlat[trimCut(r[:l])], kindTrunc)
			}
		}
	}
	if isInitialism(q) {
		add(ix.byInitials[q.norm], kindInitials)
	}
	for _, v := range q.initials {
		for _, id := range ix.byNorm[v] {
			if isInitialism(&ix.entries[id]) {
				hits = append(hits, hit{idx: id, kind: kindInitials})
			}
		}
	}
	for _, v := range q.acronyms {
		add(ix.byWordInitials[v], kindInitials)
	}
	for _, v := range q.wordInitials {
		add(ix.byAcronym[v], kindInitials)
	}
	hits = ix.acronymsCandidates(q, hits) // "NYC DOT" for "NYC Dept of Transportation" (multiacronym.go)
	for _, v := range officeInitialKeys(q.toks) {
		add(ix.byWordInitials[v], kindInitials) // "City of Boston - ISD" (officekeys.go)
	}
	hits = ix.surnameCandidates(q, hits)
	hits = ix.residenceCandidates(q, hits)    // "Kim Residence" for "Kim, Daniel" (residencesurname.go)
	hits = ix.jobInitials.candidates(q, hits) // "Lake Mary High School" for "LMHS" (jobinitials.go)
	if !ix.jobs {
		hits = ix.contacts.candidates(q, hits)  // another name, the same phone or street (contactname.go)
		hits = ix.dba.candidates(q, hits)       // a trade name beside a legal name (dbaname.go)
		hits = ix.firstWord.candidates(q, hits) // a supplier at one of its places (firstword.go)
		hits = ix.branchOnlyCandidates(q, hits) // the firm's name and a branch's words (branchonly.go)
		hits = ix.renamedCandidates(q, hits)    // the firm's former or new name (renamesread.go)
	}
	hits = ix.gramCandidates(q, sc, 12, hits)
	sc.hits = hits

	// One QuickBooks entry may be found by several rules; the strongest rule counts, except that
	// a close resemblance beats a guess from initials.
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.idx, b.idx), cmp.Compare(tierScore[b.kind], tierScore[a.kind]), cmp.Compare(b.dice, a.dice))
	})
	ms := make([]match, 0, len(hits))
	for i := 0; i < len(hits); {
		j := i + 1
		for j < len(hits) && hits[j].idx == hits[i].idx {
			j++
		}
		m := ix.evaluate(q, hits[i], sc)
		if last := hits[j-1]; hits[i].kind == kindInitials && last.kind == kindFuzzy {
			if f := ix.evaluate(q, last, sc); f.score > m.score {
				m = f
			}
		}
		if m.score >= floor {
			ms = append(ms, m)
		}
		i = j
	}
	starRivals(ms)
	slices.SortFunc(ms, func(a, b match) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.idx, b.idx))
	})
	return ms[:min(k, len(ms))]
}

// trimCut is the text QuickBooks keeps of a name cut at a length limit: trailing spaces go.
func trimCut(r []rune) string {
	for len(r) > 0 && r[len(r)-1] == ' ' {
		r = r[:len(r)-1]
	}
	return string(r)
}

// markTie caps the best suggestions at Possible when two QuickBooks entries match equally well
// by a rule, or nearly as well when the best is a whole-name match: one-click linking would have
// to pick one at random. ms is sorted again, as a capped score moves to the Possible band.
func (ix *Index) markTie(ms []match) {
	wordsBeforeInitials(ms) // wordsbeatinitials.go
	if len(ms) < 2 || ms[0].conf == Possible {
		return
	}
	margin := 1e-9
	if ms[0].kind == kindWhole && ms[1].conf == Likely && !wholeBeats(&ms[0], &ms[1]) && !wordsBeatInitials(&ms[0], &ms[1]) {
		margin = 0.02
	}
	if ms[0].score-ms[1].score > margin || breakTieBySign(ms, margin) {
		return // or one of the tied records has the phone, street or town (branchtie.go)
	}
	for i := range ms {
		if ms[0].score-ms[i].score > margin {
			break
		}
		other := 0
		if i == 0 {
			other = 1
		}
		ms[i].rival = ix.entries[ms[other].idx].entry.Name
		ms[i].capped = tieCapped{conf: ms[i].conf, score: ms[i].score}
		if ms[i].conf.rank() > Possible.rank() {
			ms[i].conf = Possible
			ms[i].band()
		}
	}
	slices.SortStableFunc(ms, func(a, b match) int { return cmp.Compare(b.score, a.score) })
}

// wholeBeats reports a whole-name match that left no word of either name aside against one that
// left words aside: "Oakdale High School Roof Replacement" is the project "Oakdale HS Roof
// Replacement", and "Oakdale HS Roof - Warranty Callback" only shares most of its words, however
// close the scores.
func wholeBeats(best, next *match) bool {
	return best.whole.same && len(best.whole.aside) == 0 && next.kind == kindWhole && len(next.whole.aside) > 0
}
