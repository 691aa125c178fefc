package match

// A QuickBooks customer with no jobs is offered for a project named after it when it is a private
// client ("Meyer, Hans" for "Meyer Residence Remodel", whole.go), and also when it is an
// institution that builds under its own name: "Tarrow Methodist Church" for the project
// "Tarrow Methodist Church Fellowship Hall", "St Brendan Academy" for "St Brendan Academy Gym
// Addition". A firm's name with words more ("Hughes Construction", "Hughes Construction
// Supply") is another firm, so the customer's name must say it is an institution.

// institutionWords say that a name is an institution's: a church, a school, a hospital, a
// library or museum, a club, a lodge, a homeowners' association (HOA).
var institutionWords = wordSet(`church churches chapel parish cathedral temple synagogue mosque
	ministries ministry congregation diocese academy college university seminary school
	hospital clinic library museum ymca ywca institute shrine condominium condominiums apartments
	district shelter basilica lodge hoa homeowners`)

// institutionName reports that a customer's own words name an institution.
func institutionName(e []token) bool {
	for i := range e {
		if !e[i].qual && institutionWords[e[i].key] {
			return true
		}
	}
	return churchByInitials(e) // "Peachtree Road UMC" (churchinitials.go)
}

// storePaired reports a customer kept as one store of a chain by its number ("Kroger Co #548"),
// the number found in the project's name too ("Kroger Marketplace #548 Refresh"): the project
// is that store's.
func storePaired(e []token, ep []paired) bool {
	for j := range e {
		if e[j].branchNumber && ep[j].like == sameNumber {
			return true
		}
	}
	return false
}
