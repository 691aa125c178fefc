package match

// A carrier's legal name puts its flagship line before "Insurance": "Hartford Fire Insurance
// Co", "Kestrel Casualty Insurance Company". Against the brand a bookkeeper keeps ("The
// Hartford", "Kestrel Insurance") the line says which legal company bills, not another insurer:
// it is set aside like "Mutual". Life and health, title and dental name other firms of the group
// ("Hartford Life Insurance") and stay.

// flagshipLines are the lines a property and casualty carrier's legal name puts before Insurance.
var flagshipLines = wordSet(`fire casualty property marine indemnity accident guaranty`)

// flagshipLine reports that the word of ts at index at is such a line right before "Insurance"
// or "Assurance".
func flagshipLine(ts []token, at int) bool {
	if !flagshipLines[ts[at].key] || at+1 >= len(ts) {
		return false
	}
	next := &ts[at+1]
	return (next.key == "insurance" || next.key == "assurance") && !next.qual
}
