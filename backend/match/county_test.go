package match

import (
	"strings"
	"testing"
)

// assignJobs matches procore against a list of customers and jobs qb.
func assignJobs(procore, qb []string) map[string]Suggestion {
	var qs, ps []Entry
	for i, n := range qb {
		qs = append(qs, Entry{ID: "q" + string(rune('a'+i)), Name: n})
	}
	for i, n := range procore {
		ps = append(ps, Entry{ID: "p" + string(rune('a'+i)), Name: n})
	}
	return Assign(ps, NewIndex(qs))
}

// Short forms a bookkeeper types: Co for County inside a name, Enviro, Addn, ES for Elementary
// School; and a school's level written with or without "School".
func TestCountyAndSchoolShortForms(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Harnett County Grading", "Harnett Co Grading", "Co = County"},
		{"Pamlico Co Environmental Services", "Pamlico County Environmental Svcs", "Co = County"},
		{"Pamlico Environmental Services", "Pamlico Enviro Svcs", "Enviro = Environmental"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
	for _, c := range []struct{ procore, qb string }{
		{"Carteret County Schools - Beaufort ES Roof", "Carteret County Schools:Beaufort Elementary Roof"},
		{"Carteret County Schools Beaufort High Gym Addition", "Carteret County Schools:Beaufort HS Gym Addn"},
		{"Beaufort Middle School Gym", "Carteret County Schools:Beaufort Middle Gym"},
	} {
		qb := []string{"Carteret County Schools", c.qb, "Carteret County Schools:Morehead Elementary Roof"}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if s.ID != "qb" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want the job Likely", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
}

// Co at the end of a name is a company, not a county; another county's name is another firm;
// another school level is another school.
func TestCountyAndSchoolShortFormsNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Harnett County Grading", "Harnett Grading Co"},
		{"Johnson County Grading", "Johnston Co Grading"},
		{"Pamlico Environmental Services", "Pamlico Energy Svcs"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && s.Confidence == Likely {
			t.Errorf("%q / %q: Likely (%s), want no one-click link", c.procore, c.qb, s.Reason)
		}
	}
	for _, c := range []struct{ procore, qb string }{
		{"Carteret County Schools - Beaufort MS Roof", "Carteret County Schools:Beaufort Elementary Roof"},
		{"Carteret County Schools - Beaufort HS Roof", "Carteret County Schools:Beaufort Middle School Roof"},
	} {
		s := assignJobs([]string{c.procore}, []string{"Carteret County Schools", c.qb})["pa"]
		if s.ID == "qb" && s.Confidence == Likely {
			t.Errorf("%q / %q: Likely (%s), want no one-click link", c.procore, c.qb, s.Reason)
		}
	}
}
