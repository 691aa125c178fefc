package match

import (
	"fmt"
	"strings"
)

// The reason of a whole-name match names what was set aside and how words were read, in words a
// bookkeeper checks against the two names on the page.

// readingOf writes how one word reads as the other, the shorter first: "Wldg = Welding",
// "X = Bronx".
func readingOf(a, b *token) string {
	x, y := a.raw, b.raw
	if a.glued {
		x = strings.ToUpper(a.key)
	}
	if b.glued {
		y = strings.ToUpper(b.key)
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	return x + " = " + y
}

func appendNew(list []string, s string) []string {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return list
		}
	}
	return append(list, s)
}

// wholeReason explains a whole-name match to a bookkeeper. parent and job are the QuickBooks
// job's customer and own name ("" for a record that is not a job).
func wholeReason(v wholeVerdict, parent, job string) string {
	quote := func(ws []string) string {
		if len(ws) > 4 {
			ws = append(ws[:4:4], "…")
		}
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = fmt.Sprintf("%q", w)
		}
		return joinAnd(out)
	}
	var parts []string
	if len(v.aside) > 0 {
		parts = append(parts, quote(v.aside))
	}
	if len(v.abbrevs) > 0 {
		parts = append(parts, "abbreviations ("+strings.Join(v.abbrevs, ", ")+")")
	}
	if len(v.numbers) > 0 {
		parts = append(parts, "numbers written differently ("+strings.Join(v.numbers, ", ")+")")
	}
	if len(v.givenNames) > 0 {
		parts = append(parts, "a first name written short ("+strings.Join(v.givenNames, ", ")+")")
	}
	if v.givenFirst != "" {
		parts = append(parts, fmt.Sprintf("the owner's first name %q", v.givenFirst))
	}
	if v.middleName != "" {
		parts = append(parts, fmt.Sprintf("the middle name %q", v.middleName))
	}
	if v.typo[0] != "" {
		parts = append(parts, fmt.Sprintf("a typo (%q / %q)", v.typo[0], v.typo[1]))
	}
	if v.owner && v.ownerGroup {
		return "Same company: the other name gives this one in brackets as the group it belongs to"
	}
	if v.catDealer != "" {
		return fmt.Sprintf("Same dealer: %q with \"CAT\" is the name a Caterpillar dealer trades under, the other name its legal name with only a machine dealer's or its region's words", v.catDealer)
	}
	if v.insurerBrand != "" && v.insurerBare {
		return fmt.Sprintf("Same insurer: one name is its bare name %q, and the other adds only words of an insurer's name: its lines of insurance or how it is organised", v.insurerBrand)
	}
	if v.insurerBrand != "" {
		return fmt.Sprintf("Same insurer: both names start with its brand %q, and every other word names a line of insurance or how the insurer is organised", v.insurerBrand)
	}
	if v.owner {
		return "Same company: the name is the one the other gives in brackets after its trade name (d/b/a)"
	}
	if len(v.familyJob) > 0 {
		s := fmt.Sprintf("The only job of the customer %q, whose surname the project has, and %s in both names", parent, quote(v.familyJob))
		if v.doubt != "" {
			s += "; but " + v.doubt + ": check it" // doubtfamilywork.go
		}
		return s
	}
	if v.numberJob != "" {
		s := fmt.Sprintf("The job's name is the project number %s alone, which the project's name carries", v.numberJob)
		if v.doubt != "" {
			s += "; but " + v.doubt + ": check it"
		}
		return s
	}
	if v.customerOnly {
		s := "The name of the customer, which has no jobs, with words added for the project"
		if len(v.aside) > 0 {
			s += ": " + quote(v.aside)
		}
		if v.doubt != "" {
			s += "; but " + v.doubt + ": check it"
		}
		return s
	}
	lead := "Same words"
	if v.branchTail != "" {
		lead = "Same firm name"
	}
	if v.across {
		lead = fmt.Sprintf("Same words as the customer %q and the job %q together", parent, job)
	}
	var s string
	switch {
	case len(parts) == 0 && v.reordered:
		s = lead + " in a different order"
	case len(parts) == 0:
		s = lead
	case v.reordered:
		s = lead + " apart from " + joinAnd(append(parts, "word order"))
	default:
		s = lead + " apart from " + joinAnd(parts)
	}
	if v.initials != "" {
		if s == lead && !v.across {
			s = "Same name written as initials (" + v.initials + ")"
		} else {
			s += ", with initials (" + v.initials + ")"
		}
	}
	if v.branchTail != "" {
		s += fmt.Sprintf("; the rest is a branch/location (%q)", v.branchTail)
		if v.elsewhere != "" {
			s += fmt.Sprintf(", but the other record's address is in %s: check it is this branch", townName(v.elsewhere))
		}
	}
	if v.credential != "" {
		s += fmt.Sprintf("; %q is a title or credential written with the person's name", v.credential)
	}
	if v.ownerTrade != "" {
		s += fmt.Sprintf("; one name is the owner's, the other the owner's firm with its trade %q", v.ownerTrade)
	}
	if v.tradeKind != "" {
		s += fmt.Sprintf("; %q says which kind of the trade both names have", v.tradeKind)
	}
	if v.bareTrade != "" {
		s += fmt.Sprintf("; one name is the firm's bare name, the other adds its trade %q", v.bareTrade)
	}
	if v.secondTrade != "" {
		s += fmt.Sprintf("; %q is a second trade one name adds after \"&\" to the trade both have", v.secondTrade)
	}
	if len(v.division) > 0 {
		s += fmt.Sprintf("; %q names a division of the firm, the other name one of its branches", strings.Join(v.division, " "))
	}
	if v.branchTrade != "" {
		s += fmt.Sprintf("; one name is a branch of the firm, the other its whole name with %q", v.branchTrade)
	}
	if v.tradeName != "" {
		s += fmt.Sprintf("; compared with %q, one part of the name with a d/b/a", v.tradeName)
		if v.dbaCut != "" {
			s += ", " + v.dbaCut
		}
	}
	if v.localFunds {
		s += "; the QuickBooks name is the union local's funds, where its fringe benefits are paid"
	}
	if v.workLast != "" {
		s += fmt.Sprintf("; %q names the part of the work, which one name leaves out", v.workLast)
	}
	if v.townBefore != "" {
		s += fmt.Sprintf("; %q is the town the project is in, as its address says", v.townBefore)
	}
	if v.ownerBefore != "" {
		s += fmt.Sprintf("; %q names the job's owner or its place, the books keeping the job under %q, who hired the firm", v.ownerBefore, parent)
	}
	if v.projectNumber != "" {
		s += fmt.Sprintf("; same project number (%s)", v.projectNumber)
	}
	if v.branchOnly {
		s += "; the only record that adds no more than a branch's words to the firm's name"
	}
	if v.sameTown {
		s += "; the only record of the firm named for this town, the other words its trade or branch"
	}
	if v.doubt != "" {
		s += "; but " + v.doubt + ": check it"
	}
	return s
}
