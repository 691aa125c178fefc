package match

// A school district kept as a customer with no jobs ("Shelby County Public Schools", "Covington
// Independent Schools") has each project named by the district, one of its schools and the work:
// "Shelby County Public Schools Collins HS Boiler". The district is an institution whose
// projects add words to its name (institution.go), but only when the project has every word of
// the district's name: "Tarrow County Christian Schools" is another body than "Tarrow County
// Public Schools", and a word like Public is one the looser rules for institutions would let go.

// schoolDistrictNamed reports a customer whose name ends in "Schools" and all of whose words the
// project's name has.
func schoolDistrictNamed(e []token, ep []paired) bool {
	last := -1
	for j := range e {
		u := &e[j]
		if u.role == roleStop || u.qual {
			continue
		}
		if ep[j].like == unlike || u.first {
			return false
		}
		last = j
	}
	return last >= 0 && e[last].key == "schools"
}
