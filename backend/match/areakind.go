package match

// A job's place is named with or without the word that says what kind of place it is: a
// shopping village, a city's district. "Bridgeport Village Retail TI" is the
// "Bridgeport Retail TI", "Pearl District Dental TI" the "Pearl Dental TI". Read as the words of buildingKindWords are
// (sitefiller.go's buildingKindLeft): after a word of the job's own paired with the other name,
// not after a point of the compass ("North District" may be another district than "North"), and
// with no number or letter after it ("District 5" says which district).
var areaKindWords = wordSet(`village district`)

// areaPhrases are the kinds of place named in two words: "Easton Town Center Bldg C-12 Tenant
// Improvement" is the "Easton C-12 TI", "Lakeside Business Park Phase 1B" the park's phase 1B.
var areaPhrases = map[[2]string]bool{
	{"town", "center"}: true, {"town", "centre"}: true, {"town", "square"}: true,
	{"business", "park"}: true, {"office", "park"}: true, {"industrial", "park"}: true,
}

// areaPhraseLeft reports that t, left over in ts, is a word of one of areaPhrases, both its words
// left over, right after a word of the job's own paired with the other name's job (not a point of the
// compass) and before no number or letter, with two words or numbers of the job's own paired (e,
// ep are the QuickBooks job's, either ts or the other name): "Easton" and "C-12".
func areaPhraseLeft(ts []token, ps []paired, t *token, e []token, ep []paired) bool {
	i := tokenAt(ts, t)
	if i < 0 || t.qual || t.customer || pairedJobWords(e, ep)+pairedJobNumbers(e, ep) < 2 {
		return false
	}
	for _, start := range []int{i, i - 1} {
		if start < 1 || start+1 >= len(ts) || !areaPhrases[[2]string{ts[start].key, ts[start+1].key}] {
			continue
		}
		if ps[start].like != unlike || ps[start+1].like != unlike || ts[start+1].qual {
			continue
		}
		before := start - 1
		if ps[before].like != sameWord || ts[before].num != "" || compassWords[ts[before].key] || ts[before].customer {
			continue
		}
		if &ts[0] != &e[0] && e[ps[before].at].customer {
			continue // the word before is the customer's: "Kingfisher Business Park" is not the firm's
		}
		if start+2 < len(ts) && (ts[start+2].num != "" || ts[start+2].single()) {
			continue // "Business Park 2"
		}
		return true
	}
	return false
}

// pairedJobNumbers counts the numbers of the job's own name (not its customer's) that are paired.
func pairedJobNumbers(e []token, ep []paired) int {
	n := 0
	for j := range e {
		if !e[j].customer && e[j].num != "" && ep[j].like != unlike {
			n++
		}
	}
	return n
}
