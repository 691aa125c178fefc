package app

import (
	"fmt"

	"joblink/app/lazygui"
)

// LoadGUI brings in the window's libraries (GTK and WebKitGTK on Linux, which the desktop
// build loads only now: see package lazygui) before anything else of the shell runs, so a
// machine without them is told what to install instead of the process ending mid-call.
func LoadGUI() error {
	if err := lazygui.Load(); err != nil {
		return fmt.Errorf("the window and tray icon need GTK 3, WebKitGTK 4.1 and the Ayatana indicator library, "+
			"which could not be loaded (%v). Install them (Debian: apt install libwebkit2gtk-4.1-0 "+
			"libayatana-appindicator3-1), or run Joblink with --headless", err)
	}
	return nil
}
