package match

// A chain's whole name often says what it sells ("NAPA Auto Parts", "O'Reilly Auto Parts",
// "Forterra Pipe & Precast", "Gemaire Distributors", "Cummins Sales and Service") where its
// store's record keeps only the chain's word and the store ("NAPA #5512 Humble", "Gemaire #146
// Orlando"). These words are set aside like a division's (branch.go's divisionLeft) when the
// chain's own word is on no other record and the other name is one of its stores. A trade a
// contractor works in is not among them: "Forterra Landscaping" is another firm.

// supplyLineWords say what a supplier sells or what kind of supplier it is.
var supplyLineWords = wordSet(`auto parts distributors distributing sales pro pipe precast truck`)

// supplyLineWord reports a word of supplyLineWords.
func supplyLineWord(k string) bool { return supplyLineWords[k] }
