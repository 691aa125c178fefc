package match

// A firm's trade is often written with a word saying which kind of it the firm does, on one
// list only: "Davis Directional Boring" and "Davis Boring", "Kestrel Architectural Glass" and
// "Kestrel Glass". The word says how the same firm works, not which firm it is. Only words that
// describe a way of doing the trade count, not a line of work of its own (tradeleft.go reads a
// trade word before the trade, "Asphalt Paving"), nor the market a firm serves (Commercial and
// Residential are often two divisions, each with its own vendor record).

// workKindWords describe how a trade is done.
var workKindWords = wordSet(`directional horizontal mobile portable custom decorative ornamental
	architectural precision hydraulic`)

// kindOfTrade reports that t, a word of ts left over, says which kind of the trade right after
// it, a word of the trade paired with the other name.
func kindOfTrade(ts []token, ps []paired, t *token) bool {
	if !workKindWords[t.key] || t.qual {
		return false
	}
	for i := 0; i+1 < len(ts); i++ {
		if &ts[i] == t {
			next := &ts[i+1]
			return lineOfWork(next.key) && ps[i+1].like != unlike && !next.qual
		}
	}
	return false
}
