package match

import (
	"cmp"
	"strings"
)

// A firm known on one list by its legal name and on the other by its trade name ("Hub City
// Hauling", "D&M Trucking Inc") shares no word with itself, but it keeps its phone and its
// yard. A bookkeeper links two such records when their phone and street address are the same,
// or when one of them agrees and one name starts with the other's initials ("TPC Mechanical",
// "Thompson Pipe Contractors") or the two names share their trade and nothing else ("Mountain
// Man Crane", "Kiefer Crane Service"). Only when the phone or street is no other QuickBooks
// record's (a shared office's switchboard says nothing) and nothing of the contacts differs;
// two names that share a firm's own word ("Kestrel Plumbing", "Kestrel Mechanical") are a
// family of firms at one office, left to the name rules.

// contactIndex finds the QuickBooks records by phone and by street, for names that share nothing.
type contactIndex struct {
	byPhone, byStreet map[string][]int32
	entries           []prepared // the index's, to keep only the records worth comparing
}

// maxContactShare is how many records may share a phone or street and still be looked up by it:
// more are an office building or a switchboard, which says nothing about the firm.
const maxContactShare = 4

func newContactIndex(entries []prepared) contactIndex {
	c := contactIndex{byPhone: map[string][]int32{}, byStreet: map[string][]int32{}, entries: entries}
	for i := range entries {
		k := &entries[i].contact
		if k.phone != "" {
			c.byPhone[k.phone] = append(c.byPhone[k.phone], int32(i))
		}
		if k.street != "" {
			c.byStreet[k.street] = append(c.byStreet[k.street], int32(i))
		}
	}
	return c
}

// candidates adds the records with q's phone or street, when few records share it and the names
// may be one firm's by linkByContact: the names share no word of a firm's own, and the phone and
// street both agree or a name has the other's initials or their trade is the same. The rest are
// left to the trigram search, which finds a name that shares words.
func (c *contactIndex) candidates(q *prepared, hits []hit) []hit {
	phones, streets := c.byPhone[q.contact.phone], c.byStreet[q.contact.street]
	for k, l := range [2][]int32{phones, streets} {
		if len(l) > maxContactShare {
			continue
		}
		for _, id := range l {
			e := &c.entries[id]
			if k == 1 && q.contact.phone != "" && q.contact.phone == e.contact.phone {
				continue // found by its phone
			}
			both := q.contact.phone != "" && q.contact.phone == e.contact.phone && q.contact.street != "" && q.contact.street == e.contact.street
			if shared, trade := sharedWords(q.toks, e.toks); shared || !both && trade == "" &&
				leadingInitials(&q.an, &e.an) == "" && leadingInitials(&e.an, &q.an) == "" && spokenInitials(q, e) == "" && spokenInitials(e, q) == "" {
				continue
			}
			hits = append(hits, hit{idx: id, kind: kindFuzzy})
		}
	}
	return hits
}

// contactLikely is the score of a link by contact: at the bottom of the Likely band, so that any
// link by name comes first.
const contactLikely = likelyFloor + 0.01

// linkByContact makes m, a Possible resemblance or initials of e for q, Likely when the contacts
// say it is the same firm under another name, and writes why in m.byContact.
func (ix *Index) linkByContact(q, e *prepared, m *match) {
	g := m.agree
	if g.phoneDiff || g.addressDiff || !(g.phone || g.address) || m.numDiff || m.desigDiff || e.hasJobs || ix.jobs {
		return
	}
	if g.phone && len(ix.contacts.byPhone[e.contact.phone]) != 1 || g.address && len(ix.contacts.byStreet[e.contact.street]) != 1 {
		return
	}
	shared, trade := sharedWords(q.toks, e.toks)
	inits := leadingInitials(&q.an, &e.an)
	if inits == "" {
		inits = leadingInitials(&e.an, &q.an)
	}
	if inits == "" {
		inits = cmp.Or(spokenInitials(q, e), spokenInitials(e, q)) // "RKB", "Bartlett, R K" (contactperson.go)
	}
	switch {
	case shared && g.phone && g.address && nameWithinOther(q.toks, e.toks):
		m.byContact = "Same phone and street, and every word of one name but initials is in the other: the same firm"
	case shared && oneContactWithin(q, e, g):
		m.byContact = oneContactWithinReason // "Anixter - Irving" at one phone (contactonewithin.go)
	case shared:
		return // a firm's own word on both sides: a family of firms at one office
	case inits != "":
		m.byContact = "One name starts with the other's initials (" + inits + ")"
	case trade != "":
		m.byContact = "Same trade (" + trade + ") under another name"
	case g.phone && g.address:
		m.byContact = "Another name (a trade name, d/b/a?)"
	default:
		return
	}
	m.conf, m.score = Likely, contactLikely
}

// sharedWords reports whether a and b share a word that says which firm it is (not a trade, a
// kind of firm or a joining word), and names a trade word they share.
func sharedWords(a, b []token) (own bool, trade string) {
	for i := range a {
		x := &a[i]
		if x.role == roleStop || x.role == roleTag {
			continue
		}
		for j := range b {
			if b[j].key != x.key {
				continue
			}
			switch {
			case tradeWords[x.key]:
				trade = x.raw
			case x.role == roleDescriptor:
			default:
				return true, ""
			}
		}
	}
	return false, trade
}

// leadingInitials reports the initials a's first word spells when they are the first letters of
// b's first words, two to four of them: "TPC" of "Thompson Pipe Contractors", "A&B" of "Arguello
// Brothers", "JRT" of "Jose R. Torres". A word joined of two ("Nor'easter", "Northstar") may give
// a letter for each part: "NEC" of "Nor'easter Crane", "NSB" of "Northstar Balancing". It returns
// "TPC = Thompson Pipe Contractors", or "".
func leadingInitials(a, b *analysis) string {
	if len(a.words) == 0 {
		return ""
	}
	w := a.words[0]
	n := len(w.key)
	if n < 2 || n > 4 || w.raw != strings.ToUpper(w.raw) || !allLetters(w.key) {
		return "" // "Ace" written as a word is no initials
	}
	var raws []string
	at := 0 // letters of w matched
	for i := 0; i < len(b.words) && at < n; i++ {
		v := b.words[i]
		if v.key == "" || v.key[0] != w.key[at] {
			return ""
		}
		at++
		if second := secondPartLetter(v); second != 0 && at < n && w.key[at] == second {
			at++
		}
		raws = append(raws, v.raw)
	}
	if at < n || len(raws) < 2 && at < 2 {
		return ""
	}
	return w.raw + " = " + strings.Join(raws, " ")
}

// secondPartLetter is the first letter of the second part of a word joined of two, or 0: the part
// after an apostrophe inside the word ("Nor'easter"), or after a point of the compass it starts
// with ("Northstar", "Westgate").
func secondPartLetter(v word) byte {
	if k := strings.IndexAny(v.raw, "'’"); k > 0 && k+1 < len(v.raw) {
		if c := strings.ToLower(v.raw[k+1:])[0]; c >= 'a' && c <= 'z' {
			return c
		}
	}
	for _, c := range [...]string{"north", "south", "east", "west"} {
		if strings.HasPrefix(v.key, c) && len(v.key) >= len(c)+3 {
			return v.key[len(c)]
		}
	}
	return 0
}

// allLetters reports a key of ASCII letters only.
func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
