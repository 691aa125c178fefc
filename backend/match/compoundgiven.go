package match

// A Spanish given name is often two names joined by a particle, "María del Carmen", "José de
// Jesús", "Juan de Dios", and the other list keeps the first of them only: "Reyes, Maria" for
// "Maria del Carmen Reyes". The second part is one of the few names of the Virgin or of the
// faith that such names end with, which no surname is; "Maria del Rio Reyes" may carry a
// surname ("del Rio") and stays apart.

// givenParticles join the parts of a compound given name.
var givenParticles = wordSet(`de del la las los`)

// compoundGivenEnds are the second parts of Spanish compound given names.
var compoundGivenEnds = wordSet(`carmen jesus rosario pilar socorro refugio lourdes angeles
	dolores mercedes consuelo guadalupe dios luz mar`)

// compoundGivenPart reports that t, left over in ts, is a word of the second part of a compound
// given name whose first part is paired with the other name's first name: the words left over
// around t are particles then one of compoundGivenEnds, right after the paired first name and,
// written first name first, right before the paired surname.
func compoundGivenPart(ts []token, ps []paired, t *token, other []token) bool {
	at := tokenAt(ts, t)
	if at < 1 || t.qual || t.num != "" {
		return false
	}
	s, e := at, at
	for s > 0 && ps[s-1].like == unlike {
		s--
	}
	for e+1 < len(ts) && ps[e+1].like == unlike {
		e++
	}
	if s == 0 || e == s || !compoundGivenEnds[ts[e].key] {
		return false
	}
	for i := s; i < e; i++ {
		if !givenParticles[ts[i].key] {
			return false
		}
	}
	first := &ts[s-1]
	if t.first {
		return first.first // "Reyes, Maria del Carmen"
	}
	named := commonFirstName(first.key) || other[ps[s-1].at].first // "Lucia" against "Arriaga, Lucia"
	return named && !first.first && e+1 < len(ts) && ts[e+1].role == roleCore && ts[e+1].num == ""
}
