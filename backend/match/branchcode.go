package match

import "strings"

// A distributor keeps its branches by a code of a state's postal code and the first letters of
// the town ("Fastenal OHMAR" is its branch in Marysville, Ohio; "MAMAR" the one in Marlborough,
// Massachusetts). The other list names the firm at that town ("Fastenal Company - Marysville") or
// keeps its whole name with the branch's address. When the firm's words are the same and on no
// other QuickBooks record, and the code's letters after the state begin the town the other record
// names or is in, it is that branch.

// branchCodeLen are the lengths of such a code: the state's two letters and three or four of the
// town's.
const minBranchCode, maxBranchCode = 5, 6

// maxCodeTownWords is how many words of a town may follow the firm's name on the other side.
const maxCodeTownWords = 2

// branchCodeMatch reports the code and the town when one of q and e is the firm with a branch
// code and the other the firm at the code's town, or "", "".
func branchCodeMatch(q, e *prepared) (code, town string) {
	if code, town = codeAgainst(e, q, e); code != "" {
		return code, town
	}
	return codeAgainst(q, e, e)
}

// codeAgainst checks a's name as the firm with a code against b's; qb is the QuickBooks record,
// whose words say whether the firm's are on no other record.
func codeAgainst(a, b, qb *prepared) (string, string) {
	at := -1
	var firm []*token
	for i := range a.toks {
		t := &a.toks[i]
		switch {
		case branchCode(t):
			if at >= 0 {
				return "", ""
			}
			at = i
		case t.role == roleStop || t.role == roleDescriptor || legalWords[t.key]:
		case at >= 0:
			return "", "" // the code ends the name
		default:
			firm = append(firm, t)
		}
	}
	if at < 0 || len(firm) == 0 {
		return "", ""
	}
	// b starts with the firm's words; what follows, but descriptors, is the town.
	k, town := 0, []string{}
	for i := range b.toks {
		t := &b.toks[i]
		switch {
		case k < len(firm) && t.key == firm[k].key:
			k++
		case t.role == roleStop || t.role == roleDescriptor || legalWords[t.key]:
		case k == len(firm) && t.role == roleCore && t.num == "":
			town = append(town, t.key)
		default:
			return "", ""
		}
	}
	if k < len(firm) || len(town) > maxCodeTownWords || !firmUnique(qb, firm) {
		return "", ""
	}
	letters := strings.ToLower(a.toks[at].raw[2:])
	for _, c := range []string{strings.Join(town, " "), b.contact.city} {
		if c != "" && strings.HasPrefix(strings.ReplaceAll(c, " ", ""), letters) {
			return a.toks[at].raw, townName(c)
		}
	}
	return "", ""
}

// codeVerdict is the whole-name verdict of a branch code matched to its town.
func codeVerdict(code, town string) wholeVerdict {
	return wholeVerdict{same: true, quality: branchQuality, branchTail: code + " (" + code[:2] + " " + town + ")"}
}

// branchCode reports a code of capitals that starts with a US state's postal code: "OHMAR".
func branchCode(t *token) bool {
	r := t.raw
	if len(r) < minBranchCode || len(r) > maxBranchCode || strings.ToUpper(r) != r || !allLetters(strings.ToLower(r)) {
		return false
	}
	return stateCodes[strings.ToLower(r[:2])]
}

// firmUnique reports that the QuickBooks record's words that are the firm's are on no other
// record of its list.
func firmUnique(qb *prepared, firm []*token) bool {
	for _, f := range firm {
		for i := range qb.toks {
			if qb.toks[i].key == f.key && !qb.toks[i].unique {
				return false
			}
		}
	}
	return true
}
