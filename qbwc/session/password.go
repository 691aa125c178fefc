package session

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"golang.org/x/crypto/argon2"
)

// keyPassword holds the Web Connector password as a PHC-style argon2id string.
var keyPassword = []byte("qbwc/password")

// hashParams are argon2id's cost parameters. They are written into every hash, so they can be
// raised later without invalidating stored passwords.
type hashParams struct {
	MemoryKiB uint32
	Time      uint32
	Threads   uint8
	SaltLen   int
	KeyLen    uint32
}

// defaultHashParams follow OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): about 30 ms
// per check, paid once per Web Connector run, while a guessing attack pays it per guess.
// Tests lower it (it is a variable for that reason only).
var defaultHashParams = hashParams{MemoryKiB: 19 * 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}

// minPasswordLen keeps out trivially guessable passwords; QBWC stores the password itself.
const minPasswordLen = 8

// hashPassword returns "$argon2id$v=19$m=…,t=…,p=…$salt$hash" (unpadded base64).
func hashPassword(password string, p hashParams) (string, error) {
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("read random salt: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.MemoryKiB, p.Threads, p.KeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.MemoryKiB, p.Time, p.Threads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// verifyPassword checks password against an encoded hash in constant time.
func verifyPassword(password, encoded string) (bool, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errors.New("stored password hash is not an argon2id hash")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, fmt.Errorf("stored password hash has unsupported version %q", parts[2])
	}
	var p hashParams
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.MemoryKiB, &p.Time, &p.Threads); err != nil {
		return false, fmt.Errorf("stored password hash parameters %q: %w", parts[3], err)
	}
	if p.MemoryKiB == 0 || p.MemoryKiB > 1<<22 || p.Time == 0 || p.Time > 100 || p.Threads == 0 {
		return false, fmt.Errorf("stored password hash parameters %q are out of range", parts[3])
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false, fmt.Errorf("stored password salt: %w", err)
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) < 16 {
		return false, errors.New("stored password hash is damaged")
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.MemoryKiB, p.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// SetPassword stores the Web Connector password (the one typed into QBWC's Password column),
// replacing any earlier one.
func (m *Manager) SetPassword(password string) error {
	if len(password) < minPasswordLen {
		return fmt.Errorf("the Web Connector password must have at least %d characters", minPasswordLen)
	}
	encoded, err := hashPassword(password, defaultHashParams)
	if err != nil {
		return fmt.Errorf("set Web Connector password: %w", err)
	}
	if err := m.kv.Update(func(txn *badger.Txn) error { return txn.Set(keyPassword, []byte(encoded)) }); err != nil {
		return fmt.Errorf("save Web Connector password: %w", err)
	}
	return nil
}

// HasPassword reports whether a password has been set.
func (m *Manager) HasPassword() (bool, error) {
	encoded, err := m.loadPasswordHash()
	return encoded != "", err
}

// CheckPassword reports whether password is the stored one. It is deliberately slow and is
// not throttled; Authenticate adds the throttle.
func (m *Manager) CheckPassword(password string) (bool, error) {
	encoded, err := m.loadPasswordHash()
	if err != nil {
		return false, err
	}
	if encoded == "" {
		return false, errNoPassword
	}
	return verify(password, encoded)
}

// verify is verifyPassword; tests wrap it to count concurrent checks.
var verify = verifyPassword

var errNoPassword = errors.New("no Web Connector password has been set")

func (m *Manager) loadPasswordHash() (string, error) {
	var encoded string
	err := m.kv.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keyPassword)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		encoded = string(v)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("read Web Connector password hash: %w", err)
	}
	return encoded, nil
}
