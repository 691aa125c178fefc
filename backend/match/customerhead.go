package match

import "strings"

// A project names the general contractor it is kept under by the firm's own word: "Turner -
// Kenwood Garage". A customer whose name has that word but starts with another of its own,
// "Whiting-Turner Contracting Co", is another firm: a firm's name begins with its own word, and a
// bookkeeper reads "Turner" as Turner Construction, not as the second half of Whiting-Turner. The
// project need not repeat the customer's kind, place or legal words ("Skanska" of "Skanska USA
// Building Inc"), nor its initials ("Dunn" of "JE Dunn Construction"), but the head of its name
// left out while a later word of it is found says another contractor's job.

// customerHeadLeft reports that t, a word of the job's customer left over, is the first of the
// customer's own words, a firm's that builds, while a later own word of the customer's is paired with the
// Procore name: "Whiting" of "Whiting-Turner Contracting Co" against "Turner - Kenwood Garage".
func customerHeadLeft(e []token, ep []paired, t *token) bool {
	if !t.customer || t.role != roleCore || t.acronym || t.initial || t.num != "" || len(t.runes) < 3 || strings.Contains(t.raw, ".") {
		return false // initials, written with dots too: "D.R." of D.R. Horton, often left out
	}
	words := firmCustomerWords(e)
	if len(words) < 2 || &e[words[0]] != t || !customerBuilds(e) {
		return false // "Lindgren" of "Lindgren Dental" is no contractor's head
	}
	for _, j := range words[1:] {
		w := &e[j]
		if ep[j].like != unlike && w.role == roleCore && !builderKindWords[w.key] && !tradeWords[w.key] && w.num == "" {
			return true
		}
	}
	return false
}
