package match

// A subcontractor's project manager names a Procore project after the owner's job and ends it
// with his firm's own part of the work: "Lennar - Asante Ph 3 Flatwork" for the job "Lennar
// Arizona:Asante Phase 3", "KB Home Sage Crossing Sidewalks" for "KB Home Phoenix:Sage Crossing".
// The bookkeeper keeps the job by the owner's name for it. The word of the work, last in the
// project's name, is one word more the job's name need not have (jobextra.go), even when only two
// of the job's own words say which job: it names the trade, which every job of the firm has, not
// which part of the site. The bookkeeper's job may end with the word of the work the project's
// name leaves out as well ("Epic Builders LLC:Harrison Podium Slab" for "Epic Builders Harrison
// Podium"). A word of work on both sides ("Block Walls", "Perimeter Walls") still tells two jobs
// apart, and so does any other word left over (whole.go).

// lastWorkWords name a contractor's part of the work: the trades (tradeWords) and the work items
// site, concrete and electrical subcontractors put last in a project's name (a low-voltage
// firm's "Fiber Backbone" too).
var lastWorkWords = wordSet(`flatwork sidewalks sidewalk walks walkways curbs slab slabs footings
	hardscape walls lighting wiring cabling backbone controls piping ductwork`)

// scopeAtEnd reports that t, a word left over in the name q (either list's), is a word of the
// work and the last word of q that says anything (only a weak word such as Repair may follow it).
func scopeAtEnd(q []token, qp []paired, t *token) bool {
	if !lastWorkWords[t.key] && !tradeWords[t.key] && !builderStageWords[t.key] || t.qual || t.customer { // builderstage.go
		return false
	}
	at := tokenAt(q, t)
	if at < 1 {
		return false
	}
	for i := at + 1; i < len(q); i++ {
		if q[i].role == roleCore || q[i].num != "" {
			return false
		}
	}
	return qp[at].like == unlike
}
