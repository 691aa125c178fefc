package match

// The legal name in brackets after a trade name is written on either list: QuickBooks's "JH
// Drywall (Hernandez Enterprises)" against the directory's "Hernandez Enterprises LLC", or the
// directory's "Northstar Cranes (Hanson Rigging Inc)" against the vendor the books pay, "Hanson
// Rigging Inc". Either way the bracket says whose trade name it is (bracketowner.go).

// ownerInBrackets reports that one name is the firm the other gives in brackets after its trade
// name, and whether the bracket names the group the firm belongs to (parentbracket.go).
func ownerInBrackets(q []token, qp []paired, e []token, ep []paired) (owner, group bool) {
	if bracketOwner(q, qp, e) && !personOfTwo(q) && !surnameFirm(e) {
		return true, parentInBrackets(q, qp, e)
	}
	if bracketOwner(e, ep, q) && !personOfTwo(e) && !surnameFirm(q) {
		return true, parentInBrackets(e, ep, q)
	}
	return false, false
}
