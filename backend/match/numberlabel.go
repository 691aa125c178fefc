package match

import "strings"

// A project number is often written with a word that says what kind of number it is: "Job 26-009
// Naperville Orthodontics", "PA Contract EWR-144.227 Parking", "Proj #24-017". The other list
// keeps the number alone ("Naperville Orthodontics:26009 Suite Remodel"). The word labels the
// number; it is not a word of the job's name, and is set aside when the number after it is in
// the other name too.

// numberLabelWords say what kind of number follows: a job's, a contract's, a project's, a bid's
// or a solicitation's (a request for bids, proposals or quotes, an invitation for bids), a
// capital improvement project's or a work breakdown element's, a purchase or work order's, a
// fiscal year's ("FY25", the year 2025 on the other list).
var numberLabelWords = wordSet(`job contract project proj bid rfb rfp rfq ifb itb cip wbs po wo fy`)

// numberLabelBefore reports that t, a word of ts left over, labels the project number right after
// it, which found its counterpart in the other name or is a code one list keeps and the other
// not ("Bid 26-031" of "Butler County Bid 26-031 Government Services Center Boilers": the
// number is set aside, and so is what labels it).
func numberLabelBefore(ts []token, ps []paired, t *token) bool {
	if !numberLabelWords[t.key] || t.customer {
		return false
	}
	for i := 0; i+1 < len(ts); i++ {
		if &ts[i] != t {
			continue
		}
		k := i + 1
		if ts[k].role == roleStop && k+1 < len(ts) { // "Job No 26-009"
			k++
		}
		// The number itself, or the letters of a code written with it ("EWR-144.227"), paired.
		return (ts[k].code || ts[k].num != "") && (ps[k].like != unlike || ts[k].code && ts[k].num != "")
	}
	return false
}

// A job's name in QuickBooks may add a word or two to the project number and the customer the
// Procore name gives: "Naperville Orthodontics:26009 Suite Remodel" for "Job 26-009 Naperville
// Orthodontics", "MTA Construction & Development:C40741 Hunters Pt Ave Station" for "MTA C-40741
// Hunters Point Ave". The number says which job when it is a project's number, not a year: two
// jobs of one customer in 2026 are told apart by their words. Only when the Procore name adds no
// word of its own (projectwords.go counts those) may the job's name add up to
// maxProjectNumberWords.

// jobNumberWord reports that t, a word of the QuickBooks job e left over, is one of at most
// maxProjectNumberWords words the job's name adds to a project number both names have.
func jobNumberWord(q []token, qp []paired, e []token, ep []paired, t *token) bool {
	if t.role != roleCore || t.num != "" || t.single() || t.customer || !sharedJobNumber(q, qp) {
		return false
	}
	n := 0
	for j := range e {
		u := &e[j]
		if ep[j].like == unlike && !u.customer && u.role == roleCore && u.num == "" {
			n++
		}
	}
	return n <= maxProjectNumberWords
}

// sharedJobNumber reports a project number both names have that is not a year: five digits or
// more ("26-009", "26009"), or a code with letters ("C-40741", "C40741").
func sharedJobNumber(q []token, qp []paired) bool {
	digits, letters := 0, false
	for i := range q {
		t := &q[i]
		if !t.code || qp[i].like == unlike {
			continue
		}
		if t.num != "" && !isYear(t.key) {
			digits += len(t.key)
		}
		letters = letters || t.num == "" && strings.ContainsFunc(t.raw, isDigitRune)
	}
	return digits >= 5 || digits >= 4 && letters
}
