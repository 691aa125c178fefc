package match

import "strings"

// leftReading is what a word left over says.
type leftReading uint8

const (
	leftAside   leftReading = iota // a word a bookkeeper shrugs off, named in the reason
	leftKept                       // said some other way, or not worth a mention
	leftRejects                    // a difference that makes the names two
)

// procoreLeft reads a word of the Procore name that found no counterpart: set aside (a word a
// bookkeeper shrugs off), kept quiet (said some other way, or not worth a mention), or
// a difference that makes the names two.
func (c *wholeComparison) procoreLeft(t *token) leftReading {
	q, e, qp, ep, ctx, parent, customerOnly, vendors, v := c.q, c.e, c.qp, c.ep, c.ctx, c.parent, c.customerOnly, c.vendors, &c.v
	switch {
	case inTail(q, c.qTail, t):
		c.qQual, c.qNum = true, c.qNum || t.num != ""
		return leftKept
	case vendors && agencyOffice(q, t):
		c.qQual = true // "Region 1" of "CDOT Region 1", a state agency's office (agencyoffice.go)
	case parent && routePart(q, t) && sharedProjectNumber(q, qp):
		// "I-93" of "MassDOT #124567 I-93 Rest Area Plumbing" (routenumber.go)
	case parent && numberLabelBefore(q, qp, t):
		// "Contract" of "PA Contract EWR-144.227 Parking" (numberlabel.go)
	case parent && lotBeforeHashNumber(q, qp, t, e):
		// "Lot" of "Hawthorne Ridge Lot 22" against "… #22" (lotnumber.go)
	case parent && rangeEndLeft(q, qp, t):
		return leftRejects // "Lots 12-18" is not "Lot 12" (lotrange.go)
	case customerOnly && buildingOfCustomer(q, t, e, ep):
		c.extras++ // "Bldg D" of "Medical City Dallas Bldg D Power" (customerwork.go)
	case parent && pipeSize(q, t) && !numberLeft(e, ep):
		// "12in" of "W. 32nd Ave 12in Main Replacement" against "…:W 32nd Ave Main
		// Replacement" (pipesize.go)
	case parent && yearRangeHalfLeft(q, qp, e, t):
		return leftRejects // "FY25-26" names two years, the other name one of them (yearrange.go)
	case parent && splitWeakLeft(q, qp, t):
		// "Fit-Out" of "Centennial Tower C 5th Floor Fit-Out" (splitweak.go)
	case parent && districtDesignation(q, t, e, ep):
		// "USD 500" of "USD 500 Wyandotte HS Media Center" under "KCK Public Schools"
		// (districtdesignation.go)
	// On a vendor list a store or branch number is the firm's, at one of its places; on the
	// Jobs page "Fire Station #7" is another job than "Fire Station".
	case t.num != "":
		c.qNum = true
		if !t.code && !(vendors && t.branchNumber) {
			return leftRejects // "Phase 2" on one side is another job
		}
	case t.initial:
		c.qInit = true
	case vendors && middleInitial(q, qp, t):
		c.qInit = true // "A" of "Jose A Hernandez" (person.go); "Jose B Hernandez" is another
		v.middleName = t.raw
		return leftKept
	case generationLeft(t, c.personName):
		c.qGen = true // "Jr" of "Marek Dombrowski Jr" (person.go)
	case credentialLeft(t, c.personName || vendors && professionFirm(q)):
		v.credential = t.raw // "P.E." of "David W. Chen, P.E." (person.go)
		return leftKept
	case parent && jobMiddleInitial(q, qp, t):
		// "C" of "Mildred C Hailey Apartments" against "Mildred Hailey Apts" (jobmiddleinitial.go)
	case t.single() && !t.glued && !t.code:
		return leftRejects // "Building B" on one side
	case vendors && v.givenFirst == "" && leadingFirstName(q, qp, t, e):
		v.givenFirst = t.raw // "Kenny" of "Kenny Baucom Grading" (person.go)
		return leftKept
	case t.ofPlace && (parent || customerOnly) && !ctx.place(t.key):
		return leftRejects // "Museum of Flight" is a project's name, not a museum's branch
	case vendors && leadingPlace(q, qp, t, ctx) && distinctiveFirm(e, ep):
		c.qQual = true // "Raleigh" of "Raleigh Winsupply Co", a local branch (branch.go)
	case parent && formerNameNote(q, t):
		// "fka Grady" of "APS Midtown HS (fka Grady) Science Labs" (formernote.go)
	case parent && equipmentKindLeft(q, qp, t, e, ep):
		// "Fire" of "South End Office Tower - Fire Sprinkler" (firesprinkler.go)
	case parent && libraryBranchLeft(q, qp, t):
		// "Branch" of "Multnomah County Library - Holgate Branch" (librarybranch.go)
	case parent && ownerNote(q, qp, e, t):
		// "Randolph" of "Bldg 3 Hangar Doors - JBSA Randolph": the owner's place (ownernote.go)
	case t.qual || t == c.qPlace:
		if parent && !ctx.place(t.key) && !inTownName(q, t, ctx) { // "Chula Vista" (townwords.go)
			// A job's words are all its own, but for its place: "Kitchen Remodel -
			// Delgado" is not the Nguyens' kitchen remodel; "Gym Floor - Bellevue" is the
			// gym floor job in Bellevue.
			return leftRejects
		}
		c.qQual = true
	case t.role == roleDescriptor && customerOnly && c.person:
		return leftRejects // "Hughes Construction" is a firm, not the Hughes family's project
	case t.role == roleDescriptor:
		c.qTrade |= tradeDescriptors[t.key]
	case parent && subPartLetter(q, t):
		return leftRejects // "Phase 1B" is not "Phase 1" (subpartletter.go)
	case t.role != roleCore || t.code || t.glued:
	case vendors && (ownInitials(q, t) || ownInitialsWithOther(q, t, e, ep)): // owninitialsother.go
		// "KWH" of "KWH - Kestrel Waste Haulers": the name's own initials (owninitials.go)
	case vendors && unionWord(q, qp, t):
	case vendors && unionNamedOneSide(q, qp, t, e, ep):
		// "Pipefitters" of "Pipefitters Local 537", "Local 537" (union.go)
	case vendors && insurerWord(q, qp, t):
		// "Mutual" of "Arbella Mutual Insurance", "Arbella Insurance" (insurer.go)
		// "Union" of "Local Union No. 573", "Fringe" of "Fringe Benefit Funds" (union.go)
	case customerOnly && c.institution && leadingPartyInitials(q, qp, t):
		return leftRejects // "BWB - Bellarmine University New Residence Hall": the contractor's job (leadinginitials.go)
	case customerOnly && c.person && otherGivenName(q, qp, e, ep, true) == t.raw:
		return leftRejects // "Anand Patel Residence" is not the customer "Patel, Raj" (othergiven.go)
	case customerOnly && (c.person || c.institution || c.store || workOnCustomer(e, ep, t)):
		// "Meyer, Hans" for "Meyer Residence Remodel": a private client's project is
		// named after the client, as an institution's after it ("Tarrow Methodist Church
		// Fellowship Hall"). A firm's name with a word more is another firm, unless
		// the word names the work ("Pioneer Square Hotel Chiller": customerwork.go).
		c.extras++
	case customerOnly && storageUnits(q, qp, t):
		c.extras++ // "Units" of "Arcadia Storage Units Concrete" (selfstorage.go)
	case customerOnly && practicePremisesAdded(t, e, ep):
		c.extras++ // "Office" of "Hartman Dental Office Buildout" (practice.go)
	case c.public && permitOffice(q, qp, t, e, ep):
		// "Permits" of "City of Roswell Permits", "City of Roswell" (permitoffice.go)
	case c.public && bodyStateCode(q, qp, t, e):
		// "MO" of "Jackson County MO Collector" (publicoffice.go)
	case c.public && utilityServiceAside(q, qp, t, e, ep):
		// "Water & Sewer" of "York County Water & Sewer", "York County Utilities" (utilityservice.go)
	case c.public && publicWorksAside(q, qp, t, e, ep):
		// "Public Works" of "Fulton County Public Works - Water" (publicworksoffice.go)
	case c.public && officeWord(t):
		// "Utilities" of "Town of Apex Electric Utilities" (publicbody.go)
		c.officeLeft = true
	case vendors && stateBeforeAgency(q, qp, t, e, ep):
		// "Washington State" of "Washington State Department of Ecology" (stateofagency.go)
	case vendors && districtOfServices(q, qp, t, e, ep):
		// "District" of "Centennial Water and Sanitation District" (specialdistrict.go)
	case vendors && bodyPrefix(q, qp, t):
		c.bodyPref = true // "City" of "City of Raleigh Water", "Raleigh Water" (publicbody.go)
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
		return leftKept
	case vendors && tradeWords[t.key] && c.dropped == nil:
		c.dropped, c.droppedQ = t, true
		return leftKept
	case vendors && tradeWords[t.key] && c.dropped2 == nil && c.droppedQ:
		c.dropped2 = t
		return leftKept
	case v.middleName == "" && middleName(q, qp, e, t):
		v.middleName = t.raw
		return leftKept
	case vendors && compoundGivenPart(q, qp, t, e):
		v.middleName = strings.TrimSpace(v.middleName + " " + t.raw) // "del Carmen" (compoundgiven.go)
		return leftKept
	case parent && c.projWords < maxProjectNumberWords && t.role == roleCore && t.num == "" && !t.single() && sharedProjectNumber(q, qp):
		c.projWords++ // "Marrow" and "Shell" of "24-022 Marrow Peakway Retail Shell" against "24-022 Peakway Retail" (projectwords.go)
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
	case parent && c.extra == nil && extraJobWord(t) && (extraInJob(q, qp, t, e, ep, false) || scopeAtEnd(q, qp, t)):
		// "Athletic" of "Hillside HS Athletic Field House" (jobextra.go); "Flatwork" of
		// "Lennar - Asante Ph 3 Flatwork" (scopeatend.go)
		c.extra = t
	case c.qDivision && !tradeWords[t.key] && t.role == roleCore:
		v.division = appendNew(v.division, t.raw) // "Facilities Maintenance" of HD Supply's
		return leftKept
	case c.ownerQ && c.ownerWords < maxOwnerWords && ownerWord(q, qp, t):
		c.ownerWords++ // "Lawn Care" of "Mike Johnson Lawn Care", "Johnson, Michael" (person.go)
		v.ownerTrade = strings.TrimSpace(v.ownerTrade + " " + t.raw)
		return leftKept
	case vendors && serviceAfterFirm(q, qp, t, e, ep, e, ep):
		// "Management" of "Sunrise Landscape Management", "Sunrise Landscape" (serviceword.go)
	default:
		return leftRejects
	}
	return leftAside
}

// quickbooksLeft reads a word of the QuickBooks name that found no counterpart, as procoreLeft
// does the Procore name's.
func (c *wholeComparison) quickbooksLeft(t *token) leftReading {
	q, e, qp, ep, ctx, parent, customerOnly, vendors, v := c.q, c.e, c.qp, c.ep, c.ctx, c.parent, c.customerOnly, c.vendors, &c.v
	switch {
	case inTail(e, c.eTail, t):
		c.eQual, c.eNum = true, c.eNum || t.num != ""
		return leftKept
	case vendors && agencyOffice(e, t):
		c.eQual = true
	case parent && routePart(e, t) && sharedProjectNumber(q, qp):
	case parent && numberLabelBefore(e, ep, t):
	case parent && lotBeforeHashNumber(e, ep, t, q):
	case parent && rangeEndLeft(e, ep, t):
		return leftRejects
	case parent && c.projWords == 0 && jobNumberWord(q, qp, e, ep, t):
		// "Suite" of "Naperville Orthodontics:26009 Suite Remodel" (numberlabel.go)
	case parent && pipeSize(e, t) && !numberLeft(q, qp):
	case parent && yearRangeHalfLeft(e, ep, q, t):
		return leftRejects
	case parent && splitWeakLeft(e, ep, t):
	case t.num != "":
		c.eNum = true
		if !t.code && !t.customer && !(vendors && t.branchNumber) {
			return leftRejects
		}
		if t.customer {
			return leftKept // the customer's number ("Precinct 3") is no word of the job left aside
		}
	case customerOnly && bodyKindWords[t.key] && placeOfBodyPaired(e, ep):
		// "City" of "City of Zephyrhills" for "Zephyrhills Airport Hangar Repair" (customerwork.go)
		return leftKept
	case parent && customerHeadLeft(e, ep, t):
		return leftRejects // "Whiting" of "Whiting-Turner Contracting Co" against "Turner - Kenwood Garage" (customerhead.go)
	case t.customer || (t.first && customerOnly):
		return leftKept // the customer's words the project did not repeat: not worth a mention
	case c.institution && institutionWords[t.key] && !t.qual:
		// "Church" of "Crossroads Fellowship Church" for "Crossroads Fellowship Gym
		// Addition": the project may leave out what kind of institution it is.
	case customerOnly && selfBeforeStorage(e, ep, t):
		// "Self" of "Spring Woods Self Storage LLC" for "Spring Woods Storage Sitework" (selfstorage.go)
	case customerOnly && practiceFillerLeft(t, e, ep):
		// "Family" of "Lakeview Family Dental" for "Lakeview Dental Buildout" (practice.go)
	case c.institution && denominationLeft(q, qp, e, ep, t):
		// "Catholic" of "St Therese Catholic Church" for "St. Therese Parish Hall" (churchparts.go)
	case t.initial:
		c.eInit = true
	case vendors && middleInitial(e, ep, t):
		c.eInit = true
		v.middleName = t.raw
		return leftKept
	case generationLeft(t, c.personName):
		c.eGen = true
	case credentialLeft(t, c.personName || vendors && professionFirm(e)):
		v.credential = t.raw
		return leftKept
	case parent && jobMiddleInitial(e, ep, t):
	case t.single() && !t.glued && !t.code:
		return leftRejects
	case vendors && v.givenFirst == "" && leadingFirstName(e, ep, t, q):
		v.givenFirst = t.raw
		return leftKept
	case t.ofPlace && customerOnly && !ctx.place(t.key):
		return leftRejects
	case vendors && leadingPlace(e, ep, t, ctx) && distinctiveFirm(e, ep):
		c.eQual = true
	case parent && equipmentKindLeft(e, ep, t, q, qp):
	case parent && libraryBranchLeft(e, ep, t):
	case parent && formerNameNote(e, t):
	case t.qual || t == c.ePlace:
		c.eQual = true
	case t.role == roleDescriptor:
		c.eTrade |= tradeDescriptors[t.key]
	case parent && subPartLetter(e, t):
		return leftRejects
	case t.role != roleCore || t.code || t.glued:
	case vendors && (ownInitials(e, t) || ownInitialsWithOther(e, t, q, qp)): // owninitialsother.go
	case vendors && unionWord(e, ep, t):
	case vendors && localFundsWord(e, ep, t, q):
		// "Funds" of "Iron Workers Local 40 Funds", the Procore name being the local (unionfunds.go)
		v.localFunds = true
	case vendors && unionNamedOneSide(e, ep, t, q, qp):
	case vendors && insurerWord(e, ep, t):
	case c.public && permitOffice(e, ep, t, q, qp):
	case c.public && bodyStateCode(e, ep, t, q):
	case c.public && publicWorksAside(e, ep, t, q, qp):
	case c.public && officeWord(t):
		c.officeLeft = true
	case vendors && districtOfServices(e, ep, t, q, qp):
	case vendors && stateBeforeAgency(e, ep, t, q, qp):
	case vendors && bodyPrefix(e, ep, t):
		c.bodyPref = true
	case vendors && v.secondTrade == "" && secondTrade(e, ep, t):
		v.secondTrade = t.raw
	case vendors && v.secondTrade == "" && secondOwnTrade(e, ep, t, q, qp, e, ep):
		v.secondTrade = t.raw
	case vendors && kindOfTrade(e, ep, t):
	case vendors && kindOfOwnTrade(e, ep, t, q, qp, e, ep):
	case vendors && nicknameInBrackets(e, ep, t, q):
		v.givenNames = appendNew(v.givenNames, nicknameReading(e, t))
		return leftKept
	case vendors && tradeWords[t.key] && c.dropped == nil:
		c.dropped = t
		return leftKept
	case vendors && tradeWords[t.key] && c.dropped2 == nil && !c.droppedQ:
		c.dropped2 = t
		return leftKept
	case v.middleName == "" && middleName(e, ep, q, t):
		v.middleName = t.raw
		return leftKept
	case vendors && compoundGivenPart(e, ep, t, q):
		v.middleName = strings.TrimSpace(v.middleName + " " + t.raw) // compoundgiven.go
		return leftKept
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
	case parent && c.extra == nil && extraJobWord(t) && (extraInJob(e, ep, t, e, ep, true) || scopeAtEnd(e, ep, t)):
		c.extra = t
	case c.eDivision && !tradeWords[t.key] && t.role == roleCore:
		v.division = appendNew(v.division, t.raw)
		return leftKept
	case c.ownerE && c.ownerWords < maxOwnerWords && ownerWord(e, ep, t):
		c.ownerWords++
		v.ownerTrade = strings.TrimSpace(v.ownerTrade + " " + t.raw)
		return leftKept
	case vendors && serviceAfterFirm(e, ep, t, q, qp, e, ep):
	default:
		return leftRejects
	}
	return leftAside
}
