package match

import (
	"strings"
	"testing"
)

// A sole proprietor's firm against the owner's name written surname first, where the trigram
// search alone would not bring them together or the names differ in the ways people write a
// name: a short first name of another language's name, a middle initial after the first name,
// initials for the first names, a trade the table does not hold, a professional's credential.
func TestSoleOwnerReadings(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Rick Tremblay Refrigeration", "Tremblay, Richard", `trade "Refrigeration"`}, // few trigrams shared
		{"Sean Ryan Fire Protection", "Ryan, Sean", `trade "Fire Protection"`},        // Ryan is a first name too
		{"Doug Esquibel Roofing", "Esquibel, Douglas A", `the middle name "A"`},
		{"Bill Nakamura Surveying", "Nakamura, William T", "Bill = William"},
		{"Rudy Archuleta Concrete", "Archuleta, Rodolfo", "Rudy = Rodolfo"},
		{"Nick Papadopoulos Controls", "Papadopoulos, Nikolaos", "Nick = Nikolaos"},
		{"Gus Petrakis Stone Work", "Petrakis, Constantine", "Gus = Constantine"},
		{"Ed Bustos", "Bustos, Eduardo", "Ed = Eduardo"},
		{"Greg Szymanski Mason Contractor", "Szymanski, Gregory", `trade "Mason"`},
		{"Marek Dombrowski Restoration", "Dombrowski, Marek", `trade "Restoration"`},
		{"J.R. Maestas Hauling", "Maestas, Juan Ramon", "J.R. = Juan Ramon"},
		{"A.J. Pacheco Concrete Cutting", "Pacheco, Alejandro J", "A.J. = Alejandro J"},
		{"J.P. Leblanc Plumbing & Heating", "LeBlanc, Jean-Paul", "J.P. = Jean Paul"},
		{"J Smithers Trucking", "Smithers, John", "J = John"},
		{"David W. Chen, P.E.", "Chen, David", `"P.E." is a title or credential`},
		{"Dr. Maria Lopez", "Lopez, Maria", `"Dr." is a title or credential`},
		{"Maria Garcia-Lopez Cleaning", "Garcia Lopez, Maria", `trade "Cleaning"`}, // a surname of two words
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// The near misses: another first name, initials that spell other first names, a second middle
// initial, a word after the name that may be a second surname, a credential on another person.
func TestSoleOwnerReadingsNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Rick Tremblay Refrigeration", "Tremblay, Robert"},
		{"Sean Ryan Fire Protection", "Ryan, Shane"},
		{"Doug A Esquibel Roofing", "Esquibel, Douglas B"}, // two middle initials: two people
		{"Gina Trujillo Cleaning", "Trujillo, Angela"},
		{"Gus Petrakis Stone Work", "Petrakis, George"},
		{"J.R. Maestas Hauling", "Maestas, Juan Luis"},
		{"R. Maestas Hauling", "Maestas, Juan"},
		{"R Maestas Hauling", "Maestas, Juan"},
		{"Marek Dombrowski Fleming", "Dombrowski, Marek"}, // a second surname as often as a firm
		{"Luis Ortiz Gonzalez", "Ortiz, Luis"},
		{"David Chen, P.E.", "Chen, Daniel"},
		{"Dr. Maria Lopez", "Lopez, Marta"},
		{"Maria Lopez Garcia Cleaning", "Garcia Lopez, Maria"}, // the surnames in another family's order
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}

// Two people of one surname on the QuickBooks list: the firm goes to the one whose first name it
// has, found by the surname though the names share few letters.
func TestSoleOwnerBySurname(t *testing.T) {
	got := assignVendors([]string{"Tony Lucero Backhoe Service"}, []string{"Lucero, Maria", "Lucero, Anthony"})["pa"]
	if got.ID != "qb" || got.Confidence != Likely {
		t.Errorf("Tony Lucero Backhoe Service: %q %s (%s), want Lucero, Anthony Likely", got.Name, got.Confidence, got.Reason)
	}
}

// A QuickBooks name first name first, the firm's ("William T Marrowby Surveying"), is found by
// its surname for the owner's name written short ("Bill Marrowby"); another first name is not.
func TestSoleOwnerByLeadingSurname(t *testing.T) {
	got := assignVendors([]string{"Bill Marrowby"}, []string{"Maria Marrowby Surveying", "William T Marrowby Surveying"})["pa"]
	if got.ID != "qb" || got.Confidence != Likely {
		t.Errorf("Bill Marrowby: %q %s (%s), want William T Marrowby Surveying Likely", got.Name, got.Confidence, got.Reason)
	}
	got = assignVendors([]string{"Bill Marrowby"}, []string{"Maria Marrowby Surveying"})["pa"]
	if got.ID == "qa" && got.Confidence == Likely {
		t.Errorf("Bill Marrowby / Maria Marrowby Surveying: %s (%s), want no one-click link", got.Confidence, got.Reason)
	}
}
