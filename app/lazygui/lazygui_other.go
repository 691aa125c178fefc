//go:build !(linux && amd64 && webkit2_41 && !legacy_appindicator)

package lazygui

// Lazy reports whether this build loads the GUI libraries on first use: here they are linked
// the ordinary way (or, on Windows, loaded by the shell itself).
const Lazy = false

// Load has nothing to do: the libraries came with the program.
func Load() error { return nil }

// Loaded is always true: the libraries came with the program.
func Loaded() bool { return true }
