package match

// A firm renamed keeps its old name beside the new one for a while, in either list: "Kestrel
// Supply (formerly Marrow Supply)", "Kestrel Supply fka Marrow Supply", "Kestrel Supply f/k/a
// Marrow Supply", "… formerly known as …". Like a d/b/a name (normalise.go), the name is known
// by either part, so the record is found and linked by the old name or the new. A list of
// rebrands is not kept: only what the name itself says.

// markFormerName rewrites "formerly", "formerly known as" and "f/k/a" between two parts of a name
// as the one word "fka", which analyse reads like "dba".
func markFormerName(words []word) []word {
	for i := 0; i < len(words); i++ {
		if words[i].key != "formerly" || i == 0 || i == len(words)-1 {
			continue
		}
		raw := words[i].raw
		if i+3 < len(words) && words[i+1].key == "known" && words[i+2].key == "as" {
			words = append(words[:i+1], words[i+3:]...)
			raw = "formerly known as"
		}
		words[i] = word{key: "fka", raw: raw}
	}
	return words
}

// formerNamed reports a name that gives a former name ("… fka …"), for the reason.
func formerNamed(a *analysis) bool {
	for _, w := range a.words {
		if w.key == "fka" {
			return true
		}
	}
	return false
}
