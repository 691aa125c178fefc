package match

import "strings"

// More ways a project names its owner by initials (customerInitials, whole.go):
//   - a word of the owner's name that is itself initials gives all its letters: NYCHA is the NYC
//     Housing Authority, as NCSU is NC State University;
//   - a public authority kept without its last word, "Authority", keeps the word's A in its
//     initials: MHRA is "Manchester Housing & Redevelopment" (Authority);
//   - a "University of" a state or town goes by the place's letter before the U: CU is the
//     University of Colorado, KU the University of Kansas; or by a U before the place's name,
//     whole or cut to four letters or more: UChicago, UMass, UConn;
//   - initials that are also a state's postal code ("NM") stand for the owner, not the state,
//     when they are the owner's.

// moreCustomerInitials lists those readings of a job's customer, beyond customerInitials'.
func moreCustomerInitials(e []token) []string {
	var out []string
	var letters []rune
	expanded := false
	for j := range e {
		t := &e[j]
		if !t.customer || t.role == roleStop || t.first {
			continue
		}
		if t.acronym && len(t.runes) >= 2 && len(t.runes) <= 4 {
			letters = append(letters, t.runes...)
			expanded = true
			continue
		}
		letters = append(letters, wordLetters(t)...)
	}
	if expanded && len(letters) >= 3 {
		out = append(out, string(letters))
	}
	if a := authorityLeftOut(e); a != "" {
		out = append(out, a)
	}
	out = append(out, ofAndNumberInitials(e)...) // "COH", "HCMUD 500" (customerinitialsmore.go)
	// "University of Colorado …": the place's letter and the U.
	var own []*token
	for j := range e {
		if e[j].customer && !e[j].first {
			own = append(own, &e[j])
		}
	}
	if len(own) >= 3 && own[0].key == "university" && own[1].key == "of" && own[2].role == roleCore && own[2].num == "" {
		out = append(out, string(own[2].runes[:1])+"u")
		out = append(out, uAndPlace(own[2])...)
	}
	return out
}

// minPlaceCut is how many letters of the place a university's "U" and place keeps at least
// ("UMass", "UConn").
const minPlaceCut = 4

// uAndPlace lists the ways a "University of" a place goes by its U and the place's name, whole
// or cut: "UChicago" for the University of Chicago, "UMass" for the University of Massachusetts.
func uAndPlace(place *token) []string {
	written := place.key
	if place.written != nil {
		written = string(place.written)
	}
	out := []string{"u" + written}
	for n := minPlaceCut; n < len(place.runes); n++ {
		out = append(out, "u"+string(place.runes[:n]))
	}
	return out
}

// authorityHeads are the last words of a public authority's name before "Authority": the
// Manchester Housing & Redevelopment Authority, the Central Ohio Transit Authority.
var authorityHeads = wordSet(`housing redevelopment development transit transportation port parking
	turnpike airport airports aviation water sewer sewerage utilities utility power toll`)

// authorityLeftOut returns the initials of a customer whose name leaves out its last word
// "Authority" ("Manchester Housing & Redevelopment" is MHRA), or "": the initials keep the A.
func authorityLeftOut(e []token) string {
	last := -1
	for j := range e {
		t := &e[j]
		if !t.customer || t.role == roleStop || t.first {
			continue
		}
		if t.key == "authority" {
			return ""
		}
		last = j
	}
	if last < 0 || !authorityHeads[e[last].key] {
		return "" // most customers: nothing to build
	}
	var letters []rune
	for j := 0; j <= last; j++ {
		if t := &e[j]; t.customer && t.role != roleStop && !t.first {
			letters = append(letters, wordLetters(t)...)
		}
	}
	if len(letters) < 2 {
		return ""
	}
	return string(letters) + "a"
}

// pairStateCodeInitials pairs a state's postal code in capitals that the Procore name's reading
// wrote out ("NM" read as New Mexico) with the job's customer whose initials it is ("NM - Prentice
// 4th Floor" for Northwestern Memorial HealthCare, NMH with its last word written out): both
// words of the reading are the initials' and no state's.
func pairStateCodeInitials(q, e []token, qp, ep []paired, inits []initialism) {
	for i := 0; i < len(q); i++ {
		a := &q[i]
		if len(a.raw) != 2 || !postalCodes[a.raw] || qp[i].like != unlike {
			continue
		}
		n := 1 // "KY" read Kentucky; "NM" read New Mexico is two words
		if i+1 < len(q) && q[i+1].raw == a.raw && qp[i+1].like == unlike {
			n = 2
		}
		code := strings.ToLower(a.raw)
		for _, in := range inits {
			if in.key == code {
				for k := i; k < i+n; k++ {
					qp[k] = paired{at: in.at, like: sameWord}
				}
				ep[in.at] = paired{at: i, like: sameWord}
				break
			}
		}
		i += n - 1
	}
}
