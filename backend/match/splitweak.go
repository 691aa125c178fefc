package match

// A word of the kind of work written with a hyphen ("Fit-Out", "Build-Out", "Re-Roof") is read as
// two words; left over on one side, the two together are the weak word the joined form is
// ("Fitout", "Buildout"), which a bookkeeper shrugs off as he does "Renovation": "Centennial
// Tower C 5th Floor Fit-Out" is the job "Centennial Tower C 5th Flr". Each part alone is no such
// word ("Out", "Build").

// splitWeakLeft reports that t, left over in ts, and the word next to it, also left over, spell a
// weak word of the work when joined.
func splitWeakLeft(ts []token, ps []paired, t *token) bool {
	i := tokenAt(ts, t)
	if i < 0 || t.num != "" {
		return false
	}
	joined := func(a, b int) bool {
		return a >= 0 && b < len(ts) && ps[a].like == unlike && ps[b].like == unlike &&
			ts[a].num == "" && ts[b].num == "" && ts[a].raw != ts[b].raw && weakWords[ts[a].key+ts[b].key]
	}
	return joined(i, i+1) || joined(i-1, i)
}
