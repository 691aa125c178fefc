package match

import "testing"

// The owner's name, a body's word or initials included, before a job kept under a general
// contractor is the site's name for the project; under an owner, or with the same job kept under
// two contractors, or with three words before the job, it is a question.
func TestOwnerBeforeContractorJob(t *testing.T) {
	qb := []Entry{
		{ID: "j", Name: "Harrowgate Construction Co:Linden Crest Hospital Expansion"},
		{ID: "k", Name: "Harrowgate Construction Co:Marble Yard Garage"},
		{ID: "h", Name: "Quillan Tech College:Welding Lab Addition"},
	}
	twice := append([]Entry{{ID: "m", Name: "Osterberg Builders LLC:Linden Crest Hospital Expansion"}}, qb...)
	checkPrecisionCases(t, []precisionCase{
		{"a health system's initials and word before the contractor's job", true, qb,
			Entry{ID: "p", Name: "QV Health Linden Crest Hospital Expansion"}, "j", true, ""},
		{"a university's name before the contractor's job", true, qb,
			Entry{ID: "p", Name: "Vellum University Linden Crest Hospital Expansion"}, "j", true, ""},
		{"the owner before the job, the contractor named after it", true, qb,
			Entry{ID: "p", Name: "QV Health Linden Crest Hospital Expansion - Harrowgate"}, "j", true, ""},
		{"the owner before the job, another contractor named after it", true, qb,
			Entry{ID: "p", Name: "QV Health Linden Crest Hospital Expansion - Osterberg"}, "", false, ""},
		{"the same job kept under two contractors", true, twice,
			Entry{ID: "p", Name: "QV Health Linden Crest Hospital Expansion"}, "", false, ""},
		{"initials alone before the job, perhaps another contractor's", true, qb,
			Entry{ID: "p", Name: "MKB Linden Crest Hospital Expansion"}, "", false, ""},
		{"three words before the job", true, qb,
			Entry{ID: "p", Name: "QV Health Partners Linden Crest Hospital Expansion"}, "", false, ""},
		{"another college's name before an owner's job", true, qb,
			Entry{ID: "p", Name: "Davis Tech Welding Lab Addition"}, "", false, ""},
		{"the owner before another job of the contractor", true, qb,
			Entry{ID: "p", Name: "QV Health Linden Crest Hospital Garage"}, "", false, ""},
	})
}
