package match

import (
	"slices"
	"strings"
)

// A whole-name comparison pairs the words of two names in any order and then asks of every word
// left over whether a bookkeeper would shrug it off: a descriptor ("X" and "X Contracting
// Corporation"), a list label ("- Sub"), a project number one system keeps and the other not, the
// customer's first name, a branch in brackets. The names are the same when nothing else is left
// over and nothing contradicts: two different numbers, two different branches, two designator
// letters. This is how "Hendricks Kitchen Remodel" meets "Hendricks, Paul:Kitchen Remodel" and
// "Precision Welding & Fabrication" meets "Precision Wldg & Fab", and how "Benton Rebar" stays
// apart from "Renton Rebar".

// wholeVerdict is the outcome of comparing two names whole.
type wholeVerdict struct {
	same    bool    // one-click safe as far as the names go
	quality float64 // 0..1: the share of the names' weight that found a counterpart
	// For the reason:
	across       bool // the Procore name used words of the QuickBooks customer as well as the job
	customerOnly bool // a QuickBooks customer without jobs, with words added for the project
	reordered    bool
	aside        []string  // words set aside, as written
	abbrevs      []string  // "Wldg = Welding"
	numbers      []string  // "FY24 = 2024", "One = 1", "X = Bronx"
	typo         [2]string // "Plumbig", "Plumbing"
	givenNames   []string  // "Rick = Ricky"
	middleName   string    // a person's middle name one name leaves out: "Lucia"
	// ownerTrade: the trade of a sole proprietor's firm, the other name being the owner's
	// ("Flooring" of "Lucas Nguyen Flooring", "Nguyen, Lucas")
	ownerTrade string
	// division: the words of a firm's division its whole name adds, the other name being one
	// of its branches ("Facilities Maintenance" of "HD Supply Facilities Maintenance", "HD
	// Supply - Raleigh")
	division []string
	// owner: the Procore name is the legal name the QuickBooks name gives in brackets after its
	// trade name ("JH Drywall (Hernandez Enterprises)")
	owner bool
	// ownerGroup: the name in brackets is the group the firm belongs to ("Ready Mixed Concrete
	// Co (Argos)", "Argos USA LLC")
	ownerGroup bool
	// givenFirst: the owner's first name one name puts before the firm's ("Kenny" of "Kenny
	// Baucom Grading", "Baucom Grading LLC")
	givenFirst string
	// tradeKind: a word of one name that says which kind of the trade both have ("Asphalt" of
	// "Lassiter Asphalt Paving", "Lassiter Paving")
	tradeKind string
	// bareTrade: the trade the firm's whole name adds to its bare name ("Electric" of
	// "Cochran Electric Inc", "Cochran")
	bareTrade string
	// secondTrade: a trade one name adds after "&" to the trade both have ("Marble" of
	// "Crabtree Tile & Marble", "Crabtree Tile")
	secondTrade string
	initials    string // "CED = Consolidated Electrical Distributors"
	credential  string // a professional's letters after a person's name: "P.E." (person.go)
	// tradeLeft: the names are the same but for this word of the trade on one side ("Cochran",
	// "Cochran Electric"): a suggestion to check, not to link in one click (same is false)
	tradeLeft string
	// branchTrade: the word of the trade only the firm's whole name has, the other being one of
	// its branches ("Mayer Electric Supply", "Mayer Electric - Birmingham Branch")
	branchTrade string
	// branchTail: the words of one name after the firm's that name one of its places, as
	// written ("Tacoma Branch"); see branch.go
	branchTail string
	// branchPlace: the town branchTail names, normalised; branchQB: the branch is the
	// QuickBooks name's; elsewhere: the other record's town, not the branch's (branchplace.go)
	branchPlace, elsewhere string
	branchQB               bool
	// sameTown: a branch found by the town both names give, the only record of the firm there
	// (branchsametown.go)
	sameTown bool
	// branchOnly: the QuickBooks name is the firm's with only a branch's words added, the only
	// such record (branchonly.go)
	branchOnly bool
	// doubt: why the names, the same as far as the rules go, are still a question (oneclickdoubt.go)
	doubt string
	// tradeName: the part of a name with a d/b/a the other name is, as written (dbaname.go)
	tradeName string
	// dbaCut: why the trade name after the d/b/a is read as the other name cut short
	// (dbacut.go)
	dbaCut string
	// localFunds: the QuickBooks name is the funds of the union local the Procore name is
	// (unionfunds.go)
	localFunds bool
	// insurerBrand: both names are the insurer of this brand, as written (insurerbrand.go)
	insurerBrand string
	insurerBare  bool // one name is the brand alone
	// catDealer: a Caterpillar dealer's own words, one name its trade name with CAT, the other
	// its legal name (catdealer.go)
	catDealer string
	// projectNumber: the project number kept apart from the Procore name, found in the
	// QuickBooks name
	projectNumber string
	// extends: on a vendor list, the Procore name is the whole of the QuickBooks name with
	// words of its own added, a place or a trade ("Ferguson Enterprises - Tacoma", "Ferguson
	// Enterprises Inc"): another Procore name that extends it too may be the one (Assign)
	extends bool
	// workLast: the word of the work the Procore name ends with, which the job's name leaves
	// out ("Flatwork" of "Lennar - Asante Ph 3 Flatwork", scopeatend.go)
	workLast string
	// familyJob: the words of the work a homeowner's only job shares with the project, the
	// surname agreeing (familyjob.go)
	familyJob []string
	// ownerBefore: the owner's words the project puts before the job's, the job being kept under
	// the contractor ("TriStar" of "TriStar StoneCrest Cath Lab", ownerbeforejob.go)
	ownerBefore string
	// townBefore: the record's own town the project puts before the job's words (townbeforejob.go)
	townBefore string
	// numberJob: the project number that is the whole of the job's own name, which the project's
	// name carries (numberjob.go)
	numberJob string
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// wholeContext is what a whole-name comparison needs besides the two names.
type wholeContext struct {
	places map[string]bool // the one-word cities of the QuickBooks list's addresses
	cities map[string]bool // every city of the QuickBooks list's addresses, normalised
	person bool            // a name is written surname first: its words may be reordered
	city   string          // the Procore record's city
	sc     *scratch
}

// place reports a city of the lists' addresses or the Procore record's own.
func (c *wholeContext) place(w string) bool { return c.places[w] || (w != "" && w == c.city) }

// paired is a token's counterpart on the other side.
type paired struct {
	at   int
	like likeness
}

// eitherWay reads the two names one way round, then, when that finds nothing, the other: the
// readings of initials hold for whichever list wrote them.
func eitherWay(read func(a, b []token, ap, bp []paired) string, q, e []token, qp, ep []paired) string {
	if r := read(q, e, qp, ep); r != "" {
		return r
	}
	return read(e, q, ep, qp)
}

// compareWhole compares the Procore tokens q with a QuickBooks entry's tokens. parent says the
// entry is a job; customerOnly that it is a customer with no jobs in a list of customers and
// jobs, whose name the project may extend ("Meyer, Hans" for "Meyer Residence Remodel").
//
// ctx holds the cities the two lists' addresses name: a city as the last word of a name is a
// branch or a place, like a qualifier ("Johnstone Supply Tacoma").
func compareWhole(q, e []token, parent, customerOnly bool, ctx *wholeContext) wholeVerdict {
	if len(q) == 0 || len(e) == 0 {
		return wholeVerdict{}
	}
	c := wholeComparison{q: q, e: e, parent: parent, customerOnly: customerOnly, ctx: ctx}
	c.pairWords()
	if c.placesAndOwners() {
		return c.v
	}
	defer func() { ctx.sc.qLeft, ctx.sc.eLeft = c.qLeft[:0], c.eLeft[:0] }()
	if !c.weigh() || !c.readLeft() || !c.conclude() {
		return c.v
	}
	c.v.same = true
	return c.v
}

// trailingPlace is the last word of a name's own part when it is a known place and not the
// only word, or nil.
func trailingPlace(ts []token, ctx *wholeContext) *token {
	if t := finalOwnWord(ts); t != nil && ctx.place(t.key) {
		return t
	}
	return nil
}

// finalOwnWord is the last word of a name's own part (no qualifier, customer or stop word) when
// the part has at least two words, or nil.
func finalOwnWord(ts []token) *token {
	last, n := -1, 0
	for i := range ts {
		if ts[i].qual || ts[i].customer || ts[i].role == roleStop {
			continue
		}
		last = i
		n++
	}
	if n < 2 {
		return nil
	}
	return &ts[last]
}

// letterForWord pairs a lone letter before a number with a word of that letter before the same
// number on the other side: "T5" and "Terminal 5", "B-14" and "Bldg 14".
func letterForWord(a, b []token, ap, bp []paired) {
	for i := 0; i+1 < len(a); i++ {
		if ap[i].like != unlike || !a[i].single() || a[i+1].num == "" || ap[i+1].like != sameNumber {
			continue
		}
		j := ap[i+1].at - 1
		if j >= 0 && bp[j].like == unlike && len(b[j].runes) >= 2 && b[j].num == "" && b[j].runes[0] == a[i].runes[0] {
			ap[i] = paired{at: j, like: shortWord}
			bp[j] = paired{at: i, like: shortWord}
		}
	}
}

// joinedWords pairs a word with two neighbours on the other side that spell it: "Reroof" and
// "Re-roof", "Blackrock" and "Black Rock".
func joinedWords(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like != unlike || a[i].num != "" {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			if bp[j].like == unlike && bp[j+1].like == unlike && len(b[j].key)+len(b[j+1].key) == len(a[i].key) &&
				strings.HasPrefix(a[i].key, b[j].key) && strings.HasSuffix(a[i].key, b[j+1].key) {
				ap[i] = paired{at: j, like: sameWord}
				bp[j], bp[j+1] = paired{at: i, like: sameWord}, paired{at: i, like: sameWord}
				break
			}
		}
	}
}

// joinedNumbers pairs a project number with the same digits written in two parts on the other
// side: "24031" and "24-031". Leading zeros count: "24-31" is not 24031.
func joinedNumbers(a, b []token, ap, bp []paired) {
	for i := range a {
		raw := numberAfterPrefix(&a[i]) // "#2309", "P-24017" are 23-09, 24-017 too (projectnumberjoin.go)
		if ap[i].like != unlike || a[i].num == "" || !allDigits(raw) || len(raw) < 4 {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			// The parts keep their digits as written in key ("031"); raw is the whole "24-031".
			if bp[j].like == unlike && bp[j+1].like == unlike && b[j].num != "" && b[j+1].num != "" &&
				allDigits(b[j].key) && allDigits(b[j+1].key) && b[j].key+b[j+1].key == raw {
				ap[i] = paired{at: j, like: sameNumber}
				bp[j], bp[j+1] = paired{at: i, like: sameNumber}, paired{at: i, like: sameNumber}
				break
			}
		}
	}
}

// initialism is a way to write a customer's name by initials, and where the name starts.
type initialism struct {
	key string
	at  int
}

// customerInitials lists the initials of a job's customer, with and without the last word
// written out: "University of Washington" is UW, "Washington State DOT" WSDOT.
func customerInitials(e []token) []initialism {
	var letters []rune
	first, last := -1, -1
	for j := range e {
		if !e[j].customer || e[j].role == roleStop || e[j].first {
			continue
		}
		if first < 0 {
			first = j
		}
		last = j
		letters = append(letters, wordLetters(&e[j])...) // "NC State University" is NCSU
	}
	if len(letters) < 2 {
		return nil
	}
	out := []initialism{{key: string(letters), at: first}}
	for _, k := range moreCustomerInitials(e) { // NYCHA, CU (ownerinitials.go)
		out = append(out, initialism{key: k, at: first})
	}
	if k := campusInitials(e); k != "" && k != string(letters) {
		out = append(out, initialism{key: k, at: first}) // UNC for "… of North Carolina at Chapel Hill"
	}
	if len(letters) > 2 {
		out = append(out, initialism{key: string(letters[:len(letters)-1]) + e[last].key, at: first})
		// The last word written apart: "UT Austin" for University of Texas at Austin; the
		// word itself pairs with the customer's as any word does.
		out = append(out, initialism{key: string(letters[:len(letters)-1]), at: first})
	}
	return out
}

// bestPairs finds for each token of q its likest token of e, and for each of e its likest of q,
// comparing each pair of words once.
func bestPairs(q, e []token, sc *scratch) (qp, ep []paired) {
	qp = slices.Grow(sc.qPairs[:0], len(q))[:len(q)]
	ep = slices.Grow(sc.ePairs[:0], len(e))[:len(e)]
	for i := range qp {
		qp[i] = paired{at: -1}
	}
	for j := range ep {
		ep[j] = paired{at: -1}
	}
	better := func(l, than likeness) bool {
		return l != unlike && (than == unlike || likenessScore[l] > likenessScore[than])
	}
	for i := range q {
		for j := range e {
			l := wordLike(&q[i], &e[j])
			// On a tie the job's own word wins over its customer's: "Elm" of "1420 Elm St"
			// under "Elm Partners".
			if better(l, qp[i].like) || (l != unlike && l == qp[i].like && e[qp[i].at].customer && !e[j].customer) {
				qp[i] = paired{at: j, like: l}
			}
			if better(l, ep[j].like) {
				ep[j] = paired{at: i, like: l}
			}
		}
	}
	return qp, ep
}

// reordered reports whether the paired words come in another order on the other side.
func reordered(ps []paired, q []token) bool {
	last := -1
	for i, p := range ps {
		if p.like == unlike || q[i].role == roleStop {
			continue
		}
		if p.at < last {
			return true
		}
		last = p.at
	}
	return false
}

// namesBranch reports a name kept as one branch or store of a firm: a store or branch number, the
// word Branch or Store in its note, or a note that ends with a US state's code ("Fargo ND").
func namesBranch(ts []token) bool {
	for i := range ts {
		t := &ts[i]
		if t.branchNumber || t.qual && (t.key == "branch" || t.key == "store" || (i == len(ts)-1 && stateCodes[strings.ToLower(t.raw)] && len(t.raw) == 2 && strings.ToUpper(t.raw) == t.raw)) {
			return true
		}
	}
	return false
}

// stateCodes are the US states' postal codes, lower case.
var stateCodes = wordSet(`al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo
	mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy`)
