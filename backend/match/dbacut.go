package match

import (
	"strings"
	"unicode/utf8"
)

// A firm kept under its legal name and its trade name, "Coastal Sanitation Inc dba AAA Portable
// Restrooms", is longer than the 41 characters QuickBooks allows a vendor's name, so the
// bookkeeper cuts the trade name's last words: "Coastal Sanitation Inc dba AAA Portable". The
// Procore name, "AAA Portable Restrooms", is the trade name whole. A bookkeeper reads the two as one
// firm when the words cut would not have fitted, or when the legal name is the initials of the
// trade name ("TRTC Inc dba Two Rivers Traffic", "Two Rivers Traffic Control"): the owner named
// the company for it. The part kept must be two words or more that do not end as a whole firm's
// name does, with its trade ("Northside Elec" of "… dba Northside Elec" is a firm of its own
// beside "Northside Electric Supply"), and the words cut are one or two plain words, not a place
// or a branch ("Mr Rooter of Everett" is another franchise).

// The trade name may also be kept in brackets after the legal name: "Kessinger Waste LLC (Indy
// Dumpster)" for "Indy Dumpster Rentals".

// bracketTradeName splits a name that ends with a note in brackets into the name before it and
// the note's words; nil, nil when it has none.
func bracketTradeName(ts []token, name string) (legal, trade []token) {
	if !strings.HasSuffix(strings.TrimSpace(name), ")") {
		return nil, nil
	}
	at := len(ts)
	for at > 0 && ts[at-1].qual {
		at--
	}
	if at == 0 || at == len(ts) {
		return nil, nil
	}
	return ts[:at], ts[at:]
}

// qbNameLimit is the length QuickBooks cuts a vendor's, customer's or job's name to.
const qbNameLimit = 41

// dbaCutShort returns the words of other, as written, that the trade name brand, the part after
// the d/b/a of the QuickBooks name e whose legal name is legal, leaves out at its end, and why a
// bookkeeper reads it as cut short; nil when the two are not the same trade name cut short.
func dbaCutShort(legal, brand, other []token, e *prepared) (added []string, why string) {
	var words []*token
	for i := range brand {
		if brand[i].role != roleStop {
			words = append(words, &brand[i])
		}
	}
	if len(words) < 2 || tradeWords[words[len(words)-1].key] || !strings.Contains(tradeNameWritten(e.entry.Name), " ") {
		return nil, ""
	}
	var own []token
	for i := range other {
		if r := other[i].role; r != roleStop && r != roleDescriptor && r != roleTag {
			own = append(own, other[i])
		}
	}
	if len(own) <= len(words) {
		return nil, ""
	}
	for i, w := range words {
		if own[i].key != w.key {
			return nil, "" // the words kept are the trade name's first words
		}
	}
	added = brandAdds(words, own)
	if added == nil {
		return nil, ""
	}
	for _, a := range added {
		if stateNames[Normalise(a)] || bigCities[Normalise(a)] {
			return nil, ""
		}
	}
	switch {
	case utf8.RuneCountInString(e.entry.Name)+1+utf8.RuneCountInString(wordsAfter(other, words, added)) > qbNameLimit:
		return added, dbaCutLength
	case initialsOfName(legal, own):
		return added, dbaCutInitials
	}
	return nil, ""
}

// The reasons a bookkeeper reads a trade name as cut short, for the suggestion's reason.
const (
	dbaCutLength   = "its last words cut to fit QuickBooks' 41 characters"
	dbaCutInitials = "its last words left out, the legal name being the initials of the whole"
)

// wordsAfter writes the words of other after the trade name's words up to its last added word,
// joining words ("&") included, as written: what the bookkeeper would have had to add.
func wordsAfter(other []token, words []*token, added []string) string {
	k, out := 0, []string{}
	for i := range other {
		t := &other[i]
		if k < len(words) {
			if t.key == words[k].key {
				k++
			}
			continue
		}
		if len(added) == 0 {
			break
		}
		out = append(out, t.raw)
		if t.raw == added[0] {
			added = added[1:]
		}
	}
	return strings.Join(out, " ")
}

// initialsOfName reports that the legal name's first word is written in capitals and spells the
// first letters of the trade name's words, whole or as kept: "TRTC" for "Two Rivers Traffic
// Control", "MSS" for "Mid-State Safety".
func initialsOfName(legal, name []token) bool {
	i := firstOwnWord(legal)
	if i < 0 || !legal[i].acronym || len(legal[i].runes) < 2 {
		return false
	}
	letters := ""
	for k := range name {
		if r := []rune(strings.ToLower(name[k].raw)); len(r) > 0 {
			letters += string(r[0])
		}
		if letters == legal[i].key {
			return true
		}
	}
	return false
}

// tradeNameWritten is the part of a name after its "dba" (or "d/b/a", "aka") as written, or "":
// "Pro-Dig" is one word written, though read as two.
func tradeNameWritten(name string) string {
	if i := strings.LastIndexByte(name, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(name), ")") {
		return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name[i+1:]), ")")) // "… (Indy Dumpster)"
	}
	low := strings.ToLower(name)
	for _, mark := range []string{" dba ", " d/b/a ", " d.b.a. ", " aka "} {
		if i := strings.LastIndex(low, mark); i >= 0 {
			return strings.TrimSpace(name[i+len(mark):])
		}
	}
	return ""
}
