package datadir

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

const tokenBytes = 32

// TokenResult tells the caller what LoadOrCreateToken had to do, so it can log it.
type TokenResult struct {
	Token    string
	Created  bool   // a new token was made (first start, or the old file was unreadable garbage)
	Repaired string // non-empty when the file was fixed: what was wrong
}

// LoadOrCreateToken returns the per-install UI access token kept in DIR/ui-token, creating it
// with a crypto-random value (mode 0600) at first start. A file whose content is not a token
// (hand-edited, half-written) is replaced by a new token; a file others can read is made private.
func LoadOrCreateToken(l Layout) (TokenResult, error) {
	path := l.TokenFile()
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		tok := strings.TrimSpace(string(b))
		if !validToken(tok) {
			res, err := createToken(path)
			res.Repaired = "the token file did not hold a valid token; a new one was made"
			return res, err
		}
		res := TokenResult{Token: tok}
		if runtime.GOOS != "windows" {
			if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
				if err := os.Chmod(path, 0o600); err != nil {
					return res, fmt.Errorf("make %s private: %w", path, err)
				}
				res.Repaired = fmt.Sprintf("the token file could be read by other users (mode %v); it is now private", fi.Mode().Perm())
			}
		}
		return res, nil
	case errors.Is(err, os.ErrNotExist):
		return createToken(path)
	default:
		return TokenResult{}, explainWrite(path, err)
	}
}

func createToken(path string) (TokenResult, error) {
	raw := make([]byte, tokenBytes)
	if _, err := rand.Read(raw); err != nil {
		return TokenResult{}, fmt.Errorf("make the UI access token: %w", err)
	}
	tok := hex.EncodeToString(raw)
	if err := WriteFileAtomic(path, []byte(tok+"\n"), 0o600); err != nil {
		return TokenResult{}, explainWrite(path, err)
	}
	return TokenResult{Token: tok, Created: true}, nil
}

func validToken(s string) bool {
	if len(s) != tokenBytes*2 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// TokensEqual compares a presented token with the real one in constant time.
func TokensEqual(presented, real string) bool {
	return len(presented) == len(real) && subtle.ConstantTimeCompare([]byte(presented), []byte(real)) == 1
}
