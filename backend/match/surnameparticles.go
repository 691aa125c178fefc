package match

// A surname with particles is written apart on one list and run together on the other: "De La
// Cruz, Juan" and "Juan Delacruz Drywall", "Van der Berg" and "Vanderberg". Two words are joined
// back by joinedWords (whole.go); a surname of three words needs its first two to be particles,
// the small words such surnames begin with, so that three words of a firm's name are not read
// as one.

// surnameParticles begin surnames of several words.
var surnameParticles = wordSet(`de del della la las los le da das do dos di du van von der den ten ter
	st mac mc`)

// joinedParticles pairs a word of a with three neighbouring words of b that spell it, the first
// two of them particles: "Delacruz" and "De La Cruz".
func joinedParticles(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like != unlike || a[i].num != "" || len(a[i].runes) < 6 {
			continue
		}
		for j := 0; j+2 < len(b); j++ {
			x, y, z := &b[j], &b[j+1], &b[j+2]
			if bp[j].like != unlike || bp[j+1].like != unlike || bp[j+2].like != unlike ||
				!surnameParticles[x.key] || !surnameParticles[y.key] || z.num != "" || len(z.runes) < 2 {
				continue
			}
			if a[i].key == x.key+y.key+z.key {
				ap[i] = paired{at: j + 2, like: sameWord}
				bp[j], bp[j+1], bp[j+2] = paired{at: i, like: sameWord}, paired{at: i, like: sameWord}, paired{at: i, like: sameWord}
				break
			}
		}
	}
}
