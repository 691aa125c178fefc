package mapping

// signals are cheap readings (microseconds) of what a side's view depends on. Reading the
// items and the mirror costs a quarter of a second at 30,000 records, so a request compares
// these instead: when one differs from the snapshot's, something may have changed, and the
// cache looks. The service's own actions change the view directly and need no signal.
//
// The engine's Version of the side's kind moves whenever one of its items is saved (detection,
// decisions made anywhere, links, answers from QuickBooks); verifyEvery is only a safety net.
type signals struct {
	items     uint64 // the engine's version of the side's kind
	mirror    int64  // when the side's QuickBooks list was last refreshed (UnixNano)
	polled    int64  // when Procore was last read
	run       runSignal
	connected int64 // when Joblink connected to Procore: rows created before need confirming
}

// runSignal is an export run's progress: items are created, linked and failed as it goes,
// and the records QuickBooks returns enter the mirror.
type runSignal struct {
	active     bool
	sent, done int
	last       string // the id of the last finished run
}

func (s *Service) readSignals(side Side) signals {
	sig := signals{items: s.engine.Version(side.Kind())}
	if at, err := s.mirror.LastRefresh(side.MirrorKind()); err == nil {
		sig.mirror = at.UnixNano()
	}
	if at := s.engine.PollStatus().LastPollAt; at != nil {
		sig.polled = at.UnixNano()
	}
	run := s.engine.Run()
	sig.run = runSignal{active: run.Active, sent: run.Sent, done: run.Done}
	if last := s.engine.LastRun(); last != nil {
		sig.run.last = last.ID
	}
	if at := s.connectedAt(); !at.IsZero() {
		sig.connected = at.UnixNano()
	}
	return sig
}
