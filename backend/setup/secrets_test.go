package setup_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/procoresim"
	"joblink/backend/setup"
)

type autostart struct {
	on     bool
	reason string
}

func (a *autostart) Available() (bool, string) { return a.reason == "", a.reason }
func (a *autostart) Enabled() bool             { return a.on }
func (a *autostart) SetEnabled(on bool) error  { a.on = on; return nil }

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

// collectSecrets returns every secret Joblink now holds: the tokens in the sealed file (plain
// JSON on this platform), the client secret, and extra ones the test knows.
func collectSecrets(t *testing.T, r *rig, extra ...string) []string {
	t.Helper()
	out := append([]string{procoresim.DefaultClientSecret}, extra...)
	if runtime.GOOS == "windows" {
		return out // sealed with DPAPI: the file cannot be read as JSON here
	}
	b, err := os.ReadFile(filepath.Join(r.dir, setup.TokenFileName))
	if err != nil {
		t.Fatalf("token file: %v", err)
	}
	body := b[strings.IndexByte(string(b), '\n')+1:] // after the sealing header
	var tok struct {
		Access  string `json:"access_token"`
		Refresh string `json:"refresh_token"`
	}
	if err := json.Unmarshal(body, &tok); err != nil || tok.Access == "" {
		t.Fatalf("token file body: %v", err)
	}
	out = append(out, tok.Access)
	if tok.Refresh != "" {
		out = append(out, tok.Refresh)
	}
	return out
}

// checkSecretsKept asserts that no secret is in the log, in the database, or in any file of
// the data folder other than the two 0600 secrets files.
func checkSecretsKept(t *testing.T, r *rig, secrets []string, logs string) {
	t.Helper()
	if runtime.GOOS != "windows" && len(secrets) < 2 {
		t.Fatalf("only %d secrets to look for: the check would prove nothing", len(secrets))
	}
	for _, s := range secrets {
		if len(s) < 8 {
			t.Fatalf("secret %q too short to check", s)
		}
		if strings.Contains(logs, s) {
			t.Errorf("a secret (%.4s…) reached the log", s)
		}
	}
	err := filepath.WalkDir(r.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if name := d.Name(); name == setup.TokenFileName || name == setup.AppFileName {
			if fi, err := d.Info(); err == nil && runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
				t.Errorf("%s has mode %v, want 0600", path, fi.Mode().Perm())
			}
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range secrets {
			if strings.Contains(string(b), s) {
				t.Errorf("a secret (%.4s…) is in the plain file %s", s, path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Badger compresses its tables, so also read every value through the store.
	err = r.st.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			for _, s := range secrets {
				if strings.Contains(string(v), s) || strings.Contains(string(it.Item().Key()), s) {
					t.Errorf("a secret (%.4s…) is in the database under %s", s, it.Item().Key())
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
