package match

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// kind is the rule that found a match, from weakest to strongest.
type kind uint8

const (
	kindFuzzy    kind = iota // similar trigrams and words
	kindWhole                // the same words once descriptors, labels and codes are set aside (whole.go)
	kindInitials             // one name is the other's initials: "PSE", Puget Sound Energy
	kindRenamed              // the old and the new name of one firm: "CenturyLink", "Lumen" (renames.go)
	kindOrder                // same words, another order
	kindAlias                // one name is the other's d/b/a name
	kindAbbrev               // same once abbreviations are read out
	kindCompact              // same but for spaces: "K-2" and "K2", "Black Rock" and "Blackrock"
	kindTrunc                // QuickBooks name is the full name cut to 31 or 41 characters
	kindRole                 // QuickBooks name is the name plus "(Vendor)"
	kindGerman               // ü written ue
	kindNorm                 // Normalise equal
	kindLeaf                 // the job part of "Customer:Job" is the same name
	kindExact                // equal as QuickBooks compares
)

// tierScore is the score a rule earns before phone and address adjust it. Fuzzy scores stay
// below every rule, so an exact or normalised match always outranks a resemblance.
var tierScore = [...]float64{
	kindFuzzy:    0,
	kindWhole:    0.78,
	kindInitials: 0.6,
	kindRenamed:  0.77, // below every reading of the names themselves: the table is outside knowledge
	kindOrder:    0.92,
	kindAlias:    0.93,
	kindAbbrev:   0.94,
	kindCompact:  0.945,
	kindTrunc:    0.95,
	kindRole:     0.95,
	kindGerman:   0.955,
	kindNorm:     0.96,
	kindLeaf:     0.97,
	kindExact:    0.99,
}

// match is a scored candidate; the Reason is written only for the ones returned.
type match struct {
	idx   int32
	kind  kind
	score float64
	conf  Confidence
	sim   float64 // fuzzy similarity
	agree agreement
	// warnings that kept a close name from Likely
	numDiff, desigDiff, oneSided, tailNumber, numMoved bool
	firmOrder                                          bool      // a firm's own words in another order
	placeSwap                                          [2]string // a place's name turned round (order.go)
	rival                                              string    // a name that matches equally well
	capped                                             tieCapped // before the tie capped it (tieleft.go)
	whole                                              wholeVerdict
	// contactDiff: the phone or address on both sides differs and nothing agrees
	contactDiff bool
	// inactive: the QuickBooks record is marked as not in use; its score is below every
	// Possible one of a record in use
	inactive bool
	// sortMark: a name starts with stars only, which may sort it to the top or mark it not in
	// use; sortRival: another record without a mark matches too, so it is not linked in one
	// click (inactive.go)
	sortMark, sortRival bool
	// extends: the Procore name is the QuickBooks name and more, when m.whole does not say so
	// (a resemblance): see wholeVerdict.extends
	extends bool
	// byContact: why another name is the same firm by its phone or street (contactname.go)
	byContact string
	// atHome: one name names the town of the other record's address; wonTie: that or the
	// contact settled a tie between records equal by name (branchtie.go)
	atHome, wonTie bool
	// away: a branch named for another town than the other record's address (branchtie.go)
	away bool
}

// Scores are banded by confidence, so that ranking and one-to-one assignment by score never put
// a Possible pairing before a Likely one: a namesake rated Possible must not take the record of
// the company that matches it Likely.
const (
	likelyFloor = 0.75
	likelyCeil  = 0.969
	exactFloor  = 0.97
)

// band moves m's score into its confidence's band, keeping the order within the band.
func (m *match) band() {
	switch m.conf {
	case Exact:
		m.score = max(m.score, exactFloor)
	case Likely:
		m.score = min(max(m.score, likelyFloor), likelyCeil)
		if m.sortMark {
			m.score = likelyFloor + (m.score-likelyFloor)*sortMarkShare
		}
	default:
		switch s := min(m.score, 1); {
		case s < floor:
			m.score = max(0, floor+(s-floor)*(likelyFloor-0.001-floor)/(1-floor)) // not shown
		case m.inactive:
			m.score = floor + (s-floor)*(inactiveBand-0.0001)/(1-floor)
		default:
			m.score = floor + inactiveBand + (s-floor)*(likelyFloor-0.001-floor-inactiveBand)/(1-floor)
		}
	}
}

// inactiveBand is the bottom of the Possible band, kept for records marked as not in use.
const inactiveBand = 0.01

// floor is the lowest score worth showing a bookkeeper.
const floor = 0.5

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// evaluate scores QuickBooks entry h.idx for q.
func (ix *Index) evaluate(q *prepared, h hit, sc *scratch) (m match) {
	e := &ix.entries[h.idx]
	g := compareContact(&q.contact, &e.contact)
	m = match{idx: h.idx, kind: h.kind, agree: g}
	agree := b2f(g.phone) + b2f(g.address)
	differ := b2f(g.phoneDiff) + b2f(g.addressDiff)
	// Another phone or address and nothing that agrees: as likely a namesake as the same firm.
	// An equal name needs both to differ before it is doubted.
	m.contactDiff = agree == 0 && differ > 0 && ((h.kind != kindExact && h.kind != kindLeaf) || differ == 2)
	defer func() {
		if m.conf == Possible && (m.kind == kindFuzzy || m.kind == kindInitials) {
			ix.linkByContact(q, e, &m) // another name, the same phone or street (contactname.go)
		}
		if m.kind == kindWhole && m.whole.same {
			m.atHome = atHome(q, e) // breaks a tie between branches (branchtie.go)
			m.away = awayTown(q, e, ix.cities)
		}
		switch {
		case e.inactive != "" && !e.sortMark || q.inactive != "" && !q.sortMark:
			m.conf, m.inactive = Possible, true // never linked in one click (inactive.go)
		case e.sortMark || q.sortMark:
			// "*Kestrel Plumbing": sorted to the top or not in use; at most Likely, and after
			// every Likely record without a star (inactive.go, rank).
			m.sortMark = true
			if m.conf == Exact {
				m.conf = Likely
			}
			m.inactive = m.conf == Possible
		}
		m.band()
	}()
	if h.kind != kindFuzzy {
		// Phone and address only break ties between names that are equal by a rule.
		m.score = min(1, tierScore[h.kind]+0.005*agree-0.005*differ)
		m.conf = Likely
		if h.kind == kindExact || h.kind == kindLeaf {
			m.conf = Exact // a job's own name is its name as QuickBooks compares it
		}
		if h.kind == kindInitials && !m.contactDiff && !e.hasJobs {
			// Initials in capitals that spell every word the other name has left are that
			// name (acronym.go).
			sc.whole = wholeContext{places: ix.places, cities: ix.cities, city: q.contact.city, person: personOrder(q, e), sc: sc}
			if v := compareWhole(q.toks, e.toks, e.parent != "", ix.jobs && e.parent == "", &sc.whole); v.same && v.initials != "" {
				conf := Likely
				if v.doubt = initialsDoubt(q, e, &v, agree); v.doubt != "" {
					conf = Possible // "NJDOT" read as NJ Division Of Taxation; District 5, District 7 (doubtofficeinitials.go)
				}
				return match{idx: m.idx, kind: kindWhole, agree: g, score: tierScore[kindWhole] + 0.15*v.quality + 0.005*agree, conf: conf, whole: v}
			}
		}
		if h.kind == kindInitials {
			m.conf = Possible // initials stand for many names
		}
		if h.kind == kindRenamed {
			ix.renamedMatch(q, &m) // the newer name first; a question when a better record is listed (renamesread.go)
		}
		if m.contactDiff {
			m.conf = Possible // same name, but other contact details: a namesake
		}
		if h.kind == kindOrder && !ix.jobs && !personOrder(q, e) && firmWordsReordered(q.canon, e.canon) && !placeMovedAcrossDash(q, e) && !placeWordMoved(q.canon, e.canon, func(w string) bool { return ix.places[w] || w == q.contact.city }) {
			m.firmOrder = true
			m.conf = Possible // "Rock River Paving" is not "River Rock Paving" (order.go)
		}
		if h.kind == kindOrder && ix.jobs && !personOrder(q, e) {
			if x, y, ok := placeNameSwapped(q.canon, e.canon); ok {
				m.placeSwap = [2]string{x, y}
				m.conf = Possible // "Park Lake Apartments" is not "Lake Park Apartments" (order.go)
			}
		}
		if (h.kind == kindOrder && !slices.Equal(numberLabels(q.canon), numberLabels(e.canon))) ||
			(h.kind == kindCompact && !slices.Equal(digitRuns(q.norm), digitRuns(e.norm)) && !sameProjectDigits(q, e)) {
			// "Building 2 Phase 3" has the words of "Building 3 Phase 2", and "Lot 1 2" the
			// letters of "Lot 12", but they are other jobs.
			m.numMoved = true
			m.conf = Possible
		}
		if h.kind == kindTrunc && tailHasNumber(q.flat, len([]rune(e.flat))) {
			// "… Phase 1" and "… Phase 2" cut to 41 characters are the same QuickBooks name.
			m.tailNumber = true
			m.conf = Possible
		}
		if h.kind == kindTrunc && e.hasJobs {
			// A project whose name starts with a customer's ("Metro Nashville Public Schools -
			// Hillsboro HS") is one of its jobs, not the customer: a customer with jobs is never
			// linked to a project in one click.
			m.conf = Possible
		}
		return m
	}
	// The whole-name comparison first: when it finds the names the same and no phone or address
	// agrees (which the resemblance below would need to reach Likely), the resemblance is not
	// worth working out. Candidates sharing few of the distinctive trigrams are not compared
	// whole: the same name, abbreviated or misspelt, shares far more.
	var v wholeVerdict
	if !e.hasJobs && !m.contactDiff && h.dice >= wholeDice {
		// A customer with jobs is never offered whole: the project is one of its jobs.
		sc.whole = wholeContext{places: ix.places, cities: ix.cities, city: q.contact.city, person: personOrder(q, e), sc: sc}
		v = compareWhole(q.toks, e.toks, e.parent != "", ix.jobs && e.parent == "", &sc.whole)
	}
	if !v.same && !e.hasJobs && !m.contactDiff && !ix.jobs {
		// One name's trade name beside its legal name (dbaname.go).
		sc.whole = wholeContext{places: ix.places, cities: ix.cities, city: q.contact.city, person: personOrder(q, e), sc: sc}
		v = wholeByTradeName(q, e, v, &sc.whole)
		if code, town := branchCodeMatch(q, e); !v.same && code != "" {
			v = codeVerdict(code, town) // "Fastenal OHMAR", its branch in Marysville (branchcode.go)
		}
		if !v.same {
			if town := ix.sameTownBranch(q, e); town != "" {
				v = sameTownVerdict(e, town) // "Mayer Electric Dallas", "Mayer Electric Supply - Dallas Br" (branchsametown.go)
			}
			if !v.same && ix.branchOnlyExtra(q, e) {
				v = branchOnlyVerdict(q, e) // "NAPA Auto Parts", "NAPA Auto Parts Mesa Store 118" (branchonly.go)
			}
		}
	}
	if !v.same && ix.jobs && !m.contactDiff {
		if shared := ix.familyJob(q, e, sc); shared != nil {
			// The only job of a homeowner's customer, a word of the work agreeing (familyjob.go).
			v = wholeVerdict{same: true, quality: familyJobQuality, familyJob: shared}
		}
	}
	if !v.same && ix.jobs && !m.contactDiff {
		if number := numberOnlyJob(q, e); number != "" {
			// A job named by the project number alone, which the project carries (numberjob.go).
			v = wholeVerdict{same: true, quality: numberJobQuality, numberJob: number}
		}
	}
	wholeScore := tierScore[kindWhole] + 0.15*v.quality + 0.005*agree
	if v.same && agree == 0 {
		if v.elsewhere = branchElsewhere(&v, q, e); v.elsewhere != "" {
			// A branch named for another town than the other record's (branchplace.go).
			return match{idx: m.idx, kind: kindWhole, agree: g, score: wholeScore, conf: Possible, whole: v}
		}
		if v.doubt = ix.oneClickDoubt(q, e, &v); v.doubt != "" {
			// The same by the rules, but a question all the same (oneclickdoubt.go).
			return match{idx: m.idx, kind: kindWhole, agree: g, score: wholeScore, conf: Possible, whole: v}
		}
	}
	if v.projectNumber != "" {
		wholeScore += 0.03 // the project number kept apart from the name is in this job's name
	}
	if v.tradeLeft != "" && agree > 0 {
		// The trade one list leaves out, with the phone or the address agreeing: the same firm.
		v.same = true
		v.aside = appendNew(v.aside, v.tradeLeft)
		v.tradeLeft = ""
		return match{idx: m.idx, kind: kindWhole, agree: g, score: wholeScore, conf: Likely, whole: v}
	}
	if v.same && agree == 0 {
		return match{idx: m.idx, kind: kindWhole, agree: g, score: wholeScore, conf: Likely, whole: v}
	}
	tok, whole := softOverlap(q, e, sc)
	dice := 0.0
	if q.ngrams > 0 && e.ngrams > 0 {
		dice = 2 * float64(sharedCount(q.grams, e.grams)) / float64(q.ngrams+e.ngrams)
	}
	sim := 0.45*dice + 0.55*tok
	m.numDiff = len(q.nums) > 0 && len(e.nums) > 0 && !slices.Equal(q.nums, e.nums)
	m.desigDiff = len(q.desig) > 0 && len(e.desig) > 0 && !slices.Equal(q.desig, e.desig)
	m.oneSided = (len(q.nums) > 0) != (len(e.nums) > 0) || (len(q.desig) > 0) != (len(e.desig) > 0)
	switch {
	case m.numDiff:
		// Home Depot #4421 is not Home Depot #4432; Phase 1 is not Phase 2.
		sim *= 0.55
	case m.desigDiff:
		sim *= 0.6
	case m.oneSided:
		sim *= 0.92
	}
	m.sim = sim
	m.score = max(0, min(0.93, 0.9*sim+0.03*agree-0.02*differ))
	m.conf = Possible
	if sim >= 0.8 && whole && !m.numDiff && !m.desigDiff && !m.oneSided && agree > 0 {
		m.conf = Likely
	}
	if v.same && (m.conf != Likely || wholeScore > m.score) {
		m = match{idx: m.idx, kind: kindWhole, agree: g, score: wholeScore, conf: Likely, whole: v}
	}
	if v.tradeLeft != "" && m.conf == Possible {
		// Shown to the bookkeeper however little the letters have in common ("Graybar
		// Electric", "Graybar - Seattle"): the words say it may be the firm.
		m.whole = v // for the reason
		m.score = max(m.score, 0.6+0.1*v.quality)
	}
	m.extends = v.extends
	return m
}

// numberLabels pairs each number with the word before it ("phase 2"), in sorted order, so that
// moving "Phase 2" elsewhere in the name keeps the pairs and swapping two numbers does not.
func numberLabels(words []string) []string {
	var out []string
	for i, w := range words {
		if isYear(w) {
			continue // a year belongs to the whole name: "2024 Overlay Program"
		}
		if strings.ContainsAny(w, "0123456789") {
			prev := ""
			if i > 0 && !projectNumberAt(words, i) {
				prev = words[i-1]
			}
			out = append(out, prev+" "+w)
		}
	}
	slices.Sort(out)
	return out
}

// projectNumberAt reports a number of four digits or more that starts or ends a name: a
// project number ("24031 Terminal Restrooms", "Terminal Restrooms - 24031"), which belongs to
// the whole name and may stand at either end, not to the word before it as "Phase 3" does.
// A number written in parts ("24-031", read as 24 031) counts as one; a one-digit number is a
// label's ("Phase 3 24-031").
func projectNumberAt(words []string, i int) bool {
	numeric := func(k int) bool {
		n := 0
		for _, r := range words[k] {
			if r >= '0' && r <= '9' {
				n++
			}
		}
		return n >= 2
	}
	if !numeric(i) {
		return false
	}
	first, last := i, i
	for first > 0 && numeric(first-1) {
		first--
	}
	for last+1 < len(words) && numeric(last+1) {
		last++
	}
	digits := 0
	for _, w := range words[first : last+1] {
		for _, r := range w {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
	}
	return digits >= 4 && (first == 0 || last == len(words)-1)
}

// isYear reports a four-digit year of this or the last century.
func isYear(w string) bool {
	return len(w) == 4 && allDigits(w) && (w[:2] == "19" || w[:2] == "20")
}

// digitRuns lists the numbers in s in order.
func digitRuns(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
}

// tailHasNumber reports whether the part of a full name beyond cut runes holds a number or a
// one-letter designator, which the cut QuickBooks name has lost.
func tailHasNumber(full string, cut int) bool {
	r := []rune(full)
	if cut >= len(r) {
		return false
	}
	for _, w := range strings.Fields(string(r[cut:])) {
		if strings.ContainsAny(w, "0123456789") || len([]rune(strings.Trim(w, "-.,()#"))) == 1 {
			return true
		}
	}
	return false
}

// softOverlap compares the two names word by word, in any order, letting a misspelt or cut-off
// word count nearly as much as an equal one, and weighing rare words above common ones. whole is
// true when every word on both sides found a counterpart.
func softOverlap(q, e *prepared, sc *scratch) (float64, bool) {
	nq, ne := len(q.runes), len(e.runes)
	if nq == 0 || ne == 0 {
		return 0, false
	}
	if cap(sc.pairs) < nq*ne {
		sc.pairs = make([]float64, nq*ne)
	}
	pair := sc.pairs[:nq*ne]
	for i := range nq {
		for j := range ne {
			pair[i*ne+j] = wordSim(q.canon[i], e.canon[j], q.runes[i], e.runes[j], q.numeric[i], e.numeric[j])
		}
	}
	whole := true
	side := func(n, m int, w []float64, at func(i, j int) float64) float64 {
		var num, den float64
		for i := range n {
			best := 0.0
			for j := range m {
				best = max(best, at(i, j))
			}
			if best < 0.8 {
				whole = false
			}
			num += w[i] * best
			den += w[i]
		}
		return num / den
	}
	a := side(nq, ne, q.weights, func(i, j int) float64 { return pair[i*ne+j] })
	b := side(ne, nq, e.weights, func(i, j int) float64 { return pair[j*ne+i] })
	return (a + b) / 2, whole
}

// wordSim is how alike two words are: 1 when equal, a little less when one is the other cut short
// ("Contract" for "Contractors"), the Jaro-Winkler similarity for a typo, and 0 otherwise.
// Numbers and one-letter designators must be equal: 4421 is not 4432. an and bn say whether the
// words hold a digit.
func wordSim(a, b string, ar, br []rune, an, bn bool) float64 {
	if a == b {
		return 1
	}
	if an || bn {
		return 0
	}
	short, long := ar, br
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) <= 1 {
		return 0
	}
	if len(short) >= 3 && hasPrefix(long, short) {
		return 0.85
	}
	// Too short to tell a typo from another word, or too different in length for one or two
	// slips of the finger.
	if len(short) < 4 || len(long)-len(short) > 3 {
		return 0
	}
	jw := jaroWinkler(ar, br)
	if jw < 0.84 {
		return 0
	}
	return jw
}

func hasPrefix(s, p []rune) bool {
	return len(s) >= len(p) && slices.Equal(s[:len(p)], p)
}

// jaroWinkler is the Jaro similarity with Winkler's bonus for a shared start: typos tend to come
// late in a word, so "Jonson" is closer to "Johnson" than to "Monson".
func jaroWinkler(a, b []rune) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	window := max(len(a), len(b))/2 - 1
	window = max(window, 0)
	var fa, fb [64]bool
	var ma, mb []bool
	if len(a) <= 64 && len(b) <= 64 {
		ma, mb = fa[:len(a)], fb[:len(b)]
	} else {
		ma, mb = make([]bool, len(a)), make([]bool, len(b))
	}
	matches := 0
	for i, r := range a {
		lo, hi := max(0, i-window), min(len(b), i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && b[j] == r {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	half, j := 0, 0
	for i := range a {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if a[i] != b[j] {
			half++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(len(a)) + m/float64(len(b)) + (m-float64(half/2))/m) / 3
	prefix := 0
	for prefix < min(4, len(a), len(b)) && a[prefix] == b[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}

// reason writes the explanation of m for a bookkeeper.
func (ix *Index) reason(q *prepared, m match) string {
	e := &ix.entries[m.idx]
	var s string
	switch m.kind {
	case kindExact:
		s = "Same name"
	case kindLeaf:
		s = fmt.Sprintf("Same name as the job %q under %q", strings.TrimSpace(e.entry.Name[strings.LastIndexByte(e.entry.Name, ':')+1:]), e.parent)
	case kindNorm, kindCompact:
		s = normReason(&q.an, &e.an)
		if m.kind == kindCompact && !m.numMoved && !slices.Equal(digitRuns(q.norm), digitRuns(e.norm)) {
			s = projectDigitsReason(q, e) // "25031" and "25-031" (projectnumberjoin.go)
		}
		if (e.inactive != "" || q.inactive != "") && rawWords(&q.an) == rawWords(&e.an) {
			s = "Same name" // but for the mark, said below
		}
	case kindAlias:
		s = "Same company: one name is the other's trade name (d/b/a)"
		if formerNamed(&q.an) || formerNamed(&e.an) {
			s = "Same company: one name gives the other as its former name (formerly, f/k/a)"
		}
	case kindGerman:
		s = "Same name with umlauts written out (ü = ue)"
	case kindRole:
		s = fmt.Sprintf("Same name apart from %q", e.roleRaw)
	case kindTrunc:
		limit := 41
		if len([]rune(e.flat)) <= 31 {
			limit = 31
		}
		s = fmt.Sprintf("Same name cut to %d characters (QuickBooks' limit)", limit)
	case kindAbbrev:
		if s = tradeSynonymReason(q.entry.Name, e.entry.Name); s == "" { // tradesynonyms.go
			s = abbrevReason(&q.an, &e.an)
		}
	case kindOrder:
		s = "Same words in a different order"
	case kindInitials:
		s = "One name may be the initials of the other"
	case kindRenamed:
		s = ix.renamedReason(q, m.idx)
	case kindWhole:
		s = wholeReason(m.whole, e.parent, strings.TrimSpace(e.entry.Name[strings.LastIndexByte(e.entry.Name, ':')+1:]))
	case kindFuzzy:
		if m.whole.tradeLeft != "" {
			s = fmt.Sprintf("Same name but for %q, a trade one list may leave out: check it is the same firm, not another firm of the same name", m.whole.tradeLeft)
			break
		}
		fallthrough
	default:
		s = fmt.Sprintf("Similar name (%d%%)", int(math.Round(100*min(m.sim, 0.99))))
	}
	if m.byContact != "" {
		s = m.byContact
	}
	if e.parent != "" && m.kind != kindLeaf && m.kind != kindExact && !(m.kind == kindWhole && m.whole.across) {
		s += fmt.Sprintf("; job under %q", e.parent)
	}
	switch {
	case m.agree.phone && m.agree.address:
		s += ", same phone and address"
	case m.agree.phone:
		s += ", same phone"
	case m.agree.address:
		s += ", same address"
	}
	switch {
	case m.contactDiff && m.agree.phoneDiff && m.agree.addressDiff:
		s += ", but phone and address differ"
	case m.contactDiff && m.agree.phoneDiff:
		s += ", but the phone differs"
	case m.contactDiff:
		s += ", but the address differs"
	case m.numMoved:
		s += ", but the numbers belong to other words: check it is the same job"
	case m.placeSwap[0] != "":
		s += placeSwapReason(q, m.placeSwap[0], m.placeSwap[1])
	case m.firmOrder:
		s += ", but a firm's name in another order is often another firm's: check it is the same firm"
	case m.tailNumber:
		s += ", but the part cut off holds a number: check the phase or lot"
	case m.numDiff:
		s += fmt.Sprintf(", but the numbers differ (%s vs %s)", strings.Join(q.nums, " "), strings.Join(e.nums, " "))
	case m.desigDiff:
		s += fmt.Sprintf(", but %s is not %s", strings.ToUpper(strings.Join(q.desig, " ")), strings.ToUpper(strings.Join(e.desig, " ")))
	case m.oneSided:
		s += ", but only one name has a number or letter designation"
	}
	switch {
	case m.sortMark:
		side := "QuickBooks's"
		if !e.sortMark {
			side = "Procore's"
		}
		s += sortMarkReason(side, m.sortRival)
	case e.inactive != "":
		s += inactiveReason(e.inactive)
	}
	if q.inactive != "" && !m.sortMark {
		s += procoreInactiveReason(q.inactive)
	}
	if m.rival != "" {
		s += fmt.Sprintf("; %q matches equally well", m.rival)
	}
	if m.wonTie {
		s += wonTieReason
	}
	return s
}

// normReason names what Normalise set aside to make the two names equal.
func normReason(a, b *analysis) string {
	var parts []string
	punct, capitals := a.punct != b.punct, false
	// Legal forms and "The" found on one side only are quoted; the same form written
	// differently ("Inc" and "Inc.") is punctuation or capitals.
	var forms []string
	for _, pair := range [2][2][]word{{a.dropped, b.dropped}, {b.dropped, a.dropped}} {
		for _, w := range pair[0] {
			i := slices.IndexFunc(pair[1], func(v word) bool { return v.key == w.key })
			switch {
			case i < 0:
				if !slices.Contains(forms, w.raw) {
					forms = append(forms, w.raw)
				}
			case strings.EqualFold(w.raw, pair[1][i].raw):
				capitals = capitals || w.raw != pair[1][i].raw
			default:
				punct = true
			}
		}
	}
	for _, f := range forms {
		parts = append(parts, fmt.Sprintf("%q", f))
	}
	// An "&" between initials is not an "and" of the name: "J&R" and "JR" are the same initials.
	ampA := utf8.RuneCountInString(a.amp) - ampersands(a.initialsJoiner)
	ampB := utf8.RuneCountInString(b.amp) - ampersands(b.initialsJoiner)
	switch {
	case a.initialsJoiner != b.initialsJoiner && (a.initialsJoiner == "" || b.initialsJoiner == ""):
		j := a.initialsJoiner + b.initialsJoiner
		parts = append(parts, fmt.Sprintf("the %q between initials", strings.Fields(j)[0]))
	case a.initialsJoiner != b.initialsJoiner:
		punct = true
	}
	if ampA != ampB {
		parts = append(parts, `"&" for "and"`)
	} else if a.amp != b.amp && a.initialsJoiner == b.initialsJoiner {
		punct = true
	}
	if a.accent != b.accent {
		parts = append(parts, "accents")
	}
	if a.hanzi != b.hanzi {
		parts = append(parts, "traditional and simplified characters")
	}
	ra, rb := rawWords(a), rawWords(b)
	switch {
	case ra == rb:
	case strings.EqualFold(ra, rb):
		capitals = true
	case strings.EqualFold(strings.ReplaceAll(ra, " ", ""), strings.ReplaceAll(rb, " ", "")):
		parts = append(parts, "spacing")
	}
	if capitals {
		parts = append(parts, "capitals")
	}
	if punct && !(a.accent != b.accent && len(parts) == 1) {
		parts = append(parts, "punctuation")
	}
	if len(parts) == 0 {
		return "Same name once normalised"
	}
	return "Same name apart from " + joinAnd(parts)
}

// ampersands counts the "&" and "+" in s.
func ampersands(s string) int {
	n := 0
	for _, r := range s {
		if isAmpersand(r) {
			n++
		}
	}
	return n
}

func rawWords(a *analysis) string {
	var b strings.Builder
	for i, w := range a.words {
		if i > 0 && w.raw != a.words[i-1].raw {
			b.WriteByte(' ')
		}
		if i == 0 || w.raw != a.words[i-1].raw {
			b.WriteString(w.raw)
		}
	}
	return b.String()
}

// abbrevReason pairs the words that differ, "Bldg = Building", and names dropped fillers.
func abbrevReason(a, b *analysis) string {
	onlyIn := func(x, y *analysis) []word {
		var out []word
		for _, w := range x.words {
			if !slices.ContainsFunc(y.words, func(v word) bool { return v.key == w.key }) {
				out = append(out, w)
			}
		}
		return out
	}
	oa, ob := onlyIn(a, b), onlyIn(b, a)
	var pairs, dropped []string
	for _, side := range [2][2][]word{{oa, ob}, {ob, oa}} {
		for _, w := range side[0] {
			if fillers[w.key] || numberWords[w.key] {
				dropped = append(dropped, fmt.Sprintf("%q", w.raw))
				continue
			}
			c, ok := canonPhrases[w.key]
			if t, ok := titles[w.key]; ok {
				c = append(slices.Clone(c), t...) // read by its place in the name
			}
			if !ok || slices.Equal(c, []string{w.key}) {
				continue // the full form; its abbreviation on the other side names the pair
			}
			// The other side's words that read the same: one ("St" = "Street") or several
			// ("MOB" = "Medical Office Building").
			var same []string
			for _, v := range side[1] {
				// A word the table knows as another's short form may still be written out
				// here: "Plumbers" of "UA = Plumbers & Pipefitters".
				if cv, ok := canonPhrases[v.key]; (ok && isSub(cv, c)) || slices.Contains(c, v.key) {
					same = append(same, v.raw)
				}
			}
			if len(same) > 0 && !slices.Contains(pairs, strings.Join(same, " ")+" = "+w.raw) {
				// Both forms read out ("Electrical", "Elec") would name the pair twice.
				pairs = append(pairs, w.raw+" = "+strings.Join(same, " "))
			}
		}
	}
	var parts []string
	if len(pairs) > 0 {
		parts = append(parts, "abbreviations ("+strings.Join(pairs, ", ")+")")
	} else if len(dropped) == 0 {
		parts = append(parts, "abbreviations")
	}
	parts = append(parts, dropped...)
	return "Same name apart from " + joinAnd(parts)
}

// isSub reports whether every word of a is in b.
func isSub(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// joinAnd writes "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
