package match

import "strings"

// An airport is named by its three-letter code as often as by its name: a project manager writes
// "TPA Airside C Concessions TI" where the bookkeeper keeps the job under the owner,
// "Hillsborough County Aviation Authority:Airside C Concessions TI", and "EWR Garage P4" where
// the other list has "Newark Airport Garage P4". The codes are public, like the states' postal
// codes: each stands for one airport and so one town. A code in capitals reads as
//   - the words "<its town> Airport" (or "<town> International Airport"), or the airport's own
//     name ("Phoenix Sky Harbor"), written out on the other side, or
//   - the airport's owner, when the job's customer runs airports (its name says Airport or
//     Aviation, or it is kept by initials ending with AA, an airport or aviation authority, and
//     the job names a part of an airport: a terminal, a concourse, an airside), and the customer
//     names no other airport's town ("Metro Nashville Airport Authority" owns BNA, not MCO); the
//     airport's own name reads so too ("O'Hare Terminal 3" under the Chicago Dept of Aviation).
// A code that is not an airport's, or an owner that runs none, leaves the word to the other
// rules; so does a letter or number after it that the other name lacks (whole.go).

// airportTowns maps the codes of US commercial airports to the towns they are named for, in full
// and lower case (two towns when the airport serves both). Codes that are also common words or
// building-trade initials (MOB for a medical office building, LAN, ISP, FAR, DAY) are left out.
var airportTowns = map[string][]string{
	"atl": {"atlanta"}, "bos": {"boston"}, "bna": {"nashville"}, "bwi": {"baltimore"},
	"clt": {"charlotte"}, "cle": {"cleveland"}, "cmh": {"columbus"}, "cvg": {"cincinnati"},
	"dal": {"dallas"}, "dfw": {"dallas", "fort worth"}, "dca": {"washington"}, "iad": {"washington", "dulles"},
	"den": {"denver"}, "dtw": {"detroit"}, "ewr": {"newark"}, "fll": {"fort lauderdale"},
	"hnl": {"honolulu"}, "hou": {"houston"}, "iah": {"houston"}, "ind": {"indianapolis"},
	"jax": {"jacksonville"}, "jfk": {"new york"}, "lga": {"new york", "laguardia"}, "las": {"las vegas"},
	"lax": {"los angeles"}, "mci": {"kansas city"}, "mco": {"orlando"}, "mdw": {"chicago", "midway"},
	"ord": {"chicago"}, "mem": {"memphis"}, "mia": {"miami"}, "mke": {"milwaukee"},
	"msp": {"minneapolis", "saint paul"}, "msy": {"new orleans"}, "oak": {"oakland"},
	"okc": {"oklahoma city"}, "oma": {"omaha"}, "ont": {"ontario"}, "pbi": {"west palm beach", "palm beach"},
	"pdx": {"portland"}, "phl": {"philadelphia"}, "phx": {"phoenix"}, "pit": {"pittsburgh"},
	"rdu": {"raleigh", "durham"}, "ric": {"richmond"}, "rsw": {"fort myers"}, "san": {"san diego"},
	"sat": {"san antonio"}, "sea": {"seattle", "tacoma"}, "sfo": {"san francisco"}, "sjc": {"san jose"},
	"slc": {"salt lake city"}, "smf": {"sacramento"}, "sna": {"santa ana", "orange county"},
	"stl": {"saint louis"}, "tpa": {"tampa"}, "tus": {"tucson"}, "abq": {"albuquerque"},
	"aus": {"austin"}, "bdl": {"hartford"}, "buf": {"buffalo"}, "bhm": {"birmingham"},
	"boi": {"boise"}, "chs": {"charleston"}, "dsm": {"des moines"}, "elp": {"el paso"},
	"gsp": {"greenville", "spartanburg"}, "grr": {"grand rapids"}, "sdf": {"louisville"},
	"lit": {"little rock"}, "orf": {"norfolk"}, "pvd": {"providence"}, "pwm": {"portland"},
	"rno": {"reno"}, "roc": {"rochester"}, "sav": {"savannah"}, "syr": {"syracuse"},
	"tul": {"tulsa"}, "alb": {"albany"}, "anc": {"anchorage"}, "srq": {"sarasota"},
	"pie": {"saint petersburg", "clearwater"}, "sfb": {"sanford"}, "dab": {"daytona beach"},
	"pns": {"pensacola"}, "tlh": {"tallahassee"}, "gnv": {"gainesville"}, "mlb": {"melbourne"},
	"aza": {"mesa"}, "psp": {"palm springs"}, "bur": {"burbank"}, "lgb": {"long beach"},
	"geg": {"spokane"}, "pae": {"everett"}, "cos": {"colorado springs"}, "lex": {"lexington"},
	"cak": {"akron"}, "hsv": {"huntsville"}, "msn": {"madison"}, "cha": {"chattanooga"},
	"tys": {"knoxville"}, "mht": {"manchester"}, "btv": {"burlington"}, "hpn": {"white plains"},
	"acy": {"atlantic city"}, "ttn": {"trenton"}, "abe": {"allentown"}, "mdt": {"harrisburg"},
	"grb": {"green bay"}, "fsd": {"sioux falls"}, "btr": {"baton rouge"}, "shv": {"shreveport"},
	"crp": {"corpus christi"}, "maf": {"midland"}, "lbb": {"lubbock"}, "ama": {"amarillo"},
	"ict": {"wichita"}, "sju": {"san juan"}, "ogg": {"kahului"}, "koa": {"kona"},
}

// airportOwnerWords say a customer runs airports: "Hillsborough County Aviation Authority",
// "Metro Nashville Airport Authority", "Metropolitan Washington Airports Authority".
var airportOwnerWords = wordSet(`airport airports aviation`)

// airportPartWords name parts of an airport, which a job of an owner kept by initials names
// ("GOAA:Terminal C Admin Offices").
var airportPartWords = wordSet(`terminal terminals concourse concourses airside landside runway
	taxiway apron hangar hangars airfield baggage jetway jetways`)

// airportSideWords may stand between a town and "Airport": "Denver International Airport".
var airportSideWords = wordSet(`international intl regional municipal muni`)

// pairAirportCode pairs an airport's code in capitals, on either side of a job's name, with the
// words it stands for on the other (q is the Procore name, e the QuickBooks job), and returns how
// it reads, or "".
func pairAirportCode(q, e []token, qp, ep []paired) string {
	if r := pairCodeWithTown(q, e, qp, ep); r != "" {
		return r
	}
	if r := pairCodeWithTown(e, q, ep, qp); r != "" {
		return r
	}
	return pairCodeWithOwner(q, e, qp, ep)
}

// airportCode returns the towns t stands for when it is an airport code in capitals.
func airportCode(t *token) []string {
	if !t.acronym || len(t.runes) != 3 || t.qual || t.num != "" {
		return nil
	}
	return airportTowns[t.key]
}

// airportNames are the names well-known airports go by besides their town's, as a project
// writes them ("Phoenix Sky Harbor", "O'Hare"), lower case, word for word.
var airportNames = map[string][]string{
	"atl": {"hartsfield jackson", "hartsfield"}, "phx": {"sky harbor"}, "ord": {"ohare"},
	"mdw": {"midway"}, "lga": {"laguardia"}, "iad": {"dulles"}, "dca": {"reagan national"},
	"bos": {"logan"}, "sea": {"seatac", "sea tac"}, "hou": {"hobby"}, "dal": {"love field"},
	"iah": {"bush intercontinental"}, "bwi": {"thurgood marshall"}, "msy": {"louis armstrong"},
}

// pairCodeWithTown pairs a code of a with the airport written out in b: its town, its name or
// both, then "Airport" unless the name was given ("Newark Airport", "Denver International
// Airport", "Phoenix Sky Harbor"), the words unpaired or paired only with the code ("CLT" read
// as the letters of Charlotte).
func pairCodeWithTown(a, b []token, ap, bp []paired) string {
	for i := range a {
		if ap[i].like != unlike && ap[i].like != skeleton && ap[i].like != shortWord {
			continue
		}
		towns := airportCode(&a[i])
		if towns == nil {
			continue
		}
		for j := range b {
			// The code read as the town's letters may stand right before the airport's name.
			if ap[i].like != unlike && ap[i].at != j && ap[i].at != j-1 {
				continue
			}
			k := j
			for _, town := range towns {
				if n := len(strings.Fields(town)); j+n <= len(b) && townWritten(b[j:j+n], town) != "" && freeFor(bp, j, j+n, i) {
					k = j + n
					break
				}
			}
			named := false
			for _, name := range airportNames[a[i].key] {
				if n := wordsAt(b, k, name); n > 0 && freeFor(bp, k, k+n, i) {
					k, named = k+n, true
					break
				}
			}
			if k == j {
				continue
			}
			for k < len(b) && airportSideWords[b[k].key] && freeFor(bp, k, k+1, i) {
				k++
			}
			if k < len(b) && b[k].key == "airport" && freeFor(bp, k, k+1, i) {
				k++
			} else if !named {
				continue
			}
			raws := make([]string, 0, k-j)
			for m := j; m < k; m++ {
				bp[m] = paired{at: i, like: initialsOf}
				raws = append(raws, b[m].raw)
			}
			ap[i] = paired{at: j, like: initialsOf}
			return a[i].raw + " = " + strings.Join(raws, " ") + ", its airport code"
		}
	}
	return ""
}

// wordsAt returns how many words of ts from at spell phrase's words, key for key, or 0.
func wordsAt(ts []token, at int, phrase string) int {
	ws := strings.Fields(phrase)
	if at+len(ws) > len(ts) {
		return 0
	}
	for k, w := range ws {
		if ts[at+k].key != w {
			return 0
		}
	}
	return len(ws)
}

// freeFor reports that ps[from:to] are all unpaired or paired with the other side's word i.
func freeFor(ps []paired, from, to, i int) bool {
	for k := from; k < to; k++ {
		if ps[k].like != unlike && ps[k].at != i {
			return false
		}
	}
	return true
}

// pairCodeWithOwner pairs a code of the Procore name q with the word of e's customer that says it
// runs airports, when the customer names no other airport's town and two words of the job's own
// are paired.
func pairCodeWithOwner(q, e []token, qp, ep []paired) string {
	owner, part := -1, false
	var cust []token
	for j := range e {
		t := &e[j]
		if !t.customer {
			part = part || airportPartWords[t.key] && ep[j].like != unlike
			continue
		}
		cust = e[:j+1]
		if owner < 0 && airportOwnerWords[t.key] {
			owner = j
		}
	}
	if owner < 0 && len(cust) == 1 && part && authorityInitials(&cust[0]) {
		owner = 0 // "GOAA": an aviation or airport authority by its initials
	}
	if owner < 0 || pairedJobWords(e, ep) < 2 {
		return ""
	}
	for i := range q {
		if qp[i].like != unlike {
			continue
		}
		code, n := q[i].key, 1
		if airportCode(&q[i]) == nil {
			code, n = airportNamed(q, qp, i) // "O'Hare" for ORD
		}
		if n == 0 || namesOtherAirportTown(cust, code) {
			continue
		}
		raws := make([]string, 0, n)
		for k := i; k < i+n; k++ {
			qp[k] = paired{at: owner, like: initialsOf}
			raws = append(raws, q[k].raw)
		}
		if ep[owner].like == unlike {
			ep[owner] = paired{at: i, like: initialsOf}
		}
		return strings.Join(raws, " ") + " = " + townName(airportTowns[code][0]) + "'s airport, which the customer runs"
	}
	return ""
}

// airportNamed returns the code of the airport whose name the unpaired words of q from i give,
// and how many words they are, or "", 0.
func airportNamed(q []token, qp []paired, i int) (string, int) {
	for code, names := range airportNames {
		for _, name := range names {
			if n := wordsAt(q, i, name); n > 0 && unpairedRun(qp, i, i+n) {
				return code, n
			}
		}
	}
	return "", 0
}

// unpairedRun reports that ps[from:to] are all unpaired.
func unpairedRun(ps []paired, from, to int) bool {
	for k := from; k < to; k++ {
		if ps[k].like != unlike {
			return false
		}
	}
	return true
}

// authorityInitials reports a name kept by initials in capitals ending with AA, as an airport or
// aviation authority's are ("GOAA", "MWAA", "HCAA").
func authorityInitials(t *token) bool {
	return t.acronym && len(t.runes) >= 3 && len(t.runes) <= 5 && strings.HasSuffix(t.key, "aa")
}

// namesOtherAirportTown reports that the customer's words name the town of an airport other than
// code's, and not code's own: "Metro Nashville Airport Authority" for MCO.
func namesOtherAirportTown(cust []token, code string) bool {
	for _, town := range airportTowns[code] {
		if townWritten(cust, town) != "" {
			return false
		}
	}
	for other, towns := range airportTowns {
		if other == code {
			continue
		}
		for _, town := range towns {
			if townWritten(cust, town) != "" {
				return true
			}
		}
	}
	return false
}
