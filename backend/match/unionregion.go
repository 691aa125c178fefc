package match

// A local union belongs to a regional council, and one list may put the council's region before
// the trade: "Southeastern Carpenters Local 225" is Carpenters Local 225, the local's number
// being its own within the international union. The region word is set aside only when "Local"
// and its number are paired on both sides; another number is another local.

// unionRegionWords name a union's regional council before its trade.
var unionRegionWords = wordSet(`northern southern eastern western central`)

// unionRegionWord reports that t, left over in ts, is a region word of a union whose "Local N"
// is paired with the other name.
func unionRegionWord(ts []token, ps []paired, t *token) bool {
	return (regionWords[t.key] || unionRegionWords[t.key]) && t.num == "" && unionLocal(ts, ps)
}
