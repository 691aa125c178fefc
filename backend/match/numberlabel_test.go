package match

import "testing"

// A word that labels a project number ("Contract") is not a word of the job's name, and the job's
// name may add a word or two to a project number both names have; a year is not such a number,
// another number is another job, and words added on both sides say another job.
func TestProjectNumberLabelAndJobWords(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"TA Contract QRX-144.227 Parking", "QRX-144227 Parking", true},
		{"Job 26-009 Tarrow Authority", "26009 Suite Remodel", true},
		{"Tarrow Authority C-40741 Hunters Point Ave", "C40741 Hunters Pt Ave Station", true},
		{"TA Contract QRX-144.227 Parking", "QRX-144228 Parking", false},     // another contract
		{"Job 26-009 Tarrow Authority", "26010 Suite Remodel", false},        // another job number
		{"Tarrow Authority 2026 Roof Repairs", "2026 Paving Repairs", false}, // a year says no job
		{"Job 26-009 Tarrow Authority Lobby", "26009 Suite Remodel", false},  // words on both sides
		{"Tarrow Authority Contract Parking", "Parking Garage Roof", false},  // no number to label
		{"Tarrow Authority Concrete Repairs FY25", "Concrete Repairs 2025", true},
		{"Tarrow Authority Concrete Repairs FY24", "Concrete Repairs 2025", false}, // another fiscal year
		{"Tarrow Authority Annual Concrete Repairs FY25", "Concrete Repairs 2025", true},
		{"Tarrow Authority Plaza Reconstruction", "Plaza", true},
		{"Tarrow Authority Annual Paving FY25", "Concrete Repairs 2025", false},
	} {
		qb := []string{"Northgate Builders:Gym Floor", "Tarrow Authority", "Tarrow Authority:" + c.job}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
