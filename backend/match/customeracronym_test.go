package match

import (
	"strings"
	"testing"
)

// A customer kept by its initials is written out at the start of the project's name; a word
// more, a word less or another letter stay apart.
func TestCustomerInitialsWrittenOut(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"Tarrow Valley SD Fairview HS Bus Loop", true},
		{"Tarrow Valley School District - Fairview HS Bus Loop", true},
		{"Tarrow Fairview HS Bus Loop", false},
		{"Tarrow Valley Fairview HS Bus Loop", false},
		{"Marrow Valley SD Fairview HS Bus Loop", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"TVSD", "TVSD:Fairview HS Bus Loop", "TVSD:Fairview HS Roof"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "TVSD = ") {
			t.Errorf("%q: reason %q does not read the initials", c.procore, s.Reason)
		}
	}
}

// A project naming its customer by initials may add a word to the job's name as one naming the
// customer in full may: three of the job's words agree. A word on each side, or two words of
// the job's, stay apart.
func TestCustomerInitialsWithWordMore(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"THA North Common Village Boilers", true},
		{"Tarrow Housing Authority North Common Village Boilers", true},
		{"THA North Common Boilers", false},
		{"THA Common Village Boilers", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Tarrow Housing Authority", "Tarrow Housing Authority:North Common Village", "Tarrow Housing Authority:Elm Court"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}

// A project may name its customer's words by initials ("MD" for Metro District); another
// letter, or another number of a numbered customer, stay apart.
func TestInitialsOfCustomerWords(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"Tarrow Sky MD No. 2 - Filing 3 Wet Utilities", true},
		{"Tarrow Sky WD No. 2 - Filing 3 Wet Utilities", false},
		{"Tarrow Sky MD No. 3 - Filing 3 Wet Utilities", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Tarrow Sky Metro District 2", "Tarrow Sky Metro District 2:Filing 3 Wet Utilities", "Tarrow Sky Metro District 3"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "MD = Metro District") {
			t.Errorf("%q: reason %q does not read the initials", c.procore, s.Reason)
		}
	}
}
