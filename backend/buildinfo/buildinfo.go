// Package buildinfo holds what is stamped into the binary at build time: the version and
// Joblink's Procore app registration.
package buildinfo

// Version is set by the Makefile with -ldflags "-X joblink/backend/buildinfo.Version=…".
// A plain `go build` or `go test` reports "dev".
var Version = "dev"

// ProcoreClientID and ProcoreClientSecret are Joblink's registered Procore app, set for release
// builds with -ldflags "-X joblink/backend/buildinfo.ProcoreClientID=… -X …ProcoreClientSecret=…".
// They are empty in development builds: browser sign-in to production and the sandboxes is
// then unavailable (the setup wizard says why), while service accounts and custom environments
// bring their own client id and secret.
var (
	ProcoreClientID     = ""
	ProcoreClientSecret = ""
)
