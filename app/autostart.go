package app

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/emersion/go-autostart"
)

// Autostart starts Joblink, minimised to the tray, when the user signs in (a shortcut in the
// Windows Startup folder; an XDG autostart entry on Linux).
type Autostart struct {
	mu       sync.Mutex
	app      *autostart.App
	problem  string
	onChange []func(enabled bool)
}

// NewAutostart describes the entry for this executable. extraArgs are added after --minimized
// (e.g. a non-default --data). go-autostart joins arguments with spaces unquoted on Windows,
// so an argument containing a space cannot be passed: the entry is then unavailable, and says why.
func NewAutostart(extraArgs ...string) *Autostart {
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	a := &Autostart{}
	if err != nil {
		a.problem = fmt.Sprintf("Joblink could not find its own program file (%v), so it cannot start itself at login.", err)
		return a
	}
	args := append([]string{exe, "--minimized"}, extraArgs...)
	for _, arg := range args[1:] {
		for _, r := range arg {
			if r == ' ' || r == '"' {
				a.problem = fmt.Sprintf("Starting at login is not possible with the argument %q: it contains a space or a quote. Use the default data folder, or a folder path without spaces.", arg)
				return a
			}
		}
	}
	a.app = &autostart.App{Name: "Joblink", DisplayName: "Joblink", Exec: args}
	return a
}

// Available reports whether the entry can be managed, and if not, why.
func (a *Autostart) Available() (bool, string) { return a.app != nil, a.problem }

// Enabled reports whether the entry exists.
func (a *Autostart) Enabled() bool {
	if a.app == nil {
		return false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.app.IsEnabled()
}

// SetEnabled creates or removes the entry and tells the listeners (the tray checkbox).
func (a *Autostart) SetEnabled(on bool) error {
	if a.app == nil {
		return fmt.Errorf("%s", a.problem)
	}
	a.mu.Lock()
	var err error
	switch {
	case on && !a.app.IsEnabled():
		err = a.app.Enable()
	case !on && a.app.IsEnabled():
		err = a.app.Disable()
	}
	listeners := append([]func(bool){}, a.onChange...)
	a.mu.Unlock()
	if err != nil {
		return fmt.Errorf("change the login entry: %w", err)
	}
	for _, f := range listeners {
		f(on)
	}
	return nil
}

// OnChange registers f to hear about changes made through SetEnabled.
func (a *Autostart) OnChange(f func(enabled bool)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.onChange = append(a.onChange, f)
}
