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
	var v wholeVerdict
	if len(q) == 0 || len(e) == 0 {
		return v
	}
	qPlace, ePlace := trailingPlace(q, ctx), trailingPlace(e, ctx)
	person := false
	for j := range e {
		person = person || e[j].first
	}
	// A customer with no jobs named as an institution: the project may add words (institution.go).
	institution := customerOnly && !person && institutionName(e)
	store := false // set once words are paired: a store number both names have (institution.go)
	qp, ep := bestPairs(q, e, ctx.sc)
	letterForWord(q, e, qp, ep)
	letterForWord(e, q, ep, qp)
	customerLetter(q, e, qp, ep) // "Seattle U" for Seattle University (customerletter.go)
	pairAmpLetter(q, e, qp, ep)  // "200A" is 200 Amp (ampletter.go)
	pairAmpLetter(e, q, ep, qp)
	pairHOACommunity(q, e, qp, ep) // "HOA" for "Community Assn" (hoacommunity.go)
	pairHOACommunity(e, q, ep, qp)
	joinedWords(q, e, qp, ep)
	joinedWords(e, q, ep, qp)
	joinedParticles(q, e, qp, ep) // "Delacruz" and "De La Cruz" (surnameparticles.go)
	joinedParticles(e, q, ep, qp)
	rejoinSplitWords(q, e, qp, ep) // "Buildout" and "Build-Out" (splitword.go)
	rejoinSplitWords(e, q, ep, qp)
	pairWorkForms(q, e, qp, ep)  // "Lights" and "Lighting" (workforms.go)
	pairStormWords(q, e, qp, ep) // "Hurricane" and "Storm" repairs (stormwords.go)
	pairStormWords(e, q, ep, qp)
	if customerOnly {
		pairPracticeForms(q, e, qp, ep) // "Dental" and "Dentistry" (practice.go)
	}
	pairSameWritten(q, e, qp, ep)   // "St." read Street and "St" read Saint (samewritten.go)
	pairFloorOrdinals(q, e, qp, ep) // "3rd Floor" and "Level 3" (floornumber.go)
	pairFloorOrdinals(e, q, ep, qp)
	if parent {
		pairLetterLabels(q, e, qp, ep) // "L2" is Level 2 (labelletter.go)
		pairLetterLabels(e, q, ep, qp)
	}
	joinedNumbers(q, e, qp, ep)
	joinedNumbers(e, q, ep, qp)
	pairCodeSpelledApart(q, e, qp, ep) // "H8852 01C" is H885201C (codeapart.go)
	pairCodeSpelledApart(e, q, ep, qp)
	// "Steve Dunlap", "Steven M Dunlap Drywall" (person.go)
	pairLeadingGivenNames(q, e, qp, ep)
	// "Trey Fulton" is "Fulton III, Wallace"; the reason reads "Trey = Wallace" (thirdbyname.go)
	eitherWay(pairThirdByName, q, e, qp, ep)
	yearJoinedNumbers(q, e, qp, ep) // "2024-031" is 24031 (projectyear.go)
	yearJoinedNumbers(e, q, ep, qp)
	// "Jeffco" is Jefferson County (clipped.go).
	v.abbrevs = append(pairClipped(q, e, qp, ep), pairClipped(e, q, ep, qp)...)
	if r := eitherWay(pairChurchInitials, q, e, qp, ep); r != "" {
		v.abbrevs = append(v.abbrevs, r) // "UMC" is United Methodist Church (churchinitials.go)
	}
	if parent {
		if r := eitherWay(pairWorkInitials, q, e, qp, ep); r != "" {
			v.abbrevs = append(v.abbrevs, r) // "WL" is the Waterline, "WWTP" the wastewater plant (workinitials.go)
		}
	}
	unpairInitialsReadAsCut(q, e, qp, ep) // "DEP" is no "Dept" cut short (multiacronym.go)
	unpairInitialsReadAsCut(e, q, ep, qp)
	// "CED Salt Lake City" (initialstown.go)
	v.initials = pairInitials(q, e, qp, ep, initialsPlace(q, townAfterInitials(q, qPlace, ctx)))
	if v.initials == "" {
		v.initials = pairInitials(e, q, ep, qp, initialsPlace(e, townAfterInitials(e, ePlace, ctx)))
	}
	if v.initials == "" && !parent && !customerOnly {
		// "TPU" is Tacoma Public Utilities, Tacoma paired (initialsplacefirst.go)
		v.initials = eitherWay(pairInitialsWithPlace, q, e, qp, ep)
	}
	if v.initials == "" && !parent && !customerOnly {
		v.initials = eitherWay(pairInitialsOverRepeat, q, e, qp, ep) // "BOCC" (initialsrepeat.go)
	}
	if v.initials == "" && parent {
		v.initials = jobInitialsOverCustomer(q, e, qp, ep, ePlace)
	}
	if v.initials == "" && parent {
		v.initials = schoolInitialsOver(q, e, qp, ep) // "QHS" is Quincy High School (schoolinitials.go)
	}
	if v.initials == "" && parent {
		v.initials = pairCustomerAcronym(q, e, qp, ep) // "BVSD" is Boulder Valley SD (customeracronym.go)
	}
	if v.initials == "" && parent {
		v.initials = pairAcronymOfCustomerWords(q, e, qp, ep) // "MD" is Metro District (customeracronym.go)
	}
	if v.initials == "" && parent {
		// "TPA" is Tampa's airport, "EWR" Newark Airport (airportcode.go)
		v.initials = pairAirportCode(q, e, qp, ep)
	}
	if parent {
		if r := eitherWay(pairCodeAsTown, q, e, qp, ep); r != "" {
			v.abbrevs = append(v.abbrevs, r) // "PDX" is Portland (airporttown.go)
		}
	}
	if parent {
		// "WP Chamber of Commerce", "Winter Park Chamber"; "FS13", "Fire Station 13"; also beside
		// another reading ("BVSD:Alder PL Sealcoat", "Boulder Valley SD Alder Parking Lot
		// Sealcoat") (initialsrun.go)
		v.initials = joinReadings(v.initials, eitherWay(pairInitialsRun, q, e, qp, ep))
	}
	if v.initials == "" {
		// "P&H" is Plumbing & Heating, "R&D" research (ampinitials.go).
		v.initials = eitherWay(pairAmpersandInitials, q, e, qp, ep)
	}
	if v.initials == "" {
		// "NE" the table reads as Northeast is New England too (capitalinitials.go).
		v.initials = eitherWay(pairTableCapitals, q, e, qp, ep)
	}
	if v.initials == "" && !parent && !customerOnly {
		// "SMART Local 24" is Sheet Metal Workers Local 24 (union.go).
		v.initials = eitherWay(pairUnionInitials, q, e, qp, ep)
	}
	if v.initials == "" && !parent && !customerOnly {
		// "Ohio Dept of Commerce - DIC": the office's initials in a note (acronym.go).
		v.initials = eitherWay(pairNoteInitials, q, e, qp, ep)
	}
	if v.initials == "" && !parent && !customerOnly {
		// "J.R. Maestas Hauling", "Maestas, Juan Ramon": a first name's initials (person.go).
		v.initials = eitherWay(pairGivenInitials, q, e, qp, ep)
		// "J.R." is not the "Jr" of "Castaneda Jr, Jose R." (initialsnotjunior.go).
		if v.initials == "" {
			v.initials = eitherWay(givenInitialsOverGeneration, q, e, qp, ep)
		}
		if v.initials == "" {
			v.initials = eitherWay(pairPlainGivenInitials, q, e, qp, ep) // "AJ Gallagher & Co" (giveninitialsplain.go)
		}
	}
	if v.initials == "" && !parent && !customerOnly {
		v.initials = eitherWay(pairInitialsWithLegal, q, e, qp, ep) // "JCI", Johnson Controls, Inc. (legalinitials.go)
	}
	if v.initials == "" && !parent && !customerOnly {
		// "City of Boston - ISD", "Boston Inspectional Services" (officeinitials.go).
		v.initials = eitherWay(pairDepartmentInitials, q, e, qp, ep)
	}
	if !parent && !customerOnly {
		// "DPW&P" is the DPW & Parks (letterafterand.go).
		v.initials = joinReadings(v.initials, eitherWay(pairLetterAfterInitials, q, e, qp, ep))
	}
	if parent {
		// "SPS Lincoln HS" names the customer Seattle Public Schools by its initials.
		inits := customerInitials(e)
		for i := range q {
			if qp[i].like == unlike && len(q[i].runes) >= 2 && q[i].num == "" {
				for _, in := range inits {
					if q[i].key == in.key {
						qp[i] = paired{at: in.at, like: sameWord}
						ep[in.at] = paired{at: i, like: sameWord}
						coverCustomer(e, ep, i, in.key) // customeracronym.go
					}
				}
			}
		}
		pairStateCodeInitials(q, e, qp, ep, inits) // "NM" read New Mexico is NMH's initials (ownerinitials.go)
		// "DRH Arroyo Crossing" names D.R. Horton LA Holding Co by its short name's initials (contractorinitials.go)
		v.initials = joinReadings(v.initials, pairContractorInitials(q, e, qp, ep))
	}

	// On a vendor list one name may be the firm's and the other one of its places (branch.go).
	vendors := !parent && !customerOnly
	if vendors {
		pairVowelSlip(q, e, qp, ep)       // "Dobsen Ranch Welding" (vowelslip.go)
		pairUnionTradeStems(q, e, qp, ep) // "Plumbers" and the "Plumbers" of "UA" read out (unionlist.go)
	}
	qTail, eTail, tailMarked := -1, -1, false
	if vendors {
		// Only worth looking for when the other name is all paired but for a word (its trade).
		if unpairedOwn(e, ep) <= 1 || tradesLeft(e, ep) || divisionLeft(e, ep) {
			qTail, tailMarked = branchTail(q, qp, e, ep, ctx)
		}
		if (qTail < 0 || regionTail(q, qTail)) && (unpairedOwn(q, qp) <= 1 || tradesLeft(q, qp) || divisionLeft(q, qp)) {
			eTail, tailMarked = branchTail(e, ep, e, ep, ctx)
		}
	}

	store = customerOnly && !person && storePaired(e, ep)
	if customerOnly && !person && !institution && schoolDistrictNamed(e, ep) {
		institution = true // "Shelby County Public Schools Collins HS Boiler" (schooldistrictonly.go)
	}
	if institution && institutionsDiffer(q, qp, e, ep) {
		institution = false // "St Agnes School Gym" is not St Agnes Church's (institutionkind.go)
	}
	v.extends = vendors && extendsName(q, qp, e, ep)
	if owner, group := ownerInBrackets(q, qp, e, ep); vendors && owner {
		// "Hernandez Enterprises LLC" and "JH Drywall (Hernandez Enterprises)", either way round
		// (bracketowner.go, bracketownerboth.go)
		v.same, v.quality, v.owner = true, 0.8, true
		v.ownerGroup = group // "Argos USA", "… (Argos)" (parentbracket.go)
		return v
	}

	if vendors {
		if brand, bare := sameInsurerBrand(q, e); brand != "" {
			// "Zurich North America" and "Zurich American Insurance Co" (insurerbrand.go)
			v.same, v.quality, v.insurerBrand, v.insurerBare = true, 0.8, brand, bare
			return v
		}
		if dealer := sameCatDealer(q, e); dealer != "" {
			// "Empire CAT" and "Empire Southwest, LLC" (catdealer.go)
			v.same, v.quality, v.catDealer = true, 0.8, dealer
			return v
		}
	}
	qLeft, eLeft := ctx.sc.qLeft[:0], ctx.sc.eLeft[:0]
	defer func() { ctx.sc.qLeft, ctx.sc.eLeft = qLeft[:0], eLeft[:0] }()
	weight := func(t *token) float64 {
		if t.role == roleCore && !t.code && !t.first && !t.qual {
			return 1
		}
		return 0.3
	}
	var got, total float64
	substance, jobMatched, typos := false, !parent, 0
	for i := range q {
		t := &q[i]
		if t.role == roleStop || (t.aux && qp[i].like == unlike) {
			continue
		}
		total += weight(t)
		p := qp[i]
		if p.like == unlike {
			if !t.aux {
				qLeft = append(qLeft, t)
			}
			continue
		}
		o := &e[p.at]
		got += weight(t) * likenessScore[p.like]
		if t.aux {
			v.projectNumber = t.raw
		}
		if t.role == roleCore && t.num == "" && len(t.runes) >= 2 && !t.glued {
			substance = true
		}
		if o.customer {
			v.across = true
		} else if o.role != roleStop {
			jobMatched = true
		}
		if t.spelt || o.spelt {
			v.numbers = appendNew(v.numbers, readingOf(t, o)) // "AAA = Triple A"
		}
		switch p.like {
		case slip:
			typos++
			v.typo = [2]string{t.raw, o.raw}
		case shortWord, skeleton:
			v.abbrevs = appendNew(v.abbrevs, readingOf(t, o))
		case givenName:
			v.givenNames = appendNew(v.givenNames, readingOf(t, o))
		case sameBorough:
			v.numbers = appendNew(v.numbers, readingOf(t, o))
		case sameNumber:
			// "24" for "2024" and "One" for "1", not "88K" for "88".
			if t.num != o.num || !strings.ContainsFunc(t.raw+o.raw, isDigitRune) || !strings.ContainsFunc(t.raw, isDigitRune) || !strings.ContainsFunc(o.raw, isDigitRune) {
				v.numbers = appendNew(v.numbers, readingOf(t, o))
			}
		}
	}
	for j := range e {
		t := &e[j]
		if t.role == roleStop {
			continue
		}
		w := weight(t)
		if t.customer {
			w = 0.3 // the project need not name the customer
		}
		total += w
		p := ep[j]
		if p.like == unlike {
			eLeft = append(eLeft, t)
			continue
		}
		got += w * likenessScore[p.like]
	}
	if total > 0 {
		v.quality = got / total
	}
	v.reordered = reordered(qp, q) || ownerMoved(q) != ownerMoved(e) // byowner.go
	if v.reordered && vendors && !ctx.person && firmWordsReordered(tokenWords(q), tokenWords(e)) && !placeWordMoved(tokenWords(q), tokenWords(e), ctx.place) {
		return v // "Rock River Paving Contracting" is not "River Rock Paving" (order.go)
	}
	if v.reordered && !vendors && !ctx.person {
		if _, _, swapped := placeNameSwapped(tokenWords(q), tokenWords(e)); swapped {
			return v // "Park Lake Apartments" is not "Lake Park Apartments" (order.go)
		}
	}

	// What is left over must be what a bookkeeper shrugs off, and not contradict.
	qNum, eNum, qQual, eQual := false, false, false, false
	qInit, eInit := false, false // initials left over: "J. Ramirez" and "R. Ramirez" are two people
	qGen, eGen := false, false   // Jr or Sr left over: Jr and Sr are two people (person.go)
	personName := vendors && (ctx.person || person || firstFlagged(q))
	projWords := 0            // words the Procore name adds to a job with the same project number
	var qTrade, eTrade uint16 // the kinds of trade descriptors left over
	var dropped *token        // a word of the trade on one side only (Cochran, Cochran Electric)
	var dropped2 *token       // a second one on the same side ("Landscape Supply"), for a branch only
	droppedQ := false         // dropped is the Procore name's
	// On a vendor list a store or branch number is the firm's, at one of its places; on the
	// Jobs page "Fire Station #7" is another job than "Fire Station".
	extras := 0
	public := vendors && publicBody(q, qp, e)
	var extra *token  // one word more of a job's name on one side (jobextra.go)
	bodyPref := false // a public body's "City of" on one side only (publicbody.go)
	// officeLeft: a public body's office word set aside (publicbody.go)
	officeLeft := false
	// A sole proprietor's name on one side: the other's words left over may be the firm's
	// ("Lawn Care" of "Mike Johnson Lawn Care", "Johnson, Michael") (person.go).
	ownerQ := vendors && len(qLeft) > 0 && !firstFlagged(q) && ownerOfTrade(e, ep, q)
	ownerE := vendors && !ownerQ && len(eLeft) > 0 && !firstFlagged(e) && ownerOfTrade(q, qp, e)
	ownerWords := 0
	// A division's words on the firm's side, the other name being a branch (branch.go).
	// Or a region's or country's words, the firm's regional entity (branch.go's regionLeft).
	qDivision := eTail >= 0 && !public && !tailHasTrade(e, eTail) && (divisionLeft(q, qp) && !leftIsPlace(q, qp, ctx) || regionLeft(q, qp) && !regionTail(e, eTail) && !stateTail(e, eTail))
	eDivision := qTail >= 0 && !public && !tailHasTrade(q, qTail) && (divisionLeft(e, ep) && !leftIsPlace(e, ep, ctx) || regionLeft(e, ep) && !regionTail(q, qTail) && !stateTail(q, qTail))
	for _, t := range qLeft {
		switch {
		case inTail(q, qTail, t):
			qQual, qNum = true, qNum || t.num != ""
			continue
		case vendors && agencyOffice(q, t):
			qQual = true // "Region 1" of "CDOT Region 1", a state agency's office (agencyoffice.go)
		case parent && routePart(q, t) && sharedProjectNumber(q, qp):
			// "I-93" of "MassDOT #124567 I-93 Rest Area Plumbing" (routenumber.go)
		case parent && numberLabelBefore(q, qp, t):
			// "Contract" of "PA Contract EWR-144.227 Parking" (numberlabel.go)
		case parent && lotBeforeHashNumber(q, qp, t, e):
			// "Lot" of "Hawthorne Ridge Lot 22" against "… #22" (lotnumber.go)
		case parent && rangeEndLeft(q, qp, t):
			return v // "Lots 12-18" is not "Lot 12" (lotrange.go)
		case customerOnly && buildingOfCustomer(q, t, e, ep):
			extras++ // "Bldg D" of "Medical City Dallas Bldg D Power" (customerwork.go)
		case parent && pipeSize(q, t) && !numberLeft(e, ep):
			// "12in" of "W. 32nd Ave 12in Main Replacement" against "…:W 32nd Ave Main
			// Replacement" (pipesize.go)
		case parent && yearRangeHalfLeft(q, qp, e, t):
			return v // "FY25-26" names two years, the other name one of them (yearrange.go)
		case parent && splitWeakLeft(q, qp, t):
			// "Fit-Out" of "Centennial Tower C 5th Floor Fit-Out" (splitweak.go)
		case parent && districtDesignation(q, t, e, ep):
			// "USD 500" of "USD 500 Wyandotte HS Media Center" under "KCK Public Schools"
			// (districtdesignation.go)
		case t.num != "":
			qNum = true
			if !t.code && !(vendors && t.branchNumber) {
				return v // "Phase 2" on one side is another job
			}
		case t.initial:
			qInit = true
		case vendors && middleInitial(q, qp, t):
			qInit = true // "A" of "Jose A Hernandez" (person.go); "Jose B Hernandez" is another
			v.middleName = t.raw
			continue
		case generationLeft(t, personName):
			qGen = true // "Jr" of "Marek Dombrowski Jr" (person.go)
		case credentialLeft(t, personName || vendors && professionFirm(q)):
			v.credential = t.raw // "P.E." of "David W. Chen, P.E." (person.go)
			continue
		case parent && jobMiddleInitial(q, qp, t):
			// "C" of "Mildred C Hailey Apartments" against "Mildred Hailey Apts" (jobmiddleinitial.go)
		case t.single() && !t.glued && !t.code:
			return v // "Building B" on one side
		case vendors && v.givenFirst == "" && leadingFirstName(q, qp, t, e):
			v.givenFirst = t.raw // "Kenny" of "Kenny Baucom Grading" (person.go)
			continue
		case t.ofPlace && (parent || customerOnly) && !ctx.place(t.key):
			return v // "Museum of Flight" is a project's name, not a museum's branch
		case vendors && leadingPlace(q, qp, t, ctx) && distinctiveFirm(e, ep):
			qQual = true // "Raleigh" of "Raleigh Winsupply Co", a local branch (branch.go)
		case parent && formerNameNote(q, t):
			// "fka Grady" of "APS Midtown HS (fka Grady) Science Labs" (formernote.go)
		case parent && equipmentKindLeft(q, qp, t, e, ep):
			// "Fire" of "South End Office Tower - Fire Sprinkler" (firesprinkler.go)
		case parent && libraryBranchLeft(q, qp, t):
			// "Branch" of "Multnomah County Library - Holgate Branch" (librarybranch.go)
		case parent && ownerNote(q, qp, e, t):
			// "Randolph" of "Bldg 3 Hangar Doors - JBSA Randolph": the owner's place (ownernote.go)
		case t.qual || t == qPlace:
			if parent && !ctx.place(t.key) && !inTownName(q, t, ctx) { // "Chula Vista" (townwords.go)
				// A job's words are all its own, but for its place: "Kitchen Remodel -
				// Delgado" is not the Nguyens' kitchen remodel; "Gym Floor - Bellevue" is the
				// gym floor job in Bellevue.
				return v
			}
			qQual = true
		case t.role == roleDescriptor && customerOnly && person:
			return v // "Hughes Construction" is a firm, not the Hughes family's project
		case t.role == roleDescriptor:
			qTrade |= tradeDescriptors[t.key]
		case parent && subPartLetter(q, t):
			return v // "Phase 1B" is not "Phase 1" (subpartletter.go)
		case t.role != roleCore || t.code || t.glued:
		case vendors && (ownInitials(q, t) || ownInitialsWithOther(q, t, e, ep)): // owninitialsother.go
			// "KWH" of "KWH - Kestrel Waste Haulers": the name's own initials (owninitials.go)
		case vendors && unionWord(q, qp, t):
		case vendors && unionNamedOneSide(q, qp, t, e, ep):
			// "Pipefitters" of "Pipefitters Local 537", "Local 537" (union.go)
		case vendors && insurerWord(q, qp, t):
			// "Mutual" of "Arbella Mutual Insurance", "Arbella Insurance" (insurer.go)
			// "Union" of "Local Union No. 573", "Fringe" of "Fringe Benefit Funds" (union.go)
		case customerOnly && institution && leadingPartyInitials(q, qp, t):
			return v // "BWB - Bellarmine University New Residence Hall": the contractor's job (leadinginitials.go)
		case customerOnly && person && otherGivenName(q, qp, e, ep, true) == t.raw:
			return v // "Anand Patel Residence" is not the customer "Patel, Raj" (othergiven.go)
		case customerOnly && (person || institution || store || workOnCustomer(e, ep, t)):
			// "Meyer, Hans" for "Meyer Residence Remodel": a private client's project is
			// named after the client, as an institution's after it ("Tarrow Methodist Church
			// Fellowship Hall"). A firm's name with a word more is another firm, unless
			// the word names the work ("Pioneer Square Hotel Chiller": customerwork.go).
			extras++
		case customerOnly && storageUnits(q, qp, t):
			extras++ // "Units" of "Arcadia Storage Units Concrete" (selfstorage.go)
		case customerOnly && practicePremisesAdded(t, e, ep):
			extras++ // "Office" of "Hartman Dental Office Buildout" (practice.go)
		case public && permitOffice(q, qp, t, e, ep):
			// "Permits" of "City of Roswell Permits", "City of Roswell" (permitoffice.go)
		case public && bodyStateCode(q, qp, t, e):
			// "MO" of "Jackson County MO Collector" (publicoffice.go)
		case public && utilityServiceAside(q, qp, t, e, ep):
			// "Water & Sewer" of "York County Water & Sewer", "York County Utilities" (utilityservice.go)
		case public && publicWorksAside(q, qp, t, e, ep):
			// "Public Works" of "Fulton County Public Works - Water" (publicworksoffice.go)
		case public && officeWord(t):
			// "Utilities" of "Town of Apex Electric Utilities" (publicbody.go)
			officeLeft = true
		case vendors && stateBeforeAgency(q, qp, t, e, ep):
			// "Washington State" of "Washington State Department of Ecology" (stateofagency.go)
		case vendors && districtOfServices(q, qp, t, e, ep):
			// "District" of "Centennial Water and Sanitation District" (specialdistrict.go)
		case vendors && bodyPrefix(q, qp, t):
			bodyPref = true // "City" of "City of Raleigh Water", "Raleigh Water" (publicbody.go)
		case vendors && v.secondTrade == "" && secondTrade(q, qp, t):
			v.secondTrade = t.raw // "Crabtree Tile & Marble", "Crabtree Tile" (secondtrade.go)
		case vendors && v.secondTrade == "" && secondOwnTrade(q, qp, t, e, ep, e, ep):
			v.secondTrade = t.raw // "Harlan Drywall & Acoustics", "Harlan Drywall" (secondtradeown.go)
		case vendors && kindOfTrade(q, qp, t):
			// "Directional" of "Davis Directional Boring", "Davis Boring" (kindofwork.go)
		case vendors && kindOfOwnTrade(q, qp, t, e, ep, e, ep):
			// "Land" of "Durbin Land Surveying", "Durbin Surveying" (kindofworkown.go)
		case vendors && nicknameInBrackets(q, qp, t, e):
			v.givenNames = appendNew(v.givenNames, nicknameReading(q, t)) // "Thanh (Tom) Nguyen", "Nguyen, Tom" (nicknamebrackets.go)
			continue
		case vendors && tradeWords[t.key] && dropped == nil:
			dropped, droppedQ = t, true
			continue
		case vendors && tradeWords[t.key] && dropped2 == nil && droppedQ:
			dropped2 = t
			continue
		case v.middleName == "" && middleName(q, qp, e, t):
			v.middleName = t.raw
			continue
		case vendors && compoundGivenPart(q, qp, t, e):
			v.middleName = strings.TrimSpace(v.middleName + " " + t.raw) // "del Carmen" (compoundgiven.go)
			continue
		case parent && projWords < maxProjectNumberWords && t.role == roleCore && t.num == "" && !t.single() && sharedProjectNumber(q, qp):
			projWords++ // "Marrow" and "Shell" of "24-022 Marrow Peakway Retail Shell" against "24-022 Peakway Retail" (projectwords.go)
		case parent && streetTypeLeft(q, qp, e, t):
			// "St" of "Kipling St Waterline Replacement" (streettype.go)
		case unitLabelLeft(q, qp, e, ep, t):
			// "Bldg" of "Marrow Plaza Bldg C-12 TI" against "Marrow Plaza C-12 TI" (unitlabel.go)
		case parent && schoolOfDistrict(q, qp, e, ep, t):
			// "High" of "Tarrow HS Quarry Campus Roof" under "Tarrow City Schools" (school.go)
		case parent && ownerNameRest(q, qp, e, ep, t):
			// "Memorial Institute" of "Kestrel Memorial Institute Lab 4 Exhaust" against
			// "Kestrel:Lab 4 Exhaust": the rest of the owner's name (ownername.go)
		case parent && parkingPart(q, qp, t):
			// "Lot" of "Arizona Mills Parking Lot Repairs" against "…:Parking Repairs" (parkingwords.go)
		case parent && siteKindLeft(q, qp, t):
			// "Campus" of "ASU West Campus Sidewalks" against "…:West Sidewalks" (sitefiller.go)
		case parent && rampKindLeft(q, qp, t):
			// "Curb" of "Dysart Rd Curb Ramps" against "…:Dysart Rd ADA Ramps" (rampwords.go)
		case parent && siteBeforeWork(q, qp, t):
			// "Site" of "Banner Site Flatwork" against "…:Flatwork" (sitefiller.go)
		case parent && medicalKindLeft(q, qp, t, e, ep):
			// "Medical Center" of "Soin Medical Center Cath Lab" against "…:Soin Cath Lab" (medicalkind.go)
		case parent && areaPhraseLeft(q, qp, t, e, ep):
			// "Town Center" of "Easton Town Center Bldg C-12 Tenant Improvement" (areakind.go)
		case parent && buildingKindLeft(q, qp, t, e, ep):
			// "Hall" of "Burruss Hall Classrooms" against "…:Burruss Classrooms" (sitefiller.go)
		case parent && damageAfterStorm(q, qp, t):
			// "Damage" of "Storm Damage Repair" against "Hurricane Repair" (stormwords.go)
		case parent && ownerBeforeJob(q, qp, e, ep, t):
			// "TriStar" of "TriStar StoneCrest Cath Lab" against "Brasfield & Gorrie:StoneCrest
			// Cath Lab": the owner's name before the job kept under its contractor (ownerbeforejob.go)
			v.ownerBefore = strings.TrimSpace(v.ownerBefore + " " + t.raw)
		case parent && ownerBeforeContractorJob(q, qp, e, ep, t):
			// "UC Health" of "UC Health West Chester Hospital Expansion" against "Turner
			// Construction Co:West Chester Hospital Expansion" (ownerbeforecontractor.go)
			v.ownerBefore = strings.TrimSpace(v.ownerBefore + " " + t.raw)
		case parent && contractorKindLeft(q, qp, e, t):
			// "Residential" of "Brookfield Residential - Heritage Lake Vlg 2" against "Brookfield
			// Homes So Cal:Heritage Lake Village 2" (contractorkind.go)
		case parent && townBeforeJob(q, qp, e, ep, t, ctx):
			// "Sandy" of "Sandy Crescent Stake Center Remodel" against "…:Crescent Stake
			// Center", the record being in Sandy (townbeforejob.go)
			v.townBefore = strings.TrimSpace(v.townBefore + " " + t.raw)
		case parent && ownerPlaceWords(q, qp, e, ep, t, ctx):
			// "Hospital" of "Parkland Hospital 5th Floor Nurse Call" against "Parkland
			// Health:5th Flr Nurse Call": the owner's place or kind (ownerkind.go)
		case parent && extra == nil && extraJobWord(t) && (extraInJob(q, qp, t, e, ep, false) || scopeAtEnd(q, qp, t)):
			// "Athletic" of "Hillside HS Athletic Field House" (jobextra.go); "Flatwork" of
			// "Lennar - Asante Ph 3 Flatwork" (scopeatend.go)
			extra = t
		case qDivision && !tradeWords[t.key] && t.role == roleCore:
			v.division = appendNew(v.division, t.raw) // "Facilities Maintenance" of HD Supply's
			continue
		case ownerQ && ownerWords < maxOwnerWords && ownerWord(q, qp, t):
			ownerWords++ // "Lawn Care" of "Mike Johnson Lawn Care", "Johnson, Michael" (person.go)
			v.ownerTrade = strings.TrimSpace(v.ownerTrade + " " + t.raw)
			continue
		case vendors && serviceAfterFirm(q, qp, t, e, ep, e, ep):
			// "Management" of "Sunrise Landscape Management", "Sunrise Landscape" (serviceword.go)
		default:
			return v
		}
		v.aside = appendNew(v.aside, t.raw)
	}
	if extras > 3 {
		return v
	}
	for _, t := range eLeft {
		switch {
		case inTail(e, eTail, t):
			eQual, eNum = true, eNum || t.num != ""
			continue
		case vendors && agencyOffice(e, t):
			eQual = true
		case parent && routePart(e, t) && sharedProjectNumber(q, qp):
		case parent && numberLabelBefore(e, ep, t):
		case parent && lotBeforeHashNumber(e, ep, t, q):
		case parent && rangeEndLeft(e, ep, t):
			return v
		case parent && projWords == 0 && jobNumberWord(q, qp, e, ep, t):
			// "Suite" of "Naperville Orthodontics:26009 Suite Remodel" (numberlabel.go)
		case parent && pipeSize(e, t) && !numberLeft(q, qp):
		case parent && yearRangeHalfLeft(e, ep, q, t):
			return v
		case parent && splitWeakLeft(e, ep, t):
		case t.num != "":
			eNum = true
			if !t.code && !t.customer && !(vendors && t.branchNumber) {
				return v
			}
			if t.customer {
				continue // the customer's number ("Precinct 3") is no word of the job left aside
			}
		case customerOnly && bodyKindWords[t.key] && placeOfBodyPaired(e, ep):
			// "City" of "City of Zephyrhills" for "Zephyrhills Airport Hangar Repair" (customerwork.go)
			continue
		case parent && customerHeadLeft(e, ep, t):
			return v // "Whiting" of "Whiting-Turner Contracting Co" against "Turner - Kenwood Garage" (customerhead.go)
		case t.customer || (t.first && customerOnly):
			continue // the customer's words the project did not repeat: not worth a mention
		case institution && institutionWords[t.key] && !t.qual:
			// "Church" of "Crossroads Fellowship Church" for "Crossroads Fellowship Gym
			// Addition": the project may leave out what kind of institution it is.
		case customerOnly && selfBeforeStorage(e, ep, t):
			// "Self" of "Spring Woods Self Storage LLC" for "Spring Woods Storage Sitework" (selfstorage.go)
		case customerOnly && practiceFillerLeft(t, e, ep):
			// "Family" of "Lakeview Family Dental" for "Lakeview Dental Buildout" (practice.go)
		case institution && denominationLeft(q, qp, e, ep, t):
			// "Catholic" of "St Therese Catholic Church" for "St. Therese Parish Hall" (churchparts.go)
		case t.initial:
			eInit = true
		case vendors && middleInitial(e, ep, t):
			eInit = true
			v.middleName = t.raw
			continue
		case generationLeft(t, personName):
			eGen = true
		case credentialLeft(t, personName || vendors && professionFirm(e)):
			v.credential = t.raw
			continue
		case parent && jobMiddleInitial(e, ep, t):
		case t.single() && !t.glued && !t.code:
			return v
		case vendors && v.givenFirst == "" && leadingFirstName(e, ep, t, q):
			v.givenFirst = t.raw
			continue
		case t.ofPlace && customerOnly && !ctx.place(t.key):
			return v
		case vendors && leadingPlace(e, ep, t, ctx) && distinctiveFirm(e, ep):
			eQual = true
		case parent && equipmentKindLeft(e, ep, t, q, qp):
		case parent && libraryBranchLeft(e, ep, t):
		case parent && formerNameNote(e, t):
		case t.qual || t == ePlace:
			eQual = true
		case t.role == roleDescriptor:
			eTrade |= tradeDescriptors[t.key]
		case parent && subPartLetter(e, t):
			return v
		case t.role != roleCore || t.code || t.glued:
		case vendors && (ownInitials(e, t) || ownInitialsWithOther(e, t, q, qp)): // owninitialsother.go
		case vendors && unionWord(e, ep, t):
		case vendors && localFundsWord(e, ep, t, q):
			// "Funds" of "Iron Workers Local 40 Funds", the Procore name being the local (unionfunds.go)
			v.localFunds = true
		case vendors && unionNamedOneSide(e, ep, t, q, qp):
		case vendors && insurerWord(e, ep, t):
		case public && permitOffice(e, ep, t, q, qp):
		case public && bodyStateCode(e, ep, t, q):
		case public && publicWorksAside(e, ep, t, q, qp):
		case public && officeWord(t):
			officeLeft = true
		case vendors && districtOfServices(e, ep, t, q, qp):
		case vendors && stateBeforeAgency(e, ep, t, q, qp):
		case vendors && bodyPrefix(e, ep, t):
			bodyPref = true
		case vendors && v.secondTrade == "" && secondTrade(e, ep, t):
			v.secondTrade = t.raw
		case vendors && v.secondTrade == "" && secondOwnTrade(e, ep, t, q, qp, e, ep):
			v.secondTrade = t.raw
		case vendors && kindOfTrade(e, ep, t):
		case vendors && kindOfOwnTrade(e, ep, t, q, qp, e, ep):
		case vendors && nicknameInBrackets(e, ep, t, q):
			v.givenNames = appendNew(v.givenNames, nicknameReading(e, t))
			continue
		case vendors && tradeWords[t.key] && dropped == nil:
			dropped = t
			continue
		case vendors && tradeWords[t.key] && dropped2 == nil && !droppedQ:
			dropped2 = t
			continue
		case v.middleName == "" && middleName(e, ep, q, t):
			v.middleName = t.raw
			continue
		case vendors && compoundGivenPart(e, ep, t, q):
			v.middleName = strings.TrimSpace(v.middleName + " " + t.raw) // compoundgiven.go
			continue
		case parent && streetTypeLeft(e, ep, q, t):
		case parent && damageAfterStorm(e, ep, t):
		case parent && siteKindLeft(e, ep, t):
		case parent && medicalKindLeft(e, ep, t, e, ep):
		case parent && areaPhraseLeft(e, ep, t, e, ep):
		case parent && buildingKindLeft(e, ep, t, e, ep):
		case parent && siteBeforeWork(e, ep, t):
		case parent && rampKindLeft(e, ep, t):
		case parent && parkingPart(e, ep, t):
		case unitLabelLeft(e, ep, q, qp, t):
		case parent && extra == nil && extraJobWord(t) && (extraInJob(e, ep, t, e, ep, true) || scopeAtEnd(e, ep, t)):
			extra = t
		case eDivision && !tradeWords[t.key] && t.role == roleCore:
			v.division = appendNew(v.division, t.raw)
			continue
		case ownerE && ownerWords < maxOwnerWords && ownerWord(e, ep, t):
			ownerWords++
			v.ownerTrade = strings.TrimSpace(v.ownerTrade + " " + t.raw)
			continue
		case vendors && serviceAfterFirm(e, ep, t, q, qp, e, ep):
		default:
			return v
		}
		v.aside = appendNew(v.aside, t.raw)
	}
	if parent && stagesApart(qLeft, eLeft) {
		return v // "Models" and "Production" are two jobs of a phase (builderstage.go)
	}
	if parent && scopeApart(qLeft, eLeft) {
		return v // "Office - Core/Shell" is not the "Office TI" job (scopeapart.go)
	}
	if parent && compassApart(qLeft, eLeft) {
		return v // "South Quillan HS" is not "North Quillan HS" (compassapart.go)
	}
	if (qNum && eNum) || (qQual && eQual && regionLeft(q, qp) == regionLeft(e, ep)) || (qInit && eInit) || (qGen && eGen) || (qTrade != 0 && eTrade != 0 && qTrade != eTrade) || typos > 1 || !substance || !jobMatched {
		return v
	}
	if v.secondTrade != "" && (qTrade != 0 || eTrade != 0) {
		return v // "Pacific Crane Service", "Pacific Crane & Rigging": each adds its work (secondtrade.go)
	}
	if bodyPref && (dropped != nil || qTrade != 0 || eTrade != 0) {
		return v // "City of Cary Electric Services" is the town's, "Cary Electric" a firm's
	}
	if ownerWords == 1 && dropped == nil && !soleTrade(v.ownerTrade) && !(ownerQ && ownerFirmGoesOn(q, qp) || ownerE && ownerFirmGoesOn(e, ep)) {
		return v // one word after a person's name may be a second surname (person.go)
	}
	if extra != nil {
		if n := pairedJobWords(e, ep); n < minJobWordsForExtra && !(n >= 2 && (beforeTrade(q, qp, extra) || beforeTrade(e, ep, extra) || scopeAtEnd(q, qp, extra) || scopeAtEnd(e, ep, extra))) {
			return v // "Main Library Roof Renovation" may be another job than "Main Library Renovation"
		}
		v.quality *= extraJobWordQuality
		if scopeAtEnd(q, qp, extra) || scopeAtEnd(e, ep, extra) {
			v.workLast = extra.raw
		}
	}
	if officeAgainstTrade(officeLeft, dropped) {
		return v // "Harlan County Electric" is no office of "Harlan County Authority" (publicoffice.go)
	}
	if dropped != nil {
		// Not when a trade descriptor is left on the other side: "Cochran Construction" and
		// "Cochran Electric" are two trades. On the same side it is the firm's whole name:
		// "Pender Steel Services Inc" for "Pender".
		if droppedQ && eTrade != 0 || !droppedQ && qTrade != 0 || (qTrade != 0 && eTrade != 0) {
			return v
		}
		if qTrade != 0 || eTrade != 0 {
			// A bare name only: "Pender" and "Pender Steel Services Inc".
			if droppedQ && !bareFirmTrade(e, q, dropped) || !droppedQ && !bareFirmTrade(q, e, dropped) || dropped2 != nil {
				return v
			}
		}
		// But a name kept as one branch of the firm ("Mayer Electric - Birmingham Branch",
		// "… #412", "… - Fargo ND") is a supplier's with several places, and the other name,
		// with its trade, is that supplier's whole name: the name left without the trade is
		// not another firm of the family but the same firm's place.
		other := q
		if droppedQ {
			other = e
		}
		short, sp, long, lp := q, qp, e, ep
		if droppedQ {
			short, sp, long, lp = e, ep, q, qp
		}
		trade := dropped.raw
		if dropped2 != nil {
			trade += " " + dropped2.raw // "SiteOne Landscape Supply" and "SiteOne #341 Raleigh"
		}
		branch := namesBranch(other) || tailMarked && (droppedQ && eTail >= 0 || !droppedQ && qTail >= 0)
		if droppedQ && otherTradeInTail(e, eTail, dropped) || !droppedQ && otherTradeInTail(q, qTail, dropped) {
			return v // "Summit Electric" and "Summit Roofing - Store 3": two trades
		}
		switch {
		case !branch && ownerOfTrade(short, sp, long):
			// "Nguyen, Lucas" is Lucas Nguyen Flooring (& Tile) (person.go)
			v.ownerTrade = strings.TrimSpace(trade + " " + v.ownerTrade)
		case dropped2 != nil && !distinctiveFirm(e, ep):
			return v // "Quenby Rentals" on the list too: which Quenby's branch?
		case branch:
			v.branchTrade = trade
		case (droppedQ && plainPlaceTail(e, eTail, ctx) || !droppedQ && plainPlaceTail(q, qTail, ctx)) && distinctiveFirm(e, ep):
			// A distinctive firm at a place: "Beacon Raleigh" for Beacon Roofing Supply,
			// "Johnstone Raleigh" for Johnstone Supply.
			v.branchTrade = trade
		case dropped2 != nil:
			return v // two trades on one side: a firm of its own unless the other is a branch
		case dropped2 == nil && tradeModifier(long, lp, dropped):
			v.tradeKind = dropped.raw // "Asphalt" of "Lassiter Asphalt Paving" (tradeleft.go)
			v.aside = appendNew(v.aside, dropped.raw)
		case bareFirmTrade(short, long, dropped):
			v.bareTrade = dropped.raw // "Cochran" is Cochran Electric Inc (tradeleft.go)
		default:
			v.tradeLeft = dropped.raw
			return v
		}
	}
	switch {
	case qTail >= 0:
		v.branchTail, v.branchPlace = tailWords(q, qTail), tailPlace(q, qTail, ctx)
	case eTail >= 0:
		v.branchTail, v.branchPlace, v.branchQB = tailWords(e, eTail), tailPlace(e, eTail, ctx), true
	}
	if v.branchTail != "" || vendors && qQual != eQual && distinctiveFirm(e, ep) {
		// Every branch or note scores the same against a distinctive firm, so that two of
		// them on the Procore side tie.
		v.quality = branchQuality
	}
	v.customerOnly = customerOnly && len(qLeft) > 0
	if extras > 0 {
		v.quality *= 0.6
	}
	v.same = true
	return v
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
