//go:build !windows

package secrets

// platformSealer stores the bytes as they are; the file's 0600 mode is the protection. On
// Linux the desktop keyring is used instead where one answers (keyring_linux.go), with this as
// its fallback; macOS (development only) has no Keychain support here.
func platformSealer() sealer { return plainSealer{} }

type plainSealer struct{}

func (plainSealer) scheme() string                     { return "plain-0600" }
func (plainSealer) seal(plain []byte) ([]byte, error)  { return append([]byte(nil), plain...), nil }
func (plainSealer) open(sealed []byte) ([]byte, error) { return append([]byte(nil), sealed...), nil }
