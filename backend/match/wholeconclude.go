package match

import "strings"

// conclude weighs what the words left over said together; false when the names are two.
func (c *wholeComparison) conclude() bool {
	q, e, qp, ep, ctx, parent, customerOnly, vendors, v := c.q, c.e, c.qp, c.ep, c.ctx, c.parent, c.customerOnly, c.vendors, &c.v
	if parent && stagesApart(c.qLeft, c.eLeft) {
		return false // "Models" and "Production" are two jobs of a phase (builderstage.go)
	}
	if parent && scopeApart(c.qLeft, c.eLeft) {
		return false // "Office - Core/Shell" is not the "Office TI" job (scopeapart.go)
	}
	if parent && compassApart(c.qLeft, c.eLeft) {
		return false // "South Quillan HS" is not "North Quillan HS" (compassapart.go)
	}
	if (c.qNum && c.eNum) || (c.qQual && c.eQual && regionLeft(q, qp) == regionLeft(e, ep)) || (c.qInit && c.eInit) || (c.qGen && c.eGen) || (c.qTrade != 0 && c.eTrade != 0 && c.qTrade != c.eTrade) || c.typos > 1 || !c.substance || !c.jobMatched {
		return false
	}
	if v.secondTrade != "" && (c.qTrade != 0 || c.eTrade != 0) {
		return false // "Pacific Crane Service", "Pacific Crane & Rigging": each adds its work (secondtrade.go)
	}
	if c.bodyPref && (c.dropped != nil || c.qTrade != 0 || c.eTrade != 0) {
		return false // "City of Cary Electric Services" is the town's, "Cary Electric" a firm's
	}
	if c.ownerWords == 1 && c.dropped == nil && !soleTrade(v.ownerTrade) && !(c.ownerQ && ownerFirmGoesOn(q, qp) || c.ownerE && ownerFirmGoesOn(e, ep)) {
		return false // one word after a person's name may be a second surname (person.go)
	}
	if c.extra != nil {
		if n := pairedJobWords(e, ep); n < minJobWordsForExtra && !(n >= 2 && (beforeTrade(q, qp, c.extra) || beforeTrade(e, ep, c.extra) || scopeAtEnd(q, qp, c.extra) || scopeAtEnd(e, ep, c.extra))) {
			return false // "Main Library Roof Renovation" may be another job than "Main Library Renovation"
		}
		v.quality *= extraJobWordQuality
		if scopeAtEnd(q, qp, c.extra) || scopeAtEnd(e, ep, c.extra) {
			v.workLast = c.extra.raw
		}
	}
	if officeAgainstTrade(c.officeLeft, c.dropped) {
		return false // "Harlan County Electric" is no office of "Harlan County Authority" (publicoffice.go)
	}
	if c.dropped != nil {
		// Not when a trade descriptor is left on the other side: "Cochran Construction" and
		// "Cochran Electric" are two trades. On the same side it is the firm's whole name:
		// "Pender Steel Services Inc" for "Pender".
		if c.droppedQ && c.eTrade != 0 || !c.droppedQ && c.qTrade != 0 || (c.qTrade != 0 && c.eTrade != 0) {
			return false
		}
		if c.qTrade != 0 || c.eTrade != 0 {
			// A bare name only: "Pender" and "Pender Steel Services Inc".
			if c.droppedQ && !bareFirmTrade(e, q, c.dropped) || !c.droppedQ && !bareFirmTrade(q, e, c.dropped) || c.dropped2 != nil {
				return false
			}
		}
		// But a name kept as one branch of the firm ("Mayer Electric - Birmingham Branch",
		// "… #412", "… - Fargo ND") is a supplier's with several places, and the other name,
		// with its trade, is that supplier's whole name: the name left without the trade is
		// not another firm of the family but the same firm's place.
		other := q
		if c.droppedQ {
			other = e
		}
		short, sp, long, lp := q, qp, e, ep
		if c.droppedQ {
			short, sp, long, lp = e, ep, q, qp
		}
		trade := c.dropped.raw
		if c.dropped2 != nil {
			trade += " " + c.dropped2.raw // "SiteOne Landscape Supply" and "SiteOne #341 Raleigh"
		}
		branch := namesBranch(other) || c.tailMarked && (c.droppedQ && c.eTail >= 0 || !c.droppedQ && c.qTail >= 0)
		if c.droppedQ && otherTradeInTail(e, c.eTail, c.dropped) || !c.droppedQ && otherTradeInTail(q, c.qTail, c.dropped) {
			return false // "Summit Electric" and "Summit Roofing - Store 3": two trades
		}
		switch {
		case !branch && ownerOfTrade(short, sp, long):
			// "Nguyen, Lucas" is Lucas Nguyen Flooring (& Tile) (person.go)
			v.ownerTrade = strings.TrimSpace(trade + " " + v.ownerTrade)
		case c.dropped2 != nil && !distinctiveFirm(e, ep):
			return false // "Quenby Rentals" on the list too: which Quenby's branch?
		case branch:
			v.branchTrade = trade
		case (c.droppedQ && plainPlaceTail(e, c.eTail, ctx) || !c.droppedQ && plainPlaceTail(q, c.qTail, ctx)) && distinctiveFirm(e, ep):
			// A distinctive firm at a place: "Beacon Raleigh" for Beacon Roofing Supply,
			// "Johnstone Raleigh" for Johnstone Supply.
			v.branchTrade = trade
		case c.dropped2 != nil:
			return false // two trades on one side: a firm of its own unless the other is a branch
		case c.dropped2 == nil && tradeModifier(long, lp, c.dropped):
			v.tradeKind = c.dropped.raw // "Asphalt" of "Lassiter Asphalt Paving" (tradeleft.go)
			v.aside = appendNew(v.aside, c.dropped.raw)
		case bareFirmTrade(short, long, c.dropped):
			v.bareTrade = c.dropped.raw // "Cochran" is Cochran Electric Inc (tradeleft.go)
		default:
			v.tradeLeft = c.dropped.raw
			return false
		}
	}
	switch {
	case c.qTail >= 0:
		v.branchTail, v.branchPlace = tailWords(q, c.qTail), tailPlace(q, c.qTail, ctx)
	case c.eTail >= 0:
		v.branchTail, v.branchPlace, v.branchQB = tailWords(e, c.eTail), tailPlace(e, c.eTail, ctx), true
	}
	if v.branchTail != "" || vendors && c.qQual != c.eQual && distinctiveFirm(e, ep) {
		// Every branch or note scores the same against a distinctive firm, so that two of
		// them on the Procore side tie.
		v.quality = branchQuality
	}
	v.customerOnly = customerOnly && len(c.qLeft) > 0
	if c.extras > 0 {
		v.quality *= 0.6
	}
	return true
}
