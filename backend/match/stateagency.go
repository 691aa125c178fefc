package match

import (
	"slices"
	"unicode"
)

// A state agency is often written as the state's short form joined to its initials:
// "MassDOT", "PennDOT", "MnDOT", "ConnDOT". That is the state and the agency: "MassDOT District
// 6" is the Massachusetts Department of Transportation at its District 6 office (agencyoffice.go),
// read like "Mass DOT District 6". Only a state's traditional short form (stateShortForms:
// Mass, Penn, Conn, Wis…), or its postal code before DOT ("MnDOT", "MoDOT"), followed by two to
// five capitals is split: "InSITE", "OrCAD" or "McDONALD" stay one word. The postal code in
// capitals of a state named in one word is split from DOT too ("TXDOT", "AZDOT"), so it meets the
// same agency written "TxDOT"; a state of two words keeps its code as its initials ("NCDOT" is
// North Carolina's DOT letter by letter).

// splitStateAgency splits, in place of each raw word written as a state's short form joined to
// capitals, the two parts: "MassDOT" is "Mass" and "DOT".
func splitStateAgency(raws []string) []string {
	for i := 0; i < len(raws); i++ {
		head, tail, ok := stateAgencyParts(raws[i])
		if !ok {
			continue
		}
		raws = slices.Insert(raws, i+1, tail)
		raws[i] = head
		i++
	}
	return raws
}

// stateAgencyParts cuts raw into a state's short form, a capital and lower-case letters, and the
// capitals after it.
func stateAgencyParts(raw string) (head, tail string, ok bool) {
	if len(raw) == 5 && raw[2:] == "DOT" && postalCodes[raw[:2]] && stateByCode[string([]byte{raw[0] + 'a' - 'A', raw[1] + 'a' - 'A'})] != "" {
		return raw[:2], "DOT", true // "TXDOT" as "TxDOT": the postal code in capitals too
	}
	// Most words fail on their first two letters or their last: checked on bytes, without
	// allocating, as every word of every name comes here.
	if len(raw) < 4 || raw[0] < 'A' || raw[0] > 'Z' || raw[1] < 'a' || raw[1] > 'z' || raw[len(raw)-1] < 'A' || raw[len(raw)-1] > 'Z' {
		return "", "", false
	}
	rs := []rune(raw)
	n := 1
	for n < len(rs) && unicode.IsLower(rs[n]) {
		n++
	}
	if len(rs) < 4 || !unicode.IsUpper(rs[0]) || n < 2 || len(rs)-n < 2 || len(rs)-n > 5 {
		return "", "", false
	}
	for _, r := range rs[n:] {
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return "", "", false
		}
	}
	head, tail = string(rs[:n]), string(rs[n:])
	lower := []rune(head)
	lower[0] = unicode.ToLower(lower[0])
	short := string(lower)
	if _, isShort := stateShortForms[short]; isShort || len(short) == 2 && postalCodes[string(unicode.ToUpper(rs[0]))+string(unicode.ToUpper(rs[1]))] && tail == "DOT" {
		return head, tail, true
	}
	return "", "", false
}

// stateWord reports a word that names a state: written out, by its traditional short form, or
// by its postal code in capitals.
func stateWord(t *token) bool {
	if stateNames[t.key] || stateCodeOf(t) != "" {
		return true
	}
	_, short := stateShortForms[t.key]
	return short
}

// stateAgencyKey is the state's letter and the agency's initials of a QuickBooks name that
// starts with a state and the agency's initials and goes on ("Mass DOT District 6" is mdot,
// as "Massachusetts Department of Transportation" is): the name is also found by them.
func stateAgencyKey(ts []token, own []int) string {
	if len(own) < 3 || !stateWord(&ts[own[0]]) || !ts[own[1]].acronym {
		return ""
	}
	return string(append([]rune{ts[own[0]].runes[0]}, ts[own[1]].runes...))
}
