//go:build !nogui

package main

// Imported here, by the main package itself, so that the linker reads its -Wl,--as-needed
// before the GTK and WebKitGTK libraries that the shell's packages ask for: that is what
// keeps them out of the binary's header and out of a --headless process (package lazygui).
import _ "joblink/app/lazygui"
