package core

import (
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/engine"
)

// The daily summary of what waits: once a day, from summaryHour local time on, when something
// waits, as an OS notification (tray mode) and a log line (every mode).
const (
	summaryHour  = 8
	summaryCheck = 10 * time.Minute
	summaryKey   = "core/daily-summary"
)

// Notifier shows an OS notification; nil in headless mode.
type Notifier func(title, body string) error

// summaryDue reports whether the summary for now's day is still to be given.
func summaryDue(now time.Time, lastDay string) bool {
	return now.Hour() >= summaryHour && now.Format(time.DateOnly) != lastDay
}

func (c *Core) summaryLoop(stop <-chan struct{}) {
	t := time.NewTicker(summaryCheck)
	defer t.Stop()
	for {
		c.dailySummary(time.Now())
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// dailySummary gives the summary if it is due; the day is recorded first, so a crash never
// repeats it.
func (c *Core) dailySummary(now time.Time) {
	if c.Engine == nil {
		return
	}
	var last string
	err := c.Store.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(summaryKey))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error { last = string(v); return nil })
	})
	if err != nil || !summaryDue(now, last) {
		return
	}
	title, lines, err := c.Engine.Summary()
	if err != nil || title == "" {
		return
	}
	day := now.Format(time.DateOnly)
	if err := c.Store.Update(func(txn *badger.Txn) error { return txn.Set([]byte(summaryKey), []byte(day)) }); err != nil {
		return
	}
	body := engine.SummaryText(lines)
	c.Log.Info().Str("summary", title+": "+body).Msg("daily summary of what waits")
	if c.cfg.Notify != nil {
		if err := c.cfg.Notify(title, body+" Open Joblink to review."); err != nil {
			c.Log.Warn().Err(err).Msg("show the daily summary notification")
		}
	}
}
