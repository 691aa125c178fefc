// Package lazygui loads GTK, WebKitGTK and the tray indicator library only when the desktop
// shell first calls one of them, instead of when the program starts.
//
// Linked the ordinary way, the desktop build names these libraries in its ELF header, and the
// dynamic loader maps and relocates all 170-odd of them (WebKitGTK pulls in GStreamer, ICU,
// flite voices, Mesa...) before main runs: some 43 MB resident in a process that, started
// with --headless, never opens a window (make bench measured 70 MB against 20 MB for the
// server build). Here every GTK/WebKit/GLib function the Go code calls is a small trampoline
// (stubs_linux_amd64.S) that jumps through a pointer; until the first call the pointer leads
// to a binder that dlopens the libraries, resolves every pointer at once and continues the
// call. With -Wl,--as-needed the linker then drops the libraries from the header, because
// the trampolines already define every symbol the Go code asks for.
//
// Only linux/amd64 desktop builds with WebKitGTK 4.1 and the Ayatana indicator (the Makefile's
// LINUX_TAGS) take this path; any other build links the libraries as before. A function the
// shell starts calling after a Wails or systray upgrade and that is missing from
// symbols_linux_amd64.h is linked directly again, which brings the libraries back into the
// header: TestDesktopBinaryLoadsNoGUILibraryUntilAWindowOpens in package main catches that.
package lazygui
