package match

// An electrical service is named by its amperage, written "200A" on one list and "200 Amp" on the
// other ("Schmidt Service Upgrade 200A", "Schmidt, Karl:200 Amp Service Upgrade"). The letter A
// glued to a number is the unit, not a designator, when the other name gives the same number
// followed by Amp, Amps or Ampere; without that word the letter stays a designator ("Unit 200A").

// ampWords write the unit out.
var ampWords = wordSet(`amp amps ampere amperes`)

// pairAmpLetter pairs the letter A glued to a number of a with the word of the unit after the same
// number in b.
func pairAmpLetter(a, b []token, ap, bp []paired) {
	for i := 1; i < len(a); i++ {
		if a[i].key != "a" || !a[i].glued || ap[i].like != unlike || a[i-1].num == "" || ap[i-1].like != sameNumber {
			continue
		}
		j := ap[i-1].at + 1
		if j < len(b) && ampWords[b[j].key] && bp[j].like == unlike {
			ap[i] = paired{at: j, like: shortWord}
			bp[j] = paired{at: i, like: shortWord}
		}
	}
}
