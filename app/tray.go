package app

import (
	"runtime"
	"time"

	"github.com/getlantern/systray"
	"github.com/rs/zerolog"
)

// tooltipEvery is how often the tooltip is brought up to date.
const tooltipEvery = 15 * time.Second

// notBuilt explains the menu items whose engine does not exist yet: they are shown, disabled,
// so the menu has its final shape and nothing pretends to work.
const notBuilt = "Not available yet: Procore and QuickBooks syncing is not built in this version of Joblink."

// Tray is the notification-area icon and its menu.
type Tray struct {
	Icon      []byte        // PNG on Linux, ICO on Windows
	Tooltip   func() string // the state in words, read again every tooltipEvery
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
	systray.SetTooltip(t.Tooltip())
	go func() {
		for range time.Tick(tooltipEvery) {
			systray.SetTooltip(t.Tooltip())
		}
	}()

	open := systray.AddMenuItem("Open Joblink", "Show the Joblink window")
	systray.AddSeparator()
	syncNow := systray.AddMenuItem("Sync now", notBuilt)
	syncNow.Disable()
	approvals := systray.AddMenuItem("Pending approvals", notBuilt)
	approvals.Disable()
	pause := systray.AddMenuItem("Pause syncing", notBuilt)
	pause.Disable()
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
