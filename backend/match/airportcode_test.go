package match

import (
	"strings"
	"testing"
)

// An airport's code reads as "<town> Airport" or the airport's own name written out on the other
// side, or as the airport's owner (so does its name) when the job's customer runs airports and
// names no other airport's town; a code the table does not hold, an owner that runs no airport,
// another town, or an owner kept by initials whose job names no part of an airport leave the
// names apart.
func TestAirportCodes(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"SAT Terminal B Baggage Claim Lighting", "Bexar Aviation Authority:Terminal B Baggage Claim Lighting", true},
		{"BNA Concourse A Gate Power", "Metro Nashville Airport Authority:Concourse A Gate Power", true},
		{"PDX Concourse E Jet Bridge Power", "PCAA:Concourse E Jet Bridge Power", true},
		{"Skanska - Charlotte Airport Deck 2 Drains", "Skanska USA Building:CLT Deck 2 Drains", true},
		{"Charlotte International Airport Deck 2 Drains", "Skanska USA Building:CLT Deck 2 Drains", true},
		{"SAT Terminal B Baggage Claim Lighting", "Bexar County:Terminal B Baggage Claim Lighting", false},
		{"MCO Terminal B Baggage Claim Lighting", "Metro Austin Airport Authority:Terminal B Baggage Claim Lighting", false},
		{"PDX Admin Building Roof Drains", "PCAA:Admin Building Roof Drains", false},
		{"Skanska - Raleigh Airport Deck 2 Drains", "Skanska USA Building:CLT Deck 2 Drains", false},
		{"QZX Terminal B Baggage Claim Lighting", "Bexar Aviation Authority:Terminal B Baggage Claim Lighting", false},
		{"SAT Terminal C Baggage Claim Lighting", "Bexar Aviation Authority:Terminal B Baggage Claim Lighting", false},
		// The airport's own name.
		{"Phoenix Sky Harbor Terminal 3 Gate Power", "City of Phoenix:PHX T3 Gate Power", true},
		{"Phoenix Sky Harbor Terminal 3 Gate Power", "City of Phoenix:TUS T3 Gate Power", false},
		{"O'Hare Terminal 5 Baggage Lighting", "Chicago Dept of Aviation:Terminal 5 Baggage Lighting", true},
		{"O'Hare Terminal 5 Baggage Lighting", "Houston Airport System:Terminal 5 Baggage Lighting", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "airport") {
			t.Errorf("%q / %q: reason %q does not name the airport", c.procore, c.job, s.Reason)
		}
	}
}
