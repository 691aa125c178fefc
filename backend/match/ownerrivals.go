package match

// One person, two firms: the books keep a sole proprietor by name ("DeLuca, Michael J."), and the
// directory may hold two firms named for the same person with different trades ("Mike DeLuca
// Trucking", "Michael DeLuca Electric"). Each reads as the owner's firm, but only one is his, and
// the names cannot say which: the one-to-one assignment would give the record to whichever scores
// higher, often the one that spells the first name as the books do. When two Procore records read
// as the person's firm with two trades, neither is linked in one click, unless one of them gives
// the person's generation as the books do ("Tony Dominguez Jr. Welding" for "Dominguez, Antonio
// Jr") and the other leaves it out ("Tony Dominguez Tile"): that one is his.

// ownerRivals lists, for each QuickBooks record, the Procore records whose first choice reads it
// as the person who owns the Procore firm, with the firm's trade.
type ownerRivals map[int32][]ownerClaim

type ownerClaim struct {
	p     int
	trade string
	// genAside: Jr or Sr on one name only, set aside
	genAside bool
}

// add notes p's first choice c, record at, when it reads the record as the owner's.
func (r ownerRivals) add(p int, at int32, c *Candidate) {
	if c.owner != nil && c.Confidence != Possible {
		r[at] = append(r[at], ownerClaim{p, c.owner.trade, c.owner.genAside})
	}
}

// other returns another Procore record that reads record idx as its owner with another trade
// than p's, and as well as p or better (not leaving out a generation p gives), or -1.
func (r ownerRivals) other(p int, idx int32) int {
	var mine *ownerClaim
	for i := range r[idx] {
		if r[idx][i].p == p {
			mine = &r[idx][i]
		}
	}
	if mine == nil {
		return -1
	}
	for _, c := range r[idx] {
		if c.p != p && c.trade != mine.trade && !(c.genAside && !mine.genAside) {
			return c.p
		}
	}
	return -1
}

// ownerRivalReason says why a firm named for the owner is not linked in one click.
func ownerRivalReason(other string) string {
	return "; but Procore also has \"" + other + "\", a firm of the same person's name with another trade: check which one is his"
}
