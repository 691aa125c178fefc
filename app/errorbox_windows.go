//go:build windows

package app

import (
	"golang.org/x/sys/windows"
)

// ShowError tells the user why Joblink cannot start. A GUI program on Windows has no console,
// so a message box is the only place the words can appear.
func ShowError(title, message string) {
	t, _ := windows.UTF16PtrFromString(title)
	m, _ := windows.UTF16PtrFromString(message)
	windows.MessageBox(0, m, t, windows.MB_OK|windows.MB_ICONERROR|windows.MB_SETFOREGROUND)
}
