package match

// A distributor's branch is often kept under the firm's initials and the town, with no dash:
// "KED Plano" for a branch of Kestrel Electrical Distributors. The town after the initials is
// set aside like a town of the lists' addresses (trailingPlace) when it is one of the largest
// cities, whose names branches go by though no address names them (bigCities), so that the
// initials are read against the other name; the town is then the branch's, as with a dash.

// initialsPlace is the trailing town of ts to set aside when reading initials: place (a town of
// the lists' addresses) when there is one, else a largest city that ends a name of at least two
// own words, else nil.
func initialsPlace(ts []token, place *token) *token {
	if place != nil {
		return place
	}
	if t := finalOwnWord(ts); t != nil && bigCities[t.key] {
		return t
	}
	return nil
}
