// Package match suggests which QuickBooks record a Procore record is, by name, with address and
// phone as tie-breakers.
//
// Bookkeepers link Procore projects to QuickBooks customers/jobs and Procore directory companies
// to QuickBooks vendors. The two lists were typed by different people at different times, so the
// same company shows up as "A.B.C. Plumbing, Inc." on one side and "ABC Plumbing" on the other,
// cut to QuickBooks' 41-character limit, abbreviated, misspelt or written without accents. This
// package proposes a link for each record and says how sure it is:
//
//   - Exact: the names are equal the way QuickBooks compares them.
//   - Likely: equal once legal suffixes, punctuation, accents, abbreviations and the like are
//     set aside; the same words compared whole (whole.go), in any order, once descriptors
//     ("Contracting Corporation"), list labels ("- Sub"), branches, a project number on one side,
//     the customer of a "Customer:Job", numbers written differently (FY24, FY 2024; PS21X,
//     P.S. 21 Bronx), learned abbreviations (Wldg, Prods, Roofg) and one typo are set aside;
//     initials in capitals for the words of the other name (CED - Seattle, Consolidated
//     Electrical Distributors); initials written joined, spaced or with "&" (JR, J & R); short
//     forms with several readings (Dist: District, Distributors) or read by their place (St
//     Louis, Main St); on vendor lists a branch after "of" (Winsupply of Everett), a store
//     number (Home Depot #47) and a firm whose own words no other QuickBooks vendor has, with
//     the rest of the other name a branch or place (branch.go); on vendor lists, a national firm's
//     former or new name from a table of well-known renames and mergers ("CenturyLink", "Lumen
//     Technologies": renames.go); or nearly equal with phone or street address agreeing.
//     Safe for one-click linking, unless the phone or address on both sides differs and nothing
//     agrees, or another record matches equally well.
//   - Possible: a resemblance the bookkeeper has to look at, among them a name that is the same
//     but for a trade one list leaves out when the shorter name has a trade or a note of its own
//     ("Kestrel Plumbing", "Kestrel Plumbing & Heating") or the trade makes a supplier ("Sound
//     Electric Supply"): the shorter name may be another firm of the family, so only the phone
//     or address makes it Likely (a firm's bare name, "Cochran", meets "Cochran Electric Inc"
//     Likely: tradeleft.go);
//     and any record whose name QuickBooks marks as not in use ("ZZ …", "… (old)"), matched
//     without the mark and ranked after every record in use (inactive.go); and a job's words in
//     another order that turn a place's name round ("Park Lake", "Lake Park": order.go).
//
// Scores are banded by confidence, so ranking and the one-to-one assignment take every Likely
// pairing before any Possible one.
//
// The QuickBooks side is held in an Index: exact-key maps for the Exact and Likely rules and a
// trigram inverted index, so a lookup only scores the few entries that share enough of the name.
package match

// Entry is one record on either side.
type Entry struct {
	ID      string // caller's id
	Name    string
	Address string // street line(s), free text, may contain commas
	City    string
	State   string
	Zip     string
	Phone   string // any format
	// Number is a project number kept apart from the name (Procore's project number). It
	// confirms a QuickBooks job whose name carries it ("24-017 Riverside Clinic") and is
	// ignored when the job's name does not.
	Number string
}

// Confidence says how far a suggestion can be trusted.
type Confidence string

const (
	// Exact: same name as QuickBooks compares names: case-insensitive, surrounding spaces ignored.
	Exact Confidence = "exact"
	// Likely: same after normalisation, or very close with address/phone agreeing; safe to offer
	// one-click linking.
	Likely Confidence = "likely"
	// Possible: fuzzy resemblance; the bookkeeper must look.
	Possible Confidence = "possible"
)

// rank orders confidences so that a cap can be applied with a comparison.
func (c Confidence) rank() int {
	switch c {
	case Exact:
		return 3
	case Likely:
		return 2
	case Possible:
		return 1
	}
	return 0
}

// Suggestion is one proposed QuickBooks record for a Procore record.
type Suggestion struct {
	ID         string // the QuickBooks-side Entry.ID
	Name       string
	Score      float64 // 0..1, higher is better; ranks suggestions
	Confidence Confidence
	Reason     string // for an accountant, e.g. "Same name apart from \"Inc.\" and punctuation"
	// Extends: on a vendor list, the Procore name is the whole of this record's name with
	// words of its own added, a place or a trade ("Kestrel Supply - Tacoma" for "Kestrel
	// Supply Inc"). When another Procore record whose best match is this record extends it
	// too, either may be the one: an assignment links neither in one click (ExtendsRival).
	Extends bool
}
