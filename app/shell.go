package app

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Shell holds the Wails lifecycle context. Wails' runtime functions only accept that context
// (any other one makes them call log.Fatalf), so every window action goes through here.
type Shell struct {
	mu    sync.Mutex
	ctx   context.Context
	ready chan struct{}
	once  sync.Once
}

// NewShell returns a shell whose window does not exist yet.
func NewShell() *Shell { return &Shell{ready: make(chan struct{})} }

func (s *Shell) startup(ctx context.Context) {
	s.mu.Lock()
	s.ctx = ctx
	s.mu.Unlock()
	s.once.Do(func() { close(s.ready) })
}

// wailsContext waits (briefly) for the window to exist.
func (s *Shell) wailsContext(wait time.Duration) (context.Context, error) {
	select {
	case <-s.ready:
	case <-time.After(wait):
		return nil, errors.New("the window is still starting")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ctx, nil
}

// Show brings the window up, restores it if minimised, and puts it in front.
func (s *Shell) Show() error {
	ctx, err := s.wailsContext(10 * time.Second)
	if err != nil {
		return err
	}
	runtime.WindowUnminimise(ctx)
	runtime.WindowShow(ctx)
	return nil
}

// ShowPage brings the window up on one of the UI's pages (a hash route such as "approvals").
func (s *Shell) ShowPage(page string) error {
	if err := s.Show(); err != nil {
		return err
	}
	ctx, err := s.wailsContext(time.Second)
	if err != nil {
		return err
	}
	runtime.WindowExecJS(ctx, "location.hash = "+strconv.Quote("#/"+page)+";")
	return nil
}

// Quit ends the app through Wails, so its shutdown hooks run (the core closes the database
// and listener there).
func (s *Shell) Quit() {
	ctx, err := s.wailsContext(30 * time.Second)
	if err != nil {
		return
	}
	runtime.Quit(ctx)
}
