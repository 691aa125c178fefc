package match

// A point of the compass says which of two places of a name is meant: "North Quillan HS Roof" and
// "South Quillan HS Roof" are two schools' jobs, however the rest of the names agree. On the Jobs
// page a compass word left over on each side, the two not the same, keeps the names apart, even
// when each alone would be set aside (as a region after a customer's name, or a place's part).

// compassApart reports a point of the compass left over in each of two names, different.
func compassApart(qLeft, eLeft []*token) bool {
	for _, a := range qLeft {
		if !compassWords[a.key] {
			continue
		}
		for _, b := range eLeft {
			if compassWords[b.key] && b.key != a.key {
				return true
			}
		}
	}
	return false
}
