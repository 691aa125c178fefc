package match

import (
	"slices"
	"strings"
)

// A firm's own words in another order are another firm's name: "River Rock Paving" and "Rock
// River Paving", "Lake Park Builders" and "Park Lake Builders". A person's names come in either
// order ("Smith John", "John Smith"), and the firm's trade or kind may move ("Paving Rock River").
// So on a vendor list a reordering is one-click safe only when the firm's own words keep their
// order, or when the name has no word of a trade or a kind of firm (a person's), or one name
// writes a person's name surname first ("Smith, John Trucking").

// firmWordsReordered reports two names, as their words, of which one has a trade or a kind of
// firm among its words and whose other words they share come in another order.
func firmWordsReordered(a, b []string) bool {
	kind := false
	own := func(ws []string) []string {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			switch {
			case tradeWords[w] || descriptorWords[w]:
				kind = true
			case !stopWords[w]:
				out = append(out, w)
			}
		}
		return out
	}
	x, y := own(a), own(b)
	if !kind {
		return false
	}
	last := -1
	for _, w := range x {
		at := slices.Index(y, w)
		if at < 0 {
			continue
		}
		if at < last {
			return true
		}
		last = at
	}
	return false
}

// tokenWords lists the keys of a name's own tokens: not a note, a branch or a job's customer.
func tokenWords(ts []token) []string {
	out := make([]string, 0, len(ts))
	for i := range ts {
		if !ts[i].qual && !ts[i].customer && !ts[i].aux {
			out = append(out, ts[i].key)
		}
	}
	return out
}

// surnameFirst reports a name that starts with a surname and a comma: "Smith, John Trucking".
func surnameFirst(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && strings.HasSuffix(f[0], ",")
}

// personOrder reports that either name writes a person's name surname first, so that its words
// may come in another order.
func personOrder(q, e *prepared) bool {
	return surnameFirst(q.entry.Name) || surnameFirst(e.entry.Name)
}
