package match

import "strings"

// A congregation is named by its church's initials after its own name as often as by the words:
// "Peachtree Road UMC" is the Peachtree Road United Methodist Church, "Bethel AME" the Bethel
// African Methodist Episcopal Church. The initials of the denominations below are read as their
// words when the other name has those words, in order, unpaired; so "St. Andrew UMC Parking Lot
// Lighting" meets the customer "St Andrew United Methodist Church", and the initials make the
// customer a church (institution.go), whose projects add words to its name. Elsewhere the letters
// are initials as any others: UMC is as often a University Medical Center.

// churchInitials are the denominations' initials and the words they stand for.
var churchInitials = map[string][]string{
	"umc":   {"united", "methodist", "church"},
	"ame":   {"african", "methodist", "episcopal"},
	"amez":  {"african", "methodist", "episcopal", "zion"},
	"cme":   {"christian", "methodist", "episcopal"},
	"ucc":   {"united", "church", "of", "christ"},
	"cogic": {"church", "of", "god", "in", "christ"},
	"elca":  {"evangelical", "lutheran", "church", "in", "america"},
}

// pairChurchInitials pairs a denomination's initials in capitals in a with the words they stand
// for in b, and returns the reading for the reason ("UMC = United Methodist Church"), or "".
func pairChurchInitials(a, b []token, ap, bp []paired) string {
	for i := range a {
		t := &a[i]
		words, ok := churchInitials[t.key]
		if !ok || !t.acronym || ap[i].like != unlike {
			continue
		}
		for j := 0; j+len(words) <= len(b); j++ {
			if !spelledOut(b[j:j+len(words)], bp[j:j+len(words)], words) {
				continue
			}
			ap[i] = paired{at: j, like: initialsOf}
			raws := make([]string, 0, len(words))
			for k := j; k < j+len(words); k++ {
				bp[k] = paired{at: i, like: initialsOf}
				raws = append(raws, b[k].raw)
			}
			return t.raw + " = " + strings.Join(raws, " ")
		}
	}
	return ""
}

// spelledOut reports that ts, all unpaired, are the words given.
func spelledOut(ts []token, ps []paired, words []string) bool {
	for k := range ts {
		if ts[k].key != words[k] || ps[k].like != unlike {
			return false
		}
	}
	return true
}

// churchByInitials reports a name with a denomination's initials in capitals: a church.
func churchByInitials(e []token) bool {
	for i := range e {
		if _, ok := churchInitials[e[i].key]; ok && e[i].acronym && !e[i].qual {
			return true
		}
	}
	return false
}
