package match

import "strings"

// abbrev is one abbreviation used in construction names. Shorten writes short for any of long;
// matching treats long, short and alt as the same word, so "Oak Grove Bldg A" meets
// "Oak Grove Building A".
type abbrev struct {
	short string
	long  []string
	alt   []string
	// shortenOnly abbreviations are fine for making a name fit but would blur matching:
	// "N" is North in a street name and a designator in "Building N".
	shortenOnly bool
	// matchOnly abbreviations are read when matching but Shorten does not write them.
	matchOnly bool
}

var abbrevs = []abbrev{
	{short: "MOB", long: []string{"Medical Office Building"}},
	{short: "TI", long: []string{"Tenant Improvements", "Tenant Improvement"}},
	{short: "HQ", long: []string{"Headquarters"}},
	{short: "HS", long: []string{"High School"}},
	{short: "MS", long: []string{"Middle School"}},
	{short: "GC", long: []string{"General Contractor"}},
	{short: "Bldg", long: []string{"Building"}, alt: []string{"Bld", "Bldng"}},
	{short: "Bldgs", long: []string{"Buildings"}},
	// St is Street after a name and Saint before one (saintAt): "Main St", "St Louis".
	{short: "St", long: []string{"Street"}},
	{short: "St", long: []string{"Saint"}, shortenOnly: true},
	{short: "Ave", long: []string{"Avenue"}, alt: []string{"Av"}},
	{short: "Blvd", long: []string{"Boulevard"}},
	{short: "Rd", long: []string{"Road"}},
	{short: "Dr", long: []string{"Drive"}}, // a Doctor before a name (titles)
	{short: "Ln", long: []string{"Lane"}},
	{short: "Hwy", long: []string{"Highway"}},
	{short: "Pkwy", long: []string{"Parkway"}},
	{short: "Ct", long: []string{"Court"}},
	{short: "Sq", long: []string{"Square"}},
	{short: "Mt", long: []string{"Mount"}},
	{short: "Mtn", long: []string{"Mountain"}},
	{short: "Ft", long: []string{"Fort"}},
	{short: "Ctr", long: []string{"Center", "Centre"}, alt: []string{"Cntr"}},
	{short: "Reno", long: []string{"Renovation", "Renovations"}, alt: []string{"Renov"}},
	{short: "Constr", long: []string{"Construction"}, alt: []string{"Const", "Cnstr", "Constn"}},
	{short: "Co", long: []string{"Company"}},
	{short: "Inc", long: []string{"Incorporated"}},
	{short: "Corp", long: []string{"Corporation"}},
	{short: "Ltd", long: []string{"Limited"}},
	{short: "Mech", long: []string{"Mechanical"}},
	{short: "Elec", long: []string{"Electric", "Electrical"}, alt: []string{"Elect"}},
	{short: "Plbg", long: []string{"Plumbing"}, alt: []string{"Plmb", "Plmbg"}},
	{short: "Htg", long: []string{"Heating"}},
	{short: "Bros", long: []string{"Brothers"}},
	{short: "Assoc", long: []string{"Associates", "Association"}, alt: []string{"Assocs", "Assn", "Associated"}},
	{short: "Intl", long: []string{"International"}},
	{short: "Natl", long: []string{"National"}},
	{short: "Svcs", long: []string{"Services"}, alt: []string{"Srvcs"}},
	{short: "Svc", long: []string{"Service"}},
	{short: "Mgmt", long: []string{"Management"}, alt: []string{"Mgt"}},
	{short: "Mfg", long: []string{"Manufacturing"}},
	{short: "Eng", long: []string{"Engineering"}, alt: []string{"Engrg"}},
	{short: "Engrs", long: []string{"Engineers"}},
	{short: "Equip", long: []string{"Equipment"}},
	{short: "Dept", long: []string{"Department"}},
	{short: "Univ", long: []string{"University"}},
	{short: "Hosp", long: []string{"Hospital"}},
	{short: "Elem", long: []string{"Elementary"}},
	{short: "Sch", long: []string{"School"}},
	{short: "Dist", long: []string{"District"}},
	{short: "Cnty", long: []string{"County"}},
	{short: "Comm", long: []string{"Community"}},
	{short: "Coml", long: []string{"Commercial"}},
	{short: "Res", long: []string{"Residential"}},
	{short: "Apts", long: []string{"Apartments"}},
	{short: "Apt", long: []string{"Apartment"}},
	{short: "Ph", long: []string{"Phase"}},
	{short: "Pkg", long: []string{"Parking"}},
	{short: "Whse", long: []string{"Warehouse"}, alt: []string{"Whs"}},
	{short: "Dev", long: []string{"Development"}},
	{short: "Med", long: []string{"Medical"}},
	{short: "Mem", long: []string{"Memorial"}},
	{short: "Lib", long: []string{"Library"}},
	{short: "Lab", long: []string{"Laboratory"}},
	{short: "Labs", long: []string{"Laboratories"}, matchOnly: true},
	{short: "Maint", long: []string{"Maintenance"}},
	{short: "Repl", long: []string{"Replacement"}},
	{short: "Exp", long: []string{"Expansion"}},
	{short: "Mod", long: []string{"Modernization", "Modernisation"}},
	{short: "Install", long: []string{"Installation"}},
	{short: "Env", long: []string{"Environmental"}, alt: []string{"Enviro", "Envir", "Environ"}},
	{short: "Arch", long: []string{"Architectural", "Architecture"}},
	{short: "Contr", long: []string{"Contractor"}},
	{short: "Contrs", long: []string{"Contractors"}},
	{short: "Prof", long: []string{"Professional"}},
	{short: "Sys", long: []string{"Systems"}},
	{short: "Tech", long: []string{"Technologies", "Technology", "Technical"}},
	{short: "Conc", long: []string{"Concrete"}},
	{short: "Excav", long: []string{"Excavation", "Excavating"}},
	{short: "Rfg", long: []string{"Roofing"}},
	{short: "Fac", long: []string{"Facility"}},
	{short: "Admin", long: []string{"Administration"}},
	{short: "Govt", long: []string{"Government"}},
	{short: "Ofc", long: []string{"Office"}},
	{short: "Ind", long: []string{"Industrial"}},
	// Read when matching; Shorten does not write them.
	{short: "NW", long: []string{"Northwest"}, matchOnly: true},
	{short: "NE", long: []string{"Northeast"}, matchOnly: true},
	{short: "SW", long: []string{"Southwest"}, matchOnly: true},
	{short: "SE", long: []string{"Southeast"}, matchOnly: true},
	{short: "SD", long: []string{"School District"}, matchOnly: true},
	{short: "ISD", long: []string{"Independent School District"}, matchOnly: true},
	// A subdivision's owners' association by its usual letters ("Murrieta Oaks HOA", "Murrieta
	// Oaks Homeowners Assn"). Not "Community Association": its own initials ("HRCA") are read.
	{short: "HOA", long: []string{"Homeowners Association", "Home Owners Association", "Homeowners Assn"}, matchOnly: true},
	{short: "POA", long: []string{"Property Owners Association"}, matchOnly: true},
	{short: "USD", long: []string{"Unified School District"}, matchOnly: true},
	{short: "Bath", long: []string{"Bathroom"}, matchOnly: true},
	{short: "AC", long: []string{"Air Conditioning"}, matchOnly: true},
	// HVAC firms write "Heating & Air" for heating and air conditioning.
	{short: "Heating and Air", long: []string{"Heating and Air Conditioning"}, alt: []string{"Htg and Air", "Heat and Air"}, matchOnly: true},
	// An insurer's legal name as its policies and bonds print it: "Hartford Fire Ins Co".
	{short: "Ins", long: []string{"Insurance"}, matchOnly: true},
	// A rural electric cooperative's initials: "Jackson EMC" is billed for the Jackson Electric
	// Membership Corporation, the legal word being part of what the letters stand for.
	{short: "EMC", long: []string{"Electric Membership Corporation", "Electric Membership Corp", "Electric Membership Cooperative"}, matchOnly: true},
	// The health insurers' shared name, written by its initials or run together on their cards
	// ("BCBS of TN", "BlueCross BlueShield of Tennessee").
	{short: "BCBS", long: []string{"Blue Cross Blue Shield", "Blue Cross and Blue Shield", "BlueCross BlueShield"}, matchOnly: true},
	// A mechanical job's piping by its usual letters ("E52 CHW Tie-in", "E52 Chilled Water Tie-In").
	{short: "CHW", long: []string{"Chilled Water"}, matchOnly: true},
	{short: "HHW", long: []string{"Heating Hot Water"}, matchOnly: true},
	{short: "DHW", long: []string{"Domestic Hot Water"}, matchOnly: true},
	{short: "Hdwe", long: []string{"Hardware"}, alt: []string{"Hdwr"}, matchOnly: true},
	{short: "Matls", long: []string{"Materials"}, alt: []string{"Matl"}, matchOnly: true},
	{short: "Sply", long: []string{"Supply", "Supplies"}, matchOnly: true},
	{short: "Grp", long: []string{"Group"}, matchOnly: true},
	// Supply-house and trade shorthand: an electrician's Xfmr for transformer, a concrete
	// supplier's Accy for accessories, a soils engineer's Geotech.
	{short: "Xfmr", long: []string{"Transformer"}, alt: []string{"Xfmer", "Xfrmr"}, matchOnly: true},
	{short: "Xfmrs", long: []string{"Transformers"}, matchOnly: true},
	{short: "Accy", long: []string{"Accessories"}, alt: []string{"Accys"}, matchOnly: true},
	{short: "Geotech", long: []string{"Geotechnical"}, matchOnly: true},
	// A landscape company is a landscaping contractor: "Neuse River Landscape Co.", "Neuse River
	// Landscaping".
	// A trade's word written as the trade or as its work: a cabinet shop's Cabinets and
	// Cabinetry, a surveyor's Survey and Surveying.
	{short: "Cabinetry", long: []string{"Cabinets"}, alt: []string{"Cabinet"}, matchOnly: true},
	{short: "Survey", long: []string{"Surveying"}, alt: []string{"Surveyors", "Surveys"}, matchOnly: true},
	// The trade and the people who do it: a fence company is a fencing contractor, plumbers
	// are a plumbing firm.
	{short: "Fence", long: []string{"Fencing"}, matchOnly: true},
	{short: "Plumbers", long: []string{"Plumbing"}, matchOnly: true},
	{short: "Roofers", long: []string{"Roofing"}, matchOnly: true},
	{short: "Painters", long: []string{"Painting"}, matchOnly: true},
	{short: "Landscapers", long: []string{"Landscaping"}, matchOnly: true},
	{short: "Welders", long: []string{"Welding"}, matchOnly: true},
	{short: "Framers", long: []string{"Framing"}, matchOnly: true},
	{short: "Glaziers", long: []string{"Glazing"}, matchOnly: true},
	{short: "Electricians", long: []string{"Electric"}, matchOnly: true},
	// The states named in two words, by their postal codes: "NC Commercial Roofing" is North
	// Carolina Commercial Roofing. (SD is read as School District.)
	{short: "NC", long: []string{"North Carolina"}, matchOnly: true},
	{short: "SC", long: []string{"South Carolina"}, matchOnly: true},
	{short: "ND", long: []string{"North Dakota"}, matchOnly: true},
	{short: "NH", long: []string{"New Hampshire"}, matchOnly: true},
	{short: "NJ", long: []string{"New Jersey"}, matchOnly: true},
	{short: "NM", long: []string{"New Mexico"}, matchOnly: true},
	{short: "NY", long: []string{"New York"}, matchOnly: true},
	{short: "RI", long: []string{"Rhode Island"}, matchOnly: true},
	{short: "WV", long: []string{"West Virginia"}, matchOnly: true},
	// And the states in one word whose codes are no common word, name or other initials of
	// their own (not IN, OR, ME, HI, OK, DE, LA, CO, AL, PA, MA, ID, MS; not VA, Veterans
	// Affairs, UT, a University of Texas, MD, a doctor).
	{short: "WA", long: []string{"Washington"}, matchOnly: true},
	{short: "TX", long: []string{"Texas"}, matchOnly: true},
	{short: "FL", long: []string{"Florida"}, matchOnly: true},
	{short: "GA", long: []string{"Georgia"}, matchOnly: true},
	{short: "AZ", long: []string{"Arizona"}, matchOnly: true},
	{short: "TN", long: []string{"Tennessee"}, matchOnly: true},
	{short: "KY", long: []string{"Kentucky"}, matchOnly: true},
	{short: "NV", long: []string{"Nevada"}, matchOnly: true},
	{short: "WI", long: []string{"Wisconsin"}, matchOnly: true},
	{short: "MN", long: []string{"Minnesota"}, matchOnly: true},
	{short: "MO", long: []string{"Missouri"}, matchOnly: true},
	{short: "IL", long: []string{"Illinois"}, matchOnly: true},
	{short: "IA", long: []string{"Iowa"}, matchOnly: true},
	{short: "KS", long: []string{"Kansas"}, matchOnly: true},
	{short: "AR", long: []string{"Arkansas"}, matchOnly: true},
	// Homes now call the master suite the primary suite.
	{short: "Primary", long: []string{"Master"}, matchOnly: true},
	{short: "Rec", long: []string{"Recreation", "Recreational"}, matchOnly: true},
	{short: "Landscape", long: []string{"Landscaping"}, matchOnly: true},
	{short: "ES", long: []string{"Elementary School"}, matchOnly: true},
	// A junior high school: "Kino JHS", "Kino Jr High".
	{short: "JHS", long: []string{"Junior High School"}, matchOnly: true},
	{short: "Jr High", long: []string{"Junior High"}, matchOnly: true},
	// A senior high school is the high school: "Quarry Senior High", "Quarry HS".
	{short: "Senior High School", long: []string{"High School"}, alt: []string{"Sr High School", "Senior High", "Sr High"}, matchOnly: true},
	{short: "Addn", long: []string{"Addition"}, matchOnly: true},
	{short: "Inds", long: []string{"Industries"}, alt: []string{"Indus"}, matchOnly: true},
	{short: "Props", long: []string{"Properties"}, matchOnly: true},
	{short: "Stg", long: []string{"Storage"}, matchOnly: true},
	{short: "Demo", long: []string{"Demolition"}, matchOnly: true},
	{short: "Condos", long: []string{"Condominiums"}, matchOnly: true}, // "Hyde Park Sq Condos"; Condo is a reading (readings.go)
	{short: "Gym", long: []string{"Gymnasium"}, matchOnly: true},
	// A region a firm serves by its initials: "PNW Balancing" (pnw_test.go).
	{short: "PNW", long: []string{"Pacific Northwest"}, matchOnly: true},
	{short: "Sht Mtl", long: []string{"Sheet Metal"}, alt: []string{"Sht Metal", "ShtMtl"}, matchOnly: true},
	{short: "Fab", long: []string{"Fabrication"}, alt: []string{"Fabr"}, matchOnly: true},
	// The building trades' unions by their initials: the local's number says which local
	// (union.go pairs the initials with a trade's name: "UBC" with "Carpenters").
	{short: "SMART", long: []string{"Sheet Metal Workers", "Sheet Metal Air Rail and Transportation"}, matchOnly: true},
	{short: "UA", long: []string{"Plumbers and Pipefitters", "Plumbers and Steamfitters", "United Association"}, matchOnly: true},
	{short: "IBEW", long: []string{"International Brotherhood of Electrical Workers"}, matchOnly: true},
	{short: "IUOE", long: []string{"International Union of Operating Engineers", "Operating Engineers"}, matchOnly: true},
	// Short forms of materials and trades a bookkeeper types where the field is narrow.
	{short: "Stl", long: []string{"Steel"}, matchOnly: true},
	// A ceilings contractor is "Drywall & Acoustics" on one list, "Drywall & Acoustical" on the other.
	{short: "Acoustics", long: []string{"Acoustical"}, alt: []string{"Acoust"}, matchOnly: true},
	{short: "Mtl", long: []string{"Metal"}, alt: []string{"Mtls"}, matchOnly: true},
	{short: "Alum", long: []string{"Aluminum"}, matchOnly: true},
	{short: "Resto", long: []string{"Restoration"}, alt: []string{"Restor"}, matchOnly: true},
	{short: "Fdn", long: []string{"Foundation"}, alt: []string{"Fndn"}, matchOnly: true},
	{short: "Prot", long: []string{"Protection"}, matchOnly: true},
	{short: "Util", long: []string{"Utility"}, matchOnly: true},
	{short: "Utils", long: []string{"Utilities"}, matchOnly: true},
	{short: "Sta", long: []string{"Station"}, matchOnly: true},
	{short: "Term", long: []string{"Terminal"}, matchOnly: true},
	{short: "Hts", long: []string{"Heights"}, matchOnly: true},
	{short: "Twp", long: []string{"Township"}, matchOnly: true},
	{short: "Ops", long: []string{"Operations"}, matchOnly: true},
	{short: "Distr", long: []string{"Distributors", "Distributor"}, alt: []string{"Distrib", "Distrs"}, matchOnly: true},
	{short: "1st", long: []string{"First"}},
	{short: "2nd", long: []string{"Second"}},
	{short: "3rd", long: []string{"Third"}},
	{short: "4th", long: []string{"Fourth"}},
	{short: "5th", long: []string{"Fifth"}},
	{short: "6th", long: []string{"Sixth"}},
	{short: "7th", long: []string{"Seventh"}},
	{short: "8th", long: []string{"Eighth"}},
	{short: "9th", long: []string{"Ninth"}},
	{short: "10th", long: []string{"Tenth"}},
	// Spelling variants, matched as one word but never rewritten by Shorten.
	{short: "Theater", long: []string{"Theater"}, alt: []string{"Theatre"}},
	{short: "Gray", long: []string{"Gray"}, alt: []string{"Grey"}},
	{short: "N", long: []string{"North"}, shortenOnly: true},
	{short: "S", long: []string{"South"}, shortenOnly: true},
	{short: "E", long: []string{"East"}, shortenOnly: true},
	{short: "W", long: []string{"West"}, shortenOnly: true},
	{short: "&", long: []string{"and"}, shortenOnly: true},
}

// otherReadings are short forms that stand for more than one word ("Dist" is a district or a
// distributor), or that are as often a word or initials of their own ("Pt", "Rt"): the table does
// not rewrite them to these words, but comparing names whole pairs one with any of its readings
// left over on the other side: "Orvand Dist" meets "Orvand Distributors", "Harbor Pt Marina"
// "Harbor Point Marina". Street suffixes are the USPS's abbreviations (Publication 28).
var otherReadings = withReadings(map[string][]string{
	"dist":  {"distributors", "distribution", "distributing"},
	"distr": {"distribution", "distributing"},
	"ind":   {"industries", "industry"},
	"eng":   {"engineers", "engineer"},
	"sup":   {"supply"},
	"supp":  {"supply"},
	"trans": {"transportation", "transport", "transit"},
	"comm":  {"commercial", "communications", "communication", "commission"},
	"fab":   {"fabricators", "fabricator", "fabricating"},
	"fabr":  {"fabricators", "fabricator", "fabricating"},
	"rt":    {"route"},
	"rte":   {"route"},
	"pl":    {"place"},
	"pt":    {"point"},
	"lk":    {"lake"},
	"ter":   {"terrace"},
	"terr":  {"terrace"},
	"cir":   {"circle"},
	"xing":  {"crossing"},
	"tpke":  {"turnpike"},
	"expy":  {"expressway"},
	"fwy":   {"freeway"},
	"res":   {"residence"}, // "Res Hall": a residence hall, where the table reads Residential
	"so":    {"south", "southern"},
	"gen":   {"general"},
	"bd":    {"board"}, // "TN Bd for Licensing Contractors"; "BD" in capitals is initials
	// "Johnston Co Hauling": Co inside a name, after a place, is its county (countyCo).
	"co": {"county"},
}, stateShortForms, wordShortForms, directionShortForms, tradeShortForms, jobShortForms) // readings.go, directionwords.go, tradeshortforms.go, jobshortforms.go

// maxReadingLen is the length of the longest short form of otherReadings.
const maxReadingLen = 5

// compassLetters are the compass points a street or a firm's name writes as one letter: "N. Main
// Street Lofts", "W Coast Glass". A letter after a label ("Building N") is a designator.
var compassLetters = map[string][]string{"n": {"north", "northern"}, "s": {"south", "southern"}, "e": {"east", "eastern"}, "w": {"west", "western"}}

// readingSets numbers the reading lists of otherReadings and compassLetters so that a token
// keeps a small number rather than a slice: tokens are many. Entry 0 is no reading.
var readingSets, readingIndex = buildReadings()

func buildReadings() ([][]string, map[string]uint8) {
	sets, index := [][]string{nil}, map[string]uint8{}
	for _, m := range []map[string][]string{otherReadings, compassLetters} {
		for w, r := range m {
			index[w] = uint8(len(sets))
			sets = append(sets, r)
		}
	}
	return sets, index
}

// fillers carry no identity in a name: "Oak Grove MOB Project" is the Oak Grove MOB job.
var fillers = map[string]bool{"project": true}

// numberWords announce a number and say nothing themselves: "Station No. 3" is "Station #3".
var numberWords = map[string]bool{"no": true, "nbr": true, "num": true, "number": true, "pn": true, "proj": true}

// canonPhrases maps a normalised word or phrase to the words matching uses for it: the full
// form, so that a misspelt full word ("Offce") still resembles its abbreviation's reading.
var canonPhrases, canonLongest = buildCanon()

func buildCanon() (map[string][]string, int) {
	m := map[string][]string{}
	longest := 1
	for _, a := range abbrevs {
		if a.shortenOnly {
			continue
		}
		full := strings.Fields(Normalise(a.long[0]))
		add := func(s string) {
			k := strings.Join(strings.Fields(strings.ToLower(s)), " ")
			m[k] = full
			longest = max(longest, len(strings.Fields(k)))
		}
		add(a.short)
		for _, l := range a.long {
			add(l)
		}
		for _, l := range a.alt {
			add(l)
		}
	}
	return m, longest
}

// titles are the street suffixes that are a title before a name: "St Louis" is Saint Louis
// and "Main St" Main Street; "Dr Patel Clinic" is a doctor's, "Oak Dr Townhomes" on a drive.
var titles = map[string][]string{"st": {"saint"}, "dr": {"doctor"}}

// saintBefore are the words after which St is a saint's name, not a street: Mount St Helens,
// Lake St Clair, Port St Lucie.
var saintBefore = wordSet(`mount mt lake port sault`)

// titleAt reports the reading of the word at i of keys (n words) as a title, or nil: a word
// of titles first in the name (St also after saintBefore) and followed by a word.
func titleAt(keys func(int) string, i, n int) []string {
	w := keys(i)
	t, ok := titles[w]
	if !ok || i+1 >= n || startsWithDigit(keys(i+1)) {
		return nil
	}
	if i == 0 || w == "st" && saintBefore[keys(i-1)] {
		return t
	}
	return nil
}

// canonical rewrites normalised words to their matching form: an abbreviation becomes its full
// form ("bldg" → "building", "mob" → "medical office building"), fillers and a "No." before a
// number go. The result never becomes empty. The words asWritten marks (nil for none) are kept
// as written: initials joined by "&" ("R&D" is not Rd, ampinitials.go).
func canonical(keys []string, asWritten []bool) []string {
	out := make([]string, 0, len(keys))
	for i := 0; i < len(keys); {
		if asWritten != nil && asWritten[i] {
			out = append(out, keys[i])
			i++
			continue
		}
		matched := false
		for n := min(canonLongest, len(keys)-i); n >= 1; n-- {
			var k string
			if n == 1 {
				k = keys[i]
			} else {
				k = strings.Join(keys[i:i+n], " ")
			}
			if c, ok := canonPhrases[k]; ok {
				if n == 1 {
					if t := titleAt(func(j int) string { return keys[j] }, i, len(keys)); t != nil {
						c = t
					}
				}
				out = append(out, c...)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			if numberWords[keys[i]] && i+1 < len(keys) && startsWithDigit(keys[i+1]) {
				i++
				continue
			}
			if !fillers[keys[i]] || len(keys) == 1 {
				out = append(out, keys[i])
			}
			i++
		}
	}
	if len(out) == 0 {
		return keys
	}
	return out
}
