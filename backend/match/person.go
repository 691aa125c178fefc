package match

import "strings"

// A sole proprietor is kept in QuickBooks under the person's name, "Nguyen, Lucas", and in the
// Procore directory under the firm's, "Lucas Nguyen Flooring"; or the firm's name carries the
// owner in brackets, "Honeycutt Welding (Tommy Honeycutt)". The person's first name and surname
// together say which firm it is far more surely than a surname with a trade: "Cochran" and
// "Cochran Electric" may be two firms of one family, but "Nguyen, Lucas" and "Lucas Nguyen
// Flooring" are one man's. People also write a first name short ("Rick" for Ricky, "Nick" for
// Nikolai) and leave a middle name out ("Ana Lucia Flores", "Flores, Ana").

// ownerOfTrade reports that short, the name without the trade word, is a person's name whose
// firm the other name is: a first name and a surname written surname first ("Nguyen, Lucas"),
// both found in the other name, or a name of two words or more that the other name gives in
// brackets as its owner ("Tommy Honeycutt", "Honeycutt Welding (Tommy Honeycutt)").
func ownerOfTrade(short []token, sp []paired, long []token) bool {
	first, surname := false, false
	for i := range short {
		t := &short[i]
		if t.role != roleCore || t.qual || sp[i].like == unlike {
			continue
		}
		if t.first {
			first = true
		} else {
			surname = true
		}
	}
	if first && surname {
		return true
	}
	// The owner in brackets: every word of short is a word of the other name's note.
	n := 0
	for i := range short {
		t := &short[i]
		if t.role == roleStop {
			continue
		}
		if t.role != roleCore || t.num != "" || !bracketHas(long, t.key) {
			return false
		}
		n++
	}
	return n >= 2
}

// bracketHas reports a word of a name's note in brackets or after a dash.
func bracketHas(ts []token, key string) bool {
	for i := range ts {
		if ts[i].qual && ts[i].key == key {
			return true
		}
	}
	return false
}

// middleName reports that t, a word of ts left over, is a person's middle name: it comes right
// after a word paired with the other name's first name and right before one paired with its
// surname ("Ana Lucia Flores", "Flores, Ana"), or, on the "Surname, First" side, it is a second
// first name when another one is paired ("Flores, Ana Lucia", "Ana Flores").
func middleName(ts []token, ps []paired, other []token, t *token) bool {
	at := -1
	for i := range ts {
		if &ts[i] == t {
			at = i
		}
	}
	if at < 0 || t.role != roleCore || t.num != "" || t.qual || len(t.runes) < 2 {
		return false
	}
	if t.first {
		for i := range ts {
			if i != at && ts[i].first && ps[i].like != unlike {
				return true
			}
		}
		return false
	}
	if at == 0 || at+1 >= len(ts) || ps[at-1].like == unlike || ps[at+1].like == unlike {
		return false
	}
	before, after := &other[ps[at-1].at], &other[ps[at+1].at]
	return before.first && after.role == roleCore && !after.first && !after.qual
}

// givenNames groups the short forms people write for a first name: Rick and Ricky for Richard,
// Nick for Nikolai or Nicholas, Tom and Tommy for Thomas. A name may be in two groups (Alex
// for Alexander and Alejandro).
var givenNames = func() map[string][]uint16 {
	groups := []string{
		"richard rick ricky rich richie dick", "nicholas nikolai nicolas nikola nick nicky nico",
		"thomas tom tommy", "william bill billy will willie", "robert bob bobby rob robbie",
		"james jim jimmy jamie", "michael mike mikey", "joseph joe joey", "charles charlie chuck",
		"edward ed eddie", "theodore ted teddy theo", "daniel dan danny", "david dave davey",
		"anthony tony", "antonio tony", "christopher chris", "matthew matt", "steven stephen steve",
		"jonathan jon", "john johnny jack", "kenneth ken kenny", "ronald ron ronnie",
		"donald don donnie", "gerald jerry", "timothy tim timmy", "jeffrey jeff", "gregory greg",
		"samuel sam sammy", "benjamin ben benny", "alexander alex", "alejandro alex",
		"andrew andy drew", "patrick pat", "patricia pat patty trish", "douglas doug",
		"lawrence larry", "raymond ray", "eugene gene", "frederick fred freddie", "harold hal harry",
		"henry hank harry", "francisco paco pancho", "elizabeth liz beth betty",
		"katherine kate katie kathy", "catherine cathy kate katie", "margaret maggie peggy",
		"jennifer jen jenny", "susan sue susie", "deborah deb debbie", "rebecca becky",
		"victoria vicky", "vincent vince vinny", "leonard len lenny", "nathaniel nathan nate",
		"zachary zach zack", "jacob jake", "joshua josh", "phillip philip phil", "walter walt",
		"dwayne duane", "jeremy jerry", "bradley brad", "gary garry", "terrence terry",
		"terry terri", "randall randy", "stanley stan", "clifford cliff", "leroy roy",
		"curtis curt", "allen allan al", "albert al bert", "frank frankie", "franklin frank",
	}
	m := map[string][]uint16{}
	for i, g := range groups {
		for _, n := range strings.Fields(g) {
			m[n] = append(m[n], uint16(i))
		}
	}
	return m
}()

// sameGivenName reports two first names one of which is the other's short form.
func sameGivenName(a, b string) bool {
	for _, x := range givenNames[a] {
		for _, y := range givenNames[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}
