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
			if two := ts[k].key + " " + ts[k+1].key; ctx.cities[two] || two == ctx.city {
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

// branchElsewhere reports the town of the record on the other side of v's branch when that
// record's address is in another town than the one the branch is named for, and the branch's own
// record is not there either, and the other record is at a place of its own: the firm's name with
// a trade more at a street address, or a store or branch by its number ("Home Depot #1508" in
// Lakewood is not "The Home Depot - Fort Collins"). q and e are the Procore and QuickBooks records.
func branchElsewhere(v *wholeVerdict, q, e *prepared) string {
	if v.branchPlace == "" {
		return ""
	}
	other, own, otherToks := &e.contact, &q.contact, e.toks
	if v.branchQB {
		other, own, otherToks = &q.contact, &e.contact, q.toks
	}
	if other.city == "" || sameTown(other.city, v.branchPlace) || own.city != "" && sameTown(other.city, own.city) {
		return ""
	}
	switch {
	case v.branchTrade != "" && other.street != "" && !strings.HasPrefix(other.street, "pobox"):
		return other.city
	case hasBranchNumber(otherToks):
		return other.city
	case contractorTradeElsewhere(v, other) != "":
		return other.city // "Cummins Electric Co" in Gresham, "Cummins Inc - Portland" (branchtradeelsewhere.go)
	}
	return ""
}

// hasBranchNumber reports a store's or branch's number in a name: "Home Depot #1508".
func hasBranchNumber(ts []token) bool {
	for i := range ts {
		if ts[i].branchNumber {
			return true
		}
	}
	return false
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
