package qbsim

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// schemaFile finds Intuit's qbxmlops130.xsd by walking up from the package
// directory to a folder containing shared/qbxml-schema.
var schemaFile = sync.OnceValue(func() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "qbxml-schema", "13.0", "qbxmlops130.xsd")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
})

// requireSchemaTools skips (or, under CI, fails) when xmllint or the
// schema is missing: schema validity is the point of these tests.
func requireSchemaTools(t testing.TB) (xmllint, xsd string) {
	t.Helper()
	xsd = schemaFile()
	xmllint, err := exec.LookPath("xmllint")
	if xsd == "" || err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("xmllint (%v) or shared/qbxml-schema (%q) missing", err, xsd)
		}
		t.Skip("xmllint or shared/qbxml-schema not available")
	}
	return xmllint, xsd
}

// schemaValidator collects documents and validates them all with one
// xmllint run at the end of the test (one process instead of hundreds).
type schemaValidator struct {
	t     testing.TB
	mu    sync.Mutex
	dir   string
	files []string
	docs  map[string]string
}

func newSchemaValidator(t testing.TB) *schemaValidator {
	xmllint, xsd := requireSchemaTools(t)
	v := &schemaValidator{t: t, dir: t.TempDir(), docs: map[string]string{}}
	t.Cleanup(func() {
		v.mu.Lock()
		defer v.mu.Unlock()
		if len(v.files) == 0 {
			return
		}
		out, err := exec.Command(xmllint, append([]string{"--noout", "--schema", xsd}, v.files...)...).CombinedOutput()
		if err != nil {
			var bad []string
			for _, line := range strings.Split(string(out), "\n") {
				if strings.Contains(line, "fails to validate") || strings.Contains(line, "error") {
					bad = append(bad, line)
				}
			}
			t.Errorf("schema validation failed (%v):\n%s", err, strings.Join(bad, "\n"))
			for _, line := range bad {
				for f, doc := range v.docs {
					if strings.HasPrefix(line, f) {
						t.Logf("document %s:\n%s", f, doc)
						delete(v.docs, f)
					}
				}
			}
		}
	})
	return v
}

// check queues a qbXML document (request or response) for validation.
func (v *schemaValidator) check(name, doc string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	f := filepath.Join(v.dir, strings.NewReplacer("/", "_", " ", "_").Replace(name)+"-"+strconv.Itoa(len(v.files))+".xml")
	if err := os.WriteFile(f, []byte(doc), 0o600); err != nil {
		v.t.Fatalf("write %s: %v", f, err)
	}
	v.files = append(v.files, f)
	v.docs[f] = doc
}
