package engine

import "context"

// detectAll is one detection pass: each company-wide kind read as its flow allows (what
// changed since its cursor, or everything), then the project-scoped kinds project by project
// as the schedule says, all within Procore's call budget. The budget's state is kept for the
// dashboard.
func (e *Engine) detectAll(ctx context.Context, force forceSet) error {
	g := e.newGate()
	var firstErr error
	for _, f := range e.owedFirst() {
		if _, perProject := f.(ProjectScoped); perProject {
			continue
		}
		if _, metered := f.(Metered); metered && !g.allows(e.lastCost(f.Kind())) {
			continue // the hour's budget is spent; the status says until when
		}
		res, err := e.detectKind(ctx, f, g)
		switch {
		case err != nil:
			e.log.Warn().Err(err).Str("kind", string(f.Kind())).Msg("reading Procore")
			if firstErr == nil {
				firstErr = err
			}
		case res.New+res.Changed+res.Gone > 0:
			e.log.Info().Str("kind", string(f.Kind())).Int("seen", res.Seen).Int("new", res.New).
				Int("changed", res.Changed).Int("gone", res.Gone).Msg("read from Procore")
		}
	}
	deferred, err := e.detectProjects(ctx, g, force)
	if err != nil && firstErr == nil {
		firstErr = err
	}
	calls := g.status(deferred)
	e.setPollStatus(func(s *PollStatus) { s.Calls = calls })
	return firstErr
}

// lastCost is what kind's last read cost, in Procore calls (at least one): a read that took 25
// pages is not started with one call left.
func (e *Engine) lastCost(kind Kind) int {
	c, err := e.loadCursor(kind, "")
	if err != nil {
		return 1
	}
	return max(c.Calls, 1)
}
