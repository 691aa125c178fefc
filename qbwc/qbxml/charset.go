package qbxml

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// charsetReader lets encoding/xml read documents whose declaration names a Latin-1 family
// encoding: QuickBooks stores Latin-1, and some Web Connector setups and captures declare
// ISO-8859-1 (the qbwc gem does) rather than UTF-8.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return input, nil
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
		return charmap.ISO8859_1.NewDecoder().Reader(input), nil
	case "windows-1252", "cp1252":
		return charmap.Windows1252.NewDecoder().Reader(input), nil
	}
	return nil, fmt.Errorf("qbxml: unsupported response encoding %q", label)
}
