package match

import (
	"strings"
	"testing"
)

// Spanish short forms of a baptismal name (Chuy for Jesus, Lupe for Guadalupe, Toño for Antonio)
// and a one-man firm's trade word the trade table lacks (Trenching, Flatwork, Notary): the
// owner's firm and the owner's name, linked in one click.
func TestSpanishShortNamesAndSoleTrades(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Chuy Marroquin Flatwork", "Marroquin, Jesus", "Chuy = Jesus"},
		{"Lupe Villalobos Cleaning", "Villalobos, Guadalupe", "Lupe = Guadalupe"},
		{"Toño Zavala Curb & Gutter", "Zavala, Antonio", "Antonio"},
		{"Rick Bustamante Core Drilling", "Bustamante, Ricardo", "Rick = Ricardo"},
		{"Mike Olivarez Hauling", "Olivarez, Miguel", "Mike = Miguel"},
		{"Gil Echeverria", "Echeverria, Gilberto", "Gil = Gilberto"},
		{"Ernesto Quiroga Trenching", "Quiroga, Ernesto", `trade "Trenching"`},
		{"Kathy Lindqvist Notary", "Lindqvist, Katherine", `trade "Notary"`},
		{"Chris Begay Testing", "Begay, Christopher", `trade "Testing"`},
		{"Cindy Lindqvist Permit Service", "Lindqvist, Cynthia", `trade "Permit"`},
		{"Dave Quiroga Pump Service", "Quiroga, David", `trade "Pump"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// A short form of another name, or a surname alone with the new trade words, stays out of one
// click.
func TestSpanishShortNamesNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Chuy Marroquin Flatwork", "Marroquin, Jose"},           // Chuy is Jesus, not Jose
		{"Lupe Villalobos Cleaning", "Villalobos, Luisa"},        // Lupe is not Luisa
		{"Gil Echeverria", "Echeverria, Gabriel"},                // Gil is not Gabriel
		{"Mike Olivarez Hauling", "Olivarez, Manuel"},            // Mike is not Manuel
		{"Marroquin Flatwork", "Marroquin, Jesus"},               // which Marroquin?
		{"Ernesto Quiroga Trenching", "Quiroga, Eduardo"},        // another person
		{"Rick Bustamante Core Drilling", "Bustamante, Rodrigo"}, // Rick is not Rodrigo
		{"Dave Quiroga Pump Service", "Quiroga, Daniel"},         // Dave is not Daniel
		{"Quiroga Pump Service", "Quiroga, David"},               // which Quiroga?
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
