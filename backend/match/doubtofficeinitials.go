package match

import (
	"fmt"
	"strings"
)

// Some initials are a public office's all over the country: DOT is a Department of
// Transportation, DPW a Department of Public Works, DMV one of Motor Vehicles. Read letter by
// letter they may spell another office of the same body ("NJDOT" as NJ Division Of Taxation), but
// a bookkeeper reads NJDOT as the state's transportation department: a reading of such initials
// that leaves out the word they are known by is a question, not one click.

// officeInitialsWord are the initials of public offices found in every state or big city, with a
// word of the office they name. Not DOH, a Department of Health in one state and of Highways in
// another, nor DOE or DHS, each two departments.
var officeInitialsWord = map[string]string{
	"dot": "transportation", "dpw": "works", "dmv": "motor", "dep": "environmental",
	"deq": "environmental", "dnr": "resources", "dol": "labor", "dor": "revenue",
	"dob": "buildings", "dof": "finance",
}

// officeInitialsMisread returns the initials of a reading ("NJDOT = NJ Division of Taxation")
// that end with a known office's initials but spell words without the office's word; else "".
func officeInitialsMisread(v *wholeVerdict) string {
	if v.initials == "" {
		return ""
	}
	for _, r := range strings.Split(v.initials, ", ") {
		acr, words, ok := strings.Cut(r, " = ")
		if !ok {
			continue
		}
		low := strings.ToLower(acr)
		for in, word := range officeInitialsWord {
			if strings.HasSuffix(low, in) && !strings.Contains(Normalise(words), word) {
				return acr
			}
		}
	}
	return ""
}

// initialsDoubt is the doubt in a bookkeeper's words about names read the same with initials,
// when no phone or address agrees (agree > 0): such a reading of an office's initials, or a
// number each name has of its own (doubtnumbersapart.go); else "".
func initialsDoubt(q, e *prepared, v *wholeVerdict, agree float64) string {
	if agree > 0 {
		return ""
	}
	if w := officeInitialsMisread(v); w != "" {
		return fmt.Sprintf("%q are known as the initials of another office", w)
	}
	if a, b := numbersApart(q, e, v); a != "" {
		return fmt.Sprintf("each name has a number of its own (%q, %q): another office or branch may be meant", a, b)
	}
	return ""
}
