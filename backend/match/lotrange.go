package match

// A range of lots or buildings ("Lots 12-18", "Bldgs 1-6") is a job for all of them; a single lot
// or building of the range ("Lot 12") is a job of its own, or a piece of the range's job the
// bookkeeper decides on. The range's other end, left over beside the number both names have, is
// not set aside as a code's letters are.

// rangeLabels name the parts of a site a range counts.
var rangeLabels = wordSet(`lot lots bldg bldgs building buildings unit units phase phases
	village villages parcel parcels pod pods plan plans tract tracts home homes`)

// rangeEndLeft reports that t, a number of ts left over, ends a range written in one word with a
// number that found its counterpart ("12-18" of "Lots 12-18" against "Lot 12"), after a label of
// the parts of a site.
func rangeEndLeft(ts []token, ps []paired, t *token) bool {
	at := tokenAt(ts, t)
	if t.num == "" || at < 2 || ts[at-1].raw != t.raw || ts[at-1].num == "" || ps[at-1].like == unlike {
		return false
	}
	start := at - 1
	for start > 0 && ts[start-1].raw == t.raw {
		start--
	}
	return start > 0 && rangeLabels[ts[start-1].key]
}
