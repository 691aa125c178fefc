package match

import "strings"

// A project's name in one system often has one word more than the job's in the other: "Hillside
// HS Athletic Field House" and "Hillside HS Field House", "Dorothea Dix Park Restroom Building"
// and "Dix Park Restroom Bldg", "Cary Hospital Patient Tower Infill" and "Cary Hospital - Tower
// Infill". When three words or more of the job's own name are on both sides, one word more on
// one side describes the same job. With fewer ("Main Library Renovation", "Main Library Roof
// Renovation") the word may be what tells two jobs of one customer apart, and the pair stays
// Possible; a number, a designator letter or a word on each side never passes (whole.go).

// minJobWordsForExtra is how many of the job's own words must be paired for one word more on one
// side to be set aside.
const minJobWordsForExtra = 3

// extraJobWordQuality scales the whole-name quality of a pair with a word more.
const extraJobWordQuality = 0.9

// pairedJobWords counts the words of a QuickBooks job's own name (not its customer's) that say
// which job it is and found a counterpart.
//
// A private customer's surname counts too: "Lindqvist Outdoor Kitchen" names the Lindqvists'
// outdoor kitchen as surely as three words of a public job's name.
func pairedJobWords(e []token, ep []paired) int {
	n, private := 0, false
	for j := range e {
		private = private || e[j].customer && e[j].first
	}
	for j := range e {
		t := &e[j]
		// A number written as a word is a word of the name: "Nine Mile Station".
		if t.customer && !(private && !t.first) || ep[j].like == unlike || t.role != roleCore || (t.num != "" && strings.ContainsFunc(t.raw, isDigitRune)) || t.num == "" && len(t.runes) < 2 {
			continue
		}
		n++
	}
	return n
}

// extraJobWord reports that t, left over, may be the one word more of a job's name: a word of
// its own, not a number, a letter or a note.
func extraJobWord(t *token) bool {
	return t.role == roleCore && t.num == "" && !t.code && !t.glued && !t.qual && len(t.runes) >= 3 && !t.customer && !t.first &&
		!schoolLevelModifiers[t.key] // "Junior" of "Quarry Junior High" is another school (schoollevel.go)
}

// extraInJob reports that the word more, t of ts, is the job's and not a stand-in for a word of
// the customer: every word of the QuickBooks customer found a counterpart, or the word sits
// between two words paired with the job's own words. "UN Sparks - Lawlor Events Center Roof" is
// not the University of Nevada at Reno's job: Sparks stands where Reno would be. ts is e itself
// when the word more is the QuickBooks job's (qb).
func extraInJob(ts []token, ps []paired, t *token, e []token, ep []paired, qb bool) bool {
	whole := true
	for j := range e {
		if e[j].customer && e[j].role == roleCore && !e[j].first && ep[j].like == unlike {
			whole = false
		}
	}
	if whole {
		return true
	}
	at := tokenAt(ts, t)
	jobPaired := func(i int) bool {
		if ps[i].like == unlike {
			return false
		}
		if qb {
			return !ts[i].customer
		}
		return !e[ps[i].at].customer
	}
	before, after := false, false
	for i := at - 1; i >= 0; i-- {
		if ts[i].role != roleStop {
			before = jobPaired(i)
			break
		}
	}
	for i := at + 1; i < len(ts); i++ {
		if ts[i].role != roleStop {
			after = jobPaired(i)
			break
		}
	}
	return before && after
}

// beforeTrade reports that t, the word more of a job's name in ts, stands right before a word of
// the trade both names have: it says which kind ("Fire" of "Cottage B Fire Sprinkler" against
// "Cottage B Sprinkler"), so two of the job's words agreeing are enough.
func beforeTrade(ts []token, ps []paired, t *token) bool {
	for i := 0; i+1 < len(ts); i++ {
		if &ts[i] == t {
			return tradeWords[ts[i+1].key] && ps[i+1].like != unlike && !ts[i+1].qual
		}
	}
	return false
}
