package match

import "strings"

// A branch named for a place is at that place. When one name is a firm's branch named for a town
// ("Kestrel - Boston Sales Office") and the other is the firm's name with a trade the branch's
// lacks ("Kestrel Supply", branch.go's branchTrade) at a street address in another town, and the
// branch's own record is not in that town either, the other record may well be another firm of
// the family, the supply house beside the maker's sales office: a bookkeeper checks before
// linking, so the pair is offered as Possible, not for one click. Without a street (a remit-to
// town, a P.O. box) or with the same words on both sides the firm's head office is as likely.

// tailPlace is the place ts[from:] names: a town of the lists' addresses, as one or two words
// ("Tacoma", "Fort Collins"), or "".
func tailPlace(ts []token, from int, ctx *wholeContext) string {
	if from < 0 {
		return ""
	}
	for k := from; k < len(ts); k++ {
		if k+1 < len(ts) {
			if two := ts[k].key + " " + ts[k+1].key; ctx.cities[two] {
				return two
			}
		}
		if ctx.place(ts[k].key) || ctx.cities[ts[k].key] || bigCities[ts[k].key] {
			return ts[k].key
		}
	}
	return ""
}

// bigCities are the largest US cities, whose names a branch goes by though no address of the
// lists is in them ("Kestrel Supply - Boston Sales Office" in a suburb). One word each; a city
// of two words is known only from the lists' addresses.
var bigCities = wordSet(`boston chicago houston phoenix philadelphia dallas austin jacksonville
	columbus charlotte indianapolis seattle denver nashville detroit portland memphis louisville
	baltimore milwaukee albuquerque tucson fresno sacramento mesa atlanta omaha raleigh miami
	oakland minneapolis tulsa tampa wichita arlington cleveland bakersfield aurora anaheim
	honolulu riverside lexington stockton pittsburgh anchorage cincinnati greensboro plano
	newark lincoln orlando irvine toledo durham chandler laredo madison lubbock scottsdale
	reno buffalo gilbert glendale winston chesapeake norfolk fremont garland irving hialeah
	richmond boise spokane tacoma modesto fontana rochester oxnard moreno fayetteville
	huntsville yonkers worcester knoxville providence hartford springfield syracuse albany
	manchester burlington portsmouth concord lowell cambridge savannah charleston columbia
	birmingham montgomery jackson shreveport tallahassee dayton akron harrisburg allentown
	trenton wilmington annapolis denver boulder pueblo cheyenne billings omaha topeka
	sioux fargo bismarck duluth minneapolis`)

// branchElsewhere reports the town of the record on the other side of v's branch, the firm's name
// with a trade more, when that record's street address is in another town than the one the
// branch is named for, and the branch's own record is not there either. q and e are the Procore and QuickBooks records' contacts.
func branchElsewhere(v *wholeVerdict, q, e *contact) string {
	if v.branchPlace == "" || v.branchTrade == "" {
		return ""
	}
	other, own, street := e.city, q.city, e.street
	if v.branchQB {
		other, own, street = q.city, e.city, q.street
	}
	if other == "" || street == "" || strings.HasPrefix(street, "pobox") || sameTown(other, v.branchPlace) || own != "" && sameTown(other, own) {
		return ""
	}
	return other
}

// sameTown compares two normalised town names; one may name a part of the other ("East Boston",
// "Boston").
func sameTown(a, b string) bool {
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// townName writes a normalised town name with capitals for the reason: "fort collins" is Fort
// Collins.
func townName(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}
