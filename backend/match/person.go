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
//
// Without the comma, a name of two words, a known first name and a surname, both paired, is a
// person's too: "Dwayne Massengill", "Dwayne Massengill Hauling".
func ownerOfTrade(short []token, sp []paired, long []token) bool {
	first, surname, own, plain := false, false, 0, true
	flagged := firstFlagged(short)
	// "Asante Kwame" for "Kwame Asante Electrical": the word the firm puts first is the first
	// name (personswap.go).
	swappedFirst := ""
	if swappedOwner(short, long) {
		swappedFirst = long[firstOwnWord(long)].key
	}
	for i := range short {
		t := &short[i]
		if t.role == roleStop || t.qual {
			continue
		}
		own++
		if t.role != roleCore || t.num != "" || tradeWords[t.key] {
			plain = false
		}
		if t.role != roleCore || sp[i].like == unlike {
			continue
		}
		// Written surname first, the comma says which is which: "Ryan, Sean" is Sean Ryan,
		// though Ryan is a first name too.
		if t.first || t.key == swappedFirst || !flagged && (own == 1 && commonFirstName(t.key) || personOfTwo(short) && commonFirstName(t.key)) {
			first = true
		} else {
			surname = true
		}
	}
	if first && surname && (own == 2 && plain || firstFlagged(short)) {
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
	at := tokenAt(ts, t)
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
		"richard rick ricky rich richie dick", "nicholas nikolai nicolas nikola nick nicky nico", "lucas luke",
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
		// More of the short forms a payroll or 1099 list writes for the name on a W-9.
		"kathleen kathy kate katie", "peter pete", "kimberly kim", "cynthia cindy", "pamela pam",
		"sandra sandy", "barbara barb", "christine chris chrissy", "christina chris tina",
		"jessica jess", "melissa missy", "teresa theresa terri tess", "judith judy",
		"gerard gerry", "marvin marv", "mitchell mitch", "russell russ", "manuel manny",
		"gabriel gabe", "abraham abe", "louis lou", "arthur art", "calvin cal", "dennis denny",
		"howard howie", "martin marty", "maxwell max", "norman norm", "rodney rod",
		"wesley wes", "valerie val", "abigail abby", "jacqueline jackie", "josephine josie",
		"stephanie steph", "tamara tammy", "victor vic", "beverly bev", "dorothy dottie",
		"frances fran", "francis fran frank", "cameron cam", "jerome jerry", "ignacio nacho",
		"jesus chuy", "enrique kike", "fernando nando", "roberto beto", "alberto beto",
		"guillermo memo", "eduardo lalo eddie ed", "joseph pepe", "jose pepe",
		// Names of other languages with the English short form their bearers go by.
		"nikolaos nikos nick", "konstantinos constantine kostas gus", "augustine augustus gus",
		"gustavo gus", "rodolfo rudy", "rudolph rudolf rudy", "regina gina", "georgina gina",
		"dimitrios jimmy jim", "panagiotis pete peter", "vasilios bill billy", "giuseppe joe",
		"giovanni john johnny", "francesco frank", "jean john",
		// Spanish short forms (hipocorísticos) a crew or a 1099 list writes for the baptismal name.
		"ricardo rick ricky richie", "guadalupe lupe", "miguel mike", "antonio tono tonio",
		"gilberto gil", "jesus chucho", "salvador chava", "rafael rafa", "gregorio goyo",
		"santiago santi", "federico fede", "rosario chayo", "alfredo fredy freddy",
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
	if sameSpelledGiven(a, b) {
		return true // "Dmitriy", "Dmitri" (givennamespelling.go)
	}
	for _, x := range givenNames[a] {
		for _, y := range givenNames[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// firstFlagged reports a name written surname first, "Nguyen, Lucas": its first name is marked.
func firstFlagged(ts []token) bool {
	for i := range ts {
		if ts[i].first {
			return true
		}
	}
	return false
}

// maxOwnerWords is how many words of the firm's own a sole proprietor's firm may add to the
// owner's name besides its trade: "Lawn Care", "Hardwood Floors". One such word alone is not
// enough: "Luis Ortiz Gonzalez" is a second surname as often as a firm (whole.go).
const maxOwnerWords = 2

// soleTradeWords are words a one-man firm names itself by that the trade table does not hold,
// mostly the tradesman or his machine ("Mason", "Backhoe"): after the owner's name, one alone
// is the firm's trade, not a second surname.
var soleTradeWords = wordSet(`mason masons carpenter carpenters electrician plumber painter roofer
	welder welders handyman backhoe excavator bobcat dozer dumpster controls cabinetry tiling
	refrigeration stonework ironwork ironworks woodwork woodworks drafting inspections appraisal
	consulting engineering architecture photography septic sewer plowing snowplowing towing
	trenching flatwork bookkeeping notary testing drilling coring sawcutting hauling cleaning
	pump pumps permit permits transport taping firestop firestopping fireproofing hydroseed hydromulch
	design designs cabling wiring flagging detailing estimating staffing mowing tree trees lawn
	lawncare glass fabricating grinding polishing sealcoating jetting vacuum hydroseeding
	sodding hardscapes hardscaping decks gates shutters blinds closets countertops mirrors`)

// soleTrade reports that w, the one word a firm adds after its owner's name, names a trade: a
// word of soleTradeWords or one ending as only a common noun does ("-tion": Refrigeration,
// Restoration; "-ics": Hydronics, Acoustics). Surnames do not end so; "Ortiz Gonzalez" is a
// second surname.
func soleTrade(w string) bool {
	k := Normalise(w)
	return soleTradeWords[k] || strings.HasSuffix(k, "tion") || strings.HasSuffix(k, "tions") || strings.HasSuffix(k, "ics")
}

// ownerFirmGoesOn reports that the firm's name ts goes on for two words or more after the last
// word it shares with the owner's name ("Generator Repair" of "Earl Mabry Generator Repair",
// "CAD Services"): a second surname is one word, so the words after the name are the firm's.
func ownerFirmGoesOn(ts []token, ps []paired) bool {
	last := -1
	for i := range ts {
		if ps[i].like != unlike && !ts[i].qual && ts[i].role != roleStop {
			last = i
		}
	}
	n := 0
	for i := last + 1; last >= 0 && i < len(ts); i++ {
		t := &ts[i]
		if t.role == roleStop || t.qual {
			continue
		}
		if t.num != "" || t.single() {
			return false
		}
		n++
	}
	return n >= 2
}

// ownerWord reports that t, left over in the firm's name ts, is a word the firm adds after the
// owner's name: after every paired word ("Lawn Care" of "Mike Johnson Lawn Care"), in a name
// that starts with paired words, and not a number, a letter or a note. A word before the name
// or inside it may be a second surname ("Gonzalez Ortiz, Luis" is not Luis Ortiz).
func ownerWord(ts []token, ps []paired, t *token) bool {
	if t.role != roleCore || t.num != "" || t.qual || t.code || len(t.runes) < 3 || t.first {
		return false
	}
	at, first, last := -1, -1, -1
	for i := range ts {
		if &ts[i] == t {
			at = i
		}
		// A credential both names give comes after the firm's words too: "Dave Whitfield
		// Engineering PE", "Whitfield, David PE".
		if ps[i].like != unlike && !ts[i].qual && ts[i].role != roleStop && !(credentials[ts[i].key] && i > 0) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first >= 0 && at > last && firstOwnWord(ts) == first
}

// firstOwnWord is the index of the first word of ts that is not a joining word or a note.
func firstOwnWord(ts []token) int {
	for i := range ts {
		if ts[i].role != roleStop && !ts[i].qual {
			return i
		}
	}
	return -1
}

// commonFirstName reports a first name common in the US, or one of the short forms of
// givenNames: what tells "Dwayne Massengill" for a person's name without a comma.
func commonFirstName(w string) bool {
	return givenNames[w] != nil || firstNames[w] || olderFirstNames[w] // firstnamesolder.go
}

// firstNames are first names common in the US (Social Security Administration's lists) that
// are not in givenNames.
var firstNames = wordSet(`aaron adam adrian alan albert alicia amanda amy ana andrea angel angela
	anna arthur ashley barbara brandon brenda brian bruce bryan carl carlos carol carolyn cesar
	cheryl christian christina cindy clarence cody craig crystal cynthia dale dana darrell darren
	dean debra denise dennis derek diana diane donna doris dustin dwayne earl eduardo elijah emily
	emma eric erica erik ernest esteban ethan evelyn felipe fernando gabriel gail george gerardo
	glen glenn gloria grace guadalupe hector heather helen howard hugo ian irene isaac ivan jack
	jaime janet janice jared jason javier jay jesse jesus joan joanne joel johnny jorge jose juan
	judith judy julia julie justin karen katrina keith kelly kevin kim kimberly kyle laura lauren
	lee leon leslie linda lisa lloyd lori louis lucas luis luke manuel marcus maria marie marilyn
	mario mark martha martin marvin mary melissa michelle miguel mildred miles monica nancy neil
	nicole noah norma norman olivia omar oscar pablo pamela paul pedro peter rachel rafael ralph
	ramon randy raul regina renee ricardo roberto rodney roger ronnie rosa ruben russell ruth ryan
	sandra santiago sara sarah scott sean sergio shane shannon sharon shawn shirley sophia stacy
	stephanie sylvia tammy tanya teresa theresa tiffany todd tracy travis troy tyler valerie
	vanessa victor virginia wade wanda wayne wendy wesley willie yolanda`)

// personOfTwo reports a name of two words, a common first name and a surname in either order
// and nothing else: "Nguyen Lucas", "Lucas Nguyen". Its words may come in either order.
func personOfTwo(ts []token) bool {
	var own []*token
	for i := range ts {
		t := &ts[i]
		if t.role == roleStop {
			continue
		}
		if t.role != roleCore || t.num != "" || t.qual || t.customer || tradeWords[t.key] {
			return false
		}
		own = append(own, t)
	}
	return len(own) == 2 && commonFirstName(own[0].key) != commonFirstName(own[1].key)
}

// middleInitial reports that t, a letter left over in ts, is a person's middle initial: right
// after a first name paired with the other name and right before a paired surname ("Jose A
// Hernandez", "Jose Hernandez").
func middleInitial(ts []token, ps []paired, t *token) bool {
	at := tokenAt(ts, t)
	if at < 1 || !t.single() || t.qual {
		return false
	}
	if t.first {
		// Written surname first, the middle initial follows the first name: "Esquibel,
		// Douglas A" is Doug Esquibel.
		before := &ts[at-1]
		return before.first && ps[at-1].like != unlike
	}
	if at+1 >= len(ts) {
		return false
	}
	before, after := &ts[at-1], &ts[at+1]
	return ps[at-1].like != unlike && ps[at+1].like != unlike && (before.first || commonFirstName(before.key)) &&
		after.role == roleCore && !tradeWords[after.key] && after.num == ""
}

// leadingFirstName reports that t, left over in ts, is a first name put before a firm's name of
// a surname and a trade: "Kenny" of "Kenny Baucom Grading", "Baucom Grading LLC". The other name
// must have no first name of its own.
func leadingFirstName(ts []token, ps []paired, t *token, other []token) bool {
	if len(ts) < 3 || &ts[0] != t || !commonFirstName(t.key) || ps[1].like == unlike || ts[1].role != roleCore || tradeWords[ts[1].key] {
		return false
	}
	trade := false
	for i := 2; i < len(ts); i++ {
		trade = trade || tradeWords[ts[i].key] && ps[i].like != unlike
	}
	return trade && !firstFlagged(other) && !commonFirstName(other[0].key)
}

// generationWords tell a father from his son of the same name: "Marek Dombrowski Jr". One list
// may leave it out, when the other has no such word at all; Jr against Sr is two people.
var generationWords = wordSet(`jr sr junior senior`)

// generationLeft reports that t, left over, is a generation suffix of a person's name.
func generationLeft(t *token, person bool) bool {
	return person && generationWords[t.key] && !t.qual
}

// pairGivenInitials pairs a first name written as initials at the start of a ("J.R." of "J.R.
// Maestas Hauling", "A.J.", "J.") with the first names of b, written surname first, that they
// spell in order ("Maestas, Juan Ramon", "Pacheco, Alejandro J", "LeBlanc, Jean-Paul"). It
// returns the reading for the reason, "J.R. = Juan Ramon", or "".
func pairGivenInitials(a, b []token, ap, bp []paired) string {
	// A single letter needs no dot: "J Smithers Trucking".
	if len(a) < 2 || !(a[0].initial || a[0].single() && a[0].role == roleCore) || ap[0].like != unlike || a[0].num != "" {
		return ""
	}
	t := &a[0]
	var firsts []int
	for j := range b {
		if b[j].first && !b[j].qual && b[j].num == "" && len(b[j].runes) > 0 {
			firsts = append(firsts, j)
		}
	}
	if len(firsts) < len(t.runes) {
		return ""
	}
	words := make([]string, 0, len(t.runes))
	for k, r := range t.runes {
		j := firsts[k]
		if bp[j].like != unlike || b[j].runes[0] != r {
			return ""
		}
		words = append(words, b[j].raw)
	}
	ap[0] = paired{at: firsts[0], like: initialsOf}
	for k := range t.runes {
		bp[firsts[k]] = paired{at: 0, like: initialsOf}
	}
	return t.raw + " = " + strings.Join(words, " ")
}

// credentials are the letters a licensed professional writes after the name ("David Chen, P.E.",
// "Ana Flores AIA") and the titles written before it ("Dr. Maria Lopez"): the same person,
// whether the list keeps them or not.
var credentials = wordSet(`pe pls aia cpa esq phd leed ncarb cih csp pmp ae dr doctor mr mrs ms`)

// credentialLeft reports that t, left over in a person's name, is a professional credential.
func credentialLeft(t *token, person bool) bool {
	return person && credentials[t.key] && t.num == ""
}

// pairLeadingGivenNames pairs the first words of two names written first name first, neither
// with a comma, when one is the other's short form and the word after each is paired with the
// other's: "Steve Dunlap", "Steven M Dunlap Drywall". Without the comma only this place says
// the word is a first name.
func pairLeadingGivenNames(q, e []token, qp, ep []paired) {
	i, j := firstOwnWord(q), firstOwnWord(e)
	if i < 0 || j < 0 || qp[i].like != unlike || ep[j].like != unlike || firstFlagged(q) || firstFlagged(e) {
		return
	}
	a, b := &q[i], &e[j]
	if a.role != roleCore || b.role != roleCore || a.num != "" || b.num != "" || !sameGivenName(a.key, b.key) {
		return
	}
	if !surnameNext(q, qp, i) || !surnameNext(e, ep, j) {
		return
	}
	qp[i] = paired{at: j, like: givenName}
	ep[j] = paired{at: i, like: givenName}
}

// surnameNext reports that the word after ts[i], or after a middle initial there, is paired:
// the surname both names have.
func surnameNext(ts []token, ps []paired, i int) bool {
	k := i + 1
	if k < len(ts) && ts[k].single() && ps[k].like == unlike {
		k++ // "Steven M Dunlap"
	}
	return k < len(ts) && ps[k].like != unlike && ts[k].role == roleCore && ts[k].num == "" && !tradeWords[ts[k].key]
}

// surnameInOrder reports that the surname words of ts, a name written surname first, come in the
// same order among the words of other: "Garcia Lopez, Maria" is Maria Garcia-Lopez, but not
// Maria Lopez Garcia, another family's order of the two surnames. Words of the surname that
// other lacks are passed over.
func surnameInOrder(ts, other []token) bool {
	last := -1
	for i := range ts {
		t := &ts[i]
		if t.first || t.role != roleCore || t.qual {
			continue
		}
		at := -1
		for j := range other {
			if other[j].key == t.key {
				at = j
				break
			}
		}
		if at < 0 {
			continue
		}
		if at < last {
			return false
		}
		last = at
	}
	return true
}
