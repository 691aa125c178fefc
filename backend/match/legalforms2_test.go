package match

import "testing"

// More legal forms one list leaves out.
func TestLegalFormsMore(t *testing.T) {
	for _, c := range [][2]string{
		{"Marrow & Pike", "Marrow & Pike, Chartered"},
		{"Tarrow Engineering", "Tarrow Engineering PLLP"},
		{"Sabal Architects", "Sabal Architects Professional Association"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	// The near miss: the form set aside, the names still differ.
	s := assignVendors([]string{"Tarrow Engineering PLLP"}, []string{"Tarrow Surveying"})["pa"]
	if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
		t.Errorf("Tarrow Engineering PLLP / Tarrow Surveying: %s (%s), want no one-click link", s.Confidence, s.Reason)
	}
}

// A national bank's "N.A." is its legal form, as Inc is a corporation's: "Wells Fargo Bank, N.A."
// is the bank the books keep as "Wells Fargo Bank"; not another bank of the name.
func TestNationalBankForm(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"N.A. left out", false, []Entry{{ID: "q", Name: "Wells Fargo Bank"}, {ID: "o", Name: "Harlan Paving"}},
			Entry{ID: "p", Name: "Wells Fargo Bank, N.A."}, "q", true, ""},
		{"National Association written out", false, []Entry{{ID: "q", Name: "Kestrel Valley Bank"}, {ID: "o", Name: "Harlan Paving"}},
			Entry{ID: "p", Name: "Kestrel Valley Bank, National Association"}, "q", true, ""},
		{"another bank", false, []Entry{{ID: "q", Name: "Kestrel Valley Bank"}, {ID: "o", Name: "Harlan Paving"}},
			Entry{ID: "p", Name: "Kestrel Savings Bank, N.A."}, "", false, ""},
	})
}
