//go:build linux

package secrets

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/zalando/go-keyring"
)

// On Linux the desktop keyring (the Secret Service of GNOME Keyring or KWallet, through
// github.com/zalando/go-keyring) keeps a random AES-256 key per secret file, and the file holds
// only the AES-GCM ciphertext: the file alone, copied or read by another program that cannot
// ask the keyring, reveals nothing. The keyring holds the key rather than the secret so that
// the file keeps its atomic replace (a rotated refresh token is never half written).
//
// Where no keyring answers — a server or CI without a desktop session bus — the secret is
// written as before, to a file only this user can read (0600), and Protection says so. A file
// written either way stays readable while the keyring answers as it did when it was written.

// keyringService names Joblink's items in the keyring; the item's user is the file's path.
const keyringService = "Joblink"

const keyringScheme = "keyring-aes256gcm"

// plainScheme is what the 0600 fallback writes.
var plainScheme = plainSealer{}.scheme()

func init() { pathSealer = newKeyringSealer }

// keyringSealer decides once, at first use, whether the keyring answers.
type keyringSealer struct {
	item   string
	once   sync.Once
	usable bool
	why    error // why the keyring is not used
}

func newKeyringSealer(path string) sealer {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return &keyringSealer{item: abs}
}

func (k *keyringSealer) probe() {
	k.once.Do(func() {
		// Without a session bus address there is no desktop session; asking anyway would make
		// the D-Bus library launch a bus of its own (dbus-launch), left running after Joblink.
		if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
			k.why = errors.New("no desktop session: DBUS_SESSION_BUS_ADDRESS is not set")
			return
		}
		_, err := keyring.Get(keyringService, k.item)
		k.usable = err == nil || errors.Is(err, keyring.ErrNotFound)
		if !k.usable {
			k.why = err
		}
	})
}

func (k *keyringSealer) scheme() string {
	k.probe()
	if k.usable {
		return keyringScheme
	}
	return plainScheme
}

// accepts lets a file written while the keyring was unreachable be read once it answers.
func (k *keyringSealer) accepts(scheme string) bool {
	return scheme == keyringScheme || scheme == plainScheme
}

func (k *keyringSealer) protection() string {
	k.probe()
	if k.usable {
		return "encrypted with a key kept in the desktop keyring"
	}
	return fmt.Sprintf("in a file only this user can read (no desktop keyring answered: %v)", k.why)
}

func (k *keyringSealer) seal(plain []byte) ([]byte, error) {
	k.probe()
	if !k.usable {
		return plainSealer{}.seal(plain)
	}
	key, err := k.key(true)
	if err != nil {
		return nil, err
	}
	aead, err := gcm(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plain, []byte(k.item)), nil
}

// open reads a file written with either scheme; the caller passes the scheme it found.
func (k *keyringSealer) openScheme(scheme string, sealed []byte) ([]byte, error) {
	if scheme == plainScheme {
		return plainSealer{}.open(sealed)
	}
	k.probe()
	if !k.usable { // not asked: asking without a session bus would launch one
		return nil, fmt.Errorf("it was encrypted with a key in the desktop keyring, which does not answer now (%v); sign in to the desktop session that wrote it, or sign in to Procore again", k.why)
	}
	key, err := k.key(false)
	if err != nil {
		return nil, err
	}
	aead, err := gcm(key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize() {
		return nil, errors.New("the sealed secret is cut short")
	}
	plain, err := aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], []byte(k.item))
	if err != nil {
		return nil, fmt.Errorf("the secret does not open with the key in the desktop keyring (the file was changed, or the keyring item replaced): %w", err)
	}
	return plain, nil
}

func (k *keyringSealer) open(sealed []byte) ([]byte, error) {
	return k.openScheme(keyringScheme, sealed)
}

// key returns the file's key from the keyring, making and storing one when create is set.
func (k *keyringSealer) key(create bool) ([]byte, error) {
	stored, err := keyring.Get(keyringService, k.item)
	switch {
	case err == nil:
		key, err := base64.StdEncoding.DecodeString(stored)
		if err != nil || len(key) != 32 {
			return nil, fmt.Errorf("the desktop keyring's item for %s is not a Joblink key", k.item)
		}
		return key, nil
	case errors.Is(err, keyring.ErrNotFound) && create:
		key := make([]byte, 32)
		if _, err := rand.Read(key); err != nil {
			return nil, err
		}
		if err := keyring.Set(keyringService, k.item, base64.StdEncoding.EncodeToString(key)); err != nil {
			return nil, fmt.Errorf("store the key in the desktop keyring: %w", err)
		}
		return key, nil
	case errors.Is(err, keyring.ErrNotFound):
		return nil, fmt.Errorf("the desktop keyring has no key for %s (it was removed, or this is another user's keyring)", k.item)
	}
	return nil, fmt.Errorf("ask the desktop keyring: %w", err)
}

// forget removes the file's key from the keyring (after the file is removed).
// Without a keyring nothing is asked (asking would launch a D-Bus of its own).
func (k *keyringSealer) forget() error {
	k.probe()
	if !k.usable {
		return nil
	}
	if err := keyring.Delete(keyringService, k.item); err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return fmt.Errorf("remove the key from the desktop keyring: %w", err)
	}
	return nil
}

func gcm(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
