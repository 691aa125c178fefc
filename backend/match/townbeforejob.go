package match

import "strings"

// A project manager puts the town a project is in before its name ("Sandy Crescent Stake Center
// Remodel", "Orem Self Storage Expansion") where the bookkeeper's job has the name alone
// ("…:Crescent Stake Center"). The town is set aside only when it is the Procore record's own
// town, as its address gives it: a word that merely could be a town ("Jordan Landing", "Davis
// Tech") may be the owner's or the job's own name, and a town the record does not give may be
// another town's job of the same name. The words after the town must be the job's own, two of them
// at least paired.

// townBeforeJob reports that t, left over in the Procore name q, is a word of the record's own
// town (ctx.city) written at the start of q, right before words paired with the job's own.
func townBeforeJob(q []token, qp []paired, e []token, ep []paired, t *token, ctx *wholeContext) bool {
	if ctx.city == "" || t.customer || t.qual {
		return false
	}
	n := 0
	for n < len(q) && qp[n].like == unlike {
		n++
	}
	if n == 0 || n >= len(q) || !beforeIn(q, t, n-1) || e[qp[n].at].customer {
		return false
	}
	// The words are the town's and no more ("Sandy", not "Sandy Crescent").
	if len(strings.Fields(ctx.city)) != n || townWritten(q[:n], ctx.city) == "" {
		return false
	}
	return pairedJobWords(e, ep) >= 2
}
