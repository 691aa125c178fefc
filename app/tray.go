package app

import (
	"fmt"
	"runtime"
	"time"

	"github.com/getlantern/systray"
	"github.com/rs/zerolog"
)

// tooltipEvery is how often the tooltip is brought up to date.
const tooltipEvery = 15 * time.Second

// noSync explains the sync items when there is no sync engine (the database did not open).
const noSync = "Syncing is not running: Joblink's database is not open. Open Joblink for details."

// SyncControls are what the tray's sync items do. The app knows nothing about Procore or
// QuickBooks: main adapts the engine to this.
type SyncControls interface {
	SyncNow()
	Paused() bool
	SetPaused(on bool) error
	Pending() int // documents waiting for a decision on Approvals (not records ready to export)
}

// Tray is the notification-area icon and its menu.
type Tray struct {
	Icon      []byte        // PNG on Linux, ICO on Windows
	Tooltip   func() string // the state in words, read again every tooltipEvery
	Sync      SyncControls  // nil: the sync items are shown disabled
	Shell     *Shell
	Autostart *Autostart
	Log       zerolog.Logger
}

func loginLabel() string {
	if runtime.GOOS == "windows" {
		return "Start at Windows login"
	}
	return "Start at login"
}

// onReady builds the menu; systray calls it once the icon exists.
func (t *Tray) onReady() {
	systray.SetIcon(t.Icon)
	open := systray.AddMenuItem("Open Joblink", "Show the Joblink window")
	systray.AddSeparator()
	syncNow := systray.AddMenuItem("Sync now", "Read Procore now; the next Web Connector run exports what is accepted")
	approvals := systray.AddMenuItem("Pending approvals", "Open the list of what waits for you")
	pause := systray.AddMenuItemCheckbox("Pause syncing", "Stop reading Procore and exporting to QuickBooks until you resume", false)
	if t.Sync == nil {
		for _, m := range []*systray.MenuItem{syncNow, approvals, pause} {
			m.SetTooltip(noSync)
			m.Disable()
		}
	}
	refresh := func() {
		systray.SetTooltip(t.Tooltip())
		if t.Sync == nil {
			return
		}
		approvals.SetTitle(fmt.Sprintf("Pending approvals (%d)", t.Sync.Pending()))
		if t.Sync.Paused() {
			pause.Check()
		} else {
			pause.Uncheck()
		}
	}
	refresh()
	go func() {
		for range time.Tick(tooltipEvery) {
			refresh()
		}
	}()
	systray.AddSeparator()
	login := systray.AddMenuItemCheckbox(loginLabel(), "Start Joblink, in the tray, when you sign in", false)
	if ok, reason := t.Autostart.Available(); !ok {
		login.SetTooltip(reason)
		login.Disable()
	} else if t.Autostart.Enabled() {
		login.Check()
	}
	t.Autostart.OnChange(func(on bool) {
		if on {
			login.Check()
		} else {
			login.Uncheck()
		}
	})
	systray.AddSeparator()
	quit := systray.AddMenuItem("Quit Joblink", "Stop Joblink; the Web Connector cannot reach it until you start it again")

	t.Log.Info().Msg("tray ready")
	go func() {
		for {
			select {
			case <-open.ClickedCh:
				if err := t.Shell.Show(); err != nil {
					t.Log.Warn().Err(err).Msg("show the window from the tray")
				}
			case <-syncNow.ClickedCh:
				t.Sync.SyncNow()
			case <-approvals.ClickedCh:
				if err := t.Shell.ShowPage("approvals"); err != nil {
					t.Log.Warn().Err(err).Msg("show the approvals from the tray")
				}
			case <-pause.ClickedCh:
				if err := t.Sync.SetPaused(!pause.Checked()); err != nil {
					t.Log.Error().Err(err).Msg("pause or resume syncing from the tray")
				}
				refresh()
			case <-login.ClickedCh:
				want := !login.Checked()
				if err := t.Autostart.SetEnabled(want); err != nil {
					t.Log.Error().Err(err).Bool("enabled", want).Msg("change start at login from the tray")
				}
			case <-quit.ClickedCh:
				t.Log.Info().Msg("quit chosen in the tray menu")
				t.Shell.Quit()
				return
			}
		}
	}()
}
