package match

// "Co" is a company at the end of a firm's name ("Haw River Concrete Co") and a county inside
// one, after the county's name ("Johnston Co Hauling", "Wake Co Environmental Svcs"): a
// bookkeeper short of room writes County as Co. The reading stays with Co only where a county's
// can be: after a word and before another.

// countyReading is the index of Co's readings in readingSets.
var countyReading = readingIndex["co"]

// countyCo drops the county reading from a Co that starts or ends a name's words.
func countyCo(out []token) {
	for i := range out {
		t := &out[i]
		if t.reading != countyReading {
			continue
		}
		if i == 0 || i == len(out)-1 || out[i-1].role != roleCore || out[i-1].num != "" {
			t.reading = 0
		}
	}
}
