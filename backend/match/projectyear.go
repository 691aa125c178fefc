package match

// A project number that starts with its year is written with the year in full on one list and
// cut to two digits on the other: "2024-031 Thomas Crane Library HVAC" is the job "24031 Crane
// Library HVAC". Leading zeros count as in joinedNumbers: "2024-31" is not 24031, and another
// century's year ("1924-031") is not 24031 either: the year must be of this century or the last
// and its two digits those of the other number's start.

// yearJoinedNumbers pairs a project number of a with a year and a number of b written apart
// whose year's last two digits and the number make it.
func yearJoinedNumbers(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like != unlike || a[i].num == "" || !allDigits(a[i].raw) || len(a[i].raw) < 4 {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			y, n := &b[j], &b[j+1]
			if bp[j].like != unlike || bp[j+1].like != unlike || !isYear(y.key) || n.num == "" || !allDigits(n.key) ||
				y.key[2:]+n.key != a[i].raw {
				continue
			}
			ap[i] = paired{at: j, like: sameNumber}
			bp[j], bp[j+1] = paired{at: i, like: sameNumber}, paired{at: i, like: sameNumber}
			break
		}
	}
}
