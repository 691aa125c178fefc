package match

import (
	"slices"
	"strings"
)

// A public owner's jobs are often kept in QuickBooks by their project or contract number alone,
// "Sac Area Sewer District:24-117", "Somerville Housing Authority:23-015", while the project
// manager names the Procore project by the number and the work: "24-117 Elk Grove Sewer Lateral
// Rehab", "SHA - Properzi Manor Boiler (23-015)". The number is the job's whole name, so it says
// which job; the words the project adds are the ones the bookkeeper did not type. The trigram
// search cannot bring the two together (a number has few letters to share), so the jobs are also
// looked up by the project numbers their own names carry (jobinitials.go keeps the map), and
// the whole-name rules, or the reading below for a job named by the number alone, decide.

// minJobNumberDigits is how many digits a number needs to be a project's: fewer is a building's,
// a phase's or a lot's.
const minJobNumberDigits = 4

// numberJobQuality is the whole-name quality a job named by the project number alone is scored
// with: below a name whose words agree as well, which is preferred when the list has both.
const numberJobQuality = 0.5

// projectNumberDigits lists the project numbers a name's words carry, as their digits
// ("24-117" is 24117), with the number as written. A year alone ("2024") is no project's.
// own limits the words to a job's own part, leaving out its customer's.
func projectNumberDigits(ts []token, own bool) (digits, written []string) {
	for i := range ts {
		t := &ts[i]
		if !t.code || t.num == "" || own && t.customer || i > 0 && ts[i-1].code && ts[i-1].raw == t.raw {
			continue // the parts of "24-117" are read once, by the first
		}
		d := onlyDigits(t.raw)
		if len(d) < minJobNumberDigits || isYear(d) {
			continue
		}
		digits = append(digits, d)
		written = append(written, t.raw)
	}
	return digits, written
}

// onlyDigits is s without the characters that are not digits.
func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if isDigitRune(r) {
			return r
		}
		return -1
	}, s)
}

// jobsByNumber maps the project numbers jobs' own names carry to the jobs.
func jobsByNumber(entries []prepared) map[string][]int32 {
	out := map[string][]int32{}
	for id := range entries {
		e := &entries[id]
		if e.parent == "" {
			continue
		}
		digits, _ := projectNumberDigits(e.toks, true)
		for _, d := range digits {
			out[d] = append(out[d], int32(id))
		}
	}
	return out
}

// numberCandidates appends the jobs carrying a project number q carries, as candidates worth
// comparing whole.
func numberCandidates(byNumber map[string][]int32, q *prepared, hits []hit) []hit {
	if len(byNumber) == 0 {
		return hits
	}
	digits, _ := projectNumberDigits(q.toks, false)
	for _, d := range digits {
		for _, id := range byNumber[d] {
			hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
		}
	}
	return hits
}

// numberOnlyJob reports the project number, as written, that is the whole of the job e's own
// name and that the Procore name q carries too, or "".
func numberOnlyJob(q, e *prepared) string {
	if e.parent == "" {
		return ""
	}
	number := ""
	for i := range e.toks {
		t := &e.toks[i]
		if t.customer || t.role == roleStop {
			continue
		}
		if !t.code || t.num == "" || number != "" && t.raw != number {
			return "" // a word of the job's own, or two numbers
		}
		number = t.raw
	}
	own := onlyDigits(number)
	if len(own) < minJobNumberDigits || isYear(own) {
		return ""
	}
	digits, _ := projectNumberDigits(q.toks, false)
	for _, d := range digits {
		if d == own {
			return number
		}
	}
	return ""
}

// minSharedNumberDigits is how many digits a project number both names carry needs to say by
// itself which owner's job it is (sharedJobNumber's bar).
const minSharedNumberDigits = 5

// sharesProjectNumber reports that the Procore name q and the job e's own name carry the same
// project number of minSharedNumberDigits digits or more: the number says which owner's job it
// is, whatever place or body the project's name also names.
func sharesProjectNumber(q, e *prepared) bool {
	if e.parent == "" {
		return false
	}
	own, _ := projectNumberDigits(e.toks, true)
	theirs, _ := projectNumberDigits(q.toks, false)
	for _, d := range own {
		if len(d) >= minSharedNumberDigits && slices.Contains(theirs, d) {
			return true
		}
	}
	return false
}
