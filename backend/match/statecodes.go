package match

// A state's postal code written in capitals is that state when the other name writes the state
// out in its place: "Kestrel Electric of OH" and "Kestrel Electric of Ohio", "OH Valley
// Electric" and "Ohio Valley Electric". The table reads only the codes that are no common word
// or other initials (abbrev.go); the others (OH, IN, OR, MA, MT…) are read as the state only
// against the state's name. Codes that are as often other initials stay apart even so: VA
// (Veterans Affairs), UT (a University of Texas), MD (a doctor), LA (Los Angeles), MS (a
// middle school), PA (a professional association), CO (a company), DE, AL and ID. Lower case
// ("Or", "In") is a word.

// stateByCode maps the postal codes of the states named in one word to the state, but for the
// codes that are as often other initials.
var stateByCode = map[string]string{
	"ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california", "ct": "connecticut",
	"fl": "florida", "ga": "georgia", "hi": "hawaii", "il": "illinois", "in": "indiana",
	"ia": "iowa", "ks": "kansas", "ky": "kentucky", "me": "maine", "ma": "massachusetts",
	"mi": "michigan", "mn": "minnesota", "mo": "missouri", "mt": "montana", "ne": "nebraska",
	"nv": "nevada", "oh": "ohio", "ok": "oklahoma", "or": "oregon", "tn": "tennessee",
	"tx": "texas", "vt": "vermont", "wa": "washington", "wi": "wisconsin", "wy": "wyoming",
}

// stateCodeOf is the state a word written as a postal code in capitals stands for, or "".
func stateCodeOf(t *token) string {
	if len(t.raw) != 2 || t.raw[0] < 'A' || t.raw[0] > 'Z' || t.raw[1] < 'A' || t.raw[1] > 'Z' {
		return ""
	}
	return stateByCode[string([]byte{t.raw[0] + 'a' - 'A', t.raw[1] + 'a' - 'A'})]
}

// sameState reports a state's code in capitals and the state's name.
func sameState(a, b *token) bool {
	if s := stateCodeOf(a); s != "" && s == b.key {
		return true
	}
	s := stateCodeOf(b)
	return s != "" && s == a.key
}
