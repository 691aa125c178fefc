package match

// A job's town in a note after its name ("Villanueva Remodel (Chula Vista)") is a place whether
// the town is one word or two: a word of "Chula Vista" alone is no town of the list, but the two
// together are the city of a record's address. Single words stay the list's one-word cities
// (wholeContext.place): "Kitchen Remodel - Delgado" still names another family's job.

// inTownName reports that t, a word of ts, is one of two or three words next to each other that
// together are a city of the lists' addresses or the Procore record's own city.
func inTownName(ts []token, t *token, ctx *wholeContext) bool {
	at := tokenAt(ts, t)
	if at < 0 {
		return false
	}
	for n := 2; n <= 3; n++ {
		for start := max(0, at-n+1); start <= at && start+n <= len(ts); start++ {
			name := ""
			for k := start; k < start+n; k++ {
				if k > start {
					name += " "
				}
				name += ts[k].key
			}
			if ctx.cities[name] || name == ctx.city {
				return true
			}
		}
	}
	return false
}
