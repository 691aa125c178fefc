// Package buildinfo holds the version stamped into the binary at build time.
package buildinfo

// Version is set by the Makefile with -ldflags "-X joblink/backend/buildinfo.Version=…".
// A plain `go build` or `go test` reports "dev".
var Version = "dev"
