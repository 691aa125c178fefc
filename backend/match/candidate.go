package match

// Candidate is a QuickBooks record ranked for a Procore record: the suggestion it would be on
// its own, and what the one-to-one assignment weighs beside the score when several Procore
// records want it (AssignRanked). The mapping pages keep candidates between refreshes, so that
// a link or an unlink assigns again in milliseconds without ranking again; they are kept small.
type Candidate struct {
	// At is the record's place in the index: the order its entries were given to NewIndex.
	At         int32
	Score      float64
	Confidence Confidence
	Reason     string // "" when ranked for Assign, which words only the records it assigns
	Extends    bool   // the Procore name is this record's name and more (Suggestion.Extends)

	// aside is how many words a whole-name match that found the same firm set aside (-1: not
	// such a match): tied firms are told apart by it (assigntie.go).
	aside int16
	owner *ownerFacts // the record read as the person who owns the Procore firm (ownerrivals.go)
	tie   *tieFacts   // a tie capped the match at Possible (tieleft.go)
}

// ownerFacts: the QuickBooks record is the owner of a firm named for him, with this trade.
type ownerFacts struct {
	trade    string // normalised
	genAside bool   // Jr or Sr on one name only, set aside
}

// tieFacts keep what the rules said of a match before a tie with another record capped it.
type tieFacts struct {
	conf   Confidence
	score  float64
	reason string // the reason as the rules gave it before the tie ("" when not Likely or Exact)
	// numbered: a numbered branch of the Procore name's firm by the whole-name rules
	numbered bool
	// workAside: the Procore name says a kind of work the record's lacks (kindOfWorkAside)
	workAside bool
}

// candidate describes m for the assignment; reasons says whether to word its reasons now.
func (ix *Index) candidate(q *prepared, m *match, reasons bool) Candidate {
	c := Candidate{At: m.idx, Score: m.score, Confidence: m.conf, Extends: m.extends || m.whole.extends, aside: -1}
	if m.kind == kindWhole && m.whole.same {
		c.aside = int16(min(len(m.whole.aside), 1<<14))
	}
	if m.kind == kindWhole && m.whole.ownerTrade != "" {
		o := &ownerFacts{trade: Normalise(m.whole.ownerTrade)}
		for _, w := range m.whole.aside {
			o.genAside = o.genAside || generationWords[Normalise(w)]
		}
		c.owner = o
	}
	if m.capped.conf != "" && m.rival != "" {
		e := &ix.entries[m.idx]
		t := &tieFacts{conf: m.capped.conf, score: m.capped.score,
			numbered: m.kind == kindWhole && m.whole.same && len(e.nums) > 0}
		if t.conf == Likely || t.conf == Exact {
			t.workAside = kindOfWorkAside(q.toks, e.toks)
			if reasons {
				t.reason = ix.reason(q, rated(*m))
			}
		}
		c.tie = t
	}
	if reasons {
		c.Reason = ix.reason(q, *m)
	}
	return c
}

// rated is m as the rules rated it before a tie capped it.
func rated(m match) match {
	m.conf, m.score, m.rival = m.capped.conf, m.capped.score, ""
	return m
}

// Rank ranks the index's records for e and keeps the best n, worded, for AssignRanked.
func (ix *Index) Rank(e Entry, n int) []Candidate {
	var q prepared
	ms := ix.rankOne(e, n, &q)
	out := make([]Candidate, len(ms))
	for i := range ms {
		out[i] = ix.candidate(&q, &ms[i], true)
	}
	return out
}
