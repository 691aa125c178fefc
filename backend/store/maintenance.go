package store

import (
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// startMaintenance starts the value-log GC and backup goroutines. Close
// stops them before closing the database.
func (s *Store) startMaintenance() {
	s.registerOpen()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		<-s.ctx.Done()
		s.forgetLatches()
	}()
	if s.opts.GCEvery > 0 {
		s.wg.Add(1)
		go s.gcLoop(s.opts.GCEvery)
	}
	if s.opts.BackupEvery > 0 {
		s.wg.Add(1)
		go s.backupLoop(min(s.opts.BackupEvery, backupCheckEvery))
	}
}

func (s *Store) gcLoop(every time.Duration) {
	defer s.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
			s.survive("value log GC", func() { _, _ = s.runValueLogGC() })
		}
	}
}

// runValueLogGC calls RunValueLogGC until it reports that there is nothing
// (more) to rewrite. It returns the number of value-log files rewritten and
// the first unexpected error, which is also logged.
func (s *Store) runValueLogGC() (rewritten int, err error) {
	for s.ctx.Err() == nil {
		err := s.db.RunValueLogGC(gcDiscardRatio)
		switch {
		case err == nil:
			rewritten++
		case errors.Is(err, badger.ErrNoRewrite), errors.Is(err, badger.ErrRejected):
			if rewritten > 0 {
				s.log.Info().Int("files", rewritten).Msg("value log GC reclaimed space")
			}
			return rewritten, nil
		default:
			s.log.Warn().Err(err).Int("files", rewritten).Msg("value log GC failed")
			return rewritten, err
		}
	}
	return rewritten, nil
}

// backupLoop takes a backup right away if the newest one is older than
// BackupEvery (or there is none), then checks again every interval.
func (s *Store) backupLoop(interval time.Duration) {
	defer s.wg.Done()
	s.survive("scheduled backup", s.backupIfDue)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
			s.survive("scheduled backup", s.backupIfDue)
		}
	}
}

func (s *Store) backupIfDue() {
	if s.ctx.Err() != nil {
		return
	}
	backups, err := ListBackups(s.opts.BackupDir)
	if err != nil {
		s.log.Warn().Err(err).Msg("cannot check when the last backup was taken")
	}
	if s.Damage() != nil || len(backups) > 0 && time.Since(backups[0].Taken) < s.opts.BackupEvery {
		return
	}
	if _, err := s.BackupNow(); err != nil && s.ctx.Err() == nil {
		s.log.Error().Err(err).Msg("scheduled backup failed; will try again later")
	}
}
