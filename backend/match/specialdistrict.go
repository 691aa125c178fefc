package match

// A special district is named for its place and the services it provides, joined by "and":
// "Centennial Water and Sanitation District", "Tarrow Water and Sewer District". Its bills come
// as "Centennial Water & Sanitation" as often: "District" says what kind of public body it is,
// not which, once two services joined by "and" are paired on both sides. One service alone
// ("Tarrow Water", "Tarrow Sanitation District") may be a firm of that trade, a water company or
// a trash hauler, so it stays a question.

// districtServices are the services a special district is named for.
var districtServices = wordSet(`water sewer sanitation sanitary wastewater stormwater drainage`)

// districtOfServices reports that t, left over in ts, is the "District" after two services
// joined by "and", both paired in that order with the other name, o, whose every word is
// paired: "District" of "Centennial Water and Sanitation District" against "Centennial Water &
// Sanitation". A word more on the other side ("… Contractors") makes it a firm's name.
func districtOfServices(ts []token, ps []paired, t *token, o []token, op []paired) bool {
	if secondDistrictService(ts, ps, t) {
		return true
	}
	if districtOfPlace(ts, ps, t, o, op) {
		return true // "TxDOT Dallas District" (agencydistrict.go)
	}
	if t.key != "district" || t.num != "" {
		return false
	}
	at := tokenAt(ts, t)
	if at < 3 {
		return false
	}
	first, and, second := at-3, at-2, at-1
	if ts[and].key != "and" || !districtServices[ts[first].key] || !districtServices[ts[second].key] ||
		ts[first].key == ts[second].key || ps[first].like == unlike || ps[second].like == unlike ||
		ps[first].at > ps[second].at {
		return false
	}
	for i := range o {
		if op[i].like == unlike && o[i].role != roleStop {
			return false
		}
	}
	return true
}

// secondDistrictService reports that t, left over in ts, is a second service after "and" in a
// district's name whose first service and "District" are paired with the other name: "Wastewater"
// of "Alderwood Water & Wastewater District" against "Alderwood Water District". Both names are
// then the district, not a firm of the trade; without "District" paired it stays a question.
func secondDistrictService(ts []token, ps []paired, t *token) bool {
	if !districtServices[t.key] || t.num != "" {
		return false
	}
	at, district := -1, false
	for i := range ts {
		if &ts[i] == t {
			at = i
		}
		district = district || ts[i].key == "district" && ps[i].like != unlike
	}
	if at < 2 || !district {
		return false
	}
	first, and := &ts[at-2], &ts[at-1]
	return and.key == "and" && districtServices[first.key] && first.key != t.key && ps[at-2].like != unlike
}
