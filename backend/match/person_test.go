package match

import (
	"strings"
	"testing"
)

// A sole proprietor kept under the person's name in QuickBooks and under the firm's in Procore,
// the owner in brackets, a first name written short and a middle name left out: the same person,
// linked in one click.
func TestSoleProprietor(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Marek Dombrowski Drywall", "Dombrowski, Marek", `the owner's firm with its trade "Drywall"`},
		{"Dombrowski Painting (Marek Dombrowski)", "Marek Dombrowski", `the owner's firm with its trade "Painting"`},
		{"Marek Dombrowski", "Dombrowski Roofing (Marek Dombrowski)", `the owner's firm with its trade "Roofing"`},
		{"Bobby Okonkwo", "Okonkwo, Robert", "a first name written short (Bobby = Robert)"},
		{"Jim Feeney Hauling", "Feeney, James", "Jim = James"},
		{"Rosa Maria Quintero", "Quintero, Rosa", `the middle name "Maria"`},
		{"Rosa Quintero", "Quintero, Rosa Maria", `the middle name "Maria"`},
		{"Gerald Dombrowski", "Gerald Dombrowski Drywall", `trade "Drywall"`}, // a known first name, no comma
		{"Marek Dombrowski Lawn Care", "Dombrowski, Marek", `"Lawn Care"`},
		{"Marek Dombrowski Tile & Flooring", "Dombrowski, Marek", `"Tile Flooring"`},
		{"Kathy Brennan Cleaning", "Brennan, Kathleen", "Kathy = Kathleen"},
		{"Pete Novak Welding", "Novak, Peter", "Pete = Peter"},
		{"Manny Quintero", "Quintero, Manuel", "Manny = Manuel"},
		{"Marek Dombrowski Jr", "Dombrowski, Marek", `"Jr"`}, // a generation one list leaves out
		{"Marek Dombrowski Sr. Drywall", "Dombrowski, Marek", `"Sr."`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// A surname with a trade is not the person's firm unless the first name agrees too; another
// first name, a first name that is no short form of the other, a word between first name and
// surname that is not a middle name, and a trade against a name without first name stay out of
// one click.
func TestSoleProprietorNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Dombrowski Drywall", "Dombrowski, Marek"},                      // which Dombrowski?
		{"Anna Dombrowski Drywall", "Dombrowski, Marek"},                 // another person
		{"Robin Okonkwo", "Okonkwo, Robert"},                             // Robin is not Robert
		{"Rosa Quintero Maria", "Quintero, Rosa"},                        // not between the names
		{"Dombrowski Painting", "Dombrowski Roofing (Marek Dombrowski)"}, // two trades
		{"Quintero Electric", "Quintero, Rosa"},
		{"Marek Dombrowski", "Dombrowski Roofing (Anna Dombrowski)"}, // another owner
		{"Marek Ortiz", "Gonzalez Ortiz, Marek"},                     // a second surname
		{"Marek Ortiz Gonzalez", "Ortiz, Marek"},                     // idem
		{"Stanley Paving", "Stanley Paving Hauling"},                 // a trade, not a surname
		{"Kathy Brennan Cleaning", "Brennan, Karen"},                 // Kathy is not Karen
		{"Pete Novak Welding", "Novak, Paul"},                        // Pete is not Paul
		{"Marek Dombrowski Jr", "Dombrowski Sr, Marek"},              // the father, not the son
		{"Marek Dombrowski Jr", "Dombrowski, Anna"},
		{"Kestrel Senior Living", "Kestrel Living"}, // a firm's word, not a generation
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}

func TestSameGivenName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"rick", "ricky", true}, {"nick", "nikolai", true}, {"tom", "tommy", true}, {"alex", "alejandro", true},
		{"alex", "alexander", true}, {"alexander", "alejandro", false}, {"robin", "robert", false}, {"ana", "anna", false},
		{"kathy", "kathleen", true}, {"pete", "peter", true}, {"kathleen", "katherine", false}, {"jerome", "gerald", false},
	} {
		if got := sameGivenName(c.a, c.b); got != c.want {
			t.Errorf("sameGivenName(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// A note after the first name ("Tate, William - Trucking") is no first name: it does not make
// the first name a middle name to leave out.
func TestNoteIsNoFirstName(t *testing.T) {
	s := assignVendors([]string{"Tate Trucking"}, []string{"Tate, William - Trucking"})["pa"]
	if s.ID == "qa" && s.Confidence == Likely {
		t.Errorf("Tate Trucking / Tate, William - Trucking: Likely (%s), want no one-click link", s.Reason)
	}
}

// A person's name without a comma, surname first ("Nguyen Lucas"), a middle initial without a
// dot, and the owner's first name put before a firm of surname and trade.
func TestPersonWithoutComma(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Gerald Okafor Flooring", "Okafor Gerald", true},
		{"Rosa Quintero", "Rosa M Quintero", true},
		{"Kenny Okafor Grading", "Okafor Grading LLC", true},
		{"Rosa M Quintero", "Rosa L Quintero", false},           // two middle initials
		{"Kenny Okafor Grading", "Tommy Okafor Grading", false}, // two first names
		{"Okafor Stone Paving", "Stone Okafor Paving", false},   // a firm's words turned round
		{"Kenny Okafor Grading", "Okafor, Gerald", false},       // another first name
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A Procore name written surname first is read as a person's too.
func TestProcoreSurnameFirst(t *testing.T) {
	s := assignVendors([]string{"Tate, Mary Beth"}, []string{"Mary Beth Tate Painting"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "owner's firm") {
		t.Errorf("Tate, Mary Beth / Mary Beth Tate Painting: %s (%s), want Likely as the owner's firm", s.Confidence, s.Reason)
	}
}
