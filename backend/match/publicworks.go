package match

// A city's "Public Works" is the name of an office, the department that runs its streets, water
// and sewers: "City of Tempe Public Works", "Tempe Public Works Dept". Read word by word, Public
// is a weak word of a job's name ("Public Library Addition") and Works a firm's descriptor
// ("Kestrel Iron Works"), which leaves "Tempe" alone to say which body it is. Together they name
// the office, and the two words count as the name's own.

// publicWorksOffice makes "Public" and "Works" core words where they stand together.
func publicWorksOffice(ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		if ts[i].key == "public" && ts[i+1].key == "works" {
			ts[i].role, ts[i+1].role = roleCore, roleCore
		}
	}
}
