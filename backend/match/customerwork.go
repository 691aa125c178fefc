package match

// A QuickBooks customer with no jobs is a firm or a public body the contractor works for once or
// now and then, and the bookkeeper posts every project of it to the customer itself. The project
// manager names the Procore project by the customer and the work: "Pioneer Square Hotel Chiller"
// for the customer "Pioneer Square Hotel", "Kearny Bank Parking Lot" for "Kearny Bank",
// "Bayonne Housing Authority Site Repairs" for "Bayonne Housing Authority". The words added say
// what is built or fixed, or where in the building; that is not another firm. A word of any other
// kind added to a firm's name ("Kearny Bank Insurance", "Summit Hotel Group") may be another firm
// of the name, and a town added ("Trinity Bible Church Arlington") another place of it
// (oneclickdoubt.go), so only the words of the work below pass, and only when at least two of the
// customer's own words are in the project's name. A customer that is itself a contractor or a
// trade's firm ("Tarrow View Builders LLC") has its projects named for the owner's building, so a
// project named by it and the work is not taken for its own.

// customerWorkWords name what a contractor builds or fixes, or the part of a building or site
// where: general vocabulary of building work, with the trades a project is named for.
var customerWorkWords = wordSet(`chiller chillers boiler boilers roof roofs roofing hvac repipe repiping
	plumbing electrical lighting sprinkler sprinklers generator generators elevator elevators
	exhaust hood hoods ductwork controls heater heaters furnace
	paving parking lot lots apron aprons slab slabs sidewalk sidewalks walkway walkways ramps
	curb curbs drainage site sitework grading striping sealcoat sealcoating fence fencing gate gates
	foundation foundations canopy canopies storefront facade facades envelope windows doors
	painting flooring carpet drywall framing glazing insulation waterproofing masonry concrete
	landscaping irrigation demolition demo abatement
	storm hurricane flood damage restoration
	lobby kitchen restroom restrooms bathroom bathrooms ballroom taproom courtyard patio deck
	decks porch basement garage dock docks loading entrance entry breakroom interior exterior
	prefunction guestroom guestrooms corridor corridors
	lift pump pumps station well wells tank tanks reservoir vault meter meters
	er ed icu nicu emergency surgery surgical radiology imaging lab labs laboratory pharmacy oncology
	dialysis refresh power
	solar pv array ev charger chargers charging`)

// minCustomerWordsForWork is how many of the customer's own words the project's name must have
// before words of the work added to them are set aside.
const minCustomerWordsForWork = 2

// workOnCustomer reports that t, a word the Procore name adds to the name of a QuickBooks customer
// with no jobs e, names the work or the part of the building, and that the project's name has at
// least two of the customer's own words.
func workOnCustomer(e []token, ep []paired, t *token) bool {
	if t.num != "" || t.qual {
		return false
	}
	if civicFacilityWords[t.key] || customerWorkWords[t.key] {
		if placeOfBodyPaired(e, ep) {
			return true // "Zephyrhills Airport Hangar Repair" for the City of Zephyrhills
		}
	}
	return customerWorkWords[t.key] && customerNamedInProject(e, ep)
}

// A town, city or county with no jobs is the owner of its buildings: "Redington Shores Town Hall
// Repairs" is the Town of Redington Shores' project, "Zephyrhills Airport Hangar Repair" the City
// of Zephyrhills'. The place's words must all be in the project's name, and the words added name
// one of the body's buildings or the work; a firm named after the place ("Redington Shores Condo
// Association") adds other words and stays apart.

// civicFacilityWords name the buildings and services a local government builds for.
var civicFacilityWords = wordSet(`hall airport hangar hangars library courthouse jail police fire station
	firehouse museum cemetery marina pier`)

// placeOfBodyPaired reports a customer named as a local government ("Town of Redington Shores",
// "Pinellas County") whose place's words are all paired, none of them a number.
func placeOfBodyPaired(e []token, ep []paired) bool {
	body, place := false, 0
	for j := range e {
		u := &e[j]
		if u.role == roleStop || u.qual {
			continue
		}
		if bodyKindWords[u.key] {
			body = body || j+1 < len(e) && e[j+1].key == "of" || lastOwnWord(e, j)
			continue
		}
		if u.role != roleCore || u.num != "" || ep[j].like == unlike {
			return false
		}
		place++
	}
	return body && place > 0
}

// lastOwnWord reports that e[j] is the last word of e that is not a note or a joining word.
func lastOwnWord(e []token, j int) bool {
	for k := j + 1; k < len(e); k++ {
		if e[k].role != roleStop && !e[k].qual {
			return false
		}
	}
	return true
}

// A customer with no jobs owns buildings the project may name by their label: "Medical City
// Dallas Bldg D Power" for the customer "Medical City Dallas". The label and its number or letter
// say which building of the customer's, all of them posted to the customer; only a building's
// label counts ("Phase 2", "Lot 14" may be another owner's part of a development), and the
// customer must be one a project named by it and the work would meet (workOnCustomer).

// customerBuildingLabels label a building or a part of one.
var customerBuildingLabels = wordSet(`building bldg tower wing suite ste unit floor level`)

// buildingOfCustomer reports that t, a word the Procore name q adds to the customer e with no
// jobs, is a building's label followed by its number or letter, or that number or letter.
func buildingOfCustomer(q []token, t *token, e []token, ep []paired) bool {
	at := tokenAt(q, t)
	designator := func(u *token) bool { return (u.num != "" || u.single()) && !u.qual && !u.customer }
	switch {
	case customerBuildingLabels[t.key] && at+1 < len(q) && designator(&q[at+1]):
	case designator(t) && at > 0 && customerBuildingLabels[q[at-1].key]:
	default:
		return false
	}
	for j := range e {
		if e[j].num != "" || e[j].single() {
			return false // a customer with a number of its own: its number says which
		}
	}
	return customerNamedInProject(e, ep)
}

// customerNamedInProject reports that at least minCustomerWordsForWork of the customer's own
// words are in the project's name and that it is no contractor's or trade's firm.
func customerNamedInProject(e []token, ep []paired) bool {
	n := 0
	for j := range e {
		u := &e[j]
		if tradeDescriptors[u.key] != 0 || tradeWords[u.key] {
			return false // a contractor's or a trade's firm: its projects are named for the owner's
		}
		if u.role == roleCore && !u.qual && u.num == "" && len(u.runes) >= 2 && ep[j].like != unlike {
			n++
		}
	}
	return n >= minCustomerWordsForWork
}
