package match

// A word of the work misspelt on one list is often in the plural on the other: "Tenant
// Improvment" against "Tenant Improvements" (the table's reading of TI). The typo is told from
// another word by the known word it misses (vocabEdit), once the plural's "s" is set aside: the
// singular and the plural are one word of a name, a slip of the finger is the bookkeeper's.

// pluralVocabEdit reports that one word is a known word's plural and the other that known word
// with one slip, or the other way round.
func pluralVocabEdit(a, b []rune) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	as, bs := a[len(a)-1] == 's', b[len(b)-1] == 's'
	switch {
	case as && !bs:
		return vocabEdit(a[:len(a)-1], b)
	case bs && !as:
		return vocabEdit(a, b[:len(b)-1])
	}
	return false
}
