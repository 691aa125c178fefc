package match

import "testing"

// "Campus" and "Area" after a name say what kind of place it is, and "Hall", "Center" or
// "Apartments", "Library" or "Tower" after a word of the job's own what kind of building (not
// after a point of the compass); with a number or letter
// after them they label a numbered part of the site, another name before them is another place,
// and one word of the job's own is too few to tell which job.
func TestCampusAndAreaWords(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow College Eastfield Bldg G", []string{"Tarrow College", "Tarrow College:Eastfield Campus Building G"}, true},
		{"TSU West Campus Sidewalks", []string{"Tarrow State University", "Tarrow State University:West Sidewalks"}, true},
		{"Kestrel County Jail Intake Area Upgrades", []string{"Kestrel County", "Kestrel County:Jail Intake Upgrades"}, true},
		{"Kestrel County Jail Intake Area 2 Upgrades", []string{"Kestrel County", "Kestrel County:Jail Intake Upgrades"}, false},
		{"Tarrow College Westfield Campus Building G", []string{"Tarrow College", "Tarrow College:Eastfield Building G"}, false},
		// What kind of building a name of the job's own is.
		{"Tarrow State University Burruss Hall Classrooms", []string{"Tarrow State University", "Tarrow State University:Burruss Classrooms"}, true},
		{"Marrow Station Apartments", []string{"Kestrel Ridge Construction", "Kestrel Ridge Construction:Marrow Station"}, true},
		{"Marrow Apartments", []string{"Kestrel Ridge Construction", "Kestrel Ridge Construction:Marrow"}, false},
		{"Kestrel Housing Authority - Alder Tower Risers", []string{"Kestrel Housing Authority", "Kestrel Housing Authority:Alder Risers"}, true},
		{"Tarrow University - Quinlan Library LED Retrofit", []string{"Tarrow University", "Tarrow University:Quinlan LED Retrofit"}, true},
		{"Kestrel Medical Center North Tower Lobby", []string{"Kestrel Medical Center", "Kestrel Medical Center:North Lobby"}, false},
		{"Kestrel Housing Authority - Alder Tower 2 Risers", []string{"Kestrel Housing Authority", "Kestrel Housing Authority:Alder Risers"}, false},
		// A tenant's suite without its number; the site of the work.
		{"Marrow Center Retail TI", []string{"Marrow Center", "Marrow Center:Retail Suite TI"}, true},
		{"Marrow Center Retail Suite 4 TI", []string{"Marrow Center", "Marrow Center:Retail TI"}, false},
		{"Marrow Regional Medical Center Flatwork", []string{"Marrow Regional Med Ctr", "Marrow Regional Med Ctr:Site Flatwork"}, true},
		{"Marrow Regional Medical Center Flatwork", []string{"Marrow Regional Med Ctr", "Marrow Regional Med Ctr:Site Signage"}, false},
		{"Marrow Station Hall 2 Roof", []string{"Kestrel Ridge Construction", "Kestrel Ridge Construction:Marrow Station Roof"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
