package match

// A tract builder's trade partner keeps two kinds of job in a phase: the model homes, built first
// and shown, and the production homes sold from them. The project manager often ends a Procore
// project with "Production" ("Lennar Sommers Bend Ph. 3 Production") where the builder's job is the
// phase alone ("Lennar Homes of California:Sommers Bend Ph 3"): the phase's plain job is its
// production, so the word is set aside at the end of the name as a word of the work is
// (scopeatend.go). "Models" is not: a phase's models are a job of their own, and a name left with
// "Models" on one side and "Production" on the other stays apart (whole.go).

// builderStageWords say which of a phase's homes a job builds.
var builderStageWords = wordSet(`production`)

// phaseStageWords say which homes of a phase a job builds, either kind.
var phaseStageWords = wordSet(`production models model`)

// stagesApart reports a word of a phase's homes left over on each side ("Models", "Production"):
// two jobs of the phase, whatever else sets the words aside.
func stagesApart(qLeft, eLeft []*token) bool {
	q, e := false, false
	for _, t := range qLeft {
		q = q || phaseStageWords[t.key]
	}
	for _, t := range eLeft {
		e = e || phaseStageWords[t.key]
	}
	return q && e
}
