//go:build webkit2_41 && !legacy_appindicator

package lazygui

/*
// --as-needed: the trampolines define every GUI function, so the libraries that the Wails and
// systray pkg-config lines add after this are left out of the binary's header.
#cgo LDFLAGS: -Wl,--as-needed -ldl
const char *joblink_gui_load(void);
int joblink_gui_loaded(void);
*/
import "C"

import "errors"

// Lazy reports whether this build loads the GUI libraries on first use.
const Lazy = true

// Load opens the GUI libraries now, if they are not yet. A desktop shell calls it before its
// first GTK call, so a machine without them gets an error it can explain instead of a
// process ended from inside the first call.
func Load() error {
	if why := C.joblink_gui_load(); why != nil {
		return errors.New(C.GoString(why))
	}
	return nil
}

// Loaded reports whether the GUI libraries are in the process.
func Loaded() bool { return C.joblink_gui_loaded() != 0 }
