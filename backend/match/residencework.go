package match

import (
	"strings"
	"unicode"
)

// A homeowner's only job is often named by the house and the contractor's trade alone ("Brennan,
// Michael:New Residence Plumbing", "Patel, Anand & Priya:New Home Plumbing & HVAC"), while the
// project manager calls the project the family's residence ("Brennan Residence - Anderson Twp",
// "Patel Residence New Construction"). The job then says nothing but "their house, our trade",
// and the project says "their house": a bookkeeper links the two when the surname agrees and the
// family has that one job (familyjob.go). A job naming anything else about the house ("Home
// Office Remodel") must share a word of that work, as before.
//
// A system's size glued to its unit ("Rooftop Solar 8.4kW", "3.5 Ton") describes the work; it is
// not the number that tells two jobs apart ("Phase 2", "Lot 14").

// houseWords name the family's house in a project's or a job's name.
var houseWords = wordSet(`residence res home house`)

// houseOnlyWords may stand beside the house's word in a job that names nothing but the house and
// the trade: "New Home", "Custom Home", "Whole House".
var houseOnlyWords = wordSet(`new custom whole construction build`)

// houseJobShared reports the house's word of e's own job (with q's beside it when they differ)
// when q names the family's house and nothing else but where it is, and the job names only the
// house and trades, as above; "" otherwise. "Patel Residence Basement Finish" names a piece of
// work the family's "New Home Plumbing" job does not. qp pairs q's words with e's; place says
// that a word is a town's.
func houseJobShared(q, e []token, qp []paired, place func(string) bool) string {
	named := ""
	for i := range q {
		t := &q[i]
		switch {
		case t.role == roleStop || qp[i].like != unlike && e[qp[i].at].customer:
		case houseWords[t.key]:
			named = t.raw
		case houseOnlyWords[t.key] || tradeWords[t.key] || t.qual || place(t.key):
		default:
			return "" // a piece of work the job does not name
		}
	}
	if named == "" {
		return ""
	}
	house := ""
	for j := range e {
		t := &e[j]
		switch {
		case t.customer || t.role == roleStop:
		case houseWords[t.key]:
			house = t.raw
			if !strings.EqualFold(house, named) {
				house = named + " (" + t.raw + ")" // "Residence (Home)": two words for the house
			}
		case houseOnlyWords[t.key] || tradeWords[t.key]:
		default:
			return "" // "Home Office Remodel": more than the house and the trade
		}
	}
	return house
}

// sizeUnits are the units a system's size is written in, glued to its number.
var sizeUnits = wordSet(`kw kwh kva w ton tons a amp amps v gal gpm btu mbh hp sf sqft lf ft`)

// sizeOfWork reports that a word as written is a size with its unit: "8.4kW", "200A", "50gal".
func sizeOfWork(raw string) bool {
	i := strings.IndexFunc(raw, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
	if i <= 0 {
		return false
	}
	return sizeUnits[strings.ToLower(raw[i:])]
}
