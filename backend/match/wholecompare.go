package match

import "strings"

// wholeComparison is one comparison of two names whole (compareWhole), in its phases: the
// words paired (pairWords), places and owners found (placesAndOwners), the weight that found a
// counterpart (weigh), the words left over read one by one (readLeft, wholeleft.go), and what
// they say together (conclude, wholeconclude.go).
type wholeComparison struct {
	q, e                 []token
	qp, ep               []paired
	parent, customerOnly bool
	ctx                  *wholeContext
	v                    wholeVerdict

	// Found before the words left over are read.
	vendors               bool   // a vendor list: one name may be a firm's, the other one of its places
	qPlace, ePlace        *token // a known place as a name's last word (trailingPlace)
	person                bool   // the QuickBooks name is a person's, "Surname, First"
	institution           bool   // a customer with no jobs named as an institution (institution.go)
	store                 bool   // a store number both names have (institution.go)
	qTail, eTail          int    // where a branch's words start (branch.go), -1: none
	tailMarked            bool
	qLeft, eLeft          []*token
	substance, jobMatched bool
	typos                 int

	// What the words left over said (wholeleft.go).
	qNum, eNum, qQual, eQual bool
	qInit, eInit             bool // initials left over: "J. Ramirez" and "R. Ramirez" are two people
	qGen, eGen               bool // Jr or Sr left over: Jr and Sr are two people (person.go)
	personName               bool
	projWords                int    // words the Procore name adds to a job with the same project number
	qTrade, eTrade           uint16 // the kinds of trade descriptors left over
	dropped                  *token // a word of the trade on one side only (Cochran, Cochran Electric)
	dropped2                 *token // a second one on the same side ("Landscape Supply"), for a branch only
	droppedQ                 bool   // dropped is the Procore name's
	extras                   int
	public                   bool
	extra                    *token // one word more of a job's name on one side (jobextra.go)
	bodyPref                 bool   // a public body's "City of" on one side only (publicbody.go)
	officeLeft               bool   // a public body's office word set aside (publicbody.go)
	ownerQ, ownerE           bool
	ownerWords               int
	qDivision, eDivision     bool
}

// pairWords pairs the words of the two names: each word with its likest, then the readings
// that pair a word with two (Re-roof), a letter with a word (T5, Terminal 5), initials with
// the words they stand for.
func (c *wholeComparison) pairWords() {
	q, e, ctx, parent, customerOnly, v := c.q, c.e, c.ctx, c.parent, c.customerOnly, &c.v
	c.qPlace, c.ePlace = trailingPlace(q, ctx), trailingPlace(e, ctx)
	for j := range e {
		c.person = c.person || e[j].first
	}
	// A customer with no jobs named as an institution: the project may add words (institution.go).
	c.institution = customerOnly && !c.person && institutionName(e)
	c.qp, c.ep = bestPairs(q, e, ctx.sc)
	qp, ep := c.qp, c.ep
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
	v.initials = pairInitials(q, e, qp, ep, initialsPlace(q, townAfterInitials(q, c.qPlace, ctx)))
	if v.initials == "" {
		v.initials = pairInitials(e, q, ep, qp, initialsPlace(e, townAfterInitials(e, c.ePlace, ctx)))
	}
	if v.initials == "" && !parent && !customerOnly {
		// "TPU" is Tacoma Public Utilities, Tacoma paired (initialsplacefirst.go)
		v.initials = eitherWay(pairInitialsWithPlace, q, e, qp, ep)
	}
	if v.initials == "" && !parent && !customerOnly {
		v.initials = eitherWay(pairInitialsOverRepeat, q, e, qp, ep) // "BOCC" (initialsrepeat.go)
	}
	if v.initials == "" && parent {
		v.initials = jobInitialsOverCustomer(q, e, qp, ep, c.ePlace)
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

}

// placesAndOwners finds a branch's or place's words at the end of a vendor's name and what
// kind of customer a job has; true when the names are settled already (an owner in brackets).
func (c *wholeComparison) placesAndOwners() bool {
	q, e, qp, ep, ctx, parent, customerOnly, v := c.q, c.e, c.qp, c.ep, c.ctx, c.parent, c.customerOnly, &c.v
	// On a vendor list one name may be the firm's and the other one of its places (branch.go).
	c.vendors = !parent && !customerOnly
	if c.vendors {
		pairVowelSlip(q, e, qp, ep)       // "Dobsen Ranch Welding" (vowelslip.go)
		pairUnionTradeStems(q, e, qp, ep) // "Plumbers" and the "Plumbers" of "UA" read out (unionlist.go)
	}
	c.qTail, c.eTail = -1, -1
	if c.vendors {
		// Only worth looking for when the other name is all paired but for a word (its trade).
		if unpairedOwn(e, ep) <= 1 || tradesLeft(e, ep) || divisionLeft(e, ep) {
			c.qTail, c.tailMarked = branchTail(q, qp, e, ep, ctx)
		}
		if (c.qTail < 0 || regionTail(q, c.qTail)) && (unpairedOwn(q, qp) <= 1 || tradesLeft(q, qp) || divisionLeft(q, qp)) {
			c.eTail, c.tailMarked = branchTail(e, ep, e, ep, ctx)
		}
	}

	c.store = customerOnly && !c.person && storePaired(e, ep)
	if customerOnly && !c.person && !c.institution && schoolDistrictNamed(e, ep) {
		c.institution = true // "Shelby County Public Schools Collins HS Boiler" (schooldistrictonly.go)
	}
	if c.institution && institutionsDiffer(q, qp, e, ep) {
		c.institution = false // "St Agnes School Gym" is not St Agnes Church's (institutionkind.go)
	}
	v.extends = c.vendors && extendsName(q, qp, e, ep)
	if owner, group := ownerInBrackets(q, qp, e, ep); c.vendors && owner {
		// "Hernandez Enterprises LLC" and "JH Drywall (Hernandez Enterprises)", either way round
		// (bracketowner.go, bracketownerboth.go)
		v.same, v.quality, v.owner = true, 0.8, true
		v.ownerGroup = group // "Argos USA", "… (Argos)" (parentbracket.go)
		return true
	}

	if c.vendors {
		if brand, bare := sameInsurerBrand(q, e); brand != "" {
			// "Zurich North America" and "Zurich American Insurance Co" (insurerbrand.go)
			v.same, v.quality, v.insurerBrand, v.insurerBare = true, 0.8, brand, bare
			return true
		}
		if dealer := sameCatDealer(q, e); dealer != "" {
			// "Empire CAT" and "Empire Southwest, LLC" (catdealer.go)
			v.same, v.quality, v.catDealer = true, 0.8, dealer
			return true
		}
	}
	return false
}

// weigh measures the share of the names' weight that found a counterpart and lists the words
// left over; false when the order of the words already makes the names two.
func (c *wholeComparison) weigh() bool {
	q, e, qp, ep, ctx, parent, vendors, v := c.q, c.e, c.qp, c.ep, c.ctx, c.parent, c.vendors, &c.v
	c.qLeft, c.eLeft = ctx.sc.qLeft[:0], ctx.sc.eLeft[:0]
	weight := func(t *token) float64 {
		if t.role == roleCore && !t.code && !t.first && !t.qual {
			return 1
		}
		return 0.3
	}
	var got, total float64
	c.substance, c.jobMatched = false, !parent
	for i := range q {
		t := &q[i]
		if t.role == roleStop || (t.aux && qp[i].like == unlike) {
			continue
		}
		total += weight(t)
		p := qp[i]
		if p.like == unlike {
			if !t.aux {
				c.qLeft = append(c.qLeft, t)
			}
			continue
		}
		o := &e[p.at]
		got += weight(t) * likenessScore[p.like]
		if t.aux {
			v.projectNumber = t.raw
		}
		if t.role == roleCore && t.num == "" && len(t.runes) >= 2 && !t.glued {
			c.substance = true
		}
		if o.customer {
			v.across = true
		} else if o.role != roleStop {
			c.jobMatched = true
		}
		if t.spelt || o.spelt {
			v.numbers = appendNew(v.numbers, readingOf(t, o)) // "AAA = Triple A"
		}
		switch p.like {
		case slip:
			c.typos++
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
			c.eLeft = append(c.eLeft, t)
			continue
		}
		got += w * likenessScore[p.like]
	}
	if total > 0 {
		v.quality = got / total
	}
	v.reordered = reordered(qp, q) || ownerMoved(q) != ownerMoved(e) // byowner.go
	if v.reordered && vendors && !ctx.person && firmWordsReordered(tokenWords(q), tokenWords(e)) && !placeWordMoved(tokenWords(q), tokenWords(e), ctx.place) {
		return false // "Rock River Paving Contracting" is not "River Rock Paving" (order.go)
	}
	if v.reordered && !vendors && !ctx.person {
		if _, _, swapped := placeNameSwapped(tokenWords(q), tokenWords(e)); swapped {
			return false // "Park Lake Apartments" is not "Lake Park Apartments" (order.go)
		}
	}
	return true
}

// readLeft reads every word left over on both sides; false when one makes the names two.
func (c *wholeComparison) readLeft() bool {
	q, e, qp, ep, ctx, vendors := c.q, c.e, c.qp, c.ep, c.ctx, c.vendors
	// What is left over must be what a bookkeeper shrugs off, and not contradict.
	c.personName = vendors && (ctx.person || c.person || firstFlagged(q))
	c.public = vendors && publicBody(q, qp, e)
	// A sole proprietor's name on one side: the other's words left over may be the firm's
	// ("Lawn Care" of "Mike Johnson Lawn Care", "Johnson, Michael") (person.go).
	c.ownerQ = vendors && len(c.qLeft) > 0 && !firstFlagged(q) && ownerOfTrade(e, ep, q)
	c.ownerE = vendors && !c.ownerQ && len(c.eLeft) > 0 && !firstFlagged(e) && ownerOfTrade(q, qp, e)
	// A division's words on the firm's side, the other name being a branch (branch.go).
	// Or a region's or country's words, the firm's regional entity (branch.go's regionLeft).
	c.qDivision = c.eTail >= 0 && !c.public && !tailHasTrade(e, c.eTail) && (divisionLeft(q, qp) && !leftIsPlace(q, qp, ctx) || regionLeft(q, qp) && !regionTail(e, c.eTail) && !stateTail(e, c.eTail))
	c.eDivision = c.qTail >= 0 && !c.public && !tailHasTrade(q, c.qTail) && (divisionLeft(e, ep) && !leftIsPlace(e, ep, ctx) || regionLeft(e, ep) && !regionTail(q, c.qTail) && !stateTail(q, c.qTail))
	for _, t := range c.qLeft {
		switch c.procoreLeft(t) {
		case leftRejects:
			return false
		case leftAside:
			c.v.aside = appendNew(c.v.aside, t.raw)
		}
	}
	if c.extras > 3 {
		return false
	}
	for _, t := range c.eLeft {
		switch c.quickbooksLeft(t) {
		case leftRejects:
			return false
		case leftAside:
			c.v.aside = appendNew(c.v.aside, t.raw)
		}
	}
	return true
}
