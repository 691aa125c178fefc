//go:build !windows

package secrets

// platformSealer stores the bytes as they are; the file's 0600 mode is the protection. An OS
// keyring (Secret Service, macOS Keychain) would be better where one exists, but Joblink runs
// on Windows and CI has no keyring to test against.
func platformSealer() sealer { return plainSealer{} }

type plainSealer struct{}

func (plainSealer) scheme() string                     { return "plain-0600" }
func (plainSealer) seal(plain []byte) ([]byte, error)  { return append([]byte(nil), plain...), nil }
func (plainSealer) open(sealed []byte) ([]byte, error) { return append([]byte(nil), sealed...), nil }
