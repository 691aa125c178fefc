package match

// An insurer's legal name says how it is organised and which lines it writes: "Arbella Mutual
// Insurance Company", "Travelers Casualty and Surety Company of America". The bookkeeper's list
// keeps the brand and the line the firm is paid for: "Arbella Insurance", "Travelers Surety".
// "Mutual", "Exchange" or "American" beside a paired word of insurance is how the insurer is
// owned or which country's company of the group it is, not which insurer; a line of insurance
// joined by "and" to the paired line ("Casualty and Surety") is one more line of the same
// insurer. "Arbella Life Insurance" against "Arbella Insurance" stays a
// question: Life right before Insurance says which of the group's firms it is.

// insuranceWords say a firm is an insurer or a surety.
var insuranceWords = wordSet(`insurance assurance surety casualty indemnity underwriters`)

// insurerForms say how an insurer is organised, or that it is the group's American company
// ("Zurich American Insurance Company"), not which insurer it is.
var insurerForms = wordSet(`mutual exchange reciprocal american`)

// insuranceLines are the lines of insurance an insurer's name lists, joined by "and".
var insuranceLines = wordSet(`casualty surety property indemnity fire marine life health accident guaranty`)

// insurerWord reports that t, left over in ts, is a word of an insurer's legal name the other
// list may leave out: "Mutual" (or another of insurerForms) when a word of insuranceWords is
// paired, or a line of insurance right before "and" and a paired line ("Casualty" of "Casualty
// and Surety").
func insurerWord(ts []token, ps []paired, t *token) bool {
	if t.num != "" || t.qual {
		return false
	}
	at := tokenAt(ts, t)
	if at < 0 {
		return false
	}
	switch {
	case flagshipLine(ts, at):
		return true // "Fire" of "Hartford Fire Insurance Co" (insurerline.go)
	case (t.key == "surety" || t.key == "insurance") && mutualBrand(ts, ps, at):
		return true // "Surety" of "Liberty Mutual Surety", "Liberty Mutual Insurance Co"
	case insurerForms[t.key]:
		for i := range ts {
			if i != at && insuranceWords[ts[i].key] && ps[i].like != unlike {
				return true
			}
		}
	case insuranceLines[t.key]:
		return at+2 < len(ts) && ts[at+1].key == "and" && insuranceLines[ts[at+2].key] && ps[at+2].like != unlike
	case agencyWords[t.key] && riskAgencyName(ts, ps, at):
		return true
	}
	return false
}

// agencyWords say a firm is an insurance agency or broker: "Insurance Agency", "Insurance
// Brokers", which the other list may leave out of an agency's name.
var agencyWords = wordSet(`insurance agency brokers brokerage`)

// riskAgencyName reports that the word of ts at index at, one of agencyWords, is only what kind
// of firm a paired name already says is an insurance agency: "Insurance Agency" of "Brazos Risk
// Partners Insurance Agency" against "Brazos Risk Partners" (Risk names a broker's trade), or
// "Agency" of "Kestrel Insurance Agency" against "Kestrel Insurance". The agency words must end
// the name, so "Kestrel Insurance Agency Plumbing" is no agency.
func riskAgencyName(ts []token, ps []paired, at int) bool {
	for i := at + 1; i < len(ts); i++ {
		if ts[i].role == roleCore && ts[i].num == "" && !ts[i].qual && !agencyWords[ts[i].key] {
			return false
		}
	}
	for i := range ts {
		if i == at || ps[i].like == unlike || agencyWords[ts[i].key] && ts[i].key != "insurance" {
			continue
		}
		if ts[i].key == "risk" || insuranceWords[ts[i].key] {
			return true
		}
	}
	return false
}

// mutualBrand reports that the word at index at, "Surety" or "Insurance" ending the name, follows
// a paired "Mutual" after a paired brand: "Liberty Mutual Surety" is the bond department of
// "Liberty Mutual Insurance Co", the brand and "Mutual" saying which insurer.
func mutualBrand(ts []token, ps []paired, at int) bool {
	for i := at + 1; i < len(ts); i++ {
		if ts[i].role == roleCore && ts[i].num == "" && !ts[i].qual {
			return false
		}
	}
	j := at - 1
	for j >= 0 && ts[j].role == roleStop {
		j--
	}
	if j < 1 || ts[j].key != "mutual" || ps[j].like == unlike {
		return false
	}
	for i := 0; i < j; i++ {
		if ts[i].role == roleCore && ps[i].like == unlike {
			return false
		}
	}
	return ts[j-1].role == roleCore && ps[j-1].like != unlike
}
