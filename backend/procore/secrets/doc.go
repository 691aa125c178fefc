// Package secrets keeps small secrets (Procore OAuth tokens) in a file in the data folder
// without ever writing them as plain text on Windows: there the bytes are sealed with DPAPI
// (CryptProtectData, current-user scope), so only the same Windows user on the same machine
// can read them back. Elsewhere (Linux and macOS, used for development and CI) the file is
// written with mode 0600; an OS keyring would be preferable there, but none is reachable in CI
// and Joblink ships for Windows, so the 0600 file is the fallback that is actually used.
package secrets
