// Package xsdcheck validates qbXML documents against Intuit's official qbXML schemas with
// xmllint, for use in tests of any Joblink package that produces qbXML. Go has no XSD validator,
// and QuickBooks rejects out-of-order or unknown elements, so tests must check the real schema.
//
// The schemas live outside the module, in <repo>/../shared/qbxml-schema/<version>/ (CI checks
// the repository out with shared/ beside it). When the schemas or xmllint are missing, Validate
// fails if the CI environment variable is set and skips the test otherwise.
package xsdcheck

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Validate checks doc (a complete <?xml …?><QBXML> document) against the qbXML schema of
// version ("13.0" or "16.0") and fails t with xmllint's messages if it does not validate.
func Validate(t testing.TB, doc []byte, version string) {
	t.Helper()
	xsd, err := SchemaPath(version)
	if err != nil {
		missing(t, err.Error())
		return
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		missing(t, "xmllint not found (Debian/Ubuntu package libxml2-utils)")
		return
	}
	f, err := os.CreateTemp(t.TempDir(), "qbxml-*.xml")
	if err != nil {
		t.Fatalf("xsdcheck: temp file: %v", err)
	}
	if _, err := f.Write(doc); err != nil {
		t.Fatalf("xsdcheck: writing temp file: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatalf("xsdcheck: closing temp file: %v", err)
	}
	out, err := exec.Command(xmllint, "--noout", "--schema", xsd, f.Name()).CombinedOutput()
	if err != nil {
		t.Errorf("xsdcheck: document does not validate against qbXML %s (%v):\n%s\ndocument:\n%s",
			version, err, strings.ReplaceAll(string(out), f.Name(), "doc"), doc)
	}
}

// SchemaPath returns the qbxmlops file of version, searching shared/qbxml-schema in the
// working directory and each of its parents (tests run in their package directory).
func SchemaPath(version string) (string, error) {
	file := "qbxmlops" + strings.ReplaceAll(version, ".", "") + ".xsd"
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "shared", "qbxml-schema", version, file)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("qbXML schema " + version + " not found: expected shared/qbxml-schema/" +
				version + "/" + file + " in a parent directory (the repo's ../shared)")
		}
		dir = parent
	}
}

func missing(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("xsdcheck: %s (required in CI)", why)
	}
	t.Skipf("xsdcheck: %s; skipping schema validation", why)
}
