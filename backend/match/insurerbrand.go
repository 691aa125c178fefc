package match

// An insurer is billed under its brand, and each list writes the brand with its own share of the
// legal name: "Zurich American Insurance Company" and "Zurich North America", "Principal Life
// Insurance Co" and "Principal Financial Group", "Travelers Casualty and Surety Company of
// America" and "Travelers - Surety Bonds", or the brand alone, "Travelers". A bookkeeper reads
// the brand: when both names start with it and every other word is an insurer's (a line of
// insurance, how the insurer is organised, "Financial Group", the group's country), they are one
// insurer. Two lines named, one on each side and none shared, are two companies of the group
// ("Travelers Indemnity Company", "Travelers Surety"); a word of anything else is another firm
// ("Travelers Rest Storage"); a line against the plain insurance company is another company of
// the group ("Kestrel Life Ins Co", "Kestrel Insurance Company"), where the group's name is not
// ("Principal Financial Group"); and a brand that is a common word of many insurers' names
// ("American", "National", "State") says too little.

// insurerNameWords are the words an insurer's name may have besides its brand.
var insurerNameWords = wordSet(`insurance ins assurance surety casualty indemnity underwriters
	mutual exchange reciprocal american america north usa us americas of and the
	financial group groups companies company cos co corporation corp inc incorporated holdings
	fire property marine life health accident guaranty bonds bond bonding dental vision auto
	benefits`)

// insurerSays are the words that say a name is an insurer's.
var insurerSays = wordSet(`insurance ins assurance surety casualty indemnity underwriters bonds bonding`)

// insurerLineOf reads a word of a line of insurance as its line: bonds are surety.
var insurerLineOf = map[string]string{
	"surety": "surety", "bonds": "surety", "bond": "surety", "bonding": "surety",
	"casualty": "casualty", "indemnity": "indemnity", "property": "property", "fire": "fire",
	"marine": "marine", "life": "life", "health": "health", "accident": "accident",
	"guaranty": "guaranty", "dental": "dental", "vision": "vision", "auto": "auto",
}

// insurerCommonBrands are first words many insurers' names share: no brand on their own.
var insurerCommonBrands = wordSet(`american national general first united western eastern
	southern northern great standard security continental federal state states international
	mutual pacific atlantic central midwest republic liberty county city`)

// insurerCompanyWords name the kind of company an insurer's legal name is; "Assurance" and
// "Insurance" are often two companies of one group.
var insurerCompanyWords = map[string]string{"insurance": "insurance", "ins": "insurance", "assurance": "assurance"}

// insurerGroupWords say a name is the insurer's group or its country's company, not one line's.
var insurerGroupWords = wordSet(`financial group groups companies cos holdings america north usa us americas`)

// sameInsurerBrand returns the brand as written when a and b start with the same brand and every
// other word of each is an insurer's, at least one of them saying insurer, and the lines (or the
// kind of company) one names are among those the other names, or the other names none; bare is
// true when one name is the brand alone. Else "".
func sameInsurerBrand(a, b []token) (brand string, bare bool) {
	ba, bb := firstOwnWord(a), firstOwnWord(b)
	if ba < 0 || bb < 0 || a[ba].key != b[bb].key {
		return "", false
	}
	t := &a[ba]
	if t.role != roleCore || t.num != "" || len(t.runes) < 3 || insurerNameWords[t.key] ||
		insurerCommonBrands[t.key] || stateNames[t.key] || bigCities[t.key] {
		return "", false
	}
	says := false
	// lines reads the words of ts besides its brand at index at: the lines and kinds of company
	// it names, how many words it has besides the brand, and false for a word of anything else.
	lines := func(ts []token, at int) (map[string]bool, int, bool) {
		ls, n, named := map[string]bool{}, 0, false
		for i := range ts {
			if i == at || ts[i].role == roleStop || ts[i].key == "the" {
				continue
			}
			k := ts[i].key
			if !insurerNameWords[k] || ts[i].num != "" {
				return nil, 0, false
			}
			n++
			says = says || insurerSays[k]
			named = named || insurerSays[k] || insurerGroupWords[k] || insurerLineOf[k] != ""
			if l := insurerLineOf[k]; l != "" {
				ls[l] = true
			}
			if c := insurerCompanyWords[k]; c != "" {
				ls[c] = true
			}
		}
		if n > 0 && !named {
			return nil, 0, false // "Kestrel Mutual": how it is organised says not which company
		}
		return ls, n, true
	}
	la, na, ok := lines(a, ba)
	if !ok {
		return "", false
	}
	lb, nb, ok := lines(b, bb)
	if !ok || !says {
		return "", false
	}
	if len(la) > 0 && len(lb) > 0 && (!keysWithinSet(la, lb) && !keysWithinSet(lb, la) || groupLineApart(la, lb)) {
		return "", false // "Kestrel Indemnity Company" and "Kestrel Surety"; Life and Insurance
	}
	return t.raw, na == 0 || nb == 0
}

// groupCompanyLines are lines an insurance group writes in a company of their own ("Kestrel Life
// Insurance Co" beside "Kestrel Insurance Company", insurerline.go).
var groupCompanyLines = wordSet(`life health dental vision accident`)

// groupLineApart reports a line of groupCompanyLines one set names and the other not.
func groupLineApart(a, b map[string]bool) bool {
	for l := range groupCompanyLines {
		if a[l] != b[l] {
			return true
		}
	}
	return false
}

// keysWithinSet reports that every key of a is a key of b.
func keysWithinSet(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
