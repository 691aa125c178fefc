package match

// A church kept as a customer with no jobs builds under its own name, and the project manager
// names the project by the part of the church the work is on: "Village Presbyterian Chapel
// Remodel" for the customer "Village Presbyterian Church", "St. Therese Parish Hall Renovation"
// for "St Therese Catholic Church". A chapel, a sanctuary or a parish hall is a building of the
// church, not another institution of the name (as a school is: institutionkind.go), and the
// project may leave out the church's denomination ("Catholic", or "Community" for none) as it
// leaves out "Church". Only
// when at least two of the church's own words are in the project's name ("St Therese"): "Grace
// Chapel" is a church's whole name as often as a chapel of Grace Church. A project naming
// another denomination ("St Therese Lutheran Chapel") is another church.

// churchKindWords say that a name is a church's or a parish's.
var churchKindWords = wordSet(`church churches parish cathedral basilica congregation`)

// churchPartWords name a building or room of a church, or the parish as its buildings.
var churchPartWords = wordSet(`chapel sanctuary parish rectory parsonage narthex steeple belfry
	fellowship vestry nave columbarium`)

// denominationWords name a church's denomination, or say that it has none in particular
// ("Grace Harbor Community Church", "Tarrow Bible Church").
var denominationWords = wordSet(`catholic baptist methodist presbyterian lutheran episcopal
	episcopalian orthodox evangelical pentecostal nazarene adventist congregational reformed
	apostolic anglican mennonite community bible christian nondenominational`)

// minChurchOwnWords is how many of a church's own words, beside its kind, the project's name
// must have before a part of the church or a dropped denomination is read as above.
const minChurchOwnWords = 2

// churchPartOf reports that kind, the word saying the customer e is a church, and part, a word
// of the project left over that would otherwise name another institution, are a church and one
// of its buildings, the project having enough of the church's own words.
func churchPartOf(kind, part string, e []token, ep []paired) bool {
	return churchKindWords[kind] && churchPartWords[part] && churchWordsPaired(e, ep, false) >= minChurchOwnWords
}

// churchWordsPaired counts the church's own words the project's name has, beside its kind, and
// beside its denomination when withoutDenomination.
func churchWordsPaired(e []token, ep []paired, withoutDenomination bool) int {
	n := 0
	for j := range e {
		u := &e[j]
		if u.role == roleCore && !u.qual && u.num == "" && len(u.runes) >= 2 && ep[j].like != unlike &&
			!churchKindWords[u.key] && !(withoutDenomination && denominationWords[u.key]) {
			n++
		}
	}
	return n
}

// denominationLeft reports that t, a word of the church customer e the project q left out, is
// its denomination, the project naming no other and having enough of the church's own words.
func denominationLeft(q []token, qp []paired, e []token, ep []paired, t *token) bool {
	if !denominationWords[t.key] || t.qual {
		return false
	}
	for i := range q {
		if qp[i].like == unlike && denominationWords[q[i].key] {
			return false // "St Therese Lutheran Chapel" is another church
		}
	}
	church := false
	for j := range e {
		church = church || churchKindWords[e[j].key]
	}
	return church && churchWordsPaired(e, ep, true) >= minChurchOwnWords
}
