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
