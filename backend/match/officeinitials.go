package match

import "strings"

// A city's office goes by initials with a D for Department, which the other list leaves out
// when it writes the office's name: "Boston ISD" is Boston Inspectional Services (Department),
// "Quincy DPW" the City of Quincy's Public Works (Department of). The initials without that D
// must spell, in order, every word the other name has left, and one of the names must be a
// public body's (City, Town, County…): "ABD Supply" is not AB Supply.

// pairDepartmentInitials pairs a's one unpaired word written as initials starting or ending with
// D with the words left in b that the other letters spell. It returns the reading for the
// reason, "ISD = Inspectional Services (Department)", or "".
func pairDepartmentInitials(a, b []token, ap, bp []paired) string {
	// The office may follow a dash ("City of Boston - ISD"), and the body's own word
	// ("City") is set aside when the other name has none (publicbody.go).
	left := officeWordsLeft(a, ap)
	acr := writtenInitials(a, left)
	if len(acr) < 3 || len(acr) > 5 {
		return ""
	}
	if !namesPublicBody(a) && !namesPublicBody(b) {
		return ""
	}
	i := left[0]
	words := officeWordsLeft(b, bp)
	if len(words) < 2 {
		return ""
	}
	// "Public Works Department" for DPW: the Department written after the office's name is the
	// D, paired with it.
	dept := -1
	for k, j := range words {
		if b[j].key == "department" {
			if k == 0 || dept >= 0 {
				return "" // the D in its place: the initials' own reading (acronym.go)
			}
			dept = j
			words = append(words[:k:k], words[k+1:]...)
			break
		}
	}
	if dept >= 0 && (acr[0] != 'd' || len(words) < 2 || !spells(acr[1:], b, words)) {
		return ""
	}
	if dept >= 0 {
		bp[dept] = paired{at: i, like: initialsOf}
	}
	var reading string
	switch {
	case acr[0] == 'd' && spells(acr[1:], b, words):
		reading = "(Department of) "
	case acr[len(acr)-1] == 'd' && spells(acr[:len(acr)-1], b, words):
		reading = ""
	default:
		return ""
	}
	if !namesPublicBody(b) && !officeRead(b, words) {
		return "" // "Tarrow Industrial Supply" is a firm, not the City of Tarrow's ISD (officekeys.go)
	}
	for _, k := range left {
		ap[k] = paired{at: words[0], like: initialsOf}
	}
	raws := make([]string, 0, len(words))
	for _, j := range words {
		bp[j] = paired{at: i, like: initialsOf}
		raws = append(raws, b[j].raw)
	}
	if reading == "" {
		return a[i].raw + " = " + strings.Join(raws, " ") + " (Department)"
	}
	return a[i].raw + " = " + reading + strings.Join(raws, " ")
}

// namesPublicBody reports a name with a word of publicBodyWords: "City of Quincy - Public Works".
func namesPublicBody(ts []token) bool {
	for i := range ts {
		if publicBodyWords[ts[i].key] {
			return true
		}
	}
	return false
}

// officeWordsLeft lists the unpaired words of ts but for joining words, numbers and a public
// body's own word, notes included.
func officeWordsLeft(ts []token, ps []paired) []int {
	var out []int
	for i := range ts {
		t := &ts[i]
		if ps[i].like != unlike || t.role == roleStop || t.num != "" || t.code || t.customer || publicBodyWords[t.key] {
			continue
		}
		out = append(out, i)
	}
	return out
}

// writtenInitials is the letters of initials written in capitals that the words at idx of ts
// are, lower case: one acronym ("DPW"), or the words the table read one out to, all from the
// same capitals ("ISD", read as Independent School District where a Boston list means
// Inspectional Services Department). Otherwise nil.
func writtenInitials(ts []token, idx []int) []rune {
	if len(idx) == 0 {
		return nil
	}
	raw := ts[idx[0]].raw
	for _, k := range idx {
		if ts[k].raw != raw {
			return nil
		}
	}
	if len(idx) == 1 && ts[idx[0]].acronym {
		return ts[idx[0]].runes
	}
	letters := strings.ReplaceAll(raw, ".", "")
	if letters == "" || strings.ToUpper(letters) != letters || strings.ToLower(letters) == letters {
		return nil
	}
	return []rune(strings.ToLower(letters))
}
