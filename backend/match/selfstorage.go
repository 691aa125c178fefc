package match

// A self-storage business kept as a customer with no jobs ("Spring Woods Self Storage LLC") has
// its projects named by the project manager without "Self", and by its units: "Spring Woods
// Storage Sitework", "Arcadia Storage Units Concrete". "Self" before Storage says what kind of
// storage, not which business, and "Units" after it what the business rents.

// selfBeforeStorage reports that t, a word of the customer e the project left out, is "Self"
// right before a "Storage" the project has.
func selfBeforeStorage(e []token, ep []paired, t *token) bool {
	i := tokenAt(e, t)
	return t.key == "self" && i >= 0 && i+1 < len(e) && e[i+1].key == "storage" && ep[i+1].like != unlike
}

// storageUnits reports that t, a word the project q adds, is "Units" right after a "Storage"
// paired with the customer's.
func storageUnits(q []token, qp []paired, t *token) bool {
	i := tokenAt(q, t)
	return (t.key == "units" || t.key == "unit") && i > 0 && q[i-1].key == "storage" && qp[i-1].like != unlike &&
		(i+1 >= len(q) || q[i+1].num == "" && !q[i+1].single())
}
