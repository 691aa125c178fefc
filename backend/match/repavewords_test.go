package match

import "testing"

// "Repave", "Resurfacing" and "Infill" say what kind of work is done to a lot or a walk, not
// which one, as "Repair" and "Reroof" do: "Tarrow High School Parking Lot Repave" is the job
// "Tarrow HS Parking Lot". A job with another word of its own is not, and beside a second job of
// the same lot the plain one is only a question.
func TestPavingWorkIsWeak(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow High School Parking Lot Repave", []string{"KUSD", "KUSD:Tarrow HS Parking Lot"}, true},
		{"Marrow Grove Blvd Sidewalk Infill", []string{"City of Marrow Grove", "City of Marrow Grove:Marrow Grove Blvd Sidewalk"}, true},
		{"Kestrel Ave Resurfacing", []string{"City of Tarrow", "City of Tarrow:Kestrel Avenue"}, true},
		// near misses
		{"Tarrow High School Parking Lot Repave", []string{"KUSD", "KUSD:Tarrow HS Bus Loop"}, false},
		{"Tarrow High School Parking Lot Repave", []string{"KUSD", "KUSD:Tarrow MS Parking Lot"}, false},
		{"Tarrow High School Parking Lot Repave", []string{"KUSD", "KUSD:Tarrow HS Parking Lot Restripe", "KUSD:Tarrow HS Parking Lot"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[len(c.qb)-1], s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
