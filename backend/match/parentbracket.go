package match

// A firm bought by a group is kept on one list under its own name with the group's in brackets,
// "Ready Mixed Concrete Co (Argos)", and on the other under the group's, "Argos USA LLC". A group
// of one word is named that way too when the word is its own: no other record of the QuickBooks
// list has it, it is no common first name (a contact's name in brackets) and no word of a trade
// or a place, and the other name says it is a group ("USA", "Group", "Holdings"): a surname in
// brackets may be the contact's, and "Smith Inc" another firm.

// groupWords say that a name is a group's or its national company's.
var groupWords = wordSet(`usa america american group holdings companies industries international
	global worldwide`)

// parentInBrackets reports that q's one word that says which firm it is (descriptors and legal
// forms aside), with a word of groupWords, is the whole of e's note in brackets, a word of five
// letters or more that no other QuickBooks record has.
func parentInBrackets(q []token, qp []paired, e []token) bool {
	var own *token
	group := false
	for i := range q {
		t := &q[i]
		if t.role == roleStop || t.role == roleTag || t.qual {
			continue
		}
		if groupWords[t.key] {
			group = true
			continue
		}
		if t.role == roleDescriptor {
			continue
		}
		if own != nil || qp[i].like != sameWord {
			return false
		}
		own = t
	}
	if own == nil || !group || len(own.runes) < 5 || own.num != "" || commonFirstName(own.key) || tradeWords[own.key] ||
		stateNames[own.key] || compassWords[own.key] {
		return false
	}
	n := 0
	for j := range e {
		if !e[j].bracket || e[j].role == roleStop {
			continue
		}
		if e[j].key != own.key || !e[j].unique {
			return false
		}
		n++
	}
	return n == 1
}
