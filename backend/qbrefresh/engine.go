package qbrefresh

import (
	"context"
	"sync"

	"github.com/rs/zerolog"

	"joblink/backend/qbmirror"
	"joblink/backend/store"
)

// Engine refreshes the QuickBooks list mirror, one run per Web Connector session. It is safe
// for concurrent use; a mutex keeps to one run at a time.
type Engine struct {
	st     *store.Store
	mirror *qbmirror.Mirror
	log    zerolog.Logger
	cfg    config

	mu   sync.Mutex
	run  *run         // nil between runs
	sink DeletionSink // told of deleted records; nil: nobody but the mirror
}

// New returns an engine that keeps its mirror in m and its own state in st.
func New(st *store.Store, m *qbmirror.Mirror, log zerolog.Logger, opts ...Option) *Engine {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	return &Engine{st: st, mirror: m, log: log.With().Str("engine", "qbrefresh").Logger(), cfg: cfg}
}

// HasWork reports whether a Web Connector session should run. An incremental refresh is
// cheap (one round trip when nothing changed), so by default there is always work; with
// WithRefreshInterval it waits that long after a complete run, but never after a run that
// left a list unread.
func (e *Engine) HasWork(ctx context.Context) bool {
	if e.cfg.refreshInterval <= 0 {
		return true
	}
	last, err := e.loadLastRun()
	if err != nil {
		e.log.Warn().Err(err).Msg("reading the last refresh; refreshing anyway")
		return true
	}
	if last == nil || last.Interrupted || len(last.Unread) > 0 || last.DeletionsUnread {
		return true
	}
	return e.cfg.now().Sub(last.Ended) >= e.cfg.refreshInterval
}
