package match

// schoolLevels are the words before "School" that name which school: Elementary, Middle, High.
var schoolLevels = wordSet(`elementary middle high`)

// schoolAfterLevel makes "School" after a school's level a word that joins, like "of", left
// out of the comparison: "Mauldin ES" and "Mauldin Elementary", "Cleveland HS" and "Cleveland
// High" are one school, where the table reads ES and HS as Elementary School and High School.
func schoolAfterLevel(out []token) {
	for i := 1; i < len(out); i++ {
		if out[i].key == "school" && out[i].role == roleCore && schoolLevels[out[i-1].key] {
			out[i].role = roleStop
		}
	}
}
