// Package app is Joblink's desktop shell: the Wails window, the system-tray icon and menu,
// start-at-login, and error boxes. It knows nothing about Procore or QuickBooks; it shows what
// the core (package backend/core) serves and asks it to stop.
package app
