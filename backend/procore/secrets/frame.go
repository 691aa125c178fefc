package secrets

import (
	"bytes"
	"errors"
	"fmt"
)

// The file starts with a one-line header naming how the rest is sealed, so that a file copied
// from another system (or written before sealing existed) is refused with a clear error rather
// than handed to DPAPI or, worse, read as plain text.
const magic = "joblink-secret/1 "

func frame(scheme string, sealed []byte) []byte {
	out := make([]byte, 0, len(magic)+len(scheme)+1+len(sealed))
	out = append(out, magic...)
	out = append(out, scheme...)
	out = append(out, '\n')
	return append(out, sealed...)
}

func unframe(raw []byte) (scheme string, sealed []byte, err error) {
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return "", nil, errors.New("not a Joblink secret file")
	}
	rest := raw[len(magic):]
	nl := bytes.IndexByte(rest, '\n')
	if nl <= 0 {
		return "", nil, fmt.Errorf("damaged secret file header")
	}
	return string(rest[:nl]), rest[nl+1:], nil
}
