package qbxml

import (
	"testing"

	"joblink/qbwc/qbxml/xsdcheck"
)

// validateXSD validates a built message set against the schema of the version it declares.
func validateXSD(t *testing.T, doc []byte, v Version) {
	t.Helper()
	xsdcheck.Validate(t, doc, string(v))
}
