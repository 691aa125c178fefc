package match

import (
	"strconv"
	"strings"
)

// A project number is written with its dash on one list and without on the other: "25031 -
// Legacy Hall TI" is the job "25-031 Legacy Hall TI", "24-031 Kent Warehouse" the job "24031
// Kent Warehouse". The names are the same but for spacing, and the digits are the same digits in
// the same order, so the numbers do not belong to other words. Only a number of four digits or
// more written in parts joined by a dash or a dot inside one word is read as one: "Lot 1-2" (two
// lots) is not "Lot 12", and "24-31" is not 24031 (leading zeros count, as in joinedNumbers).

// minJoinedProjectDigits is the least number of digits a number written in parts must have to be
// read as one project number.
const minJoinedProjectDigits = 4

// projectDigitRuns lists the numbers of a name as written, in order, a number whose parts are
// joined by a dash or a dot inside one word read as one when it has four digits or more.
func projectDigitRuns(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		parts := strings.FieldsFunc(w, func(r rune) bool { return r < '0' || r > '9' })
		joined := strings.Join(parts, "")
		if len(parts) > 1 && len(joined) >= minJoinedProjectDigits && dashJoinedDigits(w) {
			out = append(out, joined)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// dashJoinedDigits reports a word that is digits in parts joined only by dashes or dots, with
// perhaps a "#" before and punctuation around it: "25-031", "#24.017", "(23-09)".
func dashJoinedDigits(w string) bool {
	w = strings.Trim(w, "#()[],;")
	if w == "" || !isDigitRune(rune(w[0])) || !isDigitRune(rune(w[len(w)-1])) {
		return false
	}
	for _, r := range w {
		if !isDigitRune(r) && r != '-' && r != '.' {
			return false
		}
	}
	return !strings.Contains(w, "--") && !strings.Contains(w, "..")
}

// sameProjectDigits reports that two names, the same but for spacing, have the same numbers once a
// project number written in parts is read as one. e is a QuickBooks record: its job's own name is
// compared, as the compact key is.
func sameProjectDigits(q, e *prepared) bool {
	leaf := e.entry.Name
	if e.parent != "" {
		leaf = leaf[strings.LastIndexByte(leaf, ':')+1:]
	}
	a, b := projectDigitRuns(q.entry.Name), projectDigitRuns(leaf)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) > 0
}

// projectDigitsReason says the two names are the same but for how the project number is written.
func projectDigitsReason(q, e *prepared) string {
	a, b := projectNumberWritten(q.entry.Name), projectNumberWritten(e.entry.Name[strings.LastIndexByte(e.entry.Name, ':')+1:])
	if a == "" || b == "" {
		return "Same name apart from spacing"
	}
	return "Same name, with the project number written " + strconv.Quote(a) + " on one list and " + strconv.Quote(b) + " on the other"
}

// projectNumberWritten is the first word of a name holding a number of four digits or more, as
// written, without the punctuation around it.
func projectNumberWritten(name string) string {
	for _, w := range strings.Fields(name) {
		if runs := projectDigitRuns(w); len(runs) == 1 && len(runs[0]) >= minJoinedProjectDigits {
			return strings.Trim(w, "#()[],;")
		}
	}
	return ""
}

// numberAfterPrefix is the number a token holds as written, without the "#" or the letters and
// dash before it ("#2309", "P-24017", "J24017"), or its raw form when anything else is written
// with it: a part of a number written in parts ("031" of "24-031") is not a number of its own.
func numberAfterPrefix(t *token) string {
	if !allDigits(t.key) || !strings.HasSuffix(t.raw, t.key) {
		return t.raw
	}
	if strings.ContainsFunc(t.raw[:len(t.raw)-len(t.key)], isDigitRune) {
		return t.raw
	}
	return t.key
}
