package match

// A national distributor's name on one list meets several of its numbered branches on the other
// equally well ("Rexel USA, Inc." against "Rexel #1085 Irving" and "Rexel #1091 Ft Worth"), and
// the suggestion is a question (markTie). But when every other branch tied with it is already
// linked in one click to another Procore record ("Rexel Fort Worth" takes "Rexel #1091 Ft
// Worth"), a bookkeeper reads the one left as the firm's: the others are spoken for. The tie is
// then no tie, and the branch left is offered as the rules rated it before the tie. Only for
// branches kept by store or branch number, each the same firm by the whole-name rules (a
// namesake's records carry no such numbers) and a Procore name that adds no word of another kind
// of work ("Grainger Construction Co" is no distributor), when every tied record is in view (the candidate
// list did not stop among them) and each other one went to a one-click link or is linked already.

// tieCapped keeps what the rules said of a match before a tie capped it at Possible.
type tieCapped struct {
	conf  Confidence // "" when no tie capped it
	score float64
}

// tiedOthersTaken reports that l[r] was capped by a tie among numbered branches of one firm and
// every other record tied with it in l is taken: by a one-click link in this assignment (sure
// names the Procore record a QuickBooks record went to) or linked already (linked, by place).
// It names one of the Procore records that took them ("" when all were linked before).
func tiedOthersTaken(l []Candidate, r int, sure []string, linked []bool) (string, bool) {
	if t := l[r].tie; t == nil || t.conf != Likely && t.conf != Exact || t.workAside {
		return "", false
	}
	others, last := 0, -1
	name := ""
	for i := range l {
		t := l[i].tie
		if t == nil {
			continue
		}
		last = i
		if t.conf != Likely || !t.numbered {
			return "", false // not a numbered branch of the firm by the whole-name rules
		}
		if i == r {
			continue
		}
		at := l[i].At
		if sure[at] == "" && !linked[at] {
			return "", false
		}
		others++
		if sure[at] != "" {
			name = sure[at]
		}
	}
	if others == 0 || last == len(l)-1 && len(l) >= RankDepth {
		return "", false // the tie may go on past the candidates kept
	}
	return name, true
}

// kindOfWorkAside reports a word of the Procore name that says what kind of firm it is by its
// work (Construction, Services, Fabricators: tradeDescriptors) and that the branch's name lacks:
// "Grainger Construction Co" is a contractor of the name, not the distributor the branches are
// of, whatever the rules for a descriptor left out say when the names are compared alone.
func kindOfWorkAside(q, branch []token) bool {
	keys := ownKeys(branch)
	for i := range branch {
		keys[branch[i].key] = true
	}
	for i := range q {
		if tradeDescriptors[q[i].key] != 0 && !keys[q[i].key] {
			return true
		}
	}
	return false
}

// tieLeftReason says why the branch is offered though others matched as well.
func tieLeftReason(taker string) string {
	if taker == "" {
		return "; the other branches that match as well are linked to other Procore records, so this one is left"
	}
	return "; the other branches that match as well are linked to other Procore records (such as \"" + taker + "\"), so this one is left"
}
