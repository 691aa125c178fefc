package match

// Where a state opened its power market, a utility sells to customers through its retail
// company, whose legal name adds "Retail" to the brand: "TXU Energy Retail Company LLC",
// "Reliant Energy Retail Services". The bookkeeper's list keeps the brand, "TXU Energy". After
// Energy, Electric, Power or Gas, Retail says which company of the group bills, like a firm's
// kind, not which firm; anywhere else ("Kestrel Retail Fixtures") it is a word of the name.

// energyWords are the words of a utility's brand that Retail follows in its retail company's name.
var energyWords = wordSet(`energy electric power gas`)

// energyRetail marks "Retail" right after an energy word as a descriptor of the firm's kind.
func energyRetail(ts []token) {
	for i := 1; i < len(ts); i++ {
		if ts[i].key == "retail" && energyWords[ts[i-1].key] && ts[i].role == roleCore {
			ts[i].role = roleDescriptor
		}
	}
}
